/**
 * Liquidity filter (docs/concepts.md §6.4; "Precision Hedging: Algorithmic
 * Strategies for Inverse ETF Investments": flag a bid-ask spread beyond 3
 * standard deviations): threshold `mean + k·SD` of the trailing window that
 * excludes the point. Worked numbers by hand, an independent reference,
 * streaming and batch bit for bit.
 */
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  type LiquidityFilterState,
  liquidityFilter,
  liquidityFilterState,
  stepLiquidityFilter,
} from '../../src/risk/index.ts';
import { expectClose, expectCode, snapshot } from '../helpers/assert.ts';

describe('worked numbers', () => {
  test('window 4 of 1, 2, 3, 2: mean 2, sample SD √(2/3); threshold 2 + 3·√(2/3)', () => {
    const f = liquidityFilter([1, 2, 3, 2, 4, 9], { window: 4 });
    expect(f.start).toBe(4);
    expectClose(f.threshold[0] as number, 2 + 3 * Math.sqrt(2 / 3), 1e-15);
    // next window 2, 3, 2, 4: mean 2.75, Σ(x − m)² = 2.75, SD √(2.75/3)
    expectClose(f.threshold[1] as number, 2.75 + 3 * Math.sqrt(2.75 / 3), 1e-15);
    expect(Array.from(f.flags)).toEqual([0, 1]);
  });

  test('ddof 0 divides by the window (population SD); k scales the SD', () => {
    const f = liquidityFilter([1, 2, 3, 2, 4], { window: 4, ddof: 0, k: 2 });
    expectClose(f.threshold[0] as number, 2 + 2 * Math.sqrt(2 / 4), 1e-15);
  });

  test('the window excludes the point: a jump after a flat window is flagged (it would not be if it raised its own threshold)', () => {
    const spreads = [1, 1, 1, 1, 2];
    const f = liquidityFilter(spreads, { window: 4 });
    expect(f.threshold[0]).toBe(1);
    expect(f.flags[0]).toBe(1);
    // the same window with the point in it: 1, 1, 1, 2 → 1.25 + 3·0.5 = 2.75 > 2
    const inclusive = 1.25 + 3 * Math.sqrt((3 * 0.25 ** 2 + 0.75 ** 2) / 3);
    expect(2 > inclusive).toBe(false);
  });

  test('defaults: window 20, k 3', () => {
    const spreads = Array.from({ length: 21 }, (_, i) => (i < 20 ? 1 + (i % 2) : 5));
    const f = liquidityFilter(spreads);
    // 10 ones and 10 twos: mean 1.5, Σ(x − m)² = 5, SD √(5/19)
    expect(f.start).toBe(20);
    expectClose(f.threshold[0] as number, 1.5 + 3 * Math.sqrt(5 / 19), 1e-15);
    expect(f.flags[0]).toBe(1);
  });

  test('the input is not mutated', () => {
    const spreads = [1, 2, 3];
    const before = snapshot(spreads);
    liquidityFilter(spreads, { window: 2 });
    expect(spreads).toEqual(before);
  });
});

const spreads = fc.array(fc.oneof(fc.double({ min: 0, max: 10, noNaN: true }), fc.constantFrom(0, 1, 2, 50)), {
  minLength: 3,
  maxLength: 80,
});
const options = fc.record({
  window: fc.integer({ min: 2, max: 25 }),
  k: fc.double({ min: 0, max: 5, noNaN: true }),
  ddof: fc.constantFrom(0 as const, 1 as const),
});

describe('properties', () => {
  fcTest.prop([spreads, options])('against a reference written with slice/reduce', (x, o) => {
    fc.pre(x.length > o.window);
    const f = liquidityFilter(x, o);
    for (let i = o.window; i < x.length; i++) {
      const win = x.slice(i - o.window, i);
      const m = win.reduce((a, v) => a + v, 0) / o.window;
      const sd = Math.sqrt(win.reduce((a, v) => a + (v - m) ** 2, 0) / (o.window - o.ddof));
      const t = m + o.k * sd;
      expect(Math.abs((f.threshold[i - o.window] as number) - t)).toBeLessThanOrEqual(1e-12 * (1 + t));
      if (Math.abs((x[i] as number) - t) > 1e-9) expect(f.flags[i - o.window]).toBe((x[i] as number) > t ? 1 : 0);
    }
  });

  fcTest.prop([spreads, options])(
    'streaming (pure, in place, into another state) and batch agree bit for bit',
    (x, o) => {
      fc.pre(x.length > o.window);
      const batch = liquidityFilter(x, o);
      let pure: LiquidityFilterState = liquidityFilterState(o);
      const live = liquidityFilterState(o);
      const other = liquidityFilterState(o);
      x.forEach((v, i) => {
        const before = snapshot(pure);
        const next = stepLiquidityFilter(pure, v);
        expect(pure).toEqual(before);
        pure = next;
        stepLiquidityFilter(live, v, live);
        const copied = stepLiquidityFilter(i === 0 ? liquidityFilterState(o) : other, v, other);
        expect(copied).toBe(other);
        for (const s of [pure, live, other]) {
          if (i < o.window) {
            expect(s.threshold).toBeNull();
            expect(s.flagged).toBe(false);
          } else {
            expect(s.threshold).toBe(batch.threshold[i - o.window]);
            expect(s.flagged).toBe(batch.flags[i - o.window] === 1);
          }
        }
      });
      expect(pure.flags).toBe(batch.flags.reduce((a, f) => a + f, 0));
    },
  );
});

describe('bad input', () => {
  test.each([
    ['empty spreads', () => liquidityFilter([]), 'EMPTY_SERIES', 'spreads'],
    ['not more than window', () => liquidityFilter([1, 2, 3], { window: 3 }), 'SERIES_TOO_SHORT', 'spreads'],
    ['a negative spread', () => liquidityFilter([1, -2, 3], { window: 2 }), 'NEGATIVE', 'spreads'],
    ['a NaN spread', () => liquidityFilter([1, Number.NaN, 3], { window: 2 }), 'NON_FINITE', 'spreads'],
    ['window < 2', () => liquidityFilter([1, 2, 3], { window: 1 }), 'OUT_OF_RANGE', 'options.window'],
    ['window fractional', () => liquidityFilter([1, 2, 3], { window: 2.5 }), 'OUT_OF_RANGE', 'options.window'],
    ['k negative', () => liquidityFilter([1, 2, 3], { window: 2, k: -3 }), 'NEGATIVE', 'options.k'],
    ['ddof', () => liquidityFilter([1, 2, 3], { window: 2, ddof: 2 as never }), 'INVALID_OPTION', 'options.ddof'],
    ['misspelt option', () => liquidityFilter([1, 2, 3], { windw: 2 } as never), 'UNKNOWN_OPTION', 'options.windw'],
    ['a threshold beyond a double', () => liquidityFilter([1e308, 1e308, 1], { window: 2 }), 'NON_FINITE', 'spreads'],
    ['state options', () => liquidityFilterState({ window: 0 }), 'OUT_OF_RANGE', 'options.window'],
    ['step: spread', () => stepLiquidityFilter(liquidityFilterState(), -1), 'NEGATIVE', 'spread'],
    [
      'step: forged state',
      () => stepLiquidityFilter({ ...liquidityFilterState({ window: 3 }), head: 3 }, 1),
      'INVALID_TYPE',
      'state',
    ],
    [
      'step: out of another window',
      () => stepLiquidityFilter(liquidityFilterState({ window: 3 }), 1, liquidityFilterState({ window: 4 })),
      'INVALID_TYPE',
      'out',
    ],
  ])('%s', (_name, fn, code, argument) => {
    const e = expectCode(fn, code as never, argument);
    if (_name === 'a negative spread') expect(e.index).toBe(1);
  });
});
