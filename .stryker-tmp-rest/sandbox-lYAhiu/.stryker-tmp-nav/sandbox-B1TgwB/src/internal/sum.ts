/**
 * Compensated (Neumaier) summation: the running sum `s` and the lost
 * low-order part `c`; the result is `s + c`. Error bound independent of the
 * number of terms to first order (Neumaier 1974), unlike naive summation.
 *
 * @internal
 * @module
 */
// @ts-nocheck

// 


/** Compensated sum of a series. */
export function neumaierSum(values: ArrayLike<number>): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
  }
  return s + c;
}

/**
 * `Σ log1p(L·r_i)` with compensation, and the first index where `1 + L·r_i ≤ 0`
 * (`-1` when the fund survives every period; the sum then stops at that index).
 */
export function sumLog1pScaled(returns: ArrayLike<number>, leverage: number): { sum: number; wipedOutAt: number } {
  let s = 0;
  let c = 0;
  for (let i = 0; i < returns.length; i++) {
    const lr = leverage * (returns[i] as number);
    if (!(lr > -1)) return { sum: Number.NEGATIVE_INFINITY, wipedOutAt: i };
    const x = Math.log1p(lr);
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
  }
  return { sum: s + c, wipedOutAt: -1 };
}
