/**
 * The effective log leverage kernel `γ(r, L) = ln(1 + L·r)/ln(1 + r)`
 * (docs/concepts.md §1), against the formula on moderate moves and against
 * its limits where the formula is 0/0.
 */
import { describe, expect, test } from 'vitest';
import { gamma } from '../../src/internal/gamma.ts';
import { expectClose } from '../helpers/assert.ts';

describe('gamma', () => {
  test.each([
    [0.04, -1],
    [-0.04, 3],
    [0.2, 2],
  ])('r = %d, L = %d: ln(1 + L·r)/ln(1 + r)', (r, L) => {
    expectClose(gamma(r, L), Math.log1p(L * r) / Math.log1p(r), 1e-14);
  });

  test('the limit r → 0 is L (the formula is 0/0 there)', () => {
    expect(gamma(0, -3)).toBe(-3);
    // γ ≈ L·(1 − L·r/2)·(1 + r/2) to first order: 2·(1 − 1e-12)·(1 + 0.5e-12)
    expectClose(gamma(1e-12, 2), 2 * (1 - 1e-12) * (1 + 0.5e-12), 1e-15);
  });

  test('L = 1 is 1 and L = 0 is 0, exactly', () => {
    expect(gamma(0.3, 1)).toBe(1);
    expect(gamma(0.3, 0)).toBe(0);
  });
});
