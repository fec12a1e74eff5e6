/**
 * The decimal cost schedule: the cost options of docs/concepts.md §3 read
 * exactly, the rates and year fractions of each period, and the carry.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { carryDecimal, periodAt, readDecimalSchedule } from '../../src/decimal/schedule.ts';
import { expectCode } from '../helpers/assert.ts';

const D = Decimal.clone({ precision: 34 });

describe('readDecimalSchedule and periodAt', () => {
  test('constants and the default 1/252 year; a series by period', () => {
    const s = readDecimalSchedule(D, { financingRate: '0.05', spread: ['0.01', '0.02'] }, 2);
    expect(s.constant).toBe(false);
    const p1 = periodAt(D, s, 1);
    expect([p1.financing, p1.spread, p1.tau360].map(String)).toEqual(['0.05', '0.02', new D(1).div(252).toString()]);
  });

  test('dates: d/360 and d/365 of the calendar days (Friday → Monday: 3)', () => {
    const s = readDecimalSchedule(D, { dates: ['2024-03-08', '2024-03-11'] }, 1);
    const p = periodAt(D, s, 0);
    expect([p.tau360, p.tau365].map(String)).toEqual([new D(3).div(360).toString(), new D(3).div(365).toString()]);
  });

  test('the float entry’s codes and names', () => {
    expectCode(
      () => readDecimalSchedule(D, { spread: '-0.01' }, 1, 'options.costs'),
      'NEGATIVE',
      'options.costs.spread',
    );
    expectCode(() => readDecimalSchedule(D, { expenseRatio: ['0.01'] }, 2), 'LENGTH_MISMATCH', 'options.expenseRatio');
  });
});

describe('carryDecimal', () => {
  test('ℓ·q·τ365 + (1 − ℓ)·rf·τ360 − |ℓ|·s·τ360 − f·τ365, exactly for short decimals', () => {
    const p = {
      financing: new D('0.05'),
      spread: new D('0.004'),
      dividendYield: new D('0.01'),
      expenseRatio: new D('0.0095'),
      tau360: new D('0.01'),
      tau365: new D('0.01'),
    };
    // 3·0.01·0.01 − 2·0.05·0.01 − 3·0.004·0.01 − 0.0095·0.01 = 0.0003 − 0.001 − 0.00012 − 0.000095
    expect(carryDecimal(new D(3), p).toString()).toBe('-0.000915');
  });
});
