/**
 * Indicative NAV (docs/concepts.md §6.2): `NAV_close · (1 + L·(I_t/I_close − 1) + carry)`
 * with the carry of docs/concepts.md §3 over the elapsed fraction of the period.
 * Worked numbers by hand; the property of issue 15: at `elapsed = 1` and the
 * next close the iNAV is the next NAV of `navPath`/`navFromPrices` with the
 * same carry, bit for bit.
 */
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { navFromPrices, navPath } from '../../src/nav/index.ts';
import { indicativeNav } from '../../src/signals/index.ts';
import { expectClose, expectCode, snapshot } from '../helpers/assert.ts';

describe('worked numbers', () => {
  test('no carry: a −3x fund at NAV 20 when the index is up 1 % is 20·(1 − 0.03)', () => {
    expectClose(indicativeNav({ nav: 20, leverage: -3, indexClose: 5000, index: 5050 }), 19.4, 1e-15);
  });

  test('carry by hand: half a day of a −3x fund, cash on 4 units at 5 % (1/252 a day), 0.95 % expenses', () => {
    // c = (1 − L)·rf·τ − f·τ, τ = 0.5/252 on both bases without dates
    const tau = 0.5 / 252;
    const expected = 20 * (1 - 0.03 + 4 * 0.05 * tau - 0.0095 * tau);
    const got = indicativeNav({
      nav: 20,
      leverage: -3,
      indexClose: 5000,
      index: 5050,
      financingRate: 0.05,
      expenseRatio: 0.0095,
      elapsed: 0.5,
    });
    expectClose(got, expected, 1e-15);
  });

  test('days: a Monday session of a 3x fund pays 3 days of financing on 2 units, actual/360 (docs/concepts.md §3)', () => {
    // whole period, index flat: 1 − 2·0.05·3/360 − 0.01·3/365, and |L|·s on 3 units at 0.4 %
    const expected = 1 - 2 * 0.05 * (3 / 360) - 3 * 0.004 * (3 / 360) - 0.01 * (3 / 365) + 3 * 0.015 * (3 / 365);
    const got = indicativeNav({
      nav: 1,
      leverage: 3,
      indexClose: 100,
      index: 100,
      financingRate: 0.05,
      spread: 0.004,
      expenseRatio: 0.01,
      dividendYield: 0.015,
      days: 3,
      elapsed: 1,
    });
    expectClose(got, expected, 1e-15);
  });

  test('at the close (elapsed 0, index unchanged) the iNAV is the NAV exactly', () => {
    expect(
      indicativeNav({
        nav: 37.5,
        leverage: -2,
        indexClose: 4000,
        index: 4000,
        financingRate: 0.05,
        expenseRatio: 0.0095,
      }),
    ).toBe(37.5);
  });

  test('a tick that would wipe the fund out has iNAV 0, never negative (docs/concepts.md §3, insolvency)', () => {
    const got = indicativeNav({ nav: 20, leverage: -3, indexClose: 100, index: [100, 133, 134, 150] });
    expect(got[2]).toBe(0);
    expect(got[3]).toBe(0);
    expectClose(got[1] as number, 20 * (1 - 0.99), 1e-12);
  });
});

describe('ticks', () => {
  test('a series of ticks gives the numbers of one call per tick, elapsed per tick included', () => {
    const base = { nav: 20, leverage: 2, indexClose: 100, financingRate: 0.05, expenseRatio: 0.009 };
    const index = [100.5, 99.2, 101];
    const elapsed = [0.1, 0.5, 0.9];
    const batch = indicativeNav({ ...base, index, elapsed });
    index.forEach((level, i) => {
      expect(batch[i]).toBe(indicativeNav({ ...base, index: level, elapsed: elapsed[i] as number }));
    });
    const same = indicativeNav({ ...base, index: Float64Array.from(index), elapsed: 0.5 });
    index.forEach((level, i) => {
      expect(same[i]).toBe(indicativeNav({ ...base, index: level, elapsed: 0.5 }));
    });
  });

  test('inputs are not mutated', () => {
    const index = [100.5, 99.2];
    const elapsed = [0.1, 0.2];
    const before = snapshot({ index, elapsed });
    indicativeNav({ nav: 1, leverage: -1, indexClose: 100, index, elapsed });
    expect({ index, elapsed }).toEqual(before);
  });
});

const rate = fc.double({ min: 0, max: 0.1, noNaN: true });
describe('the iNAV at the next close is the next NAV (issue 15)', () => {
  fcTest.prop([
    fc.double({ min: -4, max: 4, noNaN: true }),
    fc.double({ min: 1, max: 1e4, noNaN: true }),
    fc.double({ min: -0.3, max: 0.3, noNaN: true }),
    fc.double({ min: 0.01, max: 1000, noNaN: true }),
    fc.double({ min: -0.02, max: 0.1, noNaN: true }),
    rate,
    rate,
    rate,
    fc.constantFrom(1, 12, 52, 252, 365),
  ])(
    'elapsed = 1, periodsPerYear: bit for bit equal to navFromPrices([close, next])',
    (L, close, r, nav, rf, s, q, f, P) => {
      const next = close * (1 + r);
      const costs = { financingRate: rf, spread: s, dividendYield: q, expenseRatio: f };
      const expected = navFromPrices([close, next], { leverage: L, ...costs, periodsPerYear: P, initialNav: nav })[1];
      expect(
        indicativeNav({ nav, leverage: L, indexClose: close, index: next, ...costs, elapsed: 1, periodsPerYear: P }),
      ).toBe(expected);
      // and navPath on the same return (navFromPrices forms it as next/close − 1)
      expect(navPath([next / close - 1], { leverage: L, ...costs, periodsPerYear: P, initialNav: nav })[1]).toBe(
        expected,
      );
    },
  );

  fcTest.prop([
    fc.double({ min: -4, max: 4, noNaN: true }),
    fc.double({ min: -0.3, max: 0.3, noNaN: true }),
    rate,
    rate,
    fc.integer({ min: 1, max: 5 }),
  ])('elapsed = 1, days: bit for bit equal to navFromPrices with the two dates', (L, r, rf, f, days) => {
    const dates = ['2024-03-01', new Date(Date.UTC(2024, 2, 1 + days)).toISOString().slice(0, 10)];
    const expected = navFromPrices([4000, 4000 * (1 + r)], {
      leverage: L,
      financingRate: rf,
      expenseRatio: f,
      dates,
    })[1];
    expect(
      indicativeNav({
        nav: 1,
        leverage: L,
        indexClose: 4000,
        index: 4000 * (1 + r),
        financingRate: rf,
        expenseRatio: f,
        days,
        elapsed: 1,
      }),
    ).toBe(expected);
  });

  fcTest.prop([fc.double({ min: -4, max: 4, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), rate, rate])(
    'with the index unchanged the carry accrues linearly in the elapsed fraction',
    (L, e, rf, f) => {
      const base = { nav: 1, leverage: L, indexClose: 100, index: 100, financingRate: rf, expenseRatio: f };
      const whole = indicativeNav({ ...base, elapsed: 1 }) - 1;
      expect(Math.abs(indicativeNav({ ...base, elapsed: e }) - 1 - e * whole)).toBeLessThanOrEqual(
        4e-16 * (1 + Math.abs(whole)),
      );
    },
  );
});

describe('bad input', () => {
  const ok = { nav: 20, leverage: -3, indexClose: 5000, index: 5050 };
  test.each([
    ['nav', { ...ok, nav: 0 }, 'NOT_POSITIVE', 'options.nav'],
    ['leverage', { ...ok, leverage: Number.NaN }, 'NON_FINITE', 'options.leverage'],
    ['indexClose', { ...ok, indexClose: -1 }, 'NOT_POSITIVE', 'options.indexClose'],
    ['index', { ...ok, index: 0 }, 'NOT_POSITIVE', 'options.index'],
    ['index not a number', { ...ok, index: '5050' }, 'INVALID_TYPE', 'options.index'],
    ['empty ticks', { ...ok, index: [] }, 'EMPTY_SERIES', 'options.index'],
    ['a bad tick', { ...ok, index: [5000, -1] }, 'NOT_POSITIVE', 'options.index'],
    ['elapsed above 1', { ...ok, elapsed: 1.5 }, 'OUT_OF_RANGE', 'options.elapsed'],
    ['elapsed negative', { ...ok, elapsed: -0.1 }, 'OUT_OF_RANGE', 'options.elapsed'],
    ['elapsed per tick with one level', { ...ok, elapsed: [0.5] }, 'INVALID_TYPE', 'options.elapsed'],
    ['elapsed length', { ...ok, index: [5000, 5010], elapsed: [0.5] }, 'LENGTH_MISMATCH', 'options.elapsed'],
    ['elapsed element', { ...ok, index: [5000, 5010], elapsed: [0.5, 2] }, 'OUT_OF_RANGE', 'options.elapsed'],
    ['negative expense ratio', { ...ok, expenseRatio: -0.01 }, 'NEGATIVE', 'options.expenseRatio'],
    ['a rate series', { ...ok, financingRate: [0.05] }, 'INVALID_TYPE', 'options.financingRate'],
    ['days and periodsPerYear', { ...ok, days: 3, periodsPerYear: 252 }, 'INVALID_OPTION', 'options.periodsPerYear'],
    ['days', { ...ok, days: 0 }, 'NOT_POSITIVE', 'options.days'],
    ['periodsPerYear', { ...ok, periodsPerYear: -252 }, 'NOT_POSITIVE', 'options.periodsPerYear'],
    ['misspelt option', { ...ok, expenceRatio: 0.01 }, 'UNKNOWN_OPTION', 'options.expenceRatio'],
    ['options', null, 'INVALID_TYPE', 'options'],
    ['an iNAV beyond a double', { ...ok, nav: 1e308, leverage: 3, index: 10_000 }, 'NON_FINITE', 'options.index'],
  ])('%s', (_name, options, code, argument) => {
    expectCode(() => indicativeNav(options as never), code as never, argument);
  });

  test('UNKNOWN_OPTION suggests the option meant', () => {
    expect(expectCode(() => indicativeNav({ ...ok, elapsd: 0.5 } as never), 'UNKNOWN_OPTION').message).toContain(
      "did you mean 'elapsed'",
    );
  });
});
