/**
 * The NAV state: its named creation at period 0 (docs/concepts.md §3:
 * `NAV_0`, exposure ratio `L`, `ln NAV_0`), its copy field by field, and a
 * blank state to copy into.
 */
import { describe, expect, test } from 'vitest';
import { copyState, createState, newPeriod } from '../../../src/internal/engine/state.ts';

describe('createState', () => {
  test('period 0: the given NAV, ln NAV in the compensated sum, exposure ratio L, nothing stepped', () => {
    const s = createState({
      leverage: -3,
      rebalance: { every: 5 },
      financingRate: 0.05,
      nav: 100,
      periodsPerYear: 252,
    });
    expect(s).toEqual({
      leverage: -3,
      rebalance: { every: 5 },
      financingRate: 0.05,
      spread: 0,
      dividendYield: 0,
      expenseRatio: 0,
      periodsPerYear: 252,
      lastDate: null,
      nav: 100,
      period: 0,
      logNav: Math.log(100),
      logNavSum: Math.log(100),
      logNavCompensation: 0,
      leverageRatio: -3,
      periodsSinceRebalance: 0,
      rebalances: 0,
      wipedOutAt: null,
    });
  });

  test('the start is not kept: a new object each time', () => {
    const start = { leverage: 0, rebalance: 'daily', nav: 1 } as const;
    expect(createState(start)).not.toBe(createState(start));
  });
});

describe('copyState', () => {
  test('every field of the source, into the target, which is returned', () => {
    const from = {
      ...createState({ leverage: 2, rebalance: 'daily', nav: 3 }),
      period: 7,
      rebalances: 4,
      wipedOutAt: 6,
      logNav: -1,
    };
    const to = createState({ leverage: 0, rebalance: 'daily', nav: 1 });
    expect(copyState(to, from)).toBe(to);
    expect(to).toEqual(from);
  });
});

test('newPeriod: return, rates and year fractions, all zero', () => {
  expect(newPeriod()).toEqual({
    indexReturn: 0,
    financingRate: 0,
    spread: 0,
    dividendYield: 0,
    expenseRatio: 0,
    tau360: 0,
    tau365: 0,
  });
});
