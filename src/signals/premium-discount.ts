import * as guard from '../internal/guards.ts';

/** What {@link premiumDiscount} returns: a number when both inputs are numbers, otherwise a `Float64Array`. */
export type PremiumResult<P, N> = P extends number ? (N extends number ? number : Float64Array) : Float64Array;

/**
 * Premium (`> 0`) or discount (`< 0`) of a market price to a NAV.
 *
 * Formula: `π = P/NAV − 1`, a fraction (`0.0002` is 2 basis points). Scaling
 * prices and NAVs by the same factor (a split, another currency) leaves it
 * unchanged. Either argument may be a series (element by element; two series
 * must have the same length) or a number used for every element.
 *
 * @param price - market price(s), each `> 0`
 * @param nav - NAV or iNAV (e.g. from {@link indicativeNav}), each `> 0`, in the price's unit
 * @returns the premium, a fraction: a number, or a new `Float64Array` when either input is a series
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also a ratio beyond a double), `NOT_POSITIVE`, `EMPTY_SERIES`, `LENGTH_MISMATCH`
 * @see docs/concepts.md §6.2
 * @example
 * ```ts
 * import { premiumDiscount } from '@inverse-math/core/signals';
 * premiumDiscount(20.05, 20) * 1e4; // basis points
 * //≈ 25.0000
 * Array.from(premiumDiscount([19.99, 20, 20.01], 20)).map((p) => p * 1e4);
 * //≈ [-5.0000, 0, 5.0000]
 * ```
 */
export function premiumDiscount<P extends number | ArrayLike<number>, N extends number | ArrayLike<number>>(
  price: P,
  nav: N,
): PremiumResult<P, N> {
  const ps = typeof price === 'number' ? null : guard.priceSeries(price, 'price', 1);
  const ns = typeof nav === 'number' ? null : guard.priceSeries(nav, 'nav', 1);
  const p = ps === null ? guard.positive(price, 'price') : 0;
  const v = ns === null ? guard.positive(nav, 'nav') : 0;
  if (ps === null && ns === null) return guard.finiteResult(p / v - 1, 'price', price) as PremiumResult<P, N>;
  if (ps !== null && ns !== null) guard.sameLength(ps, ns, 'nav');
  const n = (ps ?? (ns as ArrayLike<number>)).length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++)
    out[i] = guard.finiteResult(
      (ps === null ? p : (ps[i] as number)) / (ns === null ? v : (ns[i] as number)) - 1,
      'price',
      price,
      i,
    );
  return out as PremiumResult<P, N>;
}
