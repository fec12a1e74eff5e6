/**
 * src/outcomes/pair-short.ts: shorting an L and a −L fund on the same index
 * (docs/concepts.md §6.5): the closed forms under GBM and the path version.
 */
import { fc, it } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { pairShort, pairShortOutcome } from '../../src/outcomes/index.ts';
import { dailyPath } from '../helpers/arbitraries.ts';
import { expectClose, expectCode, snapshot } from '../helpers/assert.ts';
import { readSeries } from '../helpers/csv.ts';
import { decimalWith, exact } from '../helpers/oracle.ts';
import { normals, zScore } from '../helpers/random.ts';

const c = (L: number): number => (L * L - L) / 2;

describe('pairShortOutcome', () => {
  test('docs/concepts.md §6.5: on a flat index the pair gains 1 − ½(e^{−c(L)σ²T} + e^{−c(−L)σ²T}) before borrow', () => {
    for (const [L, sigma, T] of [
      [3, 0.2, 1],
      [2, 0.3, 2],
      [-1, 0.15, 0.5],
    ] as const) {
      const o = pairShortOutcome({ leverage: L, volatility: sigma, years: T });
      expectClose(o.flat, 1 - (Math.exp(-c(L) * sigma ** 2 * T) + Math.exp(-c(-L) * sigma ** 2 * T)) / 2, 1e-14);
      expect(o.flat).toBeGreaterThan(0);
    }
  });

  test('the expected P&L is 1 − cosh(LμT) ≤ 0 (the lognormal means carry no drag), 0 without drift', () => {
    expectClose(
      pairShortOutcome({ leverage: 3, volatility: 0.2, years: 1, drift: 0.08 }).expected,
      1 - Math.cosh(0.24),
      1e-13,
    );
    expect(pairShortOutcome({ leverage: 3, volatility: 0.2, years: 1 }).expected).toBe(0);
  });

  test('borrow: b·∫₀ᵀ E[V_t] dt per leg, e^{±LμT} growth; b·T without drift', () => {
    const o = pairShortOutcome({ leverage: 2, volatility: 0.2, years: 2, drift: 0.05, borrowRates: [0.01, 0.03] });
    // ∫₀² e^{0.1t} dt = 10·(e^{0.2} − 1); ∫₀² e^{−0.1t} dt = 10·(1 − e^{−0.2})
    expectClose(o.borrow, (0.01 * 10 * Math.expm1(0.2) + 0.03 * 10 * -Math.expm1(-0.2)) / 2, 1e-14);
    expectClose(
      pairShortOutcome({ leverage: 2, volatility: 0.2, years: 2, borrowRates: [0.01, 0.03] }).borrow,
      0.04,
      1e-15,
    );
  });

  test.each([
    [3, 0.08, 0.2, 1],
    [2, 0, 0.3, 2],
    [-1, 0.05, 0.15, 5],
  ])(
    'mean P&L and loss probability agree with exact lognormal sampling within |z| ≤ 4: L = %s, μ = %s, σ = %s, T = %s',
    (L, mu, sigma, T) => {
      const n = 40_000;
      const z = normals(7);
      const m = (mu - (sigma * sigma) / 2) * T;
      const s = sigma * Math.sqrt(T);
      let sum = 0;
      let sumSq = 0;
      let losses = 0;
      for (let i = 0; i < n; i++) {
        const u = m + s * z();
        const pnl = 1 - (Math.exp(L * u - c(L) * sigma ** 2 * T) + Math.exp(-L * u - c(-L) * sigma ** 2 * T)) / 2;
        sum += pnl;
        sumSq += pnl * pnl;
        if (pnl < 0) losses++;
      }
      const o = pairShortOutcome({ leverage: L, volatility: sigma, years: T, drift: mu });
      const mean = sum / n;
      const se = Math.sqrt((sumSq / n - mean * mean) / n);
      expect(Math.abs((mean - o.expected) / se)).toBeLessThanOrEqual(4);
      expect(Math.abs(zScore(losses, n, o.lossProbability))).toBeLessThanOrEqual(4);
    },
  );

  test('no volatility: the index trends with certainty, and the pair loses unless it is flat', () => {
    const o = pairShortOutcome({ leverage: 3, volatility: 0, years: 1, drift: 0.05 });
    expect(o.flat).toBe(0);
    expect(o.lossProbability).toBe(1);
    expect(pairShortOutcome({ leverage: 3, volatility: 0, years: 1 }).lossProbability).toBe(0);
  });
});

describe('pairShort on a path', () => {
  test('docs/concepts.md W2 path (100 → 90 → 100), 3x / −3x held: the funds end at 0.7·(4/3) and 1.3·(2/3), the pair gains 0.1', () => {
    const pnl = pairShort([-0.1, 100 / 90 - 1], { leverage: 3 });
    expectClose(pnl[0] as number, 0, 1e-15);
    expectClose(pnl[1] as number, 1 - (0.7 * (4 / 3) + 1.3 * (2 / 3)) / 2, 1e-14);
  });

  it.prop([dailyPath(1, 80), fc.double({ min: -3, max: 3, noNaN: true })])(
    'held: 1 − ½(Π(1 + L·r) + Π(1 − L·r)) (40-digit oracle) while both funds survive',
    (path, L) => {
      fc.pre(path.every((r) => Math.abs(L * r) < 1));
      const D = decimalWith(40);
      const pnl = pairShort(path, { leverage: L });
      let up = new D(1);
      let down = new D(1);
      path.forEach((r, i) => {
        const lr = exact(L, D).times(exact(r, D));
        up = up.times(lr.plus(1));
        down = down.times(lr.neg().plus(1));
        const expected = new D(1).minus(up.plus(down).div(2)).toNumber();
        expect(Math.abs((pnl[i] as number) - expected)).toBeLessThanOrEqual(1e-13 * (1 + up.plus(down).toNumber()));
      });
    },
  );

  it.prop([dailyPath(1, 80), fc.double({ min: -3, max: 3, noNaN: true })])(
    'rebalanced daily without borrow: the frictionless P&L is exactly 0 every period',
    (path, L) => {
      fc.pre(path.every((r) => Math.abs(L * r) < 1));
      expect(Array.from(pairShort(path, { leverage: L, rebalance: true })).every((x) => x === 0)).toBe(true);
    },
  );

  test('rebalanced daily with borrow: the fee on ½ + ½ of gross, (b_L + b_−L)/2 per year', () => {
    const pnl = pairShort(new Float64Array(252).fill(0.001), {
      leverage: 2,
      rebalance: true,
      borrowRates: [0.02, 0.04],
    });
    expectClose(pnl[251] as number, -0.03, 1e-13);
  });

  test('real path: S&P 500 daily closes 2009–2023 (test/fixtures/spx.csv), 3x / −3x held: the closed product form, and a trend loses', () => {
    const closes = [...readSeries('spx.csv', 'date', 'close').entries()]
      .filter(([d]) => d >= '2008-12-31')
      .map(([, v]) => v);
    const returns = closes.slice(1).map((v, i) => v / (closes[i] as number) - 1);
    const pnl = pairShort(returns, { leverage: 3 });
    let logUp = 0;
    let logDown = 0;
    for (const r of returns) {
      logUp += Math.log1p(3 * r);
      logDown += Math.log1p(-3 * r);
    }
    expectClose(pnl[pnl.length - 1] as number, 1 - (Math.exp(logUp) + Math.exp(logDown)) / 2, 1e-9);
    // the S&P 500 more than quadrupled: the short 3x leg dominates, the pair loses far more than its gross
    expect(pnl[pnl.length - 1]).toBeLessThan(-1);
  });

  test('a fund wiped out: its short gains its whole value and the leg is closed', () => {
    const path = [-0.4, 0.1];
    const before = snapshot(path);
    const pnl = pairShort(path, { leverage: 3 });
    // day 1: the 3x fund loses 120 % → 0 (the short gains ½), the −3x fund gains 120 % (the short loses 0.6)
    expectClose(pnl[0] as number, 0.5 - 0.6, 1e-14);
    // day 2: only the −3x leg (worth 1.1) is open: it falls 30 %, the short gains 0.33
    expectClose(pnl[1] as number, -0.1 + 0.33, 1e-14);
    expect(path).toEqual(before);
  });

  test.each([
    [
      'pairShortOutcome(years 0)',
      () => pairShortOutcome({ leverage: 3, volatility: 0.2, years: 0 }),
      'NOT_POSITIVE',
      'options.years',
    ],
    [
      'pairShortOutcome(σ < 0)',
      () => pairShortOutcome({ leverage: 3, volatility: -0.2, years: 1 }),
      'NEGATIVE',
      'options.volatility',
    ],
    [
      'pairShortOutcome(borrow < 0)',
      () => pairShortOutcome({ leverage: 3, volatility: 0.2, years: 1, borrowRates: [0.01, -0.01] }),
      'NEGATIVE',
      'options.borrowRates',
    ],
    [
      'pairShortOutcome(3 borrow rates)',
      () => pairShortOutcome({ leverage: 3, volatility: 0.2, years: 1, borrowRates: [0, 0, 0] }),
      'LENGTH_MISMATCH',
      'options.borrowRates',
    ],
    [
      'pairShortOutcome(1 borrow rate)',
      () => pairShortOutcome({ leverage: 3, volatility: 0.2, years: 1, borrowRates: [0] }),
      'SERIES_TOO_SHORT',
      'options.borrowRates',
    ],
    [
      'pairShortOutcome(overflow)',
      () => pairShortOutcome({ leverage: 3, volatility: 1e200, years: 1 }),
      'NON_FINITE',
      'options.volatility',
    ],
    [
      'pairShortOutcome(unknown)',
      () => pairShortOutcome({ leverage: 3, volatility: 0.2, years: 1, borrow: [0, 0] } as never),
      'UNKNOWN_OPTION',
      'options.borrow',
    ],
    ['pairShort([])', () => pairShort([], { leverage: 3 }), 'EMPTY_SERIES', 'indexReturns'],
    ['pairShort(r = −1)', () => pairShort([0.01, -1], { leverage: 3 }), 'RETURN_OUT_OF_DOMAIN', 'indexReturns'],
    [
      'pairShort(rebalance "daily")',
      () => pairShort([0.01], { leverage: 3, rebalance: 'daily' } as never),
      'INVALID_TYPE',
      'options.rebalance',
    ],
    [
      'pairShort(periodsPerYear 0)',
      () => pairShort([0.01], { leverage: 3, periodsPerYear: 0 }),
      'NOT_POSITIVE',
      'options.periodsPerYear',
    ],
    ['pairShort(leverage missing)', () => pairShort([0.01], {} as never), 'INVALID_TYPE', 'options.leverage'],
    [
      'pairShort(unknown)',
      () => pairShort([0.01], { leverage: 3, rebalanced: true } as never),
      'UNKNOWN_OPTION',
      'options.rebalanced',
    ],
  ] as const)('bad input: %s', (_name, fn, code, argument) => {
    expectCode(fn, code, argument);
  });
});

describe('an overflow names the input that overflowed, with its value (CONTRIBUTING; issue 13)', () => {
  test('pairShortOutcome: cosh(L·μ·T) with μ = 1e300; σ²·T with σ = 1e200', () => {
    expect(() => pairShortOutcome({ leverage: 3, volatility: 0.2, years: 1, drift: 1e300 })).toThrow(
      'options.drift makes the expected P&L overflow a double, got 1e+300 [NON_FINITE]',
    );
    expect(() => pairShortOutcome({ leverage: 3, volatility: 1e200, years: 1 })).toThrow(
      'options.volatility makes volatility²·years overflow a double, got 1e+200 [NON_FINITE]',
    );
  });

  test('pairShort: the element whose P&L overflows, by its value, not the length of the series', () => {
    expect(() => pairShort([1e308], { leverage: 1e10 })).toThrow(
      'indexReturns[0] overflows a double, got 1e+308 [NON_FINITE]',
    );
  });
});
