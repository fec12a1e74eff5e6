/**
 * src/internal/exact.ts: a double read as the decimal `String(x)` prints
 * (ECMAScript Number::toString: plain notation for 1e-7 ≤ |x| < 1e21,
 * otherwise `d[.ddd]e±n`), and the exact sign of `k·a − b` on such decimals.
 */
// @ts-nocheck

import { describe, expect, test } from 'vitest';
import { shortestDecimal, signOfScaledMinus } from '../../src/internal/exact.ts';

describe('shortestDecimal', () => {
  test.each([
    // x, String(x), m, e (x = m·10^e)
    [1.5, '1.5', 15n, -1],
    [12.25, '12.25', 1225n, -2],
    [12, '12', 12n, 0],
    [-3, '-3', -3n, 0],
    [-0.1, '-0.1', -1n, -1],
    [1e21, '1e+21', 1n, 21],
    [1.5e21, '1.5e+21', 15n, 20],
    [2e-7, '2e-7', 2n, -7],
    [1.5e-10, '1.5e-10', 15n, -11],
    [1.25e-300, '1.25e-300', 125n, -302],
  ])('%s prints as %s = %s·10^%s', (x, printed, m, e) => {
    expect(String(x)).toBe(printed);
    expect(shortestDecimal(x)).toEqual({ m, e });
  });

  test('a non-finite number is refused with its value', () => {
    expect(() => shortestDecimal(Number.NaN)).toThrow('not a finite number: NaN');
    expect(() => shortestDecimal(Number.POSITIVE_INFINITY)).toThrow('not a finite number: Infinity');
  });
});

describe('signOfScaledMinus', () => {
  test('k·a − b at any pair of exponents', () => {
    // 3 × 1.5 − 4.5 = 0; 3 × 1.5 − 4.49 > 0; 3 × 1.5 − 45 < 0; 2 × 15 − 30.5 < 0
    expect(signOfScaledMinus(3n, { m: 15n, e: -1 }, { m: 45n, e: -1 })).toBe(0);
    expect(signOfScaledMinus(3n, { m: 15n, e: -1 }, { m: 449n, e: -2 })).toBe(1);
    expect(signOfScaledMinus(3n, { m: 15n, e: -1 }, { m: 45n, e: 0 })).toBe(-1);
    expect(signOfScaledMinus(2n, { m: 15n, e: 0 }, { m: 305n, e: -1 })).toBe(-1);
    expect(signOfScaledMinus(2n, { m: 15n, e: 0 }, { m: 3n, e: 1 })).toBe(0);
  });
});
