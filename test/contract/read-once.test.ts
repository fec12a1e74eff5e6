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
