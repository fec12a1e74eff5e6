import * as guard from '../internal/guards.ts';

/** Options of {@link kellyLeverage}. */
export interface KellyLeverageOptions {
  /** Arithmetic drift `μ` of the index (annual fraction). */
  readonly drift: number;
  /** Annualised index volatility `σ`, `> 0`. */
  readonly volatility: number;
  /** Financing rate `rf` (annual fraction); default `0`. */
  readonly rate?: number;
}

/**
 * Growth-optimal (Kelly) constant leverage under geometric Brownian motion.
 *
 * Formula: `L* = (μ − rf) / σ²`, the maximiser of {@link growthRate}. Use a
 * fraction of it (half-Kelly is common): estimates of `μ` are noisy.
 *
 * @param options - `drift` `μ`, `volatility` `σ > 0`, `rate` `rf` (default 0), all annual fractions
 * @returns `L*`, dimensionless (negative when the drift is below the rate)
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when the result overflows), `NOT_POSITIVE` (volatility `≤ 0`), `UNKNOWN_OPTION` (a key that is not an option)
 * @see docs/concepts.md §2; seed 001 ("apply a Kelly Criterion")
 * @example
 * ```ts
 * import { kellyLeverage } from '@inverse-math/core/sizing';
 * kellyLeverage({ drift: 0.08, volatility: 0.2, rate: 0.02 });
 * //≈ 1.5
 * ```
 */
export function kellyLeverage(options: KellyLeverageOptions): number {
  const { drift, volatility, rate } = guard.options(options, 'options', ['drift', 'volatility', 'rate']);
  const mu = guard.finite(drift, 'options.drift');
  const sigma = guard.positive(volatility, 'options.volatility');
  const rf = rate === undefined ? 0 : guard.finite(rate, 'options.rate');
  return guard.finiteResult((mu - rf) / (sigma * sigma), 'options.volatility', volatility);
}

/** Options of {@link growthRate}. */
export interface GrowthRateOptions {
  /** The daily multiple `L`. */
  readonly leverage: number;
  /** Arithmetic drift `μ` of the index (annual fraction). */
  readonly drift: number;
  /** Annualised index volatility `σ`, `≥ 0`. */
  readonly volatility: number;
  /** Financing rate `rf` (annual fraction); default `0`. */
  readonly rate?: number;
  /** Expense ratio `f` (annual fraction); default `0`. */
  readonly expenseRatio?: number;
}

/**
 * Long-run (median) log growth rate of a constant-leverage fund under GBM.
 *
 * Formula: `g(L) = rf + L·(μ − rf) − L²σ²/2 − f`, per year. It is the
 * `logMean / T` of `lognormalFundOutcome` (`@inverse-math/core/outcomes`); its maximum over `L` is at
 * {@link kellyLeverage}.
 *
 * @param options - `leverage`, `drift`, `volatility`, `rate` (default 0), `expenseRatio` (default 0)
 * @returns the continuously compounded growth rate, per year
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when the result overflows), `NEGATIVE` (volatility `< 0`), `UNKNOWN_OPTION` (a key that is not an option)
 * @see docs/concepts.md §2
 * @example
 * ```ts
 * import { growthRate } from '@inverse-math/core/sizing';
 * growthRate({ leverage: 1.5, drift: 0.08, volatility: 0.2, rate: 0.02 }); // 0.02 + 0.09 − 0.045
 * //≈ 0.065
 * ```
 */
export function growthRate(options: GrowthRateOptions): number {
  const o = guard.options(options, 'options', ['leverage', 'drift', 'volatility', 'rate', 'expenseRatio']);
  const { leverage, drift, volatility, rate, expenseRatio } = o;
  const L = guard.finite(leverage, 'options.leverage');
  const mu = guard.finite(drift, 'options.drift');
  const sigma = guard.nonNegative(volatility, 'options.volatility');
  const rf = rate === undefined ? 0 : guard.finite(rate, 'options.rate');
  const f = expenseRatio === undefined ? 0 : guard.finite(expenseRatio, 'options.expenseRatio');
  const g = rf + L * (mu - rf) - (L * L * sigma * sigma) / 2 - f;
  if (Number.isFinite(g)) return g;
  // an overflow names the input of largest magnitude
  const inputs: [string, number][] = [['leverage', L], ['drift', mu], ['volatility', sigma], ['rate', rf], ['expenseRatio', f]];
  const [name, value] = inputs.reduce((a, b) => (Math.abs(b[1]) > Math.abs(a[1]) ? b : a));
  return guard.fail('NON_FINITE', 'overflows a double', `options.${name}`, value);
}
