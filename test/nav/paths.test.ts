/**
 * The NAV functions have two code paths (docs/concepts.md §3): a fast loop for
 * daily reset with constant rates, and the general recursion (rate series,
 * `dates`, `{ every }`/`{ band }`, `navHistory`). Both must validate the same
 * way, report the same errors and give the same numbers. The cases here aim at
 * what mutation testing found unchecked: typed-array inputs that skip the
 * up-front element check, the Neumaier compensation of the log-NAV sum, the
 * strict band inequality, the rule and date parsers, and error wording.
 *
 * Expected numbers are worked by hand from the one-period formula
 * `NAV_{t+1}/NAV_t = 1 + L·r + carry` or computed with decimal.js at 50 digits
 * from the exact binary inputs (`test/helpers/oracle.ts`).
 */
import { describe, expect, test } from 'vitest';
import { logNavPath, navHistory, navPath, type NavOptions } from '../../src/nav/index.ts';
import { navState, stepNav } from '../../src/stream/index.ts';
import { expectClose, expectCode } from '../helpers/assert.ts';
import { decimalWith, exact } from '../helpers/oracle.ts';

const D = decimalWith(50);
/**
 * The exact sum of the doubles `log1p(r_i)`, rounded once: what a compensated
 * sum of those terms must reproduce (the summation is under test here, not
 * `log1p`'s own rounding).
 */
const exactLogSum = (r: readonly number[]): number => r.reduce((s, x) => s.plus(exact(Math.log1p(x), D)), new D(0)).toNumber();

describe('typed arrays are checked element by element on every path', () => {
  const paths: Array<[string, (r: Float64Array, o: NavOptions) => unknown]> = [
    ['navPath (fast loop)', navPath],
    ['logNavPath (fast loop)', logNavPath],
    ['navHistory (general)', navHistory],
    ['navPath with { every: 2 } (general)', (r, o) => navPath(r, { ...o, rebalance: { every: 2 } })],
    ['logNavPath with { band: 0.1 } (general)', (r, o) => logNavPath(r, { ...o, rebalance: { band: 0.1 } })],
  ];
  test.each(paths)('%s: r ≤ −1, NaN and ±∞ are refused at their index, even where the fund would survive them', (_name, f) => {
    // at −1x a return of −1.5 gives 1 + 1.5 > 0: only the return check can refuse it
    expect(expectCode(() => f(new Float64Array([0.01, -1.5]), { leverage: -1 }), 'RETURN_OUT_OF_DOMAIN', 'indexReturns').index).toBe(1);
    expect(expectCode(() => f(new Float64Array([0.01, -1]), { leverage: -0.5 }), 'RETURN_OUT_OF_DOMAIN').index).toBe(1);
    expect(expectCode(() => f(new Float64Array([0.01, 0.02, Number.NaN]), { leverage: 2 }), 'NON_FINITE').index).toBe(2);
    expect(expectCode(() => f(new Float64Array([Number.POSITIVE_INFINITY]), { leverage: 2 }), 'NON_FINITE').index).toBe(0);
    expect(expectCode(() => f(new Float64Array([0.01, Number.NEGATIVE_INFINITY]), { leverage: -1 }), 'NON_FINITE').index).toBe(1);
  });

  test.each(paths)('%s: an infinite return is a bad input ("must be a finite number"), not an overflow of the NAV', (_name, f) => {
    for (const L of [2, -1]) {
      const e = expectCode(() => f(new Float64Array([0.01, Number.POSITIVE_INFINITY]), { leverage: L }), 'NON_FINITE', 'indexReturns');
      expect(e.message).toBe('indexReturns[1] must be a finite number, got Infinity [NON_FINITE]');
    }
  });

  test('Float32Array too; a return of exactly −1 at +1x is a wipe-out of the fund but still an index at zero: refused', () => {
    expect(expectCode(() => navPath(new Float32Array([0.5, -1]), { leverage: 1 }), 'RETURN_OUT_OF_DOMAIN').index).toBe(1);
  });
});

describe('a wipe-out on the fast loop: 1 + L·r + c = 0 exactly', () => {
  test('navPath at 2x, r = −0.5: NAV 0 from that close on (the general path reports the period)', () => {
    const r = [0.1, -0.5, 0.2];
    // 1 + 2·0.1 = 1.2, then 1.2·(1 − 1) = 0, and 0 after
    expect(Array.from(navPath(r, { leverage: 2 }))).toStrictEqual([1, 1.2, 0, 0]);
    expect(Array.from(logNavPath(r, { leverage: 2 }))).toStrictEqual([0, Math.log1p(0.2), Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY]);
    expect(navHistory(r, { leverage: 2 }).wipedOutAt).toBe(1);
  });
});

describe('log-NAV: Neumaier compensation (docs/concepts.md §3, long horizons)', () => {
  // log1p(r): 1e-20, then ≈ +1, then ≈ −1; the first term survives only in the compensation
  const r = [1e-20, Math.E - 1, 1 / Math.E - 1];
  const expected = exactLogSum(r);

  test('the oracle sum keeps the 1e-20 a plain double sum loses', () => {
    const plain = r.reduce((s, x) => s + Math.log1p(x), 0);
    expect(Math.abs(plain - expected)).toBeGreaterThan(1e-21);
  });

  test.each([
    ['logNavPath (fast loop)', () => (logNavPath(r, { leverage: 1 })[3] as number)],
    ['navHistory (general)', () => (navHistory(r, { leverage: 1 }).logNav[3] as number)],
    ['logNavPath { every: 1 } (general)', () => (logNavPath(r, { leverage: 1, rebalance: { every: 1 } })[3] as number)],
  ])('%s: ln NAV₃ to 1e-15 of the exact sum of its terms, relative', (_name, get) => {
    expectClose(get(), expected, 1e-15);
  });

  // the other branch of the compensation: the running sum (≈ 1) is larger than each term (1e-17, below
  // half an ulp of 1), so a plain sum keeps none of them; 1,000 of them are 1e-14 ≈ 45 ulps of the result
  const big = [Math.E - 1, ...Array.from({ length: 1000 }, () => 1e-17)];
  const bigExpected = exactLogSum(big);

  test('the oracle sum keeps the 1,000 terms of 1e-17 that a plain double sum loses', () => {
    const plain = big.reduce((s, x) => s + Math.log1p(x), 0);
    expect(Math.abs(plain - bigExpected)).toBeGreaterThan(1e-15);
  });

  test.each([
    ['logNavPath (fast loop)', () => (logNavPath(big, { leverage: 1 })[1000 + 1] as number)],
    ['navHistory (general)', () => (navHistory(big, { leverage: 1 }).logNav[1000 + 1] as number)],
    ['stepNav', () => big.reduce((st, x) => stepNav(st, x), navState({ leverage: 1 })).logNav],
  ])('%s: small terms after a large sum, ln NAV to 1e-15 of the exact sum of its terms, relative', (_name, get) => {
    expectClose(get(), bigExpected, 1e-15);
  });

  test('stepNav: logNav = logNavSum + logNavCompensation, the sum and its Neumaier term', () => {
    let s = navState({ leverage: 1 });
    s = stepNav(s, r[0] as number);
    // first period: the sum is ln(1 + r₀) and nothing is lost
    expect([s.logNavSum, s.logNavCompensation]).toStrictEqual([Math.log1p(r[0] as number), 0]);
    s = stepNav(s, r[1] as number);
    const y = Math.log1p(r[1] as number);
    const v = (r[0] as number) + y; // 1e-20 + y rounds to y
    expect(s.logNavSum).toBe(v);
    // |u| < |y|: the term lost is (y − v) + u
    expect(s.logNavCompensation).toBe(y - v + Math.log1p(r[0] as number));
    s = stepNav(s, r[2] as number);
    expectClose(s.logNav, expected, 1e-15);
    expect(s.logNav).toBe(s.logNavSum + s.logNavCompensation);
  });
});

describe('logNavPath where the NAV itself overflows a double', () => {
  // NAV₀ = 1e10, r = 1e300 at 2x: NAV₁ = 1e10·(1 + 2e300) > MAX_VALUE, ln NAV₁ = ln 1e10 + ln(1 + 2e300)
  const expected = Math.log(1e10) + Math.log1p(2e300);
  test.each([
    ['fast loop', {}],
    ['general path ({ every: 2 })', { rebalance: { every: 2 } }],
    ['general path (a rate series)', { financingRate: [0] }],
  ])('%s: the log-NAV is returned, finite', (_name, extra) => {
    const out = logNavPath([1e300], { leverage: 2, initialNav: 1e10, ...extra });
    expectClose(out[1] as number, expected, 1e-15);
  });
  test('navPath and navHistory report the NAV overflow (NON_FINITE, "overflows a double")', () => {
    const e = expectCode(() => navPath([1e300], { leverage: 2, initialNav: 1e10, rebalance: { every: 2 } }), 'NON_FINITE', 'indexReturns');
    expect(e.message).toContain('overflows a double');
    expect(e.index).toBe(0);
    expectCode(() => navHistory([1e300], { leverage: 2, initialNav: 1e10 }), 'NON_FINITE', 'indexReturns');
  });
});

describe('rebalancing rules', () => {
  test('{ band: b } rebalances when |ℓ − L| > b·|L|, strictly: a period that leaves ℓ = L exactly does not count', () => {
    // r = 0, no costs: ℓ = L·1/1 = L exactly, inside a band of width 0; r = 0.01 moves it out
    expect(navHistory([0, 0.01, 0], { leverage: 2, rebalance: { band: 0 } }).rebalances).toBe(1);
    // daily counts every solvent close
    expect(navHistory([0, 0.01, 0], { leverage: 2 }).rebalances).toBe(3);
  });

  test.each([
    [{ every: 0 }, 'OUT_OF_RANGE', 'options.rebalance.every'],
    [{ every: 1.5 }, 'OUT_OF_RANGE', 'options.rebalance.every'],
    [{ every: '2' }, 'INVALID_TYPE', 'options.rebalance.every'],
    [{ band: Number.POSITIVE_INFINITY }, 'NON_FINITE', 'options.rebalance.band'],
    [{ band: '0.1' }, 'INVALID_TYPE', 'options.rebalance.band'],
    [{ band: -0.01 }, 'NEGATIVE', 'options.rebalance.band'],
    [{ foo: 1 }, 'INVALID_OPTION', 'options.rebalance'],
    [{ every: 2, band: 0.1 }, 'INVALID_OPTION', 'options.rebalance'],
    [{}, 'INVALID_OPTION', 'options.rebalance'],
    ['weekly', 'INVALID_OPTION', 'options.rebalance'],
    [['daily'], 'INVALID_OPTION', 'options.rebalance'],
    [null, 'INVALID_OPTION', 'options.rebalance'],
  ])('rebalance %j: %s on %s', (rule, code, argument) => {
    const e = expectCode(() => navPath([0.01], { leverage: 2, rebalance: rule as never }), code as never, argument);
    if (code === 'INVALID_OPTION') expect(e.message).toContain("must be 'daily', { every: k } or { band: b }");
  });

  test('the edges of the rules are valid: { every: 1 } and { band: 0 } give the daily NAV', () => {
    const r = [0.01, -0.02, 0.03];
    const daily = Array.from(navPath(r, { leverage: 3 }));
    expect(Array.from(navPath(r, { leverage: 3, rebalance: { every: 1 } }))).toStrictEqual(daily);
    expect(Array.from(navPath(r, { leverage: 3, rebalance: { band: 0 } }))).toStrictEqual(daily);
  });
});

describe('rates and dates', () => {
  test('a negative financing rate is allowed in a series as well as a constant', () => {
    // −1x, r = 0, rf = −0.5 % on (1 − (−1)) = 2 units for 1/252 year: 1 + 2·(−0.005)/252
    const expected = 1 + (2 * -0.005) / 252;
    expect(navPath([0], { leverage: -1, financingRate: -0.005 })[1]).toBe(expected);
    expect(navPath([0], { leverage: -1, financingRate: [-0.005] })[1]).toBe(expected);
  });

  test('the fast loop honours calendar days: Friday → Monday carries 3 days of financing', () => {
    // 3x, r = 0, rf = 5 % on (1 − 3) = −2 units for 3/360 year, expenses 0.9 % for 3/365
    const expected = 1 + (-2 * 0.05 * 3) / 360 - (0.009 * 3) / 365;
    const out = navPath([0], { leverage: 3, financingRate: 0.05, expenseRatio: 0.009, dates: ['2024-03-08', '2024-03-11'] });
    expectClose(out[1] as number, expected, 1e-15);
  });

  test('a bad constant rate names its option', () => {
    expectCode(() => navPath([0], { leverage: 2, spread: -0.01 }), 'NEGATIVE', 'options.spread');
    expectCode(() => navPath([0], { leverage: 2, expenseRatio: Number.NaN }), 'NON_FINITE', 'options.expenseRatio');
    expectCode(() => navPath([0], { leverage: 2, dividendYield: '0.01' as never }), 'INVALID_TYPE', 'options.dividendYield');
    expectCode(() => navPath([0], { leverage: 2, financingRate: Number.POSITIVE_INFINITY }), 'NON_FINITE', 'options.financingRate');
    expectCode(() => navPath([0, 0], { leverage: 2, spread: [0.01, -0.01] }), 'NEGATIVE', 'options.spread');
  });

  test('dates and periodsPerYear together, or dates that are not an array', () => {
    const e = expectCode(() => navPath([0], { leverage: 2, periodsPerYear: 252, dates: ['2024-03-08', '2024-03-11'] }), 'INVALID_OPTION', 'options.periodsPerYear');
    expect(e.message).toContain('give dates or periodsPerYear, not both');
    const t = expectCode(() => navPath([0], { leverage: 2, dates: '2024-03-08' as never }), 'INVALID_TYPE', 'options.dates');
    expect(t.message).toContain('must be an array of dates');
    const d = expectCode(() => navPath([0, 0], { leverage: 2, dates: ['2024-03-08', '2024-03-08', '2024-03-09'] }), 'INVALID_DATE', 'options.dates');
    expect([d.index, d.message.includes('must be on increasing calendar days')]).toStrictEqual([1, true]);
    const n = expectCode(() => navPath([0], { leverage: 2, dates: ['2024-03-08', 20240311 as never] }), 'INVALID_TYPE', 'options.dates');
    expect([n.index, n.message.includes('must be an ISO 8601 date or a Date')]).toStrictEqual([1, true]);
  });

  const days = (dates: [string, string]): number => {
    // with rf = 36 % on (1 − 2) = −1 unit at 2x and r = 0: NAV₁ = 1 − 0.36·d/360 = 1 − d/1000
    const nav = navPath([0], { leverage: 2, financingRate: 0.36, dates });
    return Math.round((1 - (nav[1] as number)) * 1000);
  };
  test.each([
    ['2024-03-08', '2024-03-11', 3],
    ['2024-03-08T21:00:00Z', '2024-03-11T20:00:00Z', 3],
    ['2024-03-08T16:00:00.000-05:00', '2024-03-11T16:00:00-0400', 3],
    ['2024-02-28', '2024-03-01', 2],
  ])('ISO 8601 dates %s → %s: %i calendar days', (a, b, d) => {
    expect(days([a, b])).toBe(d);
  });
  test('an object that prints as an ISO date is not a date: INVALID_TYPE, and its toString is never called', () => {
    let called = false;
    const impostor = { toString: () => ((called = true), '2024-03-04') };
    const e = expectCode(() => navPath([0], { leverage: 2, dates: ['2024-03-01', impostor as never] }), 'INVALID_TYPE', 'options.dates');
    expect(e.index).toBe(1);
    expect(called).toBe(false);
  });
  test.each(['2024-3-08', '2024-03-8', '24-03-08', 'x2024-03-08', '2024-03-08x', '2024-03-08T', '2024-03-08Tab', '2024-03-08T16:00+1', 'abcd-03-08', '2024-03-08 16:00'])(
    'not an ISO 8601 date: %j',
    (bad) => {
      const e = expectCode(() => navPath([0], { leverage: 2, dates: ['2024-03-01', bad] }), 'INVALID_DATE', 'options.dates');
      expect(e.index).toBe(1);
    },
  );
});
