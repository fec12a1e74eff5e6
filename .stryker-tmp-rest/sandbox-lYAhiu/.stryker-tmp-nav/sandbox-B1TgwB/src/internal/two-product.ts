/**
 * Error-free product (Dekker 1971, Veltkamp split): the rounding error of
 * `fl(a·b)`, exactly. Used where `1 + L·r` is close to 0 (a fund near
 * wipe-out): there the rounding error of `L·r` is as large as the result's
 * last digits, and recovering it keeps `ln(1 + L·r)` accurate to a few ulps.
 *
 * @internal
 * @module
 */
// @ts-nocheck

// 


const SPLIT = 134217729; // 2^27 + 1

/** `a·b − p` exactly, for `p = fl(a·b)`; `NaN` when the split overflows (|a| or |b| > ~1e300), so callers test `Number.isFinite`. */
export function productError(a: number, b: number, p: number): number {
  const ca = SPLIT * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLIT * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

