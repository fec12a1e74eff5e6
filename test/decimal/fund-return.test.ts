/**
 * The decimal fundReturn: `max(L·r, −1)` (docs/concepts.md §1) on exact
 * decimal inputs.
 */
import { describe, expect, test } from 'vitest';
import { fundReturn } from '../../src/decimal/index.ts';
import { expectCode } from '../helpers/assert.ts';

describe('fundReturn', () => {
  test("'0.1' at −1x is exactly −0.1; 3x of +1 % is 0.03", () => {
    expect(fundReturn('0.1', '-1').toString()).toBe('-0.1');
    expect(fundReturn('0.01', 3).toString()).toBe('0.03');
  });

  test('a move with 1 + L·r ≤ 0 is −1, never less', () => {
    expect(fundReturn('0.5', -3).toString()).toBe('-1');
    expect(fundReturn('-0.5', 2).toString()).toBe('-1');
  });

  test('no −0: a zero move is 0', () => {
    expect(fundReturn('0', -3).isNegative()).toBe(false);
  });

  test('bad input names its argument', () => {
    expectCode(() => fundReturn('-1', 2), 'RETURN_OUT_OF_DOMAIN', 'indexReturn');
    expectCode(() => fundReturn('0.1', 'x'), 'INVALID_DECIMAL', 'leverage');
    expectCode(() => fundReturn('0.1', 2, { precision: 0 }), 'OUT_OF_RANGE', 'options.precision');
  });
});
