/**
 * Neumaier compensated summation and the compensated `Σ log1p(L·r)`,
 * against sums whose exact value is known.
 */
import { describe, expect, test } from 'vitest';
import { neumaierSum, sumLog1pScaled } from '../../src/internal/sum.ts';
import { expectClose } from '../helpers/assert.ts';

describe('neumaierSum', () => {
  test('1 + 1e100 + 1 − 1e100 is 2 (a plain sum gives 0)', () => {
    expect(neumaierSum([1, 1e100, 1, -1e100])).toBe(2);
  });

  test('an empty series sums to 0', () => {
    expect(neumaierSum([])).toBe(0);
  });

  test('ten 0.1s: the double nearest 1 (a plain sum gives 0.9999999999999999)', () => {
    expect(neumaierSum(new Float64Array(10).fill(0.1))).toBe(1);
  });
});

describe('sumLog1pScaled', () => {
  test('Σ log1p(L·r) over a short path', () => {
    const r = [0.01, -0.02, 0.03];
    const { sum, wipedOutAt } = sumLog1pScaled(r, -2);
    expectClose(sum, Math.log1p(-0.02) + Math.log1p(0.04) + Math.log1p(-0.06), 1e-15);
    expect(wipedOutAt).toBe(-1);
  });

  test('a move with 1 + L·r ≤ 0 stops the sum at −∞ and names the period', () => {
    expect(sumLog1pScaled([0.01, 0.5, 0.01], -3)).toEqual({ sum: Number.NEGATIVE_INFINITY, wipedOutAt: 1 });
  });
});
