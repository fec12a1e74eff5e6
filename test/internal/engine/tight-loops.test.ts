/**
 * The tight NAV loops: where each stops (a bad return, a factor ≤ 0) and
 * where the checked path takes over after an overflow; the numbers are the
 * plain product `NAV_{t+1} = NAV_t · (1 + (L·r + c))` (docs/concepts.md §3),
 * written out here. The agreement with the checked engine on random paths is
 * a property in test/invariants/nav.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { fastLog, fastNav, fastNavByFactor, handover } from '../../../src/internal/engine/tight-loops.ts';

const start = (n: number): Float64Array => {
  const out = new Float64Array(n + 1).fill(Number.NaN);
  out[0] = 1;
  return out;
};

describe('fastNav and fastNavByFactor', () => {
  test('a clean path runs to the end: the plain product, each close written', () => {
    const r = Float64Array.from([0.01, -0.02, 0.03]);
    for (const loop of [fastNav, fastNavByFactor]) {
      const out = start(3);
      expect(loop(r, 2, -0.001, out)).toBe(3);
      expect(Array.from(out)).toEqual([1, 1.019, 1.019 * (1 + (2 * -0.02 - 0.001)), 1.019 * 0.959 * 1.059]);
    }
  });

  test('both stop before the close of a period whose factor is ≤ 0 or NaN (−2x: +50 % gives 0)', () => {
    for (const bad of [0.5, 0.7, Number.NaN]) {
      const r = Float64Array.from([0.1, bad, 0.1]);
      const out = start(3);
      expect(fastNav(r, -2, 0, out)).toBe(1);
      expect(Array.from(out.subarray(0, 2))).toEqual([1, 0.8]);
      expect(out[2]).toBeNaN(); // not written
      expect(fastNavByFactor(Float64Array.from([0.1, -0.5, 0.1]), 2, 0, start(3))).toBe(1);
    }
  });

  test('four periods are tested at once: a bad period anywhere in a block, or in the tail, is the one reported', () => {
    // 2x, no carry: the closes are the plain product of 1 + 2r; a return of −0.6 (g = −0.2) or NaN is bad
    const good = Array.from({ length: 11 }, (_, k) => 0.01 * ((k % 3) - 1));
    for (let p = 0; p < good.length; p++) {
      for (const bad of [-0.6, Number.NaN]) {
        const r = Float64Array.from(good, (x, k) => (k === p ? bad : x));
        for (const loop of [fastNav, fastNavByFactor]) {
          const out = start(r.length);
          expect(loop(r, 2, 0, out)).toBe(p);
          let v = 1;
          for (let k = 0; k < p; k++) expect(out[k + 1]).toBe((v *= 1 + 2 * (r[k] as number)));
        }
      }
      // fastNav alone: −1x with a return of −1.5 (g = 2.5 > 0) is refused at its period
      const r = Float64Array.from(good, (x, k) => (k === p ? -1.5 : x));
      expect(fastNav(r, -1, 0, start(r.length))).toBe(p);
    }
  });

  test('fastNav stops at a return ≤ −1 even when its factor is > 0 (an inverse fund: −1x at r = −1.5 has g = 2.5)', () => {
    const r = Float64Array.from([0.1, -1.5, 0.1]);
    expect(fastNav(r, -1, 0, start(3))).toBe(1);
    expect(fastNav(Float64Array.from([0.1, -1, 0.1]), -1, 0, start(3))).toBe(1);
  });

  test('an overflow does not stop the loop: +∞ stays +∞; an underflow to 0 stays 0', () => {
    const big = Float64Array.from([1e200, 1e200, 0.1]);
    const out = start(3);
    expect(fastNavByFactor(big, 1, 0, out)).toBe(3);
    expect(Array.from(out)).toEqual([1, 1e200 + 1, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]);
    const tiny = new Float64Array(400).fill(-0.9); // 1x: 0.1^t underflows after ~324 periods
    const down = start(400);
    expect(fastNavByFactor(tiny, 1, 0, down)).toBe(400);
    expect(down[400]).toBe(0);
  });
});

describe('handover', () => {
  test('after an overflow, the first period whose close is not finite; otherwise where the loop stopped', () => {
    expect(handover(Float64Array.from([1, 2, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]), 3)).toBe(1);
    expect(handover(Float64Array.from([1, 0, Number.NaN, Number.NaN]), 3)).toBe(1); // 0·∞
    expect(handover(Float64Array.from([1, 2, 3, 0]), 2)).toBe(2);
    expect(handover(Float64Array.from([1, 0, 0, 0]), 3)).toBe(3); // an underflow is a result
  });
});

describe('fastLog', () => {
  test('Σ log1p(L·r + c), stopping at a return ≤ −1 or an excess ≤ −1', () => {
    const out = new Float64Array(4);
    expect(fastLog(Float64Array.from([0.01, -0.02, 0.3]), 3, 0, out)).toBe(3);
    expect(out[1]).toBe(Math.log1p(0.03));
    expect(fastLog(Float64Array.from([0.01, -0.4]), 3, 0, new Float64Array(3))).toBe(1); // 3 × −0.4 = −1.2
  });
});
