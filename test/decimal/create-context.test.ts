/**
 * createContext: a private Decimal.clone per context, never global state.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { createDecimalContext, fundReturn, navPath } from '../../src/decimal/index.ts';
import { expectCode } from '../helpers/assert.ts';

const s = (x: Decimal): string => x.toString();

describe('contexts: a private Decimal.clone each, never global state', () => {
  test('creating contexts and per-call overrides leave decimal.js and the default context untouched', () => {
    const before = { precision: Decimal.precision, rounding: Decimal.rounding, toExpNeg: Decimal.toExpNeg };
    const ctx = createDecimalContext({ precision: 5, rounding: 'floor' });
    expect(s(ctx.navPath(['0'], { leverage: 1, expenseRatio: '1', periodsPerYear: 3 })[1] as Decimal)).toBe('0.66667'); // 1 − 0.33333 (floor)
    expect(
      s(
        navPath(['0'], {
          leverage: 1,
          expenseRatio: '1',
          periodsPerYear: 3,
          precision: 5,
          arithmeticRounding: 'ceil',
        })[1] as Decimal,
      ),
    ).toBe('0.66666'); // 1 − 0.33334
    // the default context: 34 digits, half-even
    expect(s(navPath(['0'], { leverage: 1, expenseRatio: '1', periodsPerYear: 3 })[1] as Decimal)).toBe(
      `0.${'6'.repeat(33)}7`,
    );
    expect({ precision: Decimal.precision, rounding: Decimal.rounding, toExpNeg: Decimal.toExpNeg }).toEqual(before);
    expect([ctx.precision, ctx.rounding]).toEqual([5, 'floor']);
  });

  test('changing decimal.js globals (a user calling Decimal.set) does not change our results', () => {
    const saved = { precision: Decimal.precision, rounding: Decimal.rounding };
    try {
      Decimal.set({ precision: 3, rounding: Decimal.ROUND_DOWN });
      expect(s(navPath(['0'], { leverage: 1, expenseRatio: '1', periodsPerYear: 3 })[1] as Decimal)).toBe(
        `0.${'6'.repeat(33)}7`,
      );
    } finally {
      Decimal.set(saved);
    }
  });

  test("a context's own constructor is a clone the user can change without affecting the context", () => {
    const ctx = createDecimalContext({ precision: 8 });
    ctx.Decimal.set({ precision: 2 });
    expect(s(ctx.fundReturn(new ctx.Decimal('0.123456'), 1))).toBe('0.123456');
    expect(s(ctx.navPath(['0'], { leverage: 1, expenseRatio: '1', periodsPerYear: 3 })[1] as Decimal)).toBe(
      '0.66666667',
    );
  });

  test('every per-call function is bound in a context', () => {
    const ctx = createDecimalContext();
    expect(s(ctx.rebalanceTrade({ aum: 100, leverage: 3, indexReturn: '0.01' }).trade)).toBe('6');
    expect(ctx.closeTrade({ aum: 100, leverage: 3, indexReturn: '0.01', flow: -1 }).effect).toBe('stabilizing');
    expect(s(ctx.toShares('10', '4', { rounding: 'half-up' }).units)).toBe('3');
    expect(s(ctx.toContracts('10', '4', '1', { rounding: 'half-even' }).units)).toBe('2');
    expect(s(ctx.simulateFund({ indexPrices: ['10', '11'], leverage: 1, initialAum: '100' }).finalAum)).toBe('110');
  });

  test('bad settings → InverseMathError', () => {
    expectCode(() => createDecimalContext({ precision: 0 }), 'OUT_OF_RANGE', 'options.precision');
    expectCode(() => createDecimalContext({ precision: 2.5 }), 'OUT_OF_RANGE', 'options.precision');
    expectCode(() => createDecimalContext({ precision: 2e9 }), 'OUT_OF_RANGE', 'options.precision');
    expectCode(() => createDecimalContext({ precision: Number.NaN }), 'NON_FINITE', 'options.precision');
    expectCode(() => createDecimalContext({ rounding: 'nearest' as never }), 'INVALID_OPTION', 'options.rounding');
    expectCode(() => createDecimalContext(5 as never), 'INVALID_TYPE', 'options');
    expectCode(
      () => fundReturn('0.1', 1, { arithmeticRounding: 'up' as never }),
      'INVALID_OPTION',
      'options.arithmeticRounding',
    );
    expectCode(() => navPath(['0.1'], { leverage: 1, precision: -1 }), 'OUT_OF_RANGE', 'options.precision');
  });
});
