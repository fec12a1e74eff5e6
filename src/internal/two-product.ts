/**
 * Error-free product (Dekker 1971, Veltkamp split): the rounding error of
 * `fl(a·b)`, exactly. Used where `1 + L·r` is close to 0 (a fund near
 * wipe-out): there the rounding error of `L·r` is as large as the result's
 * last digits, and recovering it keeps `ln(1 + L·r)` accurate to a few ulps.
 *
 * @internal
 * @module
 */

const SPLIT = 134217729; // 2^27 + 1

/** `a·b − p` exactly, for `p = fl(a·b)`; `NaN` when the split overflows (|a| or |b| > ~1e300), which callers must handle. */
export function productError(a: number, b: number, p: number): number {
  const ah = high(a);
  const al = a - ah;
  const bh = high(b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/** The high half of `x` (its leading 26 bits; `x − high(x)` is the exact low half). */
function high(x: number): number {
  const c = SPLIT * x;
  return c - (c - x);
}
