import * as guard from '../internal/guards.ts';

function navSeries(indexReturns: unknown, nav: unknown): { r: ArrayLike<number>; v: ArrayLike<number> } {
  const r = guard.returnSeries(indexReturns, 'indexReturns');
  const v = guard.series(nav, 'nav', 2);
  guard.sameLength(r, v, 'nav', r.length + 1, nav);
  guard.positive(v[0], 'nav', 0);
  for (let i = 1; i < v.length; i++) guard.nonNegative(v[i], 'nav', i);
  return { r, v };
}

/**
 * Cumulative tracking deviation of a fund against `L` times its index's
 * cumulative return.
 *
 * Formula: `D_t = NAV_t/NAV_0 − (1 + L·(I_t/I_0 − 1))` with
 * `I_t/I_0 = Π_{i<t}(1 + r_i)`. It is `0` at the start, `0` for `L = 1`
 * without costs, and for a daily-reset fund without costs it is the
 * compounding gap of docs/concepts.md §2 (for two periods `(L² − L)·r_1·r_2`).
 *
 * @param indexReturns - `n ≥ 1` index simple returns, each `> −1` (not mutated)
 * @param nav - `n + 1` NAVs (e.g. from {@link "nav"!navPath}), `NAV_0 > 0`, the rest `≥ 0` (not mutated)
 * @param leverage - the fund's multiple `L`
 * @returns a new `Float64Array` of `n + 1` deviations (fractions of `NAV_0`)
 * @throws {@link InverseMathError} `INVALID_TYPE`, `EMPTY_SERIES`, `NON_FINITE` (also when a deviation overflows, with its index), `RETURN_OUT_OF_DOMAIN`, `LENGTH_MISMATCH` (`nav` not one longer), `NOT_POSITIVE` (`nav[0]`), `NEGATIVE` (a NAV), `SERIES_TOO_SHORT`
 * @see docs/concepts.md §3 ("Tracking diagnostics"); "Precision Hedging"
 * @example
 * ```ts
 * import { navPath } from '@inverse-math/core/nav';
 * import { trackingDeviation } from '@inverse-math/core/tracking';
 * const r = [-0.1, 1 / 9]; // index 100 → 90 → 100
 * Array.from(trackingDeviation(r, navPath(r, { leverage: -1 }), -1)); // (L² − L)·r1·r2 = 2 · (−0.1) · (1/9)
 * //≈ [0, 0, -0.022222]
 * ```
 */
export function trackingDeviation(
  indexReturns: ArrayLike<number>,
  nav: ArrayLike<number>,
  leverage: number,
): Float64Array {
  const L = guard.finite(leverage, 'leverage');
  const { r, v } = navSeries(indexReturns, nav);
  const v0 = v[0] as number;
  const out = new Float64Array(v.length);
  let index = 1;
  for (let t = 1; t < v.length; t++) {
    index *= 1 + (r[t - 1] as number);
    out[t] = guard.finiteResult((v[t] as number) / v0 - (1 + L * (index - 1)), 'nav', v[t], t);
  }
  return out;
}

/** A holding period of {@link holdingPeriodEfficiency}: closes `from` to `to` (indexes into the NAV series). */
export interface HoldingPeriod {
  /** First close, `≥ 0`; default 0. */
  readonly from?: number;
  /** Last close, `≤ n`; default `n` (the last). */
  readonly to?: number;
}

/**
 * Efficiency of a holding period: the fund's realised return as a fraction of
 * `L` times the index's return over the same period.
 *
 * Formula: `(NAV_to/NAV_from − 1) / (L·(I_to/I_from − 1))`, with
 * `I_to/I_from = Π_{from ≤ i < to}(1 + r_i)`. `1` means the fund delivered
 * exactly `L` times the index's return; below 1 it fell short (drag and
 * costs), above 1 it beat it (a trend). `null` when `L·(I_to/I_from − 1) = 0`
 * (no index move to compare with).
 *
 * @param indexReturns - `n ≥ 1` index simple returns, each `> −1` (not mutated)
 * @param nav - `n + 1` NAVs, `NAV_0 > 0`, the rest `≥ 0` (not mutated)
 * @param leverage - the fund's multiple `L`
 * @param period - `from` and `to` closes, `0 ≤ from < to ≤ n`; default the whole path
 * @returns the efficiency (a ratio), or `null` when it is undefined
 * @throws {@link InverseMathError} as {@link trackingDeviation}, plus `INVALID_TYPE`, `OUT_OF_RANGE` for `period`, `NOT_POSITIVE` when `NAV_from = 0`, `NON_FINITE` (`indexReturns`) when `I_to/I_from` overflows a double, `UNKNOWN_OPTION` (a key that is not an option)
 * @see docs/concepts.md §3 ("Tracking diagnostics")
 * @example
 * ```ts
 * import { navPath } from '@inverse-math/core/nav';
 * import { holdingPeriodEfficiency } from '@inverse-math/core/tracking';
 * const r = [0.1, 0.1]; // a trend: the 2x fund makes 44 % while 2 × 21 % = 42 %
 * holdingPeriodEfficiency(r, navPath(r, { leverage: 2 }), 2);
 * //≈ 1.047619
 * ```
 */
export function holdingPeriodEfficiency(
  indexReturns: ArrayLike<number>,
  nav: ArrayLike<number>,
  leverage: number,
  period?: HoldingPeriod,
): number | null {
  const L = guard.finite(leverage, 'leverage');
  const { r, v } = navSeries(indexReturns, nav);
  const p = guard.optionalOptions(period, 'period', ['from', 'to']);
  const { from: fromValue, to: toValue } = p;
  const n = r.length;
  const from = fromValue === undefined ? 0 : guard.integer(fromValue, 'period.from', 0);
  const to = toValue === undefined ? n : guard.integer(toValue, 'period.to', 0);
  if (to > n) guard.fail('OUT_OF_RANGE', `must be at most ${n}`, 'period.to', toValue);
  if (!(from < to)) guard.fail('OUT_OF_RANGE', 'must be less than period.to', 'period.from', fromValue);
  const start = guard.positive(v[from], 'nav', from);
  let index = 1;
  for (let i = from; i < to; i++) {
    index *= 1 + (r[i] as number);
    // the index's growth itself overflows: name the return that took it past the largest double
    if (index === Number.POSITIVE_INFINITY)
      guard.fail('NON_FINITE', 'makes the index growth overflow a double', 'indexReturns', r[i], i);
  }
  const denominator = L * (index - 1);
  if (denominator === 0) return null;
  return guard.finiteResult(((v[to] as number) / start - 1) / denominator, 'nav', v[to], to);
}
