/**
 * src/outcomes/underperformance.ts: the probability that a daily-reset fund
 * returns less than L × the index (docs/concepts.md §6.5), and the horizon at
 * which it reaches a level.
 */
import { fc, it } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { normalCdf } from '../../src/internal/numeric/normal.ts';
import { underperformanceHorizon, underperformanceProbability } from '../../src/outcomes/index.ts';
import { leverageAwayFromZeroOne } from '../helpers/arbitraries.ts';
import { expectClose, expectCode } from '../helpers/assert.ts';
import { D80, decimalPhi } from '../helpers/normal-oracle.ts';
import { exact } from '../helpers/oracle.ts';
import { normals, zScore } from '../helpers/random.ts';

/**
 * An independent evaluation: the roots of g(y) = K·y^L − 1 − L·(y − 1) by
 * plain bisection in y (not in log y, no Newton), then Φ at ln y₁, ln y₂.
 */
function reference(L: number, mu: number, sigma: number, T: number, rf = 0, f = 0): number {
  const K = Math.exp(((1 - L) * rf - f) * T - ((L * L - L) / 2) * sigma * sigma * T);
  const g = (y: number): number => K * y ** L - 1 - L * (y - 1);
  const yStar = K ** (1 / (1 - L));
  const concave = L > 0 && L < 1;
  if (concave ? g(yStar) <= 0 : g(yStar) >= 0) return concave ? 1 : 0;
  const solve = (inside: number, outside: number): number => {
    let [a, b] = [inside, outside];
    for (let i = 0; i < 200; i++) {
      const mid = (a + b) / 2;
      if (Math.sign(g(mid)) === Math.sign(g(inside))) a = mid;
      else b = mid;
    }
    return (a + b) / 2;
  };
  let lo = yStar / 2;
  while (Math.sign(g(lo)) === Math.sign(g(yStar))) lo /= 2;
  let hi = yStar * 2;
  while (Math.sign(g(hi)) === Math.sign(g(yStar))) hi *= 2;
  const m = (mu - (sigma * sigma) / 2) * T;
  const s = sigma * Math.sqrt(T);
  const z1 = (Math.log(solve(yStar, lo)) - m) / s;
  const z2 = (Math.log(solve(yStar, hi)) - m) / s;
  return concave ? normalCdf(z1) + normalCdf(-z2) : normalCdf(z2) - normalCdf(z1);
}

/**
 * An 80-digit oracle: the roots of g by bisection in decimal arithmetic from the
 * exact binary inputs, and Φ from test/helpers/normal-oracle.ts.
 */
function oracle(L: number, mu: number, sigma: number, T: number, rf: number, f: number): number {
  const x = (v: number) => exact(v, D80);
  const [l, s2, t] = [x(L), x(sigma).pow(2), x(T)];
  const lnK = new D80(1).minus(l).times(x(rf)).minus(x(f)).minus(l.pow(2).minus(l).div(2).times(s2)).times(t);
  const g = (y: InstanceType<typeof D80>) =>
    lnK
      .plus(l.times(y.ln()))
      .exp()
      .minus(1)
      .minus(l.times(y.minus(1)));
  const yStar = lnK.div(new D80(1).minus(l)).exp();
  const inside = g(yStar).isNegative();
  const solve = (outside: InstanceType<typeof D80>) => {
    let [a, b] = [yStar, outside];
    for (let i = 0; i < 300; i++) {
      const mid = a.plus(b).div(2);
      if (g(mid).isNegative() === inside) a = mid;
      else b = mid;
    }
    return a;
  };
  let lo = yStar.div(2);
  while (g(lo).isNegative() === inside) lo = lo.div(2);
  let hi = yStar.times(2);
  while (g(hi).isNegative() === inside) hi = hi.times(2);
  const m = x(mu).minus(s2.div(2)).times(t);
  const s = s2.times(t).sqrt();
  const z = (y: InstanceType<typeof D80>) => y.ln().minus(m).div(s);
  const between = decimalPhi(z(solve(hi))).minus(decimalPhi(z(solve(lo))));
  return (inside ? between : new D80(1).minus(between)).toNumber();
}

describe('underperformanceProbability', () => {
  test.each([
    [2, 0.08, 0.2, 1, 0, 0],
    [-3, 0.05, 0.3, 2, 0.04, 0.0095],
    [3, 0.6, 0.1, 10, 0, 0],
    [-1, -0.3, 0.4, 0.1, 0.05, 0.01],
    [0.5, 0.08, 0.2, 2, 0.03, 0.001],
  ])(
    'equals an 80-digit oracle to 1e-12 (relative): L = %s, μ = %s, σ = %s, T = %s, rf = %s, f = %s',
    (L, mu, sigma, T, rf, f) => {
      const p = underperformanceProbability({
        leverage: L,
        drift: mu,
        volatility: sigma,
        years: T,
        rate: rf,
        expenseRatio: f,
      });
      expectClose(p, oracle(L, mu, sigma, T, rf, f), 1e-12);
    },
  );

  test('docs/concepts.md §6.5: 2x, μ = 8 %, σ = 20 %, T = 1 → "about two in three"', () => {
    const p = underperformanceProbability({ leverage: 2, drift: 0.08, volatility: 0.2, years: 1 });
    expect(Math.abs(p - 2 / 3)).toBeLessThan(0.01);
  });

  test.each([
    [2, 0.08, 0.2, 1, 0, 0],
    [-1, 0.05, 0.25, 2, 0.04, 0.0095],
    [-3, 0, 0.3, 0.5, 0.05, 0.0095],
    [3, 0.1, 0.15, 10, 0.02, 0.0091],
    [0.5, 0.08, 0.2, 2, 0, 0],
    [0.25, 0.02, 0.4, 5, 0.01, 0.001],
    [1.5, -0.05, 0.6, 3, 0.03, 0],
  ])(
    'agrees with an independent root search (bisection in y): L = %s, μ = %s, σ = %s, T = %s, rf = %s, f = %s',
    (L, mu, sigma, T, rf, f) => {
      const p = underperformanceProbability({
        leverage: L,
        drift: mu,
        volatility: sigma,
        years: T,
        rate: rf,
        expenseRatio: f,
      });
      expectClose(p, reference(L, mu, sigma, T, rf, f), 1e-11);
    },
  );

  test('L → 1 and L → 0 (no costs): the limits P(e^{−u} + u − 1 < σ²T/2) and P(e^u − u − 1 > σ²T/2), no cancellation', () => {
    // L = 1 + ε: φ(u) = ε·(u − 1 + e^{−u} − σ²T/2) + O(ε²); L = ε: φ(u) = ε·(σ²T/2 + u + 1 − e^u) + O(ε²)
    const [mu, sigma, T] = [0.08, 0.2, 1];
    const m = (mu - (sigma * sigma) / 2) * T;
    const s = sigma * Math.sqrt(T);
    const bisect = (h: (u: number) => number, lo: number, hi: number): number => {
      for (let i = 0; i < 200; i++) {
        const mid = (lo + hi) / 2;
        if (Math.sign(h(mid)) === Math.sign(h(lo))) lo = mid;
        else hi = mid;
      }
      return (lo + hi) / 2;
    };
    const near1 = (u: number): number => Math.exp(-u) + u - 1 - (sigma * sigma * T) / 2;
    const near0 = (u: number): number => Math.exp(u) - u - 1 - (sigma * sigma * T) / 2;
    const inside1 = normalCdf((bisect(near1, 0, 5) - m) / s) - normalCdf((bisect(near1, 0, -5) - m) / s);
    const inside0 = normalCdf((bisect(near0, 0, 5) - m) / s) - normalCdf((bisect(near0, 0, -5) - m) / s);
    for (const eps of [1e-6, 1e-10, 1e-13]) {
      expectClose(
        underperformanceProbability({ leverage: 1 + eps, drift: mu, volatility: sigma, years: T }),
        inside1,
        1e-5,
      );
      expectClose(
        underperformanceProbability({ leverage: 1 - eps, drift: mu, volatility: sigma, years: T }),
        1 - inside1,
        1e-5,
      );
      expectClose(
        underperformanceProbability({ leverage: eps, drift: mu, volatility: sigma, years: T }),
        1 - inside0,
        1e-5,
      );
      expectClose(
        underperformanceProbability({ leverage: -eps, drift: mu, volatility: sigma, years: T }),
        inside0,
        1e-5,
      );
    }
    // and without the O(ε) term: 1 ± 1e-13 agrees with the limit to 1e-9
    expectClose(
      underperformanceProbability({ leverage: 1 + 1e-13, drift: mu, volatility: sigma, years: T }),
      inside1,
      1e-9,
    );
  });

  test('L ∈ {0, 1}: 0 without costs, 1 when costs make the fund trail; σ = 0: certain', () => {
    for (const leverage of [0, 1]) {
      expect(underperformanceProbability({ leverage, drift: 0.08, volatility: 0.2, years: 1 })).toBe(0);
      expect(
        underperformanceProbability({ leverage, drift: 0.08, volatility: 0.2, years: 1, expenseRatio: 0.01 }),
      ).toBe(1);
    }
    // σ = 0: y = e^{0.08}, the 3x fund ends at e^{0.24} > 1 + 3·(e^{0.08} − 1): it outperforms
    expect(underperformanceProbability({ leverage: 3, drift: 0.08, volatility: 0, years: 1 })).toBe(0);
    expect(underperformanceProbability({ leverage: 3, drift: 0.08, volatility: 0, years: 1, expenseRatio: 0.05 })).toBe(
      1,
    );
  });

  test('short horizons: the probability tends to 2Φ(1) − 1 = 68.27 % for L ∉ [0, 1], and 2Φ(−1) for 0 < L < 1', () => {
    const limit = 1 - 2 * normalCdf(-1);
    for (const leverage of [-3, -1, 2, 3]) {
      expectClose(underperformanceProbability({ leverage, drift: 0.08, volatility: 0.2, years: 1e-10 }), limit, 1e-4);
    }
    expectClose(
      underperformanceProbability({ leverage: 0.5, drift: 0.08, volatility: 0.2, years: 1e-10 }),
      1 - limit,
      1e-4,
    );
  });

  const model = fc.record({
    leverage: fc.oneof(fc.double({ min: -5, max: 5, noNaN: true }), fc.constantFrom(-3, -2, -1, 0, 0.5, 1, 2, 3)),
    drift: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
    volatility: fc.double({ min: 0, max: 1.5, noNaN: true }),
    years: fc.double({ min: 1e-4, max: 50, noNaN: true }),
    rate: fc.double({ min: -0.01, max: 0.1, noNaN: true }),
    expenseRatio: fc.double({ min: 0, max: 0.03, noNaN: true }),
  });

  it.prop([model])('is a probability: in [0, 1]', (p) => {
    const x = underperformanceProbability(p);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x).toBeLessThanOrEqual(1);
  });

  it.prop([
    leverageAwayFromZeroOne(1e-3),
    fc.double({ min: -0.3, max: 0.3, noNaN: true }),
    fc.double({ min: 0.05, max: 0.8, noNaN: true }),
    fc.double({ min: 0.05, max: 20, noNaN: true }),
    fc.oneof(fc.constant(0), fc.double({ min: 1e-5, max: 0.03, noNaN: true })),
  ])(
    'mirror (I3, c(L) = c(1 − L)): L at drift μ equals 1 − L at drift σ² − μ',
    (leverage, drift, volatility, years, expenseRatio) => {
      const a = underperformanceProbability({ leverage, drift, volatility, years, expenseRatio });
      const b = underperformanceProbability({
        leverage: 1 - leverage,
        drift: volatility * volatility - drift,
        volatility,
        years,
        expenseRatio,
      });
      expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9);
    },
  );

  test('−1x and 2x at μ = σ²/2 (a median-flat index) underperform equally', () => {
    const at = (leverage: number): number =>
      underperformanceProbability({ leverage, drift: 0.02, volatility: 0.2, years: 3 });
    expect(Math.abs(at(-1) - at(2))).toBeLessThanOrEqual(1e-12);
    expect(Math.abs(at(-2) - at(3))).toBeLessThanOrEqual(1e-12);
  });

  test.each([
    [2, 0.08, 0.2, 1, 20_000],
    [-3, 0, 0.3, 0.5, 10_000],
    [0.5, 0.08, 0.2, 2, 10_000],
  ])('a seeded daily-reset Monte Carlo agrees within |z| ≤ 4: L = %s, μ = %s, σ = %s, T = %s', (L, mu, sigma, T, n) => {
    // exact GBM index returns at daily steps, fund reset daily (no costs); the closed form rebalances continuously
    const z = normals(20261204);
    const days = Math.round(252 * T);
    const dt = T / days;
    let hits = 0;
    for (let p = 0; p < n; p++) {
      let fund = 1;
      let index = 1;
      for (let d = 0; d < days; d++) {
        const r = Math.expm1((mu - (sigma * sigma) / 2) * dt + sigma * Math.sqrt(dt) * z());
        fund *= 1 + L * r;
        index *= 1 + r;
      }
      if (fund - 1 < L * (index - 1)) hits++;
    }
    const p = underperformanceProbability({ leverage: L, drift: mu, volatility: sigma, years: T });
    expect(Math.abs(zScore(hits, n, p))).toBeLessThanOrEqual(4);
  });
});

describe('underperformanceHorizon', () => {
  const base = { leverage: -1, drift: 0, volatility: 0.2 };

  test('0 when the short-horizon limit (68.27 % here) already reaches p', () => {
    expect(underperformanceHorizon({ ...base, probability: 0.5 })).toBe(0);
    expect(underperformanceHorizon({ ...base, probability: 0.68 })).toBe(0);
  });

  test('the first crossing: P(T) ≥ p at T, P < p just before, and no grid horizon of 0.05 years below it reaches p', () => {
    const T = underperformanceHorizon({ ...base, probability: 0.7 }) as number;
    const P = (years: number): number => underperformanceProbability({ ...base, years });
    expect(P(T)).toBeGreaterThanOrEqual(0.7);
    expect(P(T * (1 - 1e-9))).toBeLessThan(0.7);
    for (let t = 0.05; t < T; t += 0.05) expect(P(t)).toBeLessThan(0.7);
  });

  test.each([
    [-3, 0.05, 0.0095],
    [2, 0.04, 0.02],
    [0.5, 0.05, 0.001],
  ])(
    'with costs the short-horizon limit is 2Φ(a) − 1 (2Φ(−a) for 0 < L < 1), a = √(b/(c·σ²)), b = c·σ² − (1−L)·rf + f: L = %s, rf = %s, f = %s',
    (L, rf, f) => {
      const sigma = 0.2;
      const c = (L * L - L) / 2;
      const b = c * sigma * sigma - (1 - L) * rf + f;
      const a = Math.sqrt(b / (c * sigma * sigma));
      const limit = c > 0 ? 1 - 2 * normalCdf(-a) : 2 * normalCdf(-a);
      const model = { leverage: L, drift: 0.08, volatility: sigma, rate: rf, expenseRatio: f };
      expectClose(underperformanceProbability({ ...model, years: 1e-10 }), limit, 1e-4);
      expect(underperformanceHorizon({ ...model, probability: limit * (1 - 1e-9) })).toBe(0);
      expect(underperformanceHorizon({ ...model, probability: limit * (1 + 1e-6), maxYears: 1e6 })).not.toBe(0);
    },
  );

  test('null ("never") when P stays below p up to maxYears; a concave fund (0.5x) first crosses later', () => {
    expect(
      underperformanceHorizon({ leverage: 2, drift: 0, volatility: 0.2, probability: 0.99, maxYears: 5 }),
    ).toBeNull();
    const T = underperformanceHorizon({ leverage: 0.5, drift: 0.08, volatility: 0.2, probability: 0.5 }) as number;
    expectClose(underperformanceProbability({ leverage: 0.5, drift: 0.08, volatility: 0.2, years: T }), 0.5, 1e-12);
  });

  test.each([
    [
      'probability 0',
      () => underperformanceHorizon({ ...base, probability: 0 }),
      'OUT_OF_RANGE',
      'options.probability',
    ],
    [
      'probability 1',
      () => underperformanceHorizon({ ...base, probability: 1 }),
      'OUT_OF_RANGE',
      'options.probability',
    ],
    [
      'σ = 0',
      () => underperformanceHorizon({ ...base, volatility: 0, probability: 0.5 }),
      'NOT_POSITIVE',
      'options.volatility',
    ],
    [
      'maxYears 0',
      () => underperformanceHorizon({ ...base, probability: 0.5, maxYears: 0 }),
      'NOT_POSITIVE',
      'options.maxYears',
    ],
    [
      'unknown option',
      () => underperformanceHorizon({ ...base, probability: 0.5, years: 1 } as never),
      'UNKNOWN_OPTION',
      'options.years',
    ],
  ] as const)('bad input: %s', (_name, fn, code, argument) => {
    expectCode(fn, code, argument);
  });
});

describe('underperformanceProbability: bad input', () => {
  const base = { leverage: 2, drift: 0.08, volatility: 0.2, years: 1 };
  test.each([
    ['σ < 0', () => underperformanceProbability({ ...base, volatility: -0.2 }), 'NEGATIVE', 'options.volatility'],
    ['years 0', () => underperformanceProbability({ ...base, years: 0 }), 'NOT_POSITIVE', 'options.years'],
    ['years < 0', () => underperformanceProbability({ ...base, years: -1 }), 'NOT_POSITIVE', 'options.years'],
    [
      'leverage NaN',
      () => underperformanceProbability({ ...base, leverage: Number.NaN }),
      'NON_FINITE',
      'options.leverage',
    ],
    ['overflow', () => underperformanceProbability({ ...base, leverage: 1e200 }), 'NON_FINITE', 'options.leverage'],
    [
      'unknown option',
      () => underperformanceProbability({ ...base, expenseRation: 0.01 } as never),
      'UNKNOWN_OPTION',
      'options.expenseRation',
    ],
  ] as const)('%s', (_name, fn, code, argument) => {
    expectCode(fn, code, argument);
  });
});

describe('an overflow names the input that overflowed, with its value (CONTRIBUTING; issue 13)', () => {
  test('underperformanceProbability: c(L)·σ² with L = 1e200', () => {
    expect(() => underperformanceProbability({ leverage: 1e200, drift: 0, volatility: 0.2, years: 1 })).toThrow(
      'options.leverage makes c(leverage)·volatility² − (1 − leverage)·rate + expenseRatio overflow a double, got 1e+200 [NON_FINITE]',
    );
  });

  test('underperformanceHorizon: b·maxYears with b = c(2)·2² = 4 and maxYears = 1e308', () => {
    expect(() =>
      underperformanceHorizon({ leverage: 2, drift: 0, volatility: 2, probability: 0.5, maxYears: 1e308 }),
    ).toThrow('options.maxYears makes the log shortfall b·maxYears overflow a double, got 1e+308 [NON_FINITE]');
  });
});
