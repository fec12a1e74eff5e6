/**
 * Premium/discount `P/NAV − 1` (docs/concepts.md §6.2): worked numbers by hand,
 * the shapes (number, series, mixed), invariance to scaling prices, bad input.
 */
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { premiumDiscount } from '../../src/signals/index.ts';
import { expectClose, expectCode, snapshot } from '../helpers/assert.ts';

const price = fc.double({ min: 1e-3, max: 1e6, noNaN: true });

describe('worked numbers', () => {
  test('20.05 against 20 is +25 bp; 19.99 is −5 bp', () => {
    expectClose(premiumDiscount(20.05, 20), 0.0025, 1e-12);
    expectClose(premiumDiscount(19.99, 20), -0.0005, 1e-11);
    expect(premiumDiscount(20, 20)).toBe(0);
  });

  test('series against a number, a number against a series, two series: element by element', () => {
    const p = [19.99, 20, 20.01];
    const v = [20, 20.02, 19.98];
    const both = premiumDiscount(p, v);
    const left = premiumDiscount(p, 20);
    const right = premiumDiscount(20, Float64Array.from(v));
    p.forEach((x, i) => {
      expect(both[i]).toBe(x / (v[i] as number) - 1);
      expect(left[i]).toBe(x / 20 - 1);
      expect(right[i]).toBe(20 / (v[i] as number) - 1);
    });
    expect(both).toBeInstanceOf(Float64Array);
  });

  test('inputs are not mutated', () => {
    const p = [19.99, 20];
    const v = [20, 20.02];
    const before = snapshot({ p, v });
    premiumDiscount(p, v);
    expect({ p, v }).toEqual(before);
  });
});

describe('invariant to scaling prices (issue 15)', () => {
  fcTest.prop([fc.array(fc.tuple(price, price), { minLength: 1, maxLength: 30 }), fc.integer({ min: -40, max: 40 })])(
    'a power-of-two scale (a unit change the doubles represent exactly): bit for bit the same premiums',
    (pairs, e) => {
      const c = 2 ** e;
      const a = premiumDiscount(
        pairs.map(([p]) => p),
        pairs.map(([, v]) => v),
      );
      const b = premiumDiscount(
        pairs.map(([p]) => c * p),
        pairs.map(([, v]) => c * v),
      );
      expect(Array.from(b)).toEqual(Array.from(a));
    },
  );

  fcTest.prop([price, price, fc.double({ min: 1e-6, max: 1e6, noNaN: true })])(
    'any scale: the same premium to a few ulps of the ratio',
    (p, v, c) => {
      // (c·p)/(c·v) carries at most three roundings more than p/v, and the two subtractions of 1 one rounding each (≤ ε·|π|)
      const bound = 4 * Number.EPSILON * (p / v) + 2 * Number.EPSILON * Math.abs(p / v - 1);
      expect(Math.abs(premiumDiscount(c * p, c * v) - premiumDiscount(p, v))).toBeLessThanOrEqual(bound);
    },
  );
});

describe('bad input', () => {
  test.each([
    ['price zero', () => premiumDiscount(0, 20), 'NOT_POSITIVE', 'price'],
    ['nav negative', () => premiumDiscount(20, -1), 'NOT_POSITIVE', 'nav'],
    ['price NaN', () => premiumDiscount(Number.NaN, 20), 'NON_FINITE', 'price'],
    ['price string', () => premiumDiscount('20' as never, 20), 'INVALID_TYPE', 'price'],
    ['empty prices', () => premiumDiscount([], 20), 'EMPTY_SERIES', 'price'],
    ['a bad NAV in a series', () => premiumDiscount([20, 20], [20, 0]), 'NOT_POSITIVE', 'nav'],
    ['lengths', () => premiumDiscount([20, 20], [20]), 'LENGTH_MISMATCH', 'nav'],
    ['a ratio beyond a double', () => premiumDiscount(1e308, 1e-10), 'NON_FINITE', 'price'],
  ])('%s', (_name, fn, code, argument) => {
    const e = expectCode(fn, code as never, argument);
    if (_name === 'a bad NAV in a series') expect(e.index).toBe(1);
  });
});
