/**
 * fundReturn: the one-period return of a frictionless daily-reset fund,
 * `max(L·r, −1)` (docs/concepts.md §1).
 */
import { describe, expect, test } from 'vitest';
import { fundReturn } from '../../src/leverage/index.ts';
import { expectCode } from '../helpers/assert.ts';

describe('fundReturn', () => {
  test('arithmetic leverage is exactly L: 3 × 1 % = 3 %, −1 × 2 % = −2 %', () => {
    expect(fundReturn(0.01, 3)).toBe(0.03);
    expect(fundReturn(0.02, -1)).toBe(-0.02);
  });

  test('a move with 1 + L·r ≤ 0 wipes the fund out: −1, never less', () => {
    expect(fundReturn(0.5, -3)).toBe(-1);
    expect(fundReturn(1 / 3, -3)).toBe(-1);
  });

  test('bad input: r ≤ −1, a non-finite leverage, an overflowing product', () => {
    expectCode(() => fundReturn(-1, 2), 'RETURN_OUT_OF_DOMAIN', 'indexReturn');
    expectCode(() => fundReturn(0.1, Number.NaN), 'NON_FINITE', 'leverage');
    expectCode(() => fundReturn(1e300, 1e300), 'NON_FINITE', 'leverage');
  });
});
