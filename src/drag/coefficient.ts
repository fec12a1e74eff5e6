import * as guard from '../internal/guards.ts';

/**
 * Volatility-drag coefficient of a daily-reset fund.
 *
 * Formula: `c(L) = (L² − L) / 2`. Under geometric Brownian motion the fund
 * grows like `(S_T/S_0)^L · exp(−c(L)·σ²·T)`; `c(L) = c(1 − L)`, so a −1x fund
 * has exactly the drag of a +2x fund (docs/concepts.md I3). `c(L) < 0` for `0 < L < 1`
 * (such a fund gains from volatility relative to `(S_T/S_0)^L`), and
 * `c(0) = c(1) = 0`.
 *
 * @param leverage - the daily multiple `L` (signed)
 * @returns `c(L)`, dimensionless (multiply by `σ²·T` for the log drag)
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when the result overflows)
 * @see Kaya, "Are −1x Inverse Funds ‘Leveraged’?" ("−1x inverse ETFs have the same negative drift rate as +2x leveraged ETFs"); docs/concepts.md §2
 * @example
 * ```ts
 * import { dragCoefficient } from '@inverse-math/core/drag';
 * [dragCoefficient(-1), dragCoefficient(2), dragCoefficient(-3), dragCoefficient(0.5)];
 * //=> [1, 1, 6, -0.125]
 * ```
 */
export function dragCoefficient(leverage: number): number {
  const L = guard.finite(leverage, 'leverage');
  // L·(L − 1) rather than L² − L: L − 1 is exact near 1, so c keeps its sign and digits there.
  return guard.finiteResult(0.5 * L * (L - 1) + 0, 'leverage', leverage); // + 0 turns c(0) = −0 into 0
}

/**
 * The other leverage with the same volatility drag.
 *
 * Formula: `L' = 1 − L`, the second root of `c(x) = c(L)`: −1x ↔ 2x,
 * −2x ↔ 3x, −3x ↔ 4x; `L = 0.5` is its own partner.
 *
 * @param leverage - the daily multiple `L`
 * @returns `1 − L`
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE`
 * @see docs/concepts.md I3, I6
 * @example
 * ```ts
 * import { dragEquivalentLeverage } from '@inverse-math/core/drag';
 * [dragEquivalentLeverage(-1), dragEquivalentLeverage(-3), dragEquivalentLeverage(3)];
 * //=> [2, 4, -2]
 * ```
 */
export function dragEquivalentLeverage(leverage: number): number {
  return 1 - guard.finite(leverage, 'leverage');
}

/**
 * The two-day compounding gap: how much a two-day fund return differs from
 * `L` times the two-day index return.
 *
 * Formula: `(1 + L·r1)(1 + L·r2) − (1 + L·((1 + r1)(1 + r2) − 1)) = (L² − L)·r1·r2`,
 * an exact identity. For `L ∉ [0, 1]` two days in the same direction (a trend)
 * give a positive gap, a reversal (chop) a negative one: the "positive
 * compounding in a trending bear market" of "Precision Hedging" and its decay in a choppy one.
 *
 * @param r1 - index simple return of day 1, `> −1`
 * @param r2 - index simple return of day 2, `> −1`
 * @param leverage - the daily multiple `L`
 * @returns the gap as a fraction of the starting NAV
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when the result overflows), `RETURN_OUT_OF_DOMAIN`
 * @see "Precision Hedging: Algorithmic Strategies for Inverse ETF Investments"; docs/concepts.md §2
 * @example
 * ```ts
 * import { twoDayGap } from '@inverse-math/core/drag';
 * twoDayGap(-0.1, -0.1, -1); // a trend helps the inverse fund: 1.21 vs 1.19
 * //≈ 0.02
 * twoDayGap(-0.1, 0.1, -1);  // a reversal hurts it: 0.99 vs 1.01
 * //≈ -0.02
 * ```
 */
export function twoDayGap(r1: number, r2: number, leverage: number): number {
  const a = guard.simpleReturn(r1, 'r1');
  const b = guard.simpleReturn(r2, 'r2');
  const L = guard.finite(leverage, 'leverage');
  return guard.finiteResult(L * (L - 1) * a * b + 0, 'leverage', leverage);
}
