import * as guard from '../internal/guards.ts';

/** Options of {@link volatilityTarget}. */
export interface VolatilityTargetOptions<F extends number | ArrayLike<number> = number | ArrayLike<number>> {
  /** Target annualised volatility `σ_target`, `≥ 0`. */
  readonly target: number;
  /** Forecast annualised volatility `σ_forecast > 0`: one number, or a series of forecasts (from `@inverse-math/core/volatility`, for example). */
  readonly forecast: F;
  /** Largest exposure allowed, `> 0`; default `1` (no leverage beyond the position's own). */
  readonly cap?: number;
}

/**
 * Volatility-scaled exposure: the fraction of capital to hold so that the
 * position's forecast volatility is the target, capped.
 *
 * Formula: `min(cap, σ_target / σ_forecast)`, element by element for a
 * series of forecasts. The exposure multiplies the position: in a 3x fund,
 * an exposure of 0.5 is 1.5x of the index.
 *
 * @param options - `target` `≥ 0` and `forecast` `> 0` (annualised fractions; the forecast of the position itself, e.g. `|L|·σ_index` for a fund), `cap` `> 0` (default 1)
 * @returns the exposure (a fraction of capital): a number, or a `Float64Array` for a series of forecasts
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE`, `NEGATIVE` (target), `NOT_POSITIVE` (a forecast, with its index, or the cap), `EMPTY_SERIES`, `UNKNOWN_OPTION`
 * @see docs/concepts.md §6.3; A. Moreira and T. Muir (2017), "Volatility-managed portfolios"
 * @example
 * ```ts
 * import { volatilityTarget } from '@inverse-math/core/sizing';
 * volatilityTarget({ target: 0.2, forecast: 0.5 });
 * //≈ 0.4
 * Array.from(volatilityTarget({ target: 0.2, forecast: [0.1, 0.25, 0.4], cap: 1.5 }));
 * //≈ [1.5, 0.8, 0.5]
 * ```
 */
export function volatilityTarget(options: VolatilityTargetOptions<number>): number;
export function volatilityTarget(options: VolatilityTargetOptions<ArrayLike<number>>): Float64Array;
export function volatilityTarget(options: VolatilityTargetOptions): number | Float64Array;
export function volatilityTarget(options: VolatilityTargetOptions): number | Float64Array {
  const o = guard.options(options, 'options', ['target', 'forecast', 'cap']);
  const target = guard.nonNegative(o.target, 'options.target');
  const capOption = o.cap;
  const cap = capOption === undefined ? 1 : guard.positive(capOption, 'options.cap');
  const f = o.forecast;
  if (typeof f === 'number') {
    return Math.min(cap, target / guard.positive(f, 'options.forecast'));
  }
  const s = guard.arrayLike(f, 'options.forecast', 1);
  const out = new Float64Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = Math.min(cap, target / guard.positive(s[i], 'options.forecast', i));
  return out;
}
