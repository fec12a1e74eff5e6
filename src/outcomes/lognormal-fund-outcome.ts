import * as guard from '../internal/guards.ts';
import { finiteOr, type Input } from '../internal/blame.ts';

/**
 * The options of the lognormal fund model that every outcomes function reads
 * (each adds its own: `years`, `below`, `probability`, …).
 *
 * @internal
 */
export const MODEL_KEYS: readonly string[] = ['leverage', 'drift', 'volatility', 'rate', 'expenseRatio'];

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
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when the result overflows), `NEGATIVE` (volatility or years), `UNKNOWN_OPTION` (a key that is not an option)
 * @see docs/concepts.md §2 and §6.5
 * @example
 * ```ts
 * import { lognormalFundOutcome } from '@inverse-math/core/outcomes';
 * const o = lognormalFundOutcome({ leverage: -1, drift: 0, volatility: 0.2, years: 1 });
 * [o.mean, o.median, o.logSd];
 * //≈ [1, 0.980199, 0.2]
 * ```
 */
export function lognormalFundOutcome(options: LognormalFundOutcomeOptions): LognormalFundOutcome {
  const o = guard.options(options, 'options', [...MODEL_KEYS, 'years']);
  const L = guard.option(o, 'leverage', guard.finite);
  const mu = guard.option(o, 'drift', guard.finite);
  const sigma = guard.option(o, 'volatility', guard.nonNegative);
  const rf = guard.option(o, 'rate', guard.finite, 0);
  const f = guard.option(o, 'expenseRatio', guard.finite, 0);
  const T = guard.option(o, 'years', guard.nonNegative);
  const meanLogRate = L * mu + (1 - L) * rf - f;
  const logMean = (meanLogRate - (L * L * sigma * sigma) / 2) * T;
  const inputs: Input[] = [
    ['options.leverage', L, 2],
    ['options.drift', mu],
    ['options.volatility', sigma, 2],
    ['options.rate', rf],
    ['options.expenseRatio', f],
    ['options.years', T],
  ];
  const overflow = (x: number): number => finiteOr(x, 'the outcome', inputs);
  return {
    mean: overflow(Math.exp(meanLogRate * T)),
    median: overflow(Math.exp(logMean)),
    logMean: overflow(logMean),
    logSd: overflow(Math.abs(L) * sigma * Math.sqrt(T)),
  };
}
