// @ts-nocheck
// 
import * as guard from '../internal/guards.ts';

/** Options of {@link continuousDrag}. */
export interface ContinuousDragOptions {
  /** The daily multiple `L`. */
  readonly leverage: number;
  /** Annualised volatility `σ` of the index, a fraction (`0.2` is 20 %), `≥ 0`. */
  readonly volatility: number;
  /** Horizon `T` in years, `≥ 0`. */
  readonly years: number;
}

/**
 * Volatility drag of a daily-reset fund over a horizon, in continuous time.
 *
 * Formula: `exp(−c(L)·σ²·T) − 1` with `c(L) = (L² − L)/2`: the fraction by which
 * the fund's value falls short of `(S_T/S_0)^L` under geometric Brownian motion
 * with constant volatility. This is the drag of the median and of the typical
 * path; the *mean* fund value has no drag at all (see {@link lognormalFundOutcome}).
 *
 * @param options - `leverage`, `volatility` (annual fraction), `years`
 * @returns the drag as a fraction (`−0.0392` is −3.92 %); `≤ 0` for `L ∉ (0, 1)`
 * @throws {@link InverseMathError} `INVALID_TYPE` (missing option), `NON_FINITE` (also when the result overflows), `NEGATIVE` (volatility or years `< 0`)
 * @see seed 002; docs/concepts.md §2
 * @example
 * ```ts
 * import { continuousDrag } from '@inverse-math/core/drag';
 * continuousDrag({ leverage: -1, volatility: 0.2, years: 1 }); // exp(−0.04) − 1
 * //≈ -0.039211
 * continuousDrag({ leverage: 2, volatility: 0.2, years: 1 });  // the same drag as −1x
 * //≈ -0.039211
 * ```
 */
export function continuousDrag(options: ContinuousDragOptions): number {
  const o = guard.options(options);
  const L = guard.finite(o.leverage, 'options.leverage');
  const sigma = guard.nonNegative(o.volatility, 'options.volatility');
  const T = guard.nonNegative(o.years, 'options.years');
  // L·(L − 1), not L² − L: L − 1 is exact near 1 where L² − L cancels (1e-8 relative at L = 1 + 1e-8).
  return guard.finiteResult(Math.expm1(-0.5 * L * (L - 1) * sigma * sigma * T), 'options.volatility', o.volatility);
}

/** Options of {@link fundReturnTable}. */
export interface FundReturnTableOptions {
  /** The daily multiple `L`. */
  readonly leverage: number;
  /** Index total returns over the horizon (rows), each `> −1`. */
  readonly indexReturns: ArrayLike<number>;
  /** Annualised index volatilities (columns), each `≥ 0`. */
  readonly volatilities: ArrayLike<number>;
  /** Horizon `T` in years; default `1` (the prospectus table). */
  readonly years?: number;
}

/** Result of {@link fundReturnTable}: `returns[i][j]` is the fund return for `indexReturns[i]` at `volatilities[j]`. */
export interface FundReturnTable {
  /** The rows, copied. */
  readonly indexReturns: Float64Array;
  /** The columns, copied. */
  readonly volatilities: Float64Array;
  /** One `Float64Array` per index return, one entry per volatility. */
  readonly returns: readonly Float64Array[];
}

/**
 * The issuers' prospectus table: estimated fund return over a horizon by index
 * return (rows) and index volatility (columns).
 *
 * Formula: `(1 + R)^L · exp(−c(L)·σ²·T) − 1` with `c(L) = (L² − L)/2`; the
 * issuers' tables are this continuous formula, not a 252-day discretisation.
 * A table cell for `L < 0` and `R` near `−1` can be very large: the formula
 * assumes the fund survives every day.
 *
 * @param options - `leverage`, `indexReturns` (rows), `volatilities` (columns), `years` (default 1)
 * @returns the rows, the columns and the grid of fund returns (fractions)
 * @throws {@link InverseMathError} `INVALID_TYPE`, `EMPTY_SERIES`, `NON_FINITE` (also when the result overflows), `RETURN_OUT_OF_DOMAIN` (`R ≤ −1`), `NEGATIVE` (volatility or years)
 * @see docs/concepts.md §2; ProShares and Direxion prospectuses ("estimated fund return over one year")
 * @example
 * ```ts
 * import { fundReturnTable } from '@inverse-math/core/drag';
 * const t = fundReturnTable({ leverage: -1, indexReturns: [-0.1, 0, 0.1], volatilities: [0, 0.25] });
 * t.returns.map((row) => Array.from(row));
 * //≈ [[0.1111, 0.0438], [0, -0.0606], [-0.0909, -0.1460]]
 * ```
 */
export function fundReturnTable(options: FundReturnTableOptions): FundReturnTable {
  const o = guard.options(options);
  const L = guard.finite(o.leverage, 'options.leverage');
  const rows = guard.returnSeries(o.indexReturns, 'options.indexReturns');
  const cols = guard.series(o.volatilities, 'options.volatilities');
  for (let j = 0; j < cols.length; j++) guard.nonNegative(cols[j], 'options.volatilities', j);
  const T = o.years === undefined ? 1 : guard.nonNegative(o.years, 'options.years');
  const c = 0.5 * L * (L - 1); // not (L² − L)/2, which cancels near L = 1
  const returns: Float64Array[] = [];
  for (let i = 0; i < rows.length; i++) {
    const lg = L * Math.log1p(rows[i] as number);
    const row = new Float64Array(cols.length);
    for (let j = 0; j < cols.length; j++) {
      const s = cols[j] as number;
      row[j] = guard.finiteResult(Math.expm1(lg - c * s * s * T), 'options.leverage', o.leverage, i);
    }
    returns.push(row);
  }
  return { indexReturns: Float64Array.from(rows), volatilities: Float64Array.from(cols), returns };
}

/** Options of {@link lognormalFundOutcome}. */
export interface LognormalFundOutcomeOptions {
  /** The daily multiple `L`. */
  readonly leverage: number;
  /** Arithmetic drift `μ` of the index (annual fraction; `dS/S = μ dt + σ dW`). */
  readonly drift: number;
  /** Annualised index volatility `σ`, `≥ 0`. */
  readonly volatility: number;
  /** Financing rate `rf` (annual fraction); default `0`. */
  readonly rate?: number;
  /** Expense ratio `f` (annual fraction); default `0`. */
  readonly expenseRatio?: number;
  /** Horizon `T` in years, `≥ 0`. */
  readonly years: number;
}

/** Result of {@link lognormalFundOutcome}: the distribution of the growth factor `V_T / V_0`. */
export interface LognormalFundOutcome {
  /** `E[V_T/V_0] = exp((L·μ + (1−L)·rf − f)·T)`: no volatility drag at all. */
  readonly mean: number;
  /** `exp(logMean)`: the median growth factor, which carries the full drag. */
  readonly median: number;
  /** Mean of `ln(V_T/V_0)`: `(L·μ + (1−L)·rf − f − L²σ²/2)·T`. */
  readonly logMean: number;
  /** Standard deviation of `ln(V_T/V_0)`: `|L|·σ·√T`. */
  readonly logSd: number;
}

/**
 * Distribution of a daily-reset fund's growth factor under geometric Brownian
 * motion, with financing and expenses.
 *
 * Formula: `ln(V_T/V_0) ~ N((L·μ + (1−L)·rf − f − L²σ²/2)·T, L²σ²T)`, so
 * `mean = exp((L·μ + (1−L)·rf − f)·T)` and `median = exp(logMean)`.
 *
 * The mean has no volatility drag: the drag lives in the median and in the
 * typical path. This is the most common misunderstanding of leveraged and
 * inverse funds: "the expected value decays" is false under GBM; what decays
 * is the value most holders end up with.
 *
 * @param options - `leverage`, `drift`, `volatility`, `rate` (default 0), `expenseRatio` (default 0), `years`
 * @returns mean, median, log-mean and log-SD of `V_T / V_0`
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when the result overflows), `NEGATIVE` (volatility or years)
 * @see docs/concepts.md §2
 * @example
 * ```ts
 * import { lognormalFundOutcome } from '@inverse-math/core/drag';
 * const o = lognormalFundOutcome({ leverage: -1, drift: 0, volatility: 0.2, years: 1 });
 * [o.mean, o.median, o.logSd];
 * //≈ [1, 0.980199, 0.2]
 * ```
 */
export function lognormalFundOutcome(options: LognormalFundOutcomeOptions): LognormalFundOutcome {
  const o = guard.options(options);
  const L = guard.finite(o.leverage, 'options.leverage');
  const mu = guard.finite(o.drift, 'options.drift');
  const sigma = guard.nonNegative(o.volatility, 'options.volatility');
  const rf = o.rate === undefined ? 0 : guard.finite(o.rate, 'options.rate');
  const f = o.expenseRatio === undefined ? 0 : guard.finite(o.expenseRatio, 'options.expenseRatio');
  const T = guard.nonNegative(o.years, 'options.years');
  const meanLogRate = L * mu + (1 - L) * rf - f;
  const logMean = (meanLogRate - (L * L * sigma * sigma) / 2) * T;
  const overflow = (x: number): number => guard.finiteResult(x, 'options', options);
  return {
    mean: overflow(Math.exp(meanLogRate * T)),
    median: overflow(Math.exp(logMean)),
    logMean: overflow(logMean),
    logSd: overflow(Math.abs(L) * sigma * Math.sqrt(T)),
  };
}

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
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when the result overflows), `NOT_POSITIVE` (volatility `≤ 0`)
 * @see docs/concepts.md §2; seed 001 ("apply a Kelly Criterion")
 * @example
 * ```ts
 * import { kellyLeverage } from '@inverse-math/core/drag';
 * kellyLeverage({ drift: 0.08, volatility: 0.2, rate: 0.02 });
 * //≈ 1.5
 * ```
 */
export function kellyLeverage(options: KellyLeverageOptions): number {
  const o = guard.options(options);
  const mu = guard.finite(o.drift, 'options.drift');
  const sigma = guard.positive(o.volatility, 'options.volatility');
  const rf = o.rate === undefined ? 0 : guard.finite(o.rate, 'options.rate');
  return guard.finiteResult((mu - rf) / (sigma * sigma), 'options.volatility', o.volatility);
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
 * `logMean / T` of {@link lognormalFundOutcome}; its maximum over `L` is at
 * {@link kellyLeverage}.
 *
 * @param options - `leverage`, `drift`, `volatility`, `rate` (default 0), `expenseRatio` (default 0)
 * @returns the continuously compounded growth rate, per year
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when the result overflows), `NEGATIVE` (volatility `< 0`)
 * @see docs/concepts.md §2
 * @example
 * ```ts
 * import { growthRate } from '@inverse-math/core/drag';
 * growthRate({ leverage: 1.5, drift: 0.08, volatility: 0.2, rate: 0.02 }); // 0.02 + 0.09 − 0.045
 * //≈ 0.065
 * ```
 */
export function growthRate(options: GrowthRateOptions): number {
  const o = guard.options(options);
  const L = guard.finite(o.leverage, 'options.leverage');
  const mu = guard.finite(o.drift, 'options.drift');
  const sigma = guard.nonNegative(o.volatility, 'options.volatility');
  const rf = o.rate === undefined ? 0 : guard.finite(o.rate, 'options.rate');
  const f = o.expenseRatio === undefined ? 0 : guard.finite(o.expenseRatio, 'options.expenseRatio');
  return guard.finiteResult(rf + L * (mu - rf) - (L * L * sigma * sigma) / 2 - f, 'options', options);
}
