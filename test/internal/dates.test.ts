/**
 * Dates as the cost schedule and the stream read them (docs/concepts.md §3:
 * calendar days, counted on the UTC calendar): days that do not exist are
 * INVALID_DATE, and a count never depends on the machine's time zone. CI runs
 * this file (and the other date tests) under several `TZ` values (.ci/run).
 */
import { describe, expect, test } from 'vitest';
import { fc, test as prop } from '@fast-check/vitest';
import { parseDate } from '../../src/internal/dates.ts';
import { navPath } from '../../src/nav/index.ts';
import { navState, stepNav } from '../../src/stream/index.ts';
import { simulateFund } from '../../src/fund/index.ts';
import { navPath as decimalNavPath, simulateFund as decimalSimulateFund } from '../../src/decimal/index.ts';
import { expectCode } from '../helpers/assert.ts';

// with rf = 36 % on (1 − 2) = −1 unit at 2x and r = 0: NAV₁ = 1 − 0.36·d/360 = 1 − d/1000 (docs/concepts.md §3)
const days = (dates: [string | Date, string | Date]): number => {
  const nav = navPath([0], { leverage: 2, financingRate: 0.36, dates });
  return Math.round((1 - (nav[1] as number)) * 1000);
};

describe('impossible calendar days are INVALID_DATE, never rolled over', () => {
  // 2024 is a leap year (Feb 29 exists), 2023 is not; April has 30 days
  test.each([
    '2024-02-30',
    '2023-02-29',
    '2024-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '2024-06-31T12:00:00Z',
    '2024-01-02T24:00:00Z',
    '2024-01-02T12:60Z',
    '2024-01-02T12:00:60Z',
    '2024-01-02T12:00+24:00',
  ])('%s', (bad) => {
    const float = expectCode(
      () => navPath([0], { leverage: 2, dates: ['2024-01-01', bad] }),
      'INVALID_DATE',
      'options.dates',
    );
    expect(float.index).toBe(1);
    const fund = expectCode(
      () => simulateFund({ indexPrices: [1, 1], leverage: 2, initialAum: 1, costs: { dates: ['2023-12-31', bad] } }),
      'INVALID_DATE',
      'options.costs.dates',
    );
    expect(fund.index).toBe(1);
    const decimal = expectCode(
      () => decimalNavPath(['0'], { leverage: 2, dates: ['2023-12-31', bad] }),
      'INVALID_DATE',
      'options.dates',
    );
    expect(decimal.index).toBe(1);
    expectCode(
      () =>
        decimalSimulateFund({
          indexPrices: ['1', '1'],
          leverage: 2,
          initialAum: '1',
          costs: { dates: ['2023-12-31', bad] },
        }),
      'INVALID_DATE',
      'options.costs.dates',
    );
    expectCode(() => navState({ leverage: 2, startDate: bad }), 'INVALID_DATE', 'options.startDate');
  });

  test('the message says what a date must be', () => {
    const e = expectCode(
      () => navPath([0], { leverage: 2, dates: ['2024-01-01', '2024-02-30'] }),
      'INVALID_DATE',
      'options.dates',
    );
    expect(e.message).toBe(
      'options.dates[1] must be an ISO 8601 date or a Date (a day that exists; UTC without an offset), got "2024-02-30" [INVALID_DATE]',
    );
  });

  test('the last day of each month exists: Feb 29 of a leap year, Apr 30, Dec 31', () => {
    expect(days(['2024-02-28', '2024-02-29'])).toBe(1);
    expect(days(['2024-04-30', '2024-05-01'])).toBe(1);
    expect(days(['2023-12-31', '2024-01-01'])).toBe(1);
    // year 0099 is not read as 1999 (Date.UTC would): 365 days to 0100-01-01 (0099 is not a leap year)
    expect(parseDate('0100-01-01', 'd') - parseDate('0099-01-01', 'd')).toBe(365 * 86_400_000);
  });

  // every day of 2000–2030 that exists is accepted, and the day after the last one is not
  prop.prop([fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 })])(
    'a month has exactly its Gregorian number of days',
    (year, month) => {
      // Gregorian month lengths, independently of Date: 30 days hath September, April, June and November; February 28, or 29 in a leap year
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      const length = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
      const iso = (d: number): string => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      expect(Number.isFinite(parseDate(iso(length), 'd'))).toBe(true);
      expectCode(() => parseDate(iso(length + 1), 'd'), 'INVALID_DATE', 'd');
    },
  );
});

describe('day counts do not depend on the time zone of the machine', () => {
  // the example: Friday 23:00 to Monday 01:00, written without an offset, are three UTC calendar days apart
  test('a date-time without an offset is read as UTC: its written calendar day counts', () => {
    expect(days(['2024-03-08T23:00:00', '2024-03-11T01:00:00'])).toBe(3);
    expect(parseDate('2024-03-08T23:00:00', 'd')).toBe(Date.UTC(2024, 2, 8, 23));
    expect(parseDate('2024-03-08T23:00', 'd')).toBe(Date.UTC(2024, 2, 8, 23));
    expect(parseDate('2024-03-08T23:00:00.25', 'd')).toBe(Date.UTC(2024, 2, 8, 23, 0, 0, 250));
  });

  test('an offset is honoured: the instant, then its UTC calendar day', () => {
    // 2024-03-08 23:00 in New York (UTC−5) is 2024-03-09 04:00 UTC: Saturday, two days before Monday
    expect(parseDate('2024-03-08T23:00:00-05:00', 'd')).toBe(Date.UTC(2024, 2, 9, 4));
    expect(parseDate('2024-03-11T01:00:00+0900', 'd')).toBe(Date.UTC(2024, 2, 10, 16));
    expect(days(['2024-03-08T23:00:00-05:00', '2024-03-11T01:00:00Z'])).toBe(2);
  });

  test('a Date is its instant, counted on the UTC calendar', () => {
    expect(days([new Date(Date.UTC(2024, 2, 8, 23)), new Date(Date.UTC(2024, 2, 11, 1))])).toBe(3);
  });

  test('the stream counts the same days as navPath', () => {
    let s = navState({ leverage: 2, financingRate: 0.36, startDate: '2024-03-08T23:00:00' });
    s = stepNav(s, 0, { date: '2024-03-11T01:00:00' });
    expect(Math.round((1 - s.nav) * 1000)).toBe(3);
  });

  test('the decimal entry counts the same days', () => {
    // rf = 36 % on −1 unit for 3 days: 1 − 0.36·3/360 = 0.997 exactly
    const nav = decimalNavPath(['0'], {
      leverage: 2,
      financingRate: '0.36',
      dates: ['2024-03-08T23:00:00', '2024-03-11T01:00:00'],
    });
    expect(String(nav[1])).toBe('0.997');
  });
});
