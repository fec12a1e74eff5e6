/**
 * Kernel of the effective log leverage `γ(r, L) = ln(1 + L·r) / ln(1 + r)`.
 *
 * @internal
 * @module
 */
// @ts-nocheck

// 

import { productError } from './two-product.ts';

/** Below this magnitude the series below are exact to double precision (next terms < 3e-19 relative). */
const SERIES = 1e-6;

/**
 * `γ(r, L)` for validated inputs (`r > −1`, `1 + L·r > 0`).
 *
 * Method: when `|L·r| ≥ 1e-6`, `log1p(L·r) / log1p(r)`. Otherwise
 * `γ = L · p · q` with `p = ln(1 + L·r)/(L·r) = 1 − L·r/2 + (L·r)²/3` and
 * `q = r / ln(1 + r)` (`1 + r/2 − r²/12` when `|r| < 1e-6`), so that neither
 * `0/0` nor an underflowing `L·r` loses digits. `γ(0, L) = L` (the limit) and
 * `γ(r, 0) = 0`, `γ(r, 1) = 1` exactly.
 */
export function gamma(r: number, L: number): number {
  if (r === 0 || L === 0 || L === 1) return L;
  const lr = L * r;
  if (lr < -0.5) return log1pProduct(L, r, lr) / Math.log1p(r);
  if (Math.abs(lr) >= SERIES) return Math.log1p(lr) / Math.log1p(r);
  const p = 1 - lr / 2 + (lr * lr) / 3;
  const q = Math.abs(r) < SERIES ? 1 + r / 2 - (r * r) / 12 : r / Math.log1p(r);
  return L * (p * q);
}

/**
 * `ln(1 + L·r)` when `L·r < −0.5`, where `log1p` magnifies the rounding error
 * of the product `lr = fl(L·r)` by `1/((1 + lr)·|ln(1 + lr)|)` (10⁴ at
 * `1 + L·r = 1e-5`). The error `e = L·r − lr` is exact (two-product) and
 * `1 + lr` is exact (Sterbenz), so
 * `ln(1 + L·r) = log1p(lr) + log1p(e/(1 + lr))` to a few ulps.
 */
function log1pProduct(L: number, r: number, lr: number): number {
  const e = productError(L, r, lr);
  const y = Math.log1p(lr);
  return Number.isFinite(e) ? y + Math.log1p(e / (1 + lr)) : y; // e is NaN only for |L| > 1e300, where lr ≥ −1 leaves r tiny
}
