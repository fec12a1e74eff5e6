import * as guard from '../internal/guards.ts';
import { overflow } from '../internal/blame.ts';
import { readParameters } from './garch-filter.ts';

/** What {@link garchForecast} reads from a model: a {@link GarchFit} has these fields (others are ignored). */
export interface GarchForecastModel {
  /** `ω > 0`. */
  readonly omega: number;
  /** `α ≥ 0`. */
  readonly alpha: number;
  /** `β ≥ 0`, `α + β < 1`. */
  readonly beta: number;
  /** `E[σ²_{T+1}]`, the variance forecast for the next period (`> 0`). */
  readonly next: number;
}

/** Options of {@link garchForecast}. */
export interface GarchForecastOptions {
  /** Periods per year `P` of the annualisation; default 252. */
  readonly periodsPerYear?: number;
}

/** Result of {@link garchForecast}; entry `h − 1` is horizon `h = 1 … H`. */
export interface GarchForecast {
  /** `E[σ²_{T+h}]`, per period (squared return units). */
  readonly variances: Float64Array;
  /** `Σ_{i ≤ h} E[σ²_{T+i}]`: the expected variance of the `h`-period return. */
  readonly cumulative: Float64Array;
  /** `√(P · cumulative_h / h)`: the annualised volatility over the next `h` periods (the term structure). */
  readonly annualizedVolatility: Float64Array;
}

/**
 * Variance forecasts of a GARCH(1,1) model over the next `H` periods.
 *
 * Formula: `E[σ²_{T+h}] = σ̄² + (α + β)^{h−1}·(E[σ²_{T+1}] − σ̄²)`, `σ̄² = ω/(1 − α − β)`:
 * the forecasts decay geometrically to the long-run variance, halving their
 * distance to it every `ln 0.5 / ln(α + β)` periods.
 *
 * @param model - a {@link GarchFit} (or `{ omega, alpha, beta, next }`)
 * @param horizon - `H`, the number of periods, a whole number from 1 to 10⁷
 * @param options - `periodsPerYear` (default 252)
 * @returns per-period and cumulative variances and the annualised term structure
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when the cumulative variance overflows), `NOT_POSITIVE` (`omega`, `next`, `periodsPerYear`), `NEGATIVE` (`alpha`, `beta`), `OUT_OF_RANGE` (`alpha + beta ≥ 1`; `horizon` not a whole number from 1 to 10⁷), `UNKNOWN_OPTION`
 * @see Hull, "Options, Futures, and Other Derivatives" (GARCH forecasts); Bollerslev (1986); docs/concepts.md §6.1
 * @example
 * ```ts
 * import { garchForecast } from '@inverse-math/core/volatility';
 * // Hull: α + β = 0.98, σ̄ = 2 % a day, σ = 3 % now: in 10 days 2.8435 %
 * const f = garchForecast({ omega: 0.02 ** 2 * 0.02, alpha: 0.13, beta: 0.85, next: 0.03 ** 2 }, 11);
 * Math.sqrt(f.variances[10]);
 * //≈ 0.028435
 * ```
 */
export function garchForecast(
  model: GarchForecastModel,
  horizon: number,
  options?: GarchForecastOptions,
): GarchForecast {
  const m = guard.options(model, 'model');
  const nextOption = m.next;
  const [, omega, alpha, beta] = readParameters({ omega: m.omega, alpha: m.alpha, beta: m.beta }, 'model');
  const next = guard.positive(nextOption, 'model.next');
  const H = guard.integer(horizon, 'horizon', 1);
  if (H > 1e7) guard.fail('OUT_OF_RANGE', 'must be at most 10,000,000 periods', 'horizon', horizon);
  const o = guard.optionalOptions(options, 'options', ['periodsPerYear']);
  const periodsPerYearOption = o.periodsPerYear;
  const P = periodsPerYearOption === undefined ? 252 : guard.positive(periodsPerYearOption, 'options.periodsPerYear');
  const p = alpha + beta;
  const longRun = omega / (1 - p);
  const variances = new Float64Array(H);
  const cumulative = new Float64Array(H);
  const annualizedVolatility = new Float64Array(H);
  let power = 1;
  let sum = 0;
  for (let h = 0; h < H; h++) {
    // weights power and 1 − power: exactly next at h = 1 and exactly σ̄² once power underflows
    const v = power * next + (1 - power) * longRun;
    sum += v;
    variances[h] = v;
    const annual = Math.sqrt((P * sum) / (h + 1));
    if (!Number.isFinite(annual))
      overflow('the cumulative variance', [
        ['model.next', next],
        ['model.omega', omega],
        ['horizon', H],
        ['options.periodsPerYear', P],
      ]);
    cumulative[h] = sum;
    annualizedVolatility[h] = annual;
    power *= p;
  }
  return { variances, cumulative, annualizedVolatility };
}
