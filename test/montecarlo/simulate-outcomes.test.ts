import { describe, expect, test } from 'vitest';
import { fillReturns } from '../../src/internal/montecarlo/paths.ts';
import { stream } from '../../src/internal/random/stream.ts';
import { simulateOutcomes, type SimulateOutcomesOptions } from '../../src/montecarlo/index.ts';
import { readModel } from '../../src/montecarlo/model.ts';
import { navPath } from '../../src/nav/index.ts';
import { expectClose, expectCode } from '../helpers/assert.ts';
import { normalCdf } from '../helpers/normal.ts';

const P = 252;
const gbm = (drift: number, volatility: number) => ({ kind: 'gbm', drift, volatility }) as const;
const z = (estimate: number, exact: number, se: number): number => Math.abs(estimate - exact) / se;

/** ∫ f(z)·φ(z) dz over [−10, 10], Simpson's rule with 4,000 intervals. */
function gaussian(f: (x: number) => number): number {
  const m = 4000;
  const h = 20 / m;
  let s = 0;
  for (let i = 0; i <= m; i++) {
    const x = -10 + i * h;
    s += (i === 0 || i === m ? 1 : i % 2 === 1 ? 4 : 2) * f(x) * Math.exp(-0.5 * x * x);
  }
  return (s * h) / 3 / Math.sqrt(2 * Math.PI);
}

describe('GBM against closed forms (fixed seeds, |z| ≤ 4)', () => {
  // the model: ln(1 + r_t) ~ N((μ − σ²/2)/P, σ²/P) iid, so E[1 + r_t] = e^{μ/P} and, the periods being
  // independent, E[NAV_n] = Π E[1 + L·r_t] = (1 + L·(e^{μ/P} − 1))^n exactly (docs/concepts.md §8, daily reset)
  test.each([-3, 3, -1])('the exact daily-reset mean (1 + L·(e^{μ/P} − 1))^n, L = %d', (L) => {
    const s = simulateOutcomes({ model: gbm(0.08, 0.2), leverage: L, periods: P, paths: 10_000, seed: 11 });
    const exact = (1 + L * Math.expm1(0.08 / P)) ** P;
    expect(z(s.mean, exact, s.standardError)).toBeLessThanOrEqual(4);
  });

  test('the lognormal median exp((L·μ − L²σ²/2)·T) (docs/concepts.md §6.5), within discretisation', () => {
    const L = -3;
    const [mu, sigma, N] = [0.08, 0.2, 20_000];
    const s = simulateOutcomes({ model: gbm(mu, sigma), leverage: L, periods: P, paths: N, seed: 5 });
    // daily: ln NAV_n is a sum of n iid terms y = ln(1 + L·(e^x − 1)), x ~ N(a, b²); its median is
    // n·κ₁ − κ₃/(6κ₂) to O(1/n) (Cornish–Fisher), κ from quadrature. The continuous median differs from
    // the daily one by O(n·b³) (the cubic terms of y in x): the discretisation, here < 0.5 %.
    const a = (mu - sigma ** 2 / 2) / P;
    const b = sigma / Math.sqrt(P);
    const y = (x: number): number => Math.log1p(L * Math.expm1(a + b * x));
    const k1 = gaussian(y);
    const k2 = gaussian((x) => (y(x) - k1) ** 2);
    const k3 = gaussian((x) => (y(x) - k1) ** 3);
    const daily = Math.exp(P * k1 - k3 / (6 * k2));
    const continuous = Math.exp(L * mu - (L * L * sigma * sigma) / 2);
    expect(Math.abs(Math.log(daily / continuous))).toBeLessThan(0.005);
    // SE of a sample median: 1/(2·f(m)·√N), f the lognormal density at its median: 1/(m·S·√(2π)), S = |L|σ√T
    const se = (s.median * Math.abs(L) * sigma * Math.sqrt(2 * Math.PI)) / (2 * Math.sqrt(N));
    expect(z(s.median, daily, se)).toBeLessThanOrEqual(4);
    expect(z(s.median, continuous, se)).toBeLessThanOrEqual(4 + Math.abs(daily - continuous) / se);
  });

  test('underperformanceProbability against docs/concepts.md §6.5 (2x, μ = 8 %, σ = 20 %, T = 1: about two in three)', () => {
    const [L, mu, sigma] = [2, 0.08, 0.2];
    const s = simulateOutcomes({ model: gbm(mu, sigma), leverage: L, periods: P, paths: 20_000, seed: 3 });
    // closed form: with y = S_T/S_0 and K = exp(−c(L)σ²T), c(L) = (L² − L)/2, the fund underperforms when
    // g(y) = K·y^L − 1 − L·(y − 1) < 0, an interval (y₁, y₂) around the minimum of the convex g
    const K = Math.exp((-(L * L - L) / 2) * sigma * sigma);
    const g = (u: number): number => K * Math.exp(L * u) - 1 - L * (Math.exp(u) - 1); // u = ln y
    const uMin = Math.log(1 / K) / (L - 1); // g'(y) = 0 ⇔ K·y^{L−1} = 1
    const root = (lo: number, hi: number): number => {
      for (let i = 0; i < 200; i++) {
        const mid = (lo + hi) / 2;
        if (g(mid) < 0 === g(lo) < 0) lo = mid;
        else hi = mid;
      }
      return (lo + hi) / 2;
    };
    const [u1, u2] = [root(uMin - 5, uMin), root(uMin, uMin + 5)];
    const m = mu - sigma ** 2 / 2;
    const exact = normalCdf((u2 - m) / sigma) - normalCdf((u1 - m) / sigma);
    expect(exact).toBeGreaterThan(0.6);
    expect(exact).toBeLessThan(0.7);
    const u = s.underperformanceProbability;
    expect(z(u.probability, exact, u.standardError)).toBeLessThanOrEqual(4);
    expect(u.count).toBe(Math.round(u.probability * 20_000));
  });

  test('belowProbability(k) against the daily lognormal: P(ln NAV_n < ln k) ≈ Φ((ln k − n·κ₁)/√(n·κ₂))', () => {
    const L = 3;
    const a = (0.05 - 0.3 ** 2 / 2) / P;
    const b = 0.3 / Math.sqrt(P);
    const y = (x: number): number => Math.log1p(L * Math.expm1(a + b * x));
    const k1 = gaussian(y);
    const k2 = gaussian((x) => (y(x) - k1) ** 2);
    const s = simulateOutcomes({
      model: gbm(0.05, 0.3),
      leverage: L,
      periods: P,
      paths: 10_000,
      seed: 8,
      thresholds: [0.5, 1, 1.5],
    });
    for (const t of s.belowProbability) {
      const exact = normalCdf((Math.log(t.threshold) - P * k1) / Math.sqrt(P * k2));
      expect(z(t.probability, exact, Math.sqrt((exact * (1 - exact)) / 10_000))).toBeLessThanOrEqual(4);
    }
  });
});

describe('bootstrap, exact cases', () => {
  test('a constant return r gives (1 + L·r)^n on every path, and a zero standard error', () => {
    const s = simulateOutcomes({
      model: { kind: 'bootstrap', returns: [0.004, 0.004] },
      leverage: -3,
      periods: 500,
      paths: 50,
      seed: 1,
    });
    const exact = (1 - 3 * 0.004) ** 500;
    expect(new Set(s.terminal.values).size).toBe(1);
    expectClose(s.mean, exact, 1e-12);
    expect(s.standardError).toBe(0);
    expect(s.wipeOutProbability).toEqual({ probability: 0, standardError: 0, count: 0 });
  });

  test('wipe-outs: −3x on iid draws from {+50 %, −10 %}: P(wipe-out in 3 periods) = 1 − (1/2)³', () => {
    const s = simulateOutcomes({
      model: { kind: 'bootstrap', returns: [0.5, -0.1] },
      leverage: -3,
      periods: 3,
      paths: 4000,
      seed: 2,
    });
    const w = s.wipeOutProbability;
    expect(z(w.probability, 7 / 8, Math.sqrt(((7 / 8) * (1 / 8)) / 4000))).toBeLessThanOrEqual(4);
    expect(w.standardError).toBeCloseTo(Math.sqrt((w.probability * (1 - w.probability)) / 4000), 15);
    // a wiped-out fund ends at 0 and has a 100 % drawdown
    expect(s.terminal.values.filter((v) => v === 0).length).toBe(w.count);
  });

  test('drawdownProbability against enumeration of the 2⁶ equally likely paths of ±10 % at 2x', () => {
    const n = 6;
    const d = [0.1, 0.25, 0.4];
    const exact = d.map(() => 0);
    for (let mask = 0; mask < 2 ** n; mask++) {
      let v = 1;
      let peak = 1;
      let worst = 0;
      for (let t = 0; t < n; t++) {
        v *= 1 + 2 * (mask & (1 << t) ? 0.1 : -0.1);
        peak = Math.max(peak, v);
        worst = Math.max(worst, 1 - v / peak);
      }
      d.forEach((x, i) => {
        if (worst >= x - 1e-12) exact[i] = (exact[i] as number) + 2 ** -n;
      });
    }
    const N = 8000;
    const s = simulateOutcomes({
      model: { kind: 'bootstrap', returns: [0.1, -0.1] },
      leverage: 2,
      periods: n,
      paths: N,
      seed: 4,
      drawdowns: d,
    });
    s.drawdownProbability.forEach((p, i) => {
      const e = exact[i] as number;
      expect(p.threshold).toBe(d[i]);
      expect(z(p.probability, e, Math.sqrt((e * (1 - e)) / N) || 1e-9)).toBeLessThanOrEqual(4);
    });
  });
});

describe('every path is navPath on its own returns, bit for bit', () => {
  const cases: [string, Partial<SimulateOutcomesOptions>][] = [
    ['GBM, daily, no costs', { model: gbm(0.07, 0.25) }],
    [
      'GBM, costs (constant)',
      {
        model: gbm(0.07, 0.25),
        costs: { expenseRatio: 0.0095, financingRate: 0.05, spread: 0.004, dividendYield: 0.015 },
      },
    ],
    [
      'GBM with a volatility series and Student-t, costs as series',
      {
        model: {
          kind: 'gbm',
          drift: 0.05,
          volatility: Array.from({ length: 40 }, (_, t) => 0.1 + t / 100),
          degreesOfFreedom: 5,
        },
        costs: { financingRate: Array.from({ length: 40 }, (_, t) => 0.01 * (t % 5)), expenseRatio: 0.01 },
      },
    ],
    [
      'GARCH, band rebalancing',
      {
        model: { kind: 'garch', params: { mu: 0.0003, omega: 2e-6, alpha: 0.08, beta: 0.9 } },
        rebalance: { band: 0.05 },
      },
    ],
    [
      'stationary bootstrap, every-5 rebalancing, costs',
      {
        model: {
          kind: 'bootstrap',
          returns: [0.01, -0.02, 0.03, 0.005, -0.011],
          block: { kind: 'stationary', meanLength: 3 },
        },
        rebalance: { every: 5 },
        costs: { financingRate: 0.04 },
      },
    ],
    ['a wipe-out path', { model: { kind: 'bootstrap', returns: [0.2, -0.05, 0.4] } }],
  ];
  test.each(cases)('%s', (_, extra) => {
    const base = { leverage: -3, periods: 40, seed: 77, periodsPerYear: 252, ...extra } as SimulateOutcomesOptions;
    for (const p of [0, 1, 17, 2 ** 33 + 5]) {
      const one = simulateOutcomes({ ...base, paths: { first: p, count: 1 }, bands: { probabilities: [0.5] } });
      const r = new Float64Array(40);
      fillReturns(readModel(base.model, 40, 252), stream(77, p), r, new Int32Array(40));
      const nav = navPath(r, {
        leverage: -3,
        periodsPerYear: 252,
        ...(base.costs ?? {}),
        ...(base.rebalance === undefined ? {} : { rebalance: base.rebalance }),
      });
      expect(Object.is(one.terminal.values[0], nav[40])).toBe(true);
      expect(one.bands?.values.map((v) => v[0])).toEqual(Array.from(nav));
    }
  });
});

describe('reproducibility', () => {
  const options = {
    model: gbm(0.05, 0.3),
    leverage: 2,
    periods: 30,
    paths: 200,
    seed: 9,
    thresholds: [1],
    drawdowns: [0.2],
    bands: { probabilities: [0.1, 0.9], every: 10 },
  } as const;

  test('the same seed gives the same summary; another seed another', () => {
    expect(JSON.stringify(simulateOutcomes(options))).toBe(JSON.stringify(simulateOutcomes(options)));
    expect(simulateOutcomes({ ...options, seed: 10 }).mean).not.toBe(simulateOutcomes(options).mean);
  });

  test('the summary is plain JSON: it survives JSON.stringify/parse unchanged', () => {
    const s = simulateOutcomes(options);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(s.bands?.periods).toEqual([0, 10, 20, 30]);
    expect(s.bands?.quantiles[0]).toEqual([1, 1]);
  });

  test('inputs are not mutated (the bootstrap sample and the volatility series are copied)', () => {
    const returns = [0.01, -0.02, 0.03];
    const volatility = [0.2, 0.3];
    simulateOutcomes({ model: { kind: 'bootstrap', returns }, leverage: 2, periods: 2, paths: 3, seed: 1 });
    simulateOutcomes({ model: { kind: 'gbm', drift: 0, volatility }, leverage: 2, periods: 2, paths: 3, seed: 1 });
    expect(returns).toEqual([0.01, -0.02, 0.03]);
    expect(volatility).toEqual([0.2, 0.3]);
  });
});

describe('progress and abort', () => {
  test('onProgress reports the paths done, in chunks, up to the total', () => {
    const calls: [number, number][] = [];
    simulateOutcomes({
      model: gbm(0, 0.2),
      leverage: 2,
      periods: 2,
      paths: 1200,
      seed: 1,
      onProgress: (d, t) => calls.push([d, t]),
    });
    expect(calls).toEqual([
      [512, 1200],
      [1024, 1200],
      [1200, 1200],
    ]);
  });

  test('an aborted signal throws its reason (the caller’s, not an InverseMathError), checked between chunks', () => {
    const controller = new AbortController();
    const reason = new Error('stop');
    const seen: number[] = [];
    expect(() =>
      simulateOutcomes({
        model: gbm(0, 0.2),
        leverage: 2,
        periods: 2,
        paths: 5000,
        seed: 1,
        signal: controller.signal,
        onProgress: (d) => {
          seen.push(d);
          if (d >= 1024) controller.abort(reason);
        },
      }),
    ).toThrow(reason);
    expect(seen).toEqual([512, 1024]);
    expect(() =>
      simulateOutcomes({
        model: gbm(0, 0.2),
        leverage: 2,
        periods: 2,
        paths: 5,
        seed: 1,
        signal: AbortSignal.abort(reason),
      }),
    ).toThrow(reason);
  });
});

describe('bad input', () => {
  const ok = { model: gbm(0.05, 0.2), leverage: -3, periods: 5, paths: 10, seed: 1 } as const;
  test.each([
    ['paths 0', { paths: 0 }, 'OUT_OF_RANGE', 'options.paths'],
    ['paths −5', { paths: -5 }, 'OUT_OF_RANGE', 'options.paths'],
    ['a shard of 0 paths', { paths: { first: 3, count: 0 } }, 'OUT_OF_RANGE', 'options.paths.count'],
    ['more than 2²⁴ paths', { paths: 2 ** 24 + 1 }, 'OUT_OF_RANGE', 'options.paths'],
    ['periods 0', { periods: 0 }, 'OUT_OF_RANGE', 'options.periods'],
    ['periods 2.5', { periods: 2.5 }, 'OUT_OF_RANGE', 'options.periods'],
    ['a seed beyond 2⁵³', { seed: 2 ** 60 }, 'OUT_OF_RANGE', 'options.seed'],
    ['a negative seed', { seed: -1 }, 'OUT_OF_RANGE', 'options.seed'],
    ['leverage NaN', { leverage: Number.NaN }, 'NON_FINITE', 'options.leverage'],
    ['an unknown option', { sead: 1 }, 'UNKNOWN_OPTION', 'options.sead'],
    ['an unknown cost', { costs: { expenseRate: 0.01 } }, 'UNKNOWN_OPTION', 'options.costs.expenseRate'],
    ['a negative expense ratio', { costs: { expenseRatio: -0.01 } }, 'NEGATIVE', 'options.costs.expenseRatio'],
    [
      'a cost series of the wrong length',
      { costs: { financingRate: [0.01, 0.02] } },
      'LENGTH_MISMATCH',
      'options.costs.financingRate',
    ],
    ['a bad rebalancing rule', { rebalance: 'weekly' }, 'INVALID_OPTION', 'options.rebalance'],
    ['a threshold ≤ 0', { thresholds: [1, 0] }, 'NOT_POSITIVE', 'options.thresholds'],
    ['a drawdown > 1', { drawdowns: [1.5] }, 'OUT_OF_RANGE', 'options.drawdowns'],
    ['a band probability > 1', { bands: { probabilities: [0.5, 2] } }, 'OUT_OF_RANGE', 'options.bands.probabilities'],
    ['onProgress not a function', { onProgress: 3 }, 'INVALID_TYPE', 'options.onProgress'],
    ['signal not an AbortSignal', { signal: {} }, 'INVALID_TYPE', 'options.signal'],
  ])('%s', (_, change, code, argument) => {
    expectCode(() => simulateOutcomes({ ...ok, ...change } as never), code as never, argument);
  });

  test('options not an object', () => {
    expectCode(() => simulateOutcomes(null as never), 'INVALID_TYPE', 'options');
  });

  test('a path that overflows and then falls 90 % (a wipe-out at 3x) is NON_FINITE, not a wipe-out', () => {
    // circular blocks of 3 from (1e200, 1e200, −0.9): a path starting at 0 overflows, then falls; the others are wiped out
    const model = {
      kind: 'bootstrap',
      returns: [1e200, 1e200, -0.9],
      block: { kind: 'fixed', meanLength: 3 },
    } as const;
    expectCode(
      () => simulateOutcomes({ ...ok, leverage: 3, model, periods: 3, paths: 50 }),
      'NON_FINITE',
      'options.model',
    );
  });

  test('a path NAV beyond a double is NON_FINITE, never Infinity', () => {
    expectCode(
      () => simulateOutcomes({ ...ok, leverage: 3, model: { kind: 'bootstrap', returns: [1e300] }, periods: 3 }),
      'NON_FINITE',
      'options.model',
    );
  });
});
