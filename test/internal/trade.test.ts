/**
 * The close-trade kernel (docs/concepts.md §4) and the −0 normalisation (the
 * overflow check of trade amounts: test/internal/blame.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { rebalanceKernel, zero } from '../../src/internal/trade.ts';
import { expectClose } from '../helpers/assert.ts';

describe('rebalanceKernel', () => {
  test('W4 (docs/concepts.md §4): 3x, A = 100, r = +1 %: exposure 303, trade A·(L² − L)·r = 6', () => {
    const k = rebalanceKernel(100, 3, 0.01);
    expectClose(k.exposureBefore, 303, 1e-15);
    expectClose(k.trade, 6, 1e-15);
    expectClose(k.aumAfter, 103, 1e-15);
    expectClose(k.exposureAfter, 309, 1e-15);
  });

  test('a wipe-out (1 + L·r ≤ 0) closes the position: trade −E′, nothing after', () => {
    const k = rebalanceKernel(100, -3, 0.5);
    expect(k).toEqual({ trade: 450, exposureBefore: -450, exposureAfter: 0, aumAfter: 0 });
  });
});

describe('zero', () => {
  test('zero(−0) is +0; other numbers pass', () => {
    expect(Object.is(zero(-0), 0)).toBe(true);
    expect(zero(-2)).toBe(-2);
  });
});
