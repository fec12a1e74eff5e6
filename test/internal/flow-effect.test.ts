/**
 * The I7 classification of a flow (docs/concepts.md §7): a flow trade that
 * opposes the rebalance trade is stabilizing, one that adds to it is
 * destabilizing, and none when either is zero.
 */
import { describe, expect, test } from 'vitest';
import { classifyFlow } from '../../src/internal/flow-effect.ts';

describe('classifyFlow', () => {
  test('W5: rebalance −1mm, flow trade +0.5mm: stabilizing', () => {
    expect(classifyFlow(-1e6, 5e5)).toBe('stabilizing');
  });

  test('same signs: destabilizing', () => {
    expect(classifyFlow(2, 1)).toBe('destabilizing');
    expect(classifyFlow(-2, -1)).toBe('destabilizing');
  });

  test('either zero (−0 included): none', () => {
    expect(classifyFlow(0, 1)).toBe('none');
    expect(classifyFlow(1, -0)).toBe('none');
  });
});
