/**
 * compoundingDecay: the fund's path return against L times the index's (docs/concepts.md §2).
 */
import { describe, expect, test } from 'vitest';
import { compoundingDecay } from '../../src/drag/index.ts';
import { expectClose } from '../helpers/assert.ts';

describe('compoundingDecay', () => {
  test('a move that wipes the fund out gives fundGrowth 0, decay −1 and its index', () => {
    const d = compoundingDecay([0.01, 0.4, -0.2], -3);
    expect(d.fundGrowth).toBe(0);
    expect(d.decay).toBe(-1);
    expect(d.wipedOutAt).toBe(1);
  });

  test('10⁶ periods stay finite and accurate (log-space accumulation)', () => {
    const n = 1_000_000;
    const path = new Float64Array(n);
    for (let i = 0; i < n; i++) path[i] = i % 2 === 0 ? 0.01 : -0.01;
    const d = compoundingDecay(path, -3);
    // exact: ((1 − 0.03)(1 + 0.03))^(n/2) and ((1.01)(0.99))^(n/2)
    expectClose(Math.log(d.fundGrowth), (n / 2) * Math.log1p(-0.0009), 1e-12);
    expectClose(Math.log(d.indexGrowth), (n / 2) * Math.log1p(-0.0001), 1e-12);
    expect(d.wipedOutAt).toBeNull();
  });
});
