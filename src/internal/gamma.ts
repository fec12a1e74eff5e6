/**
 * Kernel of the effective log leverage `γ(r, L) = ln(1 + L·r) / ln(1 + r)`.
 *
 * @internal
 * @module
 */
import { productError } from './two-product.ts';

/** Below this magnitude the series below are exact to double precision (next terms < 3e-19 relative). */
const SERIES = 1e-6;

/**
 * `γ(r, L)` for validated inputs (`r > −1`, `1 + L·r > 0`).
 *
 * Method: when `|L·r| ≥ 1e-6`, `ln(1 + L·r) / log1p(r)`, with the numerator
 * corrected by the exact rounding error of `L·r` when `L·r < −0.5` (below). Otherwise
 * `γ = L · p · q` with `p = ln(1 + L·r)/(L·r) = 1 − L·r/2 + (L·r)²/3` and
 * `q = r / ln(1 + r)` (`1 + r/2 − r²/12` when `|r| < 1e-6`), so that neither
 * `0/0` nor an underflowing `L·r` loses digits. `γ(0, L) = L` (the limit) and
 * `γ(r, 0) = 0` exactly (through the series: `p = q = 1`, `L·r = 0`);
 * `γ(r, 1) = 1` exactly.
 */
export function gamma(r: number, L: number): number {
  if (L === 1) return 1;
  const lr = L * r;
  if (Math.abs(lr) < SERIES) {
    const q = Math.abs(r) < SERIES ? 1 + r / 2 - (r * r) / 12 : r / Math.log1p(r);
    return L * ((1 - lr / 2 + (lr * lr) / 3) * q);
  }
  // ln(1 + L·r) to a few ulps, also as 1 + L·r → 0 (a fund near wipe-out), where log1p would magnify the
  // rounding error of lr = fl(L·r) by 1/((1 + lr)·|ln(1 + lr)|) (10⁴ at 1 + L·r = 1e-5). The error
  // e = L·r − lr is exact (two-product) and 1 + lr is exact when small (Sterbenz), so
  // ln(1 + L·r) = log1p(lr) + log1p(e/(1 + lr)). For L·r ≥ −0.5 the correction is below an ulp of
  // log1p(lr) and is not computed. e is NaN only for |L| > 1e300 (the split overflows), where
  // |L·r| ≤ 1 leaves r tiny and the correction is dropped (`|| 0`).
  return (Math.log1p(lr) + (lr < -0.5 ? Math.log1p(productError(L, r, lr) / (1 + lr)) || 0 : 0)) / Math.log1p(r);
}
