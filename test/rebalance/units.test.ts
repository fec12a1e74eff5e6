/**
 * Whole shares and contracts of a notional (docs/concepts.md §4): toShares, toContracts.
 */
import { describe, expect, test } from 'vitest';
import { toContracts, toShares } from '../../src/rebalance/index.ts';
import { expectCode } from '../helpers/assert.ts';
import type { InverseMathErrorCode } from '../../src/errors.ts';

describe('toShares / toContracts', () => {
  test('signed notionals give signed units; the residual is what is left', () => {
    expect(toShares(1000, 30)).toEqual({ units: 33, filledNotional: 990, residual: 10 });
    expect(toShares(-1000, 30)).toEqual({ units: -33, filledNotional: -990, residual: -10 });
    expect(toShares(-1000, 30, { rounding: 'floor' })).toEqual({ units: -34, filledNotional: -1020, residual: 20 });
    expect(toShares(1000, 30, { rounding: 'ceil' })).toEqual({ units: 34, filledNotional: 1020, residual: -20 });
    expect(toShares(1000, 30, { rounding: 'away-from-zero' }).units).toBe(34);
    expect(toShares(1000, 30, { rounding: 'half-up' }).units).toBe(33); // 33.33…
    expect(toShares(1010, 30, { rounding: 'half-even' }).units).toBe(34); // 33.67
  });

  test('exact ties: half-even to the even unit, half-up away from zero (decimal.js ROUND_HALF_UP)', () => {
    expect(toShares(250, 100, { rounding: 'half-even' }).units).toBe(2);
    expect(toShares(350, 100, { rounding: 'half-even' }).units).toBe(4);
    expect(toShares(-250, 100, { rounding: 'half-even' }).units).toBe(-2);
    expect(toShares(-250, 100, { rounding: 'half-up' }).units).toBe(-3);
    // 0.15 / 0.1 = 1.5 in decimals; the float quotient is 1.4999999999999998
    expect(0.15 / 0.1).toBeLessThan(1.5);
    expect(toShares(0.15, 0.1, { rounding: 'half-up' }).units).toBe(2);
  });

  test('decided on the decimals typed: 44220 / 13.4 is 3300 shares though the binary 13.4 is above 13.4', () => {
    // the double nearest 13.4 is 13.4000000000000003552…, so 3300 × it > 44220: a binary-exact floor would give 3299
    expect(3300n * 134000000000000003552713678800500929355621337890625n).toBeGreaterThan(44220n * 10n ** 49n);
    expect(toShares(44220, 13.4).units).toBe(3300);
    expect(toShares(44220, 13.4).residual).toBe(0);
    // and the opposite direction: 0.3 / 0.1 = 2.9999999999999996 in floats, 3 in decimals
    expect(Math.trunc(0.3 / 0.1)).toBe(2);
    expect(toShares(0.3, 0.1).units).toBe(3);
  });

  test('futures: the E-mini S&P 500 (multiplier 50)', () => {
    // buy $6mm at 5,000 points: 6e6 / 250,000 = 24 contracts; $5.9mm → 23, residual $150k
    expect(toContracts(6e6, 5000, 50).units).toBe(24);
    expect(toContracts(5.9e6, 5000, 50)).toEqual({ units: 23, filledNotional: 5.75e6, residual: 150_000 });
    expect(toContracts(-5.9e6, 5000, 50, { rounding: 'half-even' })).toEqual({
      units: -24,
      filledNotional: -6e6,
      residual: 100_000,
    });
  });

  test('zero notional, −0 and sub-unit trades give 0 units, never −0', () => {
    expect(Object.is(toShares(-0, 10).units, 0)).toBe(true);
    expect(Object.is(toShares(-5, 10).units, 0)).toBe(true);
    expect(toShares(-5, 10).residual).toBe(-5);
    expect(Object.is(toShares(-5, 10).filledNotional, 0)).toBe(true);
  });

  test('beyond 2^52 units every double is whole: the float quotient is the answer', () => {
    const units = toShares(1e20, 3).units;
    expect(Number.isInteger(units)).toBe(true);
    expect(Math.abs(units - 1e20 / 3)).toBeLessThanOrEqual((1e20 / 3) * Number.EPSILON);
  });

  test('bad input → InverseMathError with codes', () => {
    expectCode(() => toShares(100, 0), 'NOT_POSITIVE', 'price');
    expectCode(() => toShares(100, -1), 'NOT_POSITIVE', 'price');
    expectCode(() => toShares(Number.NaN, 1), 'NON_FINITE', 'notional');
    expectCode(() => toShares(Infinity, 1), 'NON_FINITE', 'notional');
    expectCode(() => toShares(100, 1, { rounding: 'nearest' as never }), 'INVALID_OPTION', 'options.rounding');
    expectCode(() => toShares(100, 1, [] as never), 'INVALID_TYPE', 'options');
    expectCode(() => toShares(1e300, 1e-300), 'NON_FINITE', 'notional');
    expectCode(() => toContracts(100, 5000, 0), 'NOT_POSITIVE', 'multiplier');
    expectCode(() => toContracts(100, 5000, -50), 'NOT_POSITIVE', 'multiplier');
    expectCode(() => toContracts(100, 0, 50), 'NOT_POSITIVE', 'price');
    expectCode(() => toContracts(100, 1e300, 1e300), 'NON_FINITE', 'multiplier');
    expectCode(() => toContracts(100, 1e-300, 1e-300), 'OUT_OF_RANGE', 'multiplier');
  });
});

describe('toShares / toContracts: messages', () => {
  test.each<[string, () => unknown, InverseMathErrorCode, string, string]>([
    [
      'notional not a number',
      () => toContracts('1' as never, 5000, 50),
      'INVALID_TYPE',
      'notional',
      'notional must be a finite number, got "1" [INVALID_TYPE]',
    ],
    [
      'price × multiplier overflows',
      () => toContracts(100, 1e300, 1e300),
      'NON_FINITE',
      'multiplier',
      'multiplier price × multiplier overflows a double, got 1e+300 [NON_FINITE]',
    ],
    [
      'price × multiplier underflows',
      () => toContracts(100, 1e-300, 1e-300),
      'OUT_OF_RANGE',
      'multiplier',
      'multiplier price × multiplier underflows to 0, got 1e-300 [OUT_OF_RANGE]',
    ],
    [
      'notional / price overflows',
      () => toContracts(1e300, 1e-10, 1e-5),
      'NON_FINITE',
      'notional',
      'notional makes notional / (price × multiplier) overflow a double, got 1e+300 [NON_FINITE]',
    ],
    [
      'notional / price overflows (shares)',
      () => toShares(1e300, 1e-10),
      'NON_FINITE',
      'notional',
      'notional makes notional / price overflow a double, got 1e+300 [NON_FINITE]',
    ],
  ])('%s', (_name, call, code, argument, message) => {
    expect(expectCode(call, code, argument).message).toBe(message);
  });
});
