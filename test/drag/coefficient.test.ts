import { describe, expect, test } from 'vitest';
import {
  compoundingDecay,
  continuousDrag,
  dragCoefficient,
  fundReturnTable,
  growthRate,
  kellyLeverage,
  lognormalFundOutcome,
  twoDayGap,
} from '../../src/drag/index.ts';
import { expectClose, expectCode, expectStated } from '../helpers/assert.ts';

describe('W2 (seed 001, "The Math of Volatility Drag"): index 100 → 90 → 100', () => {
  const path = [-0.1, 100 / 90 - 1];

  test('the −1x fund goes 100 → 110 → 97.78, a −2.22 % decay', () => {
    const d = compoundingDecay(path, -1);
    expectClose(d.indexGrowth, 1, 1e-15);
    expectStated(100 * (1 + 0.1), 110, 2, 'seed 001, day 1');
    expectStated(100 * d.fundGrowth, 97.78, 2, 'seed 001, day 2');
    expectStated(100 * d.decay, -2.22, 2, 'seed 001, "Inverse ETF Total Return = −2.22 %"');
    // exact: 1.1 × (1 − 1/9) = 88/90
    expectClose(d.fundGrowth, 88 / 90, 1e-15);
  });

  test('3x and −3x decay more (seed 001: "significantly more aggressive")', () => {
    expect(compoundingDecay(path, -3).decay).toBeLessThan(compoundingDecay(path, -1).decay);
    // −3x: 0.7... (1 + 0.3)(1 − 1/3) = 0.8666…; 3x: (0.7)(1 + 1/3) = 0.9333…
    expectClose(compoundingDecay(path, -3).fundGrowth, 1.3 * (2 / 3), 1e-15);
    expectClose(compoundingDecay(path, 3).fundGrowth, 0.7 * (4 / 3), 1e-15);
  });
});

describe('compoundingDecay', () => {
  test('a move that wipes the fund out gives fundGrowth 0, decay −1 and its index', () => {
    const d = compoundingDecay([0.01, 0.4, -0.2], -3);
    expect(d.fundGrowth).toBe(0);
    expect(d.decay).toBe(-1);
    expect(d.wipedOutAt).toBe(1);
  });

  test('10⁶ periods stay finite and accurate (log-space accumulation)', () => {
    const n = 1_000_000;
    const path = new Float64Array(n);
    for (let i = 0; i < n; i++) path[i] = i % 2 === 0 ? 0.01 : -0.01;
    const d = compoundingDecay(path, -3);
    // exact: ((1 − 0.03)(1 + 0.03))^(n/2) and ((1.01)(0.99))^(n/2)
    expectClose(Math.log(d.fundGrowth), (n / 2) * Math.log1p(-0.0009), 1e-12);
    expectClose(Math.log(d.indexGrowth), (n / 2) * Math.log1p(-0.0001), 1e-12);
    expect(d.wipedOutAt).toBeNull();
  });
});

describe('continuous-time drag and the issuers table', () => {
  test('continuousDrag = exp(−c(L)σ²T) − 1; −1x and 2x equal (seed 002: "same negative drift")', () => {
    expectClose(continuousDrag({ leverage: -1, volatility: 0.2, years: 1 }), Math.expm1(-0.04), 1e-15);
    expect(continuousDrag({ leverage: -1, volatility: 0.3, years: 2 })).toBe(continuousDrag({ leverage: 2, volatility: 0.3, years: 2 }));
    expect(continuousDrag({ leverage: 0.5, volatility: 0.3, years: 1 })).toBeGreaterThan(0);
  });

  test('fundReturnTable: the 2x row for index 0 % at 25 % volatility (ProShares-style table: −6.1 %)', () => {
    // (1 + 0)^2 · exp(−1·0.0625) − 1 = −6.06 %, printed as −6.1 % in prospectus tables
    const t = fundReturnTable({ leverage: 2, indexReturns: [0], volatilities: [0.25] });
    expectStated((t.returns[0] as Float64Array)[0] as number * 100, -6.1, 1, 'prospectus-style 2x table');
  });

  test('fundReturnTable copies its axes and does not mutate them', () => {
    const rows = [0.1, -0.1];
    const cols = new Float64Array([0.1, 0.2]);
    const t = fundReturnTable({ leverage: -3, indexReturns: rows, volatilities: cols, years: 0.5 });
    expect(Array.from(t.indexReturns)).toEqual(rows);
    expect(t.volatilities).not.toBe(cols);
    expect(t.returns).toHaveLength(2);
    expectClose((t.returns[1] as Float64Array)[1] as number, Math.pow(0.9, -3) * Math.exp(-6 * 0.04 * 0.5) - 1, 1e-14);
  });

  test('the lognormal mean has no drag; the median carries it (docs/concepts.md §2)', () => {
    const o = lognormalFundOutcome({ leverage: -3, drift: 0.07, volatility: 0.2, rate: 0.03, expenseRatio: 0.0095, years: 2 });
    expectClose(o.mean, Math.exp((-3 * 0.07 + 4 * 0.03 - 0.0095) * 2), 1e-14);
    expectClose(o.logMean, (-3 * 0.07 + 4 * 0.03 - 0.0095 - 9 * 0.04 / 2) * 2, 1e-14);
    expectClose(o.median, Math.exp(o.logMean), 1e-15);
    expectClose(o.logSd, 3 * 0.2 * Math.SQRT2, 1e-15);
  });

  test('growthRate is maximised at kellyLeverage', () => {
    const p = { drift: 0.09, volatility: 0.18, rate: 0.02 };
    const k = kellyLeverage(p);
    expectClose(k, 0.07 / 0.0324, 1e-15);
    const g = (L: number): number => growthRate({ ...p, leverage: L });
    expect(g(k)).toBeGreaterThan(g(k + 0.01));
    expect(g(k)).toBeGreaterThan(g(k - 0.01));
    expectClose(g(k), 0.02 + 0.07 ** 2 / (2 * 0.0324), 1e-14);
  });

  test('dragCoefficient and twoDayGap on plain numbers', () => {
    expect(dragCoefficient(3)).toBe(3);
    expect(twoDayGap(0.1, 0.1, 3)).toBeCloseTo(0.06, 15);
  });
});

describe('bad input', () => {
  test.each([
    ['dragCoefficient(NaN)', () => dragCoefficient(Number.NaN), 'NON_FINITE', 'leverage'],
    ['twoDayGap(-1, 0, 2)', () => twoDayGap(-1, 0, 2), 'RETURN_OUT_OF_DOMAIN', 'r1'],
    ['compoundingDecay([])', () => compoundingDecay([], 2), 'EMPTY_SERIES', 'indexReturns'],
    ['compoundingDecay([NaN])', () => compoundingDecay([Number.NaN], 2), 'NON_FINITE', 'indexReturns'],
    ['continuousDrag(σ<0)', () => continuousDrag({ leverage: 2, volatility: -0.1, years: 1 }), 'NEGATIVE', 'options.volatility'],
    ['continuousDrag(null)', () => continuousDrag(null as never), 'INVALID_TYPE', 'options'],
    ['continuousDrag(years missing)', () => continuousDrag({ leverage: 2, volatility: 0.1 } as never), 'INVALID_TYPE', 'options.years'],
    ['fundReturnTable(R = −1)', () => fundReturnTable({ leverage: -1, indexReturns: [-1], volatilities: [0.2] }), 'RETURN_OUT_OF_DOMAIN', 'options.indexReturns'],
    ['fundReturnTable(no columns)', () => fundReturnTable({ leverage: -1, indexReturns: [0], volatilities: [] }), 'EMPTY_SERIES', 'options.volatilities'],
    ['fundReturnTable(σ < 0)', () => fundReturnTable({ leverage: -1, indexReturns: [0], volatilities: [0.1, -0.2] }), 'NEGATIVE', 'options.volatilities'],
    ['lognormalFundOutcome(years ∞)', () => lognormalFundOutcome({ leverage: 2, drift: 0, volatility: 0.2, years: Number.POSITIVE_INFINITY }), 'NON_FINITE', 'options.years'],
    ['kellyLeverage(σ = 0)', () => kellyLeverage({ drift: 0.1, volatility: 0 }), 'NOT_POSITIVE', 'options.volatility'],
    ['growthRate(rate NaN)', () => growthRate({ leverage: 2, drift: 0.1, volatility: 0.2, rate: Number.NaN }), 'NON_FINITE', 'options.rate'],
  ] as const)('%s', (_name, fn, code, argument) => {
    expectCode(fn, code, argument);
  });
});
