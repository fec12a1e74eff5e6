/**
 * The cost options of docs/concepts.md §3, read once for float and decimal:
 * constants or one value per period, `dates` or `periodsPerYear` (never
 * both), the domains of each rate, and the float schedule's year fractions
 * and carry.
 */
import { describe, expect, test } from 'vitest';
import {
  carryAt,
  parseDayCounts,
  rateOption,
  readCosts,
  readCostSchedule,
  readPeriodsPerYear,
} from '../../../src/internal/options/cost-schedule.ts';
import { FLOAT } from '../../../src/internal/options/reader.ts';
import { expectClose, expectCode } from '../../helpers/assert.ts';

describe('readCosts', () => {
  test('absent rates are zero, constants kept, a series checked for length; one carry for all when constant', () => {
    const c = readCosts(FLOAT, { spread: 0.004 }, 3, 'options');
    expect(c).toEqual({ rates: [0, 0.004, 0, 0], periodsPerYear: undefined, days: null, constant: true });
    const s = readCosts(FLOAT, { financingRate: [0.01, -0.01, 0] }, 3, 'options');
    expect(s.constant).toBe(false);
    expectCode(
      () => readCosts(FLOAT, { expenseRatio: [0.01] }, 3, 'options'),
      'LENGTH_MISMATCH',
      'options.expenseRatio',
    );
  });

  test('financing may be negative; spread, dividend yield and expenses may not', () => {
    expect(readCosts(FLOAT, { financingRate: -0.005 }, 1, 'o').rates[0]).toBe(-0.005);
    expectCode(
      () => readCosts(FLOAT, { dividendYield: -0.01 }, 1, 'options.costs'),
      'NEGATIVE',
      'options.costs.dividendYield',
    );
  });

  test('dates give calendar days per period; with periodsPerYear too it is INVALID_OPTION', () => {
    const c = readCosts(FLOAT, { dates: ['2024-03-08', '2024-03-11', '2024-03-12'] }, 2, 'options');
    expect(Array.from(c.days ?? [])).toEqual([3, 1]);
    const e = expectCode(
      () => readCosts(FLOAT, { dates: ['2024-03-08', '2024-03-11'], periodsPerYear: 252 }, 1, 'options'),
      'INVALID_OPTION',
      'options.periodsPerYear',
    );
    expect(e.message).toContain('give dates or periodsPerYear, not both');
  });

  test('each option is read once (a getter runs once)', () => {
    let reads = 0;
    const o = {
      get spread() {
        reads++;
        return 0.01;
      },
    };
    readCosts(FLOAT, o, 1, 'options');
    expect(reads).toBe(1);
  });
});

describe('the float schedule', () => {
  test('yearFraction is 1/periodsPerYear (default 252); carryAt follows docs/concepts.md §3', () => {
    expect(readCostSchedule({}, 1).yearFraction).toBe(1 / 252);
    const s = readCostSchedule({ financingRate: 0.05, periodsPerYear: 360 }, 1);
    expectClose(carryAt(s, 3, 0), (-2 * 0.05) / 360, 1e-15);
  });

  test('rateOption: the value, or the fallback when absent; a bad one names prefix.name', () => {
    expect(rateOption(undefined, 'spread', 'inputs', 0.3)).toBe(0.3);
    expect(rateOption(-0.01, 'financingRate', 'inputs', 0)).toBe(-0.01);
    expectCode(() => rateOption(-0.01, 'spread', 'inputs', 0), 'NEGATIVE', 'inputs.spread');
  });

  test('readPeriodsPerYear: positive, and never with a date option', () => {
    expect(readPeriodsPerYear(FLOAT, undefined, true, 'startDate', 'options')).toBeUndefined();
    expectCode(() => readPeriodsPerYear(FLOAT, 0, false, 'dates', 'options'), 'NOT_POSITIVE', 'options.periodsPerYear');
    expectCode(
      () => readPeriodsPerYear(FLOAT, 252, true, 'startDate', 'options'),
      'INVALID_OPTION',
      'options.periodsPerYear',
    );
  });

  test('parseDayCounts: dates on increasing calendar days, the bad one named by index', () => {
    expect(
      expectCode(
        () => parseDayCounts(['2024-03-08', '2024-03-08'], 'options.dates', 2),
        'INVALID_DATE',
        'options.dates',
      ).index,
    ).toBe(1);
  });
});
