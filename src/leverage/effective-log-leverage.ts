import * as guard from '../internal/guards.ts';
import { gamma } from '../internal/gamma.ts';

/**
 * Effective log leverage of one period: how many times the index's log return
 * the fund's log return is.
 *
 * Formula: `γ(r, L) = ln(1 + L·r) / ln(1 + r)`, with its limit `γ → L` as
 * `r → 0`. Computed with `log1p`; for `max(|r|, |L·r|) < 1e-6` by the series
 * `γ = L·[1 + (1−L)·r/2 − (1−L)(1+4L)·r²/12]`, so `γ(1e-15, −3)` is `−3` to the
 * last digit.
 *
 * For `L ∉ [0, 1]`, `|γ| < |L|` on days the fund gains and `|γ| > |L|` on days
 * it loses (docs/concepts.md I1); a −1x fund is "leveraged" in log space even though
 * its arithmetic leverage is exactly −1 (Kaya).
 *
 * @param indexReturn - the index simple return `r`, `> −1`, with `1 + L·r > 0`
 * @param leverage - the daily multiple `L` (signed)
 * @returns `γ`, dimensionless
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when the result overflows), `RETURN_OUT_OF_DOMAIN` (`r ≤ −1`), `LEVERAGED_RETURN_OUT_OF_DOMAIN` (`1 + L·r ≤ 0`: the fund is wiped out and γ is undefined)
 * @see Kaya, "Are −1x Inverse Funds ‘Leveraged’?"; docs/concepts.md §1, W1
 * @example
 * ```ts
 * import { effectiveLogLeverage, logToSimple } from '@inverse-math/core/leverage';
 * effectiveLogLeverage(logToSimple(0.04), -1);   // Kaya: index log return +4 %
 * //≈ -1.0417
 * effectiveLogLeverage(logToSimple(-0.04), -1);  // then −4 %
 * //≈ -0.9615
 * effectiveLogLeverage(1e-15, -3);
 * //=> -3.000000000000006
 * ```
 */
export function effectiveLogLeverage(indexReturn: number, leverage: number): number {
  const L = guard.finite(leverage, 'leverage');
  const r = guard.survivableReturn(indexReturn, L, 'indexReturn');
  return guard.finiteResult(gamma(r, L), 'leverage', leverage);
}

/**
 * Effective log leverage of every period of a return series.
 *
 * Formula: `γ_i = ln(1 + L·r_i) / ln(1 + r_i)`, element-wise (see {@link effectiveLogLeverage}).
 *
 * @param indexReturns - index simple returns, each `> −1` with `1 + L·r_i > 0` (not mutated)
 * @param leverage - the daily multiple `L`
 * @returns a new `Float64Array` of `γ_i`
 * @throws {@link InverseMathError} `INVALID_TYPE`, `EMPTY_SERIES`, `NON_FINITE` (also when the result overflows), `RETURN_OUT_OF_DOMAIN`, `LEVERAGED_RETURN_OUT_OF_DOMAIN` (with the index of the element)
 * @example
 * ```ts
 * import { logLeverageSeries } from '@inverse-math/core/leverage';
 * Array.from(logLeverageSeries([0.0408108, -0.0392106], -1));
 * //≈ [-1.0417, -0.9615]
 * ```
 */
export function logLeverageSeries(indexReturns: ArrayLike<number>, leverage: number): Float64Array {
  const L = guard.finite(leverage, 'leverage');
  const s = guard.returnSeries(indexReturns, 'indexReturns');
  const out = new Float64Array(s.length);
  for (let i = 0; i < s.length; i++) {
    out[i] = guard.finiteResult(gamma(guard.survivableReturn(s[i], L, 'indexReturns', i), L), 'leverage', leverage, i);
  }
  return out;
}
