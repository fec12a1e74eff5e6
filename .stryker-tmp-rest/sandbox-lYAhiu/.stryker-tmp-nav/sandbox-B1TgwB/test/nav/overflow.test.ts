/**
 * Overflow and wipe-out, the project's rule (`finiteResult` in
 * src/internal/guards.ts): a result that overflows a double is an
 * `InverseMathError` `NON_FINITE`, never `±Infinity` or `NaN`; a wipe-out is
 * NAV 0, never an error. One test per nav function that can overflow.
 *
 * Inputs are legitimate (finite returns `> −1`, finite options); the expected
 * overflow is shown by a closed form in each test: e.g. two returns of 1e300
 * at 2x give NAV (1 + 2e300)² ≈ 4e600, beyond Number.MAX_VALUE ≈ 1.8e308.
 */
// @ts-nocheck

// 

import { describe, expect, test } from 'vitest';
import {
  holdingPeriodEfficiency,
  logNavPath,
  navFromPrices,
  navHistory,
  navPath,
  navState,
  stepNav,
  trackingDeviation,
} from '../../src/index.ts';
import { expectClose, expectCode } from '../helpers/assert.ts';

const huge = [1e300, 1e300];
// (1 + 2·1e300)² overflows; (1 + 2·1e300) alone does not
expect((1 + 2e300) * (1 + 2e300)).toBe(Infinity);
expect(Number.isFinite(1 + 2e300)).toBe(true);

describe('a NAV that overflows a double is NON_FINITE, with the period', () => {
  test.each([
    ['array, daily (fast loop)', () => navPath(huge, { leverage: 2 })],
    ['Float64Array, daily (fast loop)', () => navPath(Float64Array.from(huge), { leverage: 2 })],
    ['every 2 (general path)', () => navPath(huge, { leverage: 2, rebalance: { every: 2 } })],
    ['with dates (general path)', () => navPath(huge, { leverage: 2, dates: ['2024-03-08', '2024-03-11', '2024-03-12'] })],
  ])('navPath, %s', (_, call) => {
    const e = expectCode(call, 'NON_FINITE', 'indexReturns');
    expect(e.index).toBe(1);
  });

  test('navPath: a period whose own terms give ∞ − ∞ is an overflow, not a wipe-out', () => {
    // (1 − 3)·(−1e308) = 2e308 = ∞ financing income against 3·1e308 = ∞ spread cost
    expect((1 - 3) * -1e308 - 3 * 1e308).toBeNaN();
    for (const rebalance of ['daily', { every: 2 }] as const) {
      expectCode(() => navPath([0.01, 0.01], { leverage: 3, financingRate: -1e308, spread: 1e308, rebalance }), 'NON_FINITE', 'indexReturns');
    }
  });

  test('navFromPrices: NAV overflow, and a price ratio that overflows', () => {
    expect(expectCode(() => navFromPrices([1e-300, 1, 1e300], { leverage: 2 }), 'NON_FINITE', 'indexPrices').index).toBe(1);
    // 1e300 / 1e-300 = ∞ although both prices are finite and positive
    expect(expectCode(() => navFromPrices([1e-300, 1e300], { leverage: 1 }), 'NON_FINITE', 'indexPrices').index).toBe(1);
  });

  test('navHistory: its nav series overflows, so the call fails like navPath', () => {
    expect(expectCode(() => navHistory(huge, { leverage: 2 }), 'NON_FINITE', 'indexReturns').index).toBe(1);
  });

  test('stepNav: the step whose NAV overflows throws; the state before it is untouched', () => {
    const s1 = stepNav(navState({ leverage: 2 }), 1e300);
    expect(s1.nav).toBe(1 + 2e300);
    const before = JSON.stringify(s1);
    expectCode(() => stepNav(s1, 1e300), 'NON_FINITE', 'indexReturn');
    expect(JSON.stringify(s1)).toBe(before);
  });
});

describe('log-NAV does not overflow where the NAV does', () => {
  test('logNavPath: finite where navPath overflows, = 2·ln(1 + 2e300)', () => {
    const log = logNavPath(huge, { leverage: 2 });
    expectClose(log[2] as number, 2 * Math.log(1 + 2e300), 1e-15);
    expect(navHistory([1e300], { leverage: 2 }).logNav[1]).toBe(Math.log1p(2e300));
  });

  test('logNavPath: only a period whose own growth overflows (|L·r| beyond a double) is NON_FINITE', () => {
    expect(1e308 * 10).toBe(Infinity);
    expect(expectCode(() => logNavPath([0.1, 10], { leverage: 1e308 }), 'NON_FINITE', 'indexReturns').index).toBe(1);
    expectCode(() => logNavPath([0.01], { leverage: 3, financingRate: -1e308, spread: 1e308 }), 'NON_FINITE', 'indexReturns');
  });
});

describe('a wipe-out is NAV 0, never an error, even next to huge numbers', () => {
  test('navPath, logNavPath, stepNav: a −3x fund wiped out after a huge gain', () => {
    expect(Array.from(navPath([0, 0.5, 1e300], { leverage: -3 }))).toEqual([1, 1, 0, 0]);
    expect(Array.from(logNavPath([0.5, 1e300], { leverage: -3 }))).toEqual([0, -Infinity, -Infinity]);
    const s = stepNav(navState({ leverage: -3 }), 1e300);
    expect([s.nav, s.wipedOutAt, s.logNav]).toEqual([0, 0, -Infinity]);
  });
});

describe('tracking diagnostics', () => {
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

describe('stepNav checks the state it is given (a user may build or store one)', () => {
  const s0 = navState({ leverage: 2, rebalance: { every: 2 } });
  const dated = navState({ leverage: 2, startDate: '2024-03-08' });
  test.each([
    ['spread', -0.01],
    ['dividendYield', 0n],
    ['financingRate', '0.05'],
    ['nav', -1],
    ['logNavSum', Number.NaN],
    ['logNavSum', Number.POSITIVE_INFINITY],
    ['leverageRatio', Number.POSITIVE_INFINITY],
    ['period', 1.5],
    ['rebalances', -1],
    ['wipedOutAt', -1],
    ['periodsPerYear', null],
    ['periodsPerYear', 0],
  ] as const)('state.%s = %s → INVALID_TYPE (not a state of navState/stepNav)', (field, value) => {
    expectCode(() => stepNav({ ...s0, [field]: value } as never, 0.01), 'INVALID_TYPE', 'state');
  });
  test('a dated state with a lastDate that is not a number', () => {
    expectCode(() => stepNav({ ...dated, lastDate: '2024-03-08' } as never, 0.01, { date: '2024-03-11' }), 'INVALID_TYPE', 'state');
  });
  test('the rule is checked like the option: state.rebalance', () => {
    expectCode(() => stepNav({ ...s0, rebalance: 'NaN' } as never, 0.01), 'INVALID_OPTION', 'state.rebalance');
    expectCode(() => stepNav({ ...s0, rebalance: { every: 0 } }, 0.01), 'OUT_OF_RANGE', 'state.rebalance.every');
  });
  test('a wiped-out state (NAV 0, log-NAV −∞) is valid and stays wiped out', () => {
    const w = stepNav(navState({ leverage: -3 }), 0.5);
    const next = stepNav(w, 0.01);
    expect([next.nav, next.logNav, next.wipedOutAt, next.period]).toEqual([0, -Infinity, 0, 2]);
  });
});
