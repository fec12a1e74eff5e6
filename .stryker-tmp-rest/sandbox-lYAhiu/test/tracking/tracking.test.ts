/**
 * Tracking diagnostics (docs/concepts.md §3): the deviation
 * `NAV_t/NAV_0 − (1 + L·(I_t/I_0 − 1))` and the holding-period efficiency
 * `(NAV_to/NAV_from − 1) / (L·(I_to/I_from − 1))`, on NAV series that do not
 * start at 1, and the argument each error names. Numbers are worked by hand.
 */
// @ts-nocheck

import { describe, expect, test } from 'vitest';
import { holdingPeriodEfficiency, trackingDeviation } from '../../src/tracking/index.ts';
import { expectCode } from '../helpers/assert.ts';

describe('a NAV series that starts at 100', () => {
  test('deviation is measured on NAV_t/NAV_0: a fund that tracks exactly deviates by 0', () => {
    // −1x, index +10 %: the target is 1 − 0.1 = 0.9, the fund 90/100
    const d = trackingDeviation([0.1], [100, 90], -1);
    expect(d[0]).toBe(0);
    expect(Math.abs(d[1] as number)).toBeLessThan(1e-15);
    // 2x, index +10 % then −10 %: target 1 + 2·(0.99 − 1) = 0.98; a fund at 97 deviates by −0.01
    expect(trackingDeviation([0.1, -0.1], [100, 120, 97], 2)[2]).toBeCloseTo(-0.01, 14);
  });

  test('efficiency over a sub-period reads NAV_from, not NAV_0', () => {
    // 2x; index +10 % then +10 %; NAV 100 → 120 → 144: over the 2nd period (0.2)/(2·0.1) = 1
    expect(holdingPeriodEfficiency([0.1, 0.1], [100, 120, 144], 2, { from: 1, to: 2 })).toBeCloseTo(1, 14);
    // over both periods (0.44)/(2·0.21)
    expect(holdingPeriodEfficiency([0.1, 0.1], [100, 120, 144], 2)).toBeCloseTo(0.44 / 0.42, 14);
  });
});

describe('errors name their argument', () => {
  test.each([
    ['indexReturns', () => trackingDeviation([0.1, -1], [1, 1, 1], 1), 'RETURN_OUT_OF_DOMAIN', 'indexReturns'],
    ['leverage', () => trackingDeviation([0.1], [1, 1], Number.NaN), 'NON_FINITE', 'leverage'],
    ['nav length', () => trackingDeviation([0.1], [1, 1, 1], 1), 'LENGTH_MISMATCH', 'nav'],
    ['nav[0]', () => trackingDeviation([0.1], [0, 1], 1), 'NOT_POSITIVE', 'nav'],
    ['leverage (efficiency)', () => holdingPeriodEfficiency([0.1], [1, 1], '2' as never), 'INVALID_TYPE', 'leverage'],
    ['period', () => holdingPeriodEfficiency([0.1], [1, 1], 2, 3 as never), 'INVALID_TYPE', 'period'],
    ['period.from', () => holdingPeriodEfficiency([0.1], [1, 1], 2, { from: -1 }), 'OUT_OF_RANGE', 'period.from'],
    ['period.to', () => holdingPeriodEfficiency([0.1], [1, 1], 2, { to: 0.5 }), 'OUT_OF_RANGE', 'period.to'],
    ['period.to past the end', () => holdingPeriodEfficiency([0.1, 0.1], [1, 1, 1], 2, { to: 3 }), 'OUT_OF_RANGE', 'period.to'],
    ['period.from ≥ period.to', () => holdingPeriodEfficiency([0.1, 0.1], [1, 1, 1], 2, { from: 1, to: 1 }), 'OUT_OF_RANGE', 'period.from'],
  ])('%s', (_name, fn, code, argument) => {
    expectCode(fn, code as never, argument);
  });

  test('messages: the bound of period.to, and period.from against period.to', () => {
    expect(expectCode(() => holdingPeriodEfficiency([0.1, 0.1], [1, 1, 1], 2, { to: 3 }), 'OUT_OF_RANGE').message).toContain('must be at most 2');
    expect(expectCode(() => holdingPeriodEfficiency([0.1, 0.1], [1, 1, 1], 2, { from: 2, to: 1 }), 'OUT_OF_RANGE').message).toContain('must be less than period.to');
  });

  test('an index growth beyond a double is reported at the last return of the period', () => {
    // (1 + 1e200)² overflows at the 2nd return (index 1)
    const e = expectCode(() => holdingPeriodEfficiency([1e200, 1e200, 0], [1, 1, 1, 1], 2, { to: 2 }), 'NON_FINITE', 'indexReturns');
    expect(e.index).toBe(1);
  });
});
