/**
 * Every input is read once: a series element or an option is read, validated
 * and used as one value. The inputs here answer differently on each read (a
 * getter, a proxy): the first read is valid, later reads are not. A function
 * that validated one read and computed with another would return a wrong
 * number (a −1x NAV of 4 from a return "0.1" that later reads −3) instead of
 * the value of the first read.
 */
import { describe, expect, test } from 'vitest';
import { navPath, navFromPrices, logNavPath, navHistory } from '../../src/nav/index.ts';
import { logLeverageSeries, returnsFromPrices } from '../../src/leverage/index.ts';
import { compoundingDecay } from '../../src/drag/index.ts';
import { trackingDeviation } from '../../src/tracking/index.ts';
import { simulateFund } from '../../src/fund/index.ts';
import { toShares } from '../../src/rebalance/index.ts';
import { navPath as decimalNavPath, toShares as decimalToShares } from '../../src/decimal/index.ts';
import { expectedDrag, garchFilter, garchForecast } from '../../src/volatility/index.ts';
import {
  fractionalKelly,
  growthRate,
  growthShortfall,
  kellyLeverage,
  volatilityTarget,
} from '../../src/sizing/index.ts';
import {
  lognormalFundOutcome,
  pairShort,
  pairShortOutcome,
  underperformanceHorizon,
  underperformanceProbability,
} from '../../src/outcomes/index.ts';
import { simulateOutcomes } from '../../src/montecarlo/index.ts';
import { indicativeNav, premiumSignal } from '../../src/signals/index.ts';
import { liquidityFilter, trackingBand, wipeOutDistance } from '../../src/risk/index.ts';

/** An array whose element i is `first[i]` on its first read and `later` on every read after; `reads[i]` counts them. */
function fickle(first: readonly number[], later: unknown): { array: number[]; reads: number[] } {
  const reads = first.map(() => 0);
  const array: number[] = [];
  first.forEach((value, i) => {
    const get = (): unknown => {
      reads[i] = (reads[i] ?? 0) + 1;
      return reads[i] === 1 ? value : later;
    };
    Object.defineProperty(array, i, { enumerable: true, get });
  });
  return { array, reads };
}

/** The same with a Proxy (its `length` is read through the trap too). */
function fickleProxy(first: readonly number[], later: unknown): number[] {
  const seen = new Set<string>();
  return new Proxy([...first], {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) {
        if (seen.has(key)) return later;
        seen.add(key);
      }
      return Reflect.get(target, key, receiver);
    },
  });
}

describe('series: each element read once', () => {
  test('the issue: a −1x NAV over a return of 0.1 is 0.9, whatever the element reads afterwards', () => {
    const { array, reads } = fickle([0.1], -3);
    expect(Array.from(navPath(array, { leverage: -1 }))).toEqual([1, 0.9]);
    expect(reads).toEqual([1]);
    expect(Array.from(navPath(fickleProxy([0.1], -3), { leverage: -1 }))).toEqual([1, 0.9]);
  });

  test.each<[string, (a: number[]) => unknown, (a: number[]) => unknown]>([
    ['navPath', (a) => navPath(a, { leverage: 2 }), () => navPath([0.01, 0.02], { leverage: 2 })],
    ['logNavPath', (a) => logNavPath(a, { leverage: 2 }), () => logNavPath([0.01, 0.02], { leverage: 2 })],
    ['navHistory', (a) => navHistory(a, { leverage: 2 }).nav, () => navHistory([0.01, 0.02], { leverage: 2 }).nav],
    ['logLeverageSeries', (a) => logLeverageSeries(a, -1), () => logLeverageSeries([0.01, 0.02], -1)],
    ['compoundingDecay', (a) => compoundingDecay(a, -1), () => compoundingDecay([0.01, 0.02], -1)],
    [
      'trackingDeviation (returns)',
      (a) => trackingDeviation(a, [1, 1.02, 1.06], 2),
      () => trackingDeviation([0.01, 0.02], [1, 1.02, 1.06], 2),
    ],
  ])('%s computes with the values it validated', (_name, call, reference) => {
    // later reads give a return below −1 (or a negative spread): invalid, and different
    expect(call(fickle([0.01, 0.02], -3).array)).toEqual(reference([0.01, 0.02]));
    expect(call(fickleProxy([0.01, 0.02], -3))).toEqual(reference([0.01, 0.02]));
  });

  test('a spread series given as getters is read once per element', () => {
    const { array, reads } = fickle([0.001, 0.002], -1);
    expect(Array.from(navPath([0.01, 0.02], { leverage: 2, spread: array }))).toEqual(
      Array.from(navPath([0.01, 0.02], { leverage: 2, spread: [0.001, 0.002] })),
    );
    expect(reads).toEqual([1, 1]);
  });

  test('prices: navFromPrices, returnsFromPrices, simulateFund', () => {
    expect(Array.from(navFromPrices(fickle([100, 110], 1e-300).array, { leverage: 2 }))).toEqual(
      Array.from(navFromPrices([100, 110], { leverage: 2 })),
    );
    expect(Array.from(returnsFromPrices(fickle([100, 110], -1).array))).toEqual(
      Array.from(returnsFromPrices([100, 110])),
    );
    const sim = simulateFund({ indexPrices: fickle([100, 110], 1e300).array, leverage: 2, initialAum: 100 });
    expect(sim.finalAum).toBe(simulateFund({ indexPrices: [100, 110], leverage: 2, initialAum: 100 }).finalAum);
  });

  test('the decimal entry reads each element once', () => {
    const { array, reads } = fickle([0.1], -3);
    expect(decimalNavPath(array, { leverage: -1 }).map(String)).toEqual(['1', '0.9']);
    expect(reads).toEqual([1]);
  });
});

describe('options: each read once', () => {
  test('toShares reads options.rounding once (float and decimal)', () => {
    let reads = 0;
    const options = {
      get rounding() {
        reads += 1;
        return reads === 1 ? 'half-up' : 'floor';
      },
    } as { rounding: 'half-up' };
    // 250 / 100 = 2.5: half-up gives 3, floor would give 2
    expect(toShares(250, 100, options).units).toBe(3);
    expect(reads).toBe(1);
    reads = 0;
    expect(decimalToShares('250', '100', options).units.toString()).toBe('3');
    expect(reads).toBe(1);
  });
});

/**
 * `base` with `key` as an enumerable getter: `first` on its first read, `later` on every read after.
 * `reads()` counts the reads.
 */
function fickleOption<T extends object>(
  base: T,
  key: string,
  first: unknown,
  later: unknown,
): { options: T; reads: () => number } {
  let n = 0;
  const options = { ...base };
  Object.defineProperty(options, key, {
    enumerable: true,
    get: () => {
      n += 1;
      return n === 1 ? first : later;
    },
  });
  return { options, reads: () => n };
}

/**
 * Each case: a call with an option that reads `first` once and `later` (valid, and different) after,
 * against the same call with the plain value `first`. A function that tested `o.x === undefined` on
 * one read and used another would compute with `later`.
 */
type OptionCase = [
  name: string,
  base: object,
  key: string,
  first: unknown,
  later: unknown,
  call: (options: never) => unknown,
];

function checkOptionCases(cases: readonly OptionCase[]): void {
  test.each(cases.map((c) => [`${c[0]} reads options.${c[2]} once`, c] as const))(
    '%s',
    (_title, [, base, key, first, later, call]) => {
      const { options, reads } = fickleOption(base, key, first, later);
      const f = call as (options: object) => unknown;
      expect(f(options)).toEqual(f({ ...base, [key]: first }));
      expect(reads()).toBe(1);
    },
  );
}

const garch = { omega: 1e-6, alpha: 0.1, beta: 0.85 };

describe('volatility: each option read once', () => {
  checkOptionCases([
    [
      'garchFilter',
      { ...garch, initialVariance: 1e-4 },
      'mu',
      0.001,
      0.5,
      (o: object) => garchFilter([0.01, -0.02, 0.03], o as never),
    ],
    [
      'garchForecast',
      {},
      'periodsPerYear',
      252,
      12,
      (o: object) => garchForecast({ ...garch, next: 1e-4 }, 5, o as never),
    ],
    [
      'expectedDrag',
      { leverage: -3, volatility: 0.2, periods: 21 },
      'periodsPerYear',
      252,
      12,
      (o: object) => expectedDrag(o as never),
    ],
  ]);
});

describe('sizing: each option read once', () => {
  const kelly = { drift: 0.08, volatility: 0.2 };
  checkOptionCases([
    ['kellyLeverage', kelly, 'rate', 0.02, 0.5, (o: object) => kellyLeverage(o as never)],
    ['growthRate', { ...kelly, leverage: 2 }, 'expenseRatio', 0.01, 0.5, (o: object) => growthRate(o as never)],
    ['fractionalKelly', { ...kelly, fraction: 0.5 }, 'rate', 0.02, 0.5, (o: object) => fractionalKelly(o as never)],
    ['growthShortfall', { ...kelly, leverage: 3 }, 'rate', 0.02, 0.5, (o: object) => growthShortfall(o as never)],
    ['volatilityTarget', { target: 0.2, forecast: 0.1 }, 'cap', 1.5, 0.1, (o: object) => volatilityTarget(o as never)],
  ]);
});

describe('outcomes: each option read once', () => {
  const gbm = { leverage: 2, drift: 0.08, volatility: 0.2 };
  checkOptionCases([
    ['lognormalFundOutcome', { ...gbm, years: 1 }, 'rate', 0.02, 0.5, (o: object) => lognormalFundOutcome(o as never)],
    [
      'lognormalFundOutcome',
      { ...gbm, years: 1 },
      'expenseRatio',
      0.01,
      0.5,
      (o: object) => lognormalFundOutcome(o as never),
    ],
    [
      'underperformanceProbability',
      { ...gbm, years: 1 },
      'rate',
      0.02,
      0.5,
      (o: object) => underperformanceProbability(o as never),
    ],
    [
      'underperformanceHorizon',
      { ...gbm, leverage: -1, probability: 0.7 },
      'maxYears',
      20,
      1,
      (o: object) => underperformanceHorizon(o as never),
    ],
    [
      'pairShortOutcome',
      { leverage: 3, volatility: 0.2, years: 1 },
      'drift',
      0.08,
      0.5,
      (o: object) => pairShortOutcome(o as never),
    ],
    [
      'pairShort',
      { leverage: 3, borrowRates: [0.01, 0.02] },
      'periodsPerYear',
      252,
      12,
      (o: object) => pairShort([0.01, -0.02], o as never),
    ],
  ]);
});

describe('montecarlo: each option read once, nested ones included', () => {
  const run = { leverage: 2, periods: 20, paths: 200, seed: 7 };
  const bootstrap = { kind: 'bootstrap', returns: [0.01, -0.02, 0.015, -0.005, 0.02, -0.01] } as const;
  checkOptionCases([
    [
      'simulateOutcomes',
      { ...run, model: { kind: 'gbm', drift: 0.08, volatility: 0.2 } },
      'periodsPerYear',
      252,
      12,
      (o: object) => simulateOutcomes(o as never),
    ],
    [
      'simulateOutcomes (options.model)',
      { ...run, model: bootstrap },
      'model',
      bootstrap,
      { kind: 'gbm', drift: 0, volatility: 0.9 },
      (o: object) => simulateOutcomes(o as never),
    ],
  ]);

  test('options.model.block is read once (a later read would say "no block")', () => {
    const block = { kind: 'fixed', meanLength: 3 } as const;
    const { options: model, reads } = fickleOption(bootstrap, 'block', block, undefined);
    expect(simulateOutcomes({ ...run, model } as never)).toEqual(
      simulateOutcomes({ ...run, model: { ...bootstrap, block } }),
    );
    expect(reads()).toBe(1);
  });

  test('options.rebalance.every is read once (a later read would be invalid)', () => {
    const { options: rebalance, reads } = fickleOption({}, 'every', 5, 0.5);
    expect(simulateOutcomes({ ...run, model: bootstrap, rebalance } as never)).toEqual(
      simulateOutcomes({ ...run, model: bootstrap, rebalance: { every: 5 } }),
    );
    expect(reads()).toBe(1);
  });

  test('options.bands.every is read once', () => {
    const { options: bands, reads } = fickleOption({ probabilities: [0.5] }, 'every', 5, 1);
    expect(simulateOutcomes({ ...run, model: bootstrap, bands } as never)).toEqual(
      simulateOutcomes({ ...run, model: bootstrap, bands: { probabilities: [0.5], every: 5 } }),
    );
    expect(reads()).toBe(1);
  });
});

describe('signals and risk: each option read once (guards; these already snapshot their options)', () => {
  checkOptionCases([
    [
      'premiumSignal',
      { threshold: 0.0002 },
      'exit',
      0.0001,
      0,
      (o: object) => premiumSignal([0, 0.0003, 0.00015, -0.0003], o as never),
    ],
    [
      'indicativeNav',
      { nav: 20, leverage: -3, indexClose: 5000, index: [5050, 4990], financingRate: 0.05, elapsed: [0.5, 0.75] },
      'periodsPerYear',
      252,
      12,
      (o: object) => indicativeNav(o as never),
    ],
    ['liquidityFilter', { window: 4 }, 'k', 3, 0, (o: object) => liquidityFilter([1, 2, 3, 2, 4, 9], o as never)],
    [
      'trackingBand',
      { leverage: 2, band: 0.02, tighten: 2 },
      'floor',
      0.005,
      0.02,
      (o: object) => trackingBand([0.01, -0.02, 0.03], [0.02, -0.05, 0.06], o as never),
    ],
    [
      'wipeOutDistance',
      { leverage: 3, volatility: 0.2 },
      'periodsPerYear',
      252,
      12,
      (o: object) => wipeOutDistance(o as never),
    ],
  ]);
});
