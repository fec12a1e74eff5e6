import * as guard from '../internal/guards.ts';

/**
 * One-period return of a frictionless daily-reset fund.
 *
 * Formula: `R = max(L·r, −1)`. Arithmetic leverage `R / r` is exactly `L`
 * every period; a move with `1 + L·r ≤ 0` (a −3x fund when the index rises by
 * 33⅓ % or more) wipes the fund out, and its return is `−1`, never less: a
 * fund cannot lose more than its assets.
 *
 * @param indexReturn - the index simple return `r` over the period, `> −1`
 * @param leverage - the daily multiple `L` (signed: −1 inverse, 2, −3 …)
 * @returns the fund's simple return as a fraction, `≥ −1`
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when the result overflows), `RETURN_OUT_OF_DOMAIN` (`r ≤ −1`)
 * @see docs/concepts.md §1; Kaya (arithmetic leverage is constant)
 * @example
 * ```ts
 * import { fundReturn } from '@inverse-math/core/leverage';
 * fundReturn(0.01, 3);
 * //=> 0.03
 * fundReturn(0.5, -3); // the index rises 50 %: the −3x fund is wiped out
 * //=> -1
 * ```
 */
export function fundReturn(indexReturn: number, leverage: number): number {
  const r = guard.simpleReturn(indexReturn, 'indexReturn');
  const L = guard.finite(leverage, 'leverage');
  const R = L * r;
  return R > -1 ? guard.finiteResult(R, 'leverage', leverage) : -1;
}
