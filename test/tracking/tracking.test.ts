/**
 * Tracking diagnostics (docs/concepts.md §3): the deviation
 * `NAV_t/NAV_0 − (1 + L·(I_t/I_0 − 1))` and the holding-period efficiency
 * `(NAV_to/NAV_from − 1) / (L·(I_to/I_from − 1))`, on NAV series that do not
 * start at 1, and the argument each error names. Numbers are worked by hand.
 */
import { describe, expect, test } from 'vitest';
import { holdingPeriodEfficiency, trackingDeviation } from '../../src/tracking/index.ts';
import { expectCode, expectClose } from '../helpers/assert.ts';
import { navPath } from '../../src/index.ts';

const huge = [1e300, 1e300];

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
    [
      'period.to past the end',
      () => holdingPeriodEfficiency([0.1, 0.1], [1, 1, 1], 2, { to: 3 }),
      'OUT_OF_RANGE',
      'period.to',
    ],
    [
      'period.from ≥ period.to',
      () => holdingPeriodEfficiency([0.1, 0.1], [1, 1, 1], 2, { from: 1, to: 1 }),
      'OUT_OF_RANGE',
      'period.from',
    ],
  ])('%s', (_name, fn, code, argument) => {
    expectCode(fn, code as never, argument);
  });

  test('messages: the bound of period.to, and period.from against period.to', () => {
    expect(
      expectCode(() => holdingPeriodEfficiency([0.1, 0.1], [1, 1, 1], 2, { to: 3 }), 'OUT_OF_RANGE').message,
    ).toContain('must be at most 2');
    expect(
      expectCode(() => holdingPeriodEfficiency([0.1, 0.1], [1, 1, 1], 2, { from: 2, to: 1 }), 'OUT_OF_RANGE').message,
    ).toContain('must be less than period.to');
  });

  test('an index growth beyond a double is reported at the last return of the period', () => {
    // (1 + 1e200)² overflows at the 2nd return (index 1)
    const e = expectCode(
      () => holdingPeriodEfficiency([1e200, 1e200, 0], [1, 1, 1, 1], 2, { to: 2 }),
      'NON_FINITE',
      'indexReturns',
    );
    expect(e.index).toBe(1);
  });
});

describe('tracking diagnostics', () => {
  test('trackingDeviation of a frictionless daily fund over two days is (L² − L)·r1·r2 (docs/concepts.md §2 two-day identity)', () => {
    const r = [0.03, -0.02];
    for (const L of [-3, -1, 2, 3]) {
      const d = trackingDeviation(r, navPath(r, { leverage: L }), L);
      expect(d[0]).toBe(0);
      expectClose(d[1] as number, 0, 1e-15);
      expectClose(d[2] as number, (L * L - L) * 0.03 * -0.02, 1e-12);
    }
  });

  test('holdingPeriodEfficiency: trend > 1, chop < 1, null without an index move, sub-periods', () => {
    const up = [0.1, 0.1];
    // NAV − 1 and G − 1 each cancel about one bit, so a few ulps of relative error
    expectClose(holdingPeriodEfficiency(up, navPath(up, { leverage: 2 }), 2) as number, 0.44 / 0.42, 1e-14);
    const chop = [0.1, -0.05];
    const nav = navPath(chop, { leverage: 3 });
    expectClose(holdingPeriodEfficiency(chop, nav, 3) as number, (1.3 * 0.85 - 1) / (3 * (1.1 * 0.95 - 1)), 1e-13);
    expectClose(holdingPeriodEfficiency(chop, nav, 3, { from: 1 }) as number, 1, 1e-15);
    expect(holdingPeriodEfficiency([0.1, -1 / 11], navPath([0.1, -1 / 11], { leverage: 2 }), 2)).toBeNull();
    expect(holdingPeriodEfficiency(up, navPath(up, { leverage: 0 }), 0)).toBeNull();
  });

  test('bad input', () => {
    expectCode(() => trackingDeviation([0.1], [1], 2), 'SERIES_TOO_SHORT', 'nav');
    expectCode(() => trackingDeviation([0.1], [1, 1, 1], 2), 'LENGTH_MISMATCH', 'nav');
    expectCode(() => trackingDeviation([0.1], [0, 1], 2), 'NOT_POSITIVE', 'nav');
    expectCode(() => trackingDeviation([0.1], [1, -1], 2), 'NEGATIVE', 'nav');
    expectCode(() => trackingDeviation([0.1], [1, 1], Number.NaN), 'NON_FINITE', 'leverage');
    expectCode(() => holdingPeriodEfficiency([0.1, 0.1], [1, 1, 1], 2, { from: 2 }), 'OUT_OF_RANGE', 'period.from');
    expectCode(() => holdingPeriodEfficiency([0.1, 0.1], [1, 1, 1], 2, { to: 3 }), 'OUT_OF_RANGE', 'period.to');
    expectCode(() => holdingPeriodEfficiency([0.1, 0.1], [1, 0, 1], 2, { from: 1 }), 'NOT_POSITIVE', 'nav');
  });
});

describe('tracking diagnostics: overflow', () => {
  test('trackingDeviation: 1 + 2·(I − 1) with I = (1 + 1e300)² overflows', () => {
    expect(expectCode(() => trackingDeviation(huge, [1, 1, 1], 2), 'NON_FINITE', 'nav').index).toBe(2);
  });

  test('holdingPeriodEfficiency: a fund return beyond a double, and an index growth beyond a double', () => {
    // (1e300 / 1e-300 − 1) / (2 · 0.5) = ∞
    expect(expectCode(() => holdingPeriodEfficiency([0.5], [1e-300, 1e300], 2), 'NON_FINITE', 'nav').index).toBe(1);
    // I_2/I_0 = (1 + 1e300)² = ∞: no NaN from ∞/∞ and no 0 from x/∞
    expectCode(() => holdingPeriodEfficiency(huge, [1, 1e300, 1e300], 2), 'NON_FINITE', 'indexReturns');
    expectCode(() => holdingPeriodEfficiency(huge, [1, 1, 2], 2), 'NON_FINITE', 'indexReturns');
  });
});
