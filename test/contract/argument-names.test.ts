/**
 * Every rejected value is reported against the right argument
 * (CONTRIBUTING.md, "Rules": the error carries the argument name and, for a
 * series, the index). Deterministic: for each valid call of the table below,
 * each number in it — a positional argument, an
 * option, a nested option, a series element — is replaced by NaN; the call
 * must throw an InverseMathError whose `argument` is that value's path
 * (positional arguments by their parameter name, read from the function's
 * source; options as `options.key`) and whose `index` is the element's
 * position. Plus the overflow cases found by the bad-input property test.
 */
import { describe, expect, test } from 'vitest';
import * as core from '../../src/index.ts';
import { InverseMathError } from '../../src/errors.ts';

type Fn = (...args: unknown[]) => unknown;

function parameterNames(fn: Fn): string[] {
  const m = /^[^(]*\(([^)]*)\)/.exec(Function.prototype.toString.call(fn));
  return (m?.[1] ?? '')
    .split(',')
    .map((p) => p.replace(/[=:].*$/s, '').trim())
    .filter((p) => p.length > 0);
}

const r3 = [0.01, -0.02, 0.03];
const CALLS: [string, unknown[]][] = [
  ['effectiveLogLeverage', [0.01, -3]],
  ['fundReturn', [0.01, 3]],
  ['logLeverageSeries', [r3, -1]],
  ['logReturn', [100, 104]],
  ['simpleReturn', [100, 104]],
  ['logToSimple', [0.04]],
  ['simpleToLog', [0.04]],
  ['returnsFromPrices', [[100, 90, 100]]],
  ['compoundingDecay', [[-0.1, 1 / 9], -1]],
  ['continuousDrag', [{ leverage: -1, volatility: 0.2, years: 1 }]],
  ['dragCoefficient', [2]],
  ['dragEquivalentLeverage', [2]],
  ['fundReturnTable', [{ leverage: -1, indexReturns: [-0.1, 0, 0.1], volatilities: [0, 0.25], years: 1 }]],
  ['growthRate', [{ leverage: 1.5, drift: 0.08, volatility: 0.2, rate: 0.02, expenseRatio: 0.01 }]],
  ['kellyLeverage', [{ drift: 0.08, volatility: 0.2, rate: 0.02 }]],
  ['lognormalFundOutcome', [{ leverage: -1, drift: 0, volatility: 0.2, rate: 0.01, expenseRatio: 0.01, years: 1 }]],
  ['twoDayGap', [-0.1, 0.1, -1]],
  ['rebalanceTrade', [{ aum: 1e8, leverage: 3, indexReturn: 0.01 }]],
  ['closeTrade', [{ aum: 1e6, leverage: -1, indexReturn: -0.5, flow: -5e5 }]],
  ['offsettingFlow', [{ aum: 1e6, leverage: -1, indexReturn: -0.5 }]],
  [
    'navPath',
    [
      r3,
      { leverage: 3, expenseRatio: 0.0095, financingRate: 0.05, spread: 0.004, dividendYield: 0.01, initialNav: 100 },
    ],
  ],
  [
    'logNavPath',
    [r3, { leverage: 3, expenseRatio: 0.0095, financingRate: [0.05, 0.05, 0.05], spread: 0.004, periodsPerYear: 252 }],
  ],
  ['realizedVolatility', [r3, { ddof: 1, periodsPerYear: 252 }]],
  ['rollingVolatility', [r3, { window: 2, ddof: 1, periodsPerYear: 252 }]],
  ['ewmaVariance', [r3, { lambda: 0.94, initialVariance: 1e-4 }]],
  ['garchFilter', [r3, { mu: 0.001, omega: 1e-6, alpha: 0.1, beta: 0.85, initialVariance: 1e-4 }]],
  ['garchFit', [[0.01, -0.02, 0.03, -0.01, 0.005, 0.02, -0.03, 0.01, -0.004, 0.012], { initialVariance: 1e-4 }]],
  ['garchForecast', [{ omega: 1e-6, alpha: 0.1, beta: 0.85, next: 1e-4 }, 5, { periodsPerYear: 252 }]],
  ['expectedDrag', [{ leverage: -3, variances: [1e-4, 2e-4] }]],
  ['expectedDrag', [{ leverage: 3, volatility: 0.2, periods: 21, periodsPerYear: 252 }]],
  ['dragHorizon', [{ leverage: -3, variances: [1e-4, 2e-4], threshold: 1e-4 }]],
  [
    'logNavPath',
    [r3, { leverage: 3, expenseRatio: 0.0095, financingRate: [0.05, 0.05, 0.05], spread: 0.004, periodsPerYear: 252 }],
  ],
  [
    'indicativeNav',
    [
      {
        nav: 20,
        leverage: -3,
        indexClose: 5000,
        index: [5050, 4990],
        financingRate: 0.05,
        spread: 0.004,
        dividendYield: 0.01,
        expenseRatio: 0.0095,
        elapsed: [0.5, 0.75],
        periodsPerYear: 252,
      },
    ],
  ],
  [
    'premiumDiscount',
    [
      [20.05, 19.99],
      [20, 20],
    ],
  ],
  ['premiumSignal', [[0, 0.0003, -0.0003], { threshold: 0.0002, exit: 0.0001 }]],
  ['premiumDisclosure', [[0.01, 0.025, -0.03], { threshold: 0.02, days: 2 }]],
  ['wipeOutMove', [-3]],
  ['wipeOutDistance', [{ leverage: 3, volatility: 0.2, periodsPerYear: 252 }]],
  ['trackingBandState', [{ leverage: 2, band: 0.02, floor: 0.005, tighten: 2 }]],
  ['trackingBand', [r3, [0.02, -0.04, 0.06], { leverage: 2, band: 0.02, floor: 0.005, tighten: 2 }]],
  ['liquidityFilter', [[1, 2, 3, 2, 4], { window: 4, k: 3 }]],
  ['liquidityFilterState', [{ window: 4, k: 3 }]],
  ['fractionalKelly', [{ fraction: 0.5, drift: 0.1, volatility: 0.16, rate: 0.03 }]],
  ['growthShortfall', [{ leverage: 3, drift: 0.08, volatility: 0.2, rate: 0.02, expenseRatio: 0.01 }]],
  ['volatilityTarget', [{ target: 0.2, forecast: [0.1, 0.3], cap: 1.5 }]],
  ['hedgeNotional', [{ portfolioValue: 1e5, beta: 1.25, leverage: -2 }]],
  ['hedgeDrift', [r3, { beta: 1.25, leverage: -2 }]],
  [
    'outcomeProbability',
    [{ leverage: 3, drift: 0.08, volatility: 0.2, years: 1, rate: 0.02, expenseRatio: 0.01, below: 0.5 }],
  ],
  [
    'underperformanceProbability',
    [{ leverage: 2, drift: 0.08, volatility: 0.2, years: 1, rate: 0.02, expenseRatio: 0.01 }],
  ],
  [
    'underperformanceHorizon',
    [{ leverage: -1, drift: 0, volatility: 0.2, rate: 0.02, expenseRatio: 0.01, probability: 0.7, maxYears: 20 }],
  ],
  ['pairShortOutcome', [{ leverage: 3, volatility: 0.2, years: 1, drift: 0.08, borrowRates: [0.01, 0.02] }]],
  ['pairShort', [r3, { leverage: 3, borrowRates: [0.01, 0.02], periodsPerYear: 252 }]],
];

interface Case {
  readonly fn: string;
  readonly args: unknown[];
  readonly argument: string;
  readonly index: number | undefined;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const [name, args] of CALLS) {
    const fn = (core as unknown as Record<string, Fn>)[name] as Fn;
    const names = parameterNames(fn);
    args.forEach((arg, i) => {
      const pname = names[i] as string;
      const put = (value: unknown): unknown[] => args.map((a, j) => (j === i ? value : a));
      if (typeof arg === 'number') out.push({ fn: name, args: put(Number.NaN), argument: pname, index: undefined });
      else if (Array.isArray(arg))
        arg.forEach((_, k) =>
          out.push({ fn: name, args: put(arg.map((v, m) => (m === k ? Number.NaN : v))), argument: pname, index: k }),
        );
      else if (arg !== null && typeof arg === 'object') {
        for (const [key, v] of Object.entries(arg)) {
          const withKey = (value: unknown): unknown[] => put({ ...(arg as object), [key]: value });
          if (typeof v === 'number')
            out.push({ fn: name, args: withKey(Number.NaN), argument: `${pname}.${key}`, index: undefined });
          else if (Array.isArray(v))
            v.forEach((_, k) =>
              out.push({
                fn: name,
                args: withKey(v.map((x, m) => (m === k ? Number.NaN : x))),
                argument: `${pname}.${key}`,
                index: k,
              }),
            );
        }
      }
    });
  }
  return out;
}

function caught(fn: () => unknown): InverseMathError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InverseMathError);
    return error as InverseMathError;
  }
  return expect.fail('expected an InverseMathError');
}

describe('NaN anywhere in a valid call is NON_FINITE, named by its argument path and index', () => {
  test.each(cases().map((c) => [`${c.fn}: ${c.argument}${c.index === undefined ? '' : `[${c.index}]`}`, c] as const))(
    '%s',
    (_, c) => {
      const fn = (core as unknown as Record<string, Fn>)[c.fn] as Fn;
      const e = caught(() => fn(...c.args));
      expect(e.code).toBe('NON_FINITE');
      expect(e.argument).toBe(c.argument);
      expect(e.index).toBe(c.index);
    },
  );
});

describe('finite inputs whose result overflows a double: NON_FINITE, named, never ±Infinity (found by bad-input.test.ts)', () => {
  const overflow: [string, () => unknown, string, number | undefined][] = [
    ['simpleReturn(5e-324, 104)', () => core.simpleReturn(5e-324, 104), 'p0', undefined],
    ['logReturn(5e-324, 104)', () => core.logReturn(5e-324, 104), 'p0', undefined],
    ['returnsFromPrices([100, 5e-324, 100])', () => core.returnsFromPrices([100, 5e-324, 100]), 'prices', 1],
    ['returnsFromPrices(…, log)', () => core.returnsFromPrices([5e-324, 100], { kind: 'log' }), 'prices', 0],
    ['fundReturn(10, 1e308)', () => core.fundReturn(10, 1e308), 'leverage', undefined],
    ['effectiveLogLeverage(10, 1e308)', () => core.effectiveLogLeverage(10, 1e308), 'leverage', undefined],
    ['logLeverageSeries([0, 10], 1e308)', () => core.logLeverageSeries([0, 10], 1e308), 'leverage', 1],
    ['dragCoefficient(1.9e154)', () => core.dragCoefficient(1.9e154), 'leverage', undefined],
    ['twoDayGap(−0.1, 0.1, −1.35e154)', () => core.twoDayGap(-0.1, 0.1, -1.35e154), 'leverage', undefined],
    [
      'compoundingDecay([0.1, 0.1], 1e4): G^L overflows',
      () => core.compoundingDecay([0.1, 0.1], 1e4),
      'leverage',
      undefined,
    ],
    [
      'compoundingDecay(1e308 growth)',
      () => core.compoundingDecay([1e308, 1e308, 1e308], 1),
      'indexReturns',
      undefined,
    ],
    [
      'continuousDrag(σ = 1e200, 0 < L < 1)',
      () => core.continuousDrag({ leverage: 0.5, volatility: 1e200, years: 1 }),
      'options.volatility',
      undefined,
    ],
    [
      'fundReturnTable(L = −6737)',
      () => core.fundReturnTable({ leverage: -6737, indexReturns: [-0.1], volatilities: [0] }),
      'options.leverage',
      0,
    ],
    [
      'lognormalFundOutcome(μ = 1e10)',
      () => core.lognormalFundOutcome({ leverage: 2, drift: 1e10, volatility: 0.2, years: 1 }),
      'options.drift',
      undefined,
    ],
    [
      'kellyLeverage(σ = 1e-200)',
      () => core.kellyLeverage({ drift: 0.08, volatility: 1e-200 }),
      'options.volatility',
      undefined,
    ],
    [
      'growthRate(σ = 1e200)',
      () => core.growthRate({ leverage: 2, drift: 0, volatility: 1e200 }),
      'options.volatility',
      undefined,
    ],
    [
      'hedgeNotional(V = 1e308, β = 4)',
      () => core.hedgeNotional({ portfolioValue: 1e308, beta: 4, leverage: -1 }),
      'options.portfolioValue',
      undefined,
    ],
    [
      'outcomeProbability(L = 1e300)',
      () => core.outcomeProbability({ leverage: 1e300, drift: 0, volatility: 0.2, years: 1, below: 1 }),
      'options.leverage',
      undefined,
    ],
    [
      'underperformanceProbability(L = 1e200)',
      () => core.underperformanceProbability({ leverage: 1e200, drift: 0, volatility: 0.2, years: 1 }),
      'options.leverage',
      undefined,
    ],
    [
      'pairShortOutcome(σ = 1e200)',
      () => core.pairShortOutcome({ leverage: 3, volatility: 1e200, years: 1 }),
      'options.volatility',
      undefined,
    ],
    [
      'fractionalKelly(σ = 1e-200)',
      () => core.fractionalKelly({ fraction: 0.5, drift: 0.08, volatility: 1e-200 }),
      'options.volatility',
      undefined,
    ],
    [
      'fractionalKelly(k = 1e308, μ = 100)',
      () => core.fractionalKelly({ fraction: 1e308, drift: 100, volatility: 1 }),
      'options.fraction',
      undefined,
    ],
    [
      'growthShortfall(σ = 1e-200)',
      () => core.growthShortfall({ leverage: 1, drift: 0.08, volatility: 1e-200 }),
      'options.volatility',
      undefined,
    ],
    [
      'growthShortfall(L = 1e200)',
      () => core.growthShortfall({ leverage: 1e200, drift: 0.08, volatility: 0.2 }),
      'options.leverage',
      undefined,
    ],
    [
      'hedgeNotional(L = −1e-310)',
      () => core.hedgeNotional({ portfolioValue: 1e5, beta: 1, leverage: -1e-310 }),
      'options.leverage',
      undefined,
    ],
    [
      'expectedDrag(L = 1e200)',
      () => core.expectedDrag({ leverage: 1e200, variances: [1e-4] }),
      'options.leverage',
      undefined,
    ],
    [
      'expectedDrag(variances [1, 1e308])',
      () => core.expectedDrag({ leverage: 3, variances: [1, 1e308] }),
      'options.variances',
      1,
    ],
    [
      'expectedDrag(σ = 1e200)',
      () => core.expectedDrag({ leverage: 3, volatility: 1e200, periods: 1 }),
      'options.volatility',
      undefined,
    ],
    [
      'underperformanceProbability(σ = 2, T = 1e308)',
      () => core.underperformanceProbability({ leverage: 2, drift: 0, volatility: 2, years: 1e308 }),
      'options.years',
      undefined,
    ],
    [
      'underperformanceHorizon(L = 1e200)',
      () => core.underperformanceHorizon({ leverage: 1e200, drift: 0, volatility: 0.2, probability: 0.5 }),
      'options.leverage',
      undefined,
    ],
    [
      'pairShortOutcome(μ = 1e300)',
      () => core.pairShortOutcome({ leverage: 3, volatility: 0.2, years: 1, drift: 1e300 }),
      'options.drift',
      undefined,
    ],
    [
      'pairShortOutcome(L = 0.5, T = 1e300)',
      () => core.pairShortOutcome({ leverage: 0.5, volatility: 1, years: 1e300 }),
      'options.years',
      undefined,
    ],
    ['pairShort([1e308], L = 1e10)', () => core.pairShort([1e308], { leverage: 1e10 }), 'indexReturns', 0],
  ];
  test.each(overflow)('%s', (_, call, argument, index) => {
    const e = caught(call);
    expect(e.code).toBe('NON_FINITE');
    expect(e.argument).toBe(argument);
    expect(e.index).toBe(index);
  });
});

test('γ(r, 1) is exactly 1 and γ(r, 0) exactly 0 for tiny r too (docs/concepts.md I1), where the series would round', () => {
  for (const r of [6.935057174684993e-7, -4.188026491771235e-7, 1e-9, -3e-8, 0.3, -0.6]) {
    expect(core.effectiveLogLeverage(r, 1)).toBe(1);
    expect(core.effectiveLogLeverage(r, 0)).toBe(0);
  }
});

describe('edge cases the mutation run showed untested (each against an independent closed form)', () => {
  test('γ(5e-324, 0.3) = 0.3: L·r underflows to 0, the series keeps the limit γ → L (docs/concepts.md §1)', () => {
    expect(core.effectiveLogLeverage(5e-324, 0.3)).toBe(0.3);
  });

  test('compoundingDecay: a wipe-out in the first period reports index 0; 1 + L·r = 0 exactly is a wipe-out', () => {
    expect(core.compoundingDecay([0.5, 0.1], -3).wipedOutAt).toBe(0);
    const d = core.compoundingDecay([0.5], -2); // 1 + (−2)(0.5) = 0
    expect(d.wipedOutAt).toBe(0);
    expect(d.fundGrowth).toBe(0);
    expect(d.decay).toBe(-1);
  });

  test('compoundingDecay on a trending path: V, G, G^L, V/G^L − 1 and V − 1 − L(G − 1) from their products', () => {
    const r = [0.1, 0.05, -0.02, 0.08];
    const L = -2;
    const G = r.reduce((p, x) => p * (1 + x), 1);
    const V = r.reduce((p, x) => p * (1 + L * x), 1);
    const d = core.compoundingDecay(r, L);
    const close = (a: number, b: number): void =>
      void expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(b)));
    close(d.indexGrowth, G);
    close(d.fundGrowth, V);
    close(d.leveragedIndexGrowth, G ** L);
    close(d.decay, V / G ** L - 1);
    close(d.gapToLeveragedReturn, V - 1 - L * (G - 1));
  });

  test('twoDayGap and dragCoefficient return +0, never −0 (the documented "+ 0")', () => {
    expect(Object.is(core.twoDayGap(0, -0.1, 2), 0)).toBe(true);
    expect(Object.is(core.dragCoefficient(0), 0)).toBe(true);
  });

  test('kellyLeverage and growthRate without rate or expenseRatio use 0 (their defaults)', () => {
    expect(core.kellyLeverage({ drift: 0.08, volatility: 0.2 })).toBeCloseTo(2, 14); // 0.08 / 0.04
    expect(core.growthRate({ leverage: 2, drift: 0.08, volatility: 0.2 })).toBeCloseTo(0.16 - 0.08, 14); // 2μ − 4σ²/2
    expect(core.lognormalFundOutcome({ leverage: 2, drift: 0.08, volatility: 0.2, years: 1 }).logMean).toBeCloseTo(
      0.08,
      14,
    );
  });

  test('closeTrade: a move with 1 + L·r = 0 exactly wipes the fund out, so no flow is possible', () => {
    const e = caught(() => core.closeTrade({ aum: 1e6, leverage: -2, indexReturn: 0.5, flow: 100 }));
    expect(e.code).toBe('OUT_OF_RANGE');
    expect(e.argument).toBe('options.flow');
  });
});
