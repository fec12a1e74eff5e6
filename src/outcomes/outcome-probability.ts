import * as guard from '../internal/guards.ts';
import { normalCdf } from '../internal/numeric/normal.ts';
import { MODEL_KEYS, lognormalFundOutcome } from './lognormal-fund-outcome.ts';

/** Options of {@link outcomeProbability}. */
export interface OutcomeProbabilityOptions {
  /** The daily multiple `L`. */
  readonly leverage: number;
  /** Arithmetic drift `μ` of the index (annual fraction; `dS/S = μ dt + σ dW`). */
  readonly drift: number;
  /** Annualised index volatility `σ`, `≥ 0`. */
  readonly volatility: number;
  /** Horizon `T` in years, `> 0`. */
  readonly years: number;
  /** Financing rate `rf` (annual fraction); default `0`. */
  readonly rate?: number;
  /** Expense ratio `f` (annual fraction); default `0`. */
  readonly expenseRatio?: number;
  /** The threshold `k > 0` on the growth factor `V_T/V_0` (0.5: the fund has lost half its value). */
  readonly below: number;
}

/**
 * Probability that a daily-reset fund's growth factor ends below a threshold,
 * under geometric Brownian motion with continuous rebalancing.
 *
 * Formula: `P(V_T/V_0 < k) = Φ((ln k − m_V)/s_V)` with
 * `m_V = (L·μ + (1−L)·rf − f − L²σ²/2)·T` and `s_V = |L|·σ·√T` (the
 * `logMean` and `logSd` of `lognormalFundOutcome`). When `s_V = 0` the
 * outcome is certain: 1 if `e^{m_V} < k`, else 0. `Φ` is accurate to a few
 * ulps in both tails (Cody's rational approximations).
 *
 * @param options - `leverage`, `drift`, `volatility` `≥ 0`, `years` `> 0`, `rate` (default 0), `expenseRatio` (default 0), `below` `k > 0`
 * @returns the probability, in `[0, 1]`
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when `m_V` or the lognormal mean overflows), `NEGATIVE` (volatility), `NOT_POSITIVE` (years, below), `UNKNOWN_OPTION`
 * @see docs/concepts.md §6.5; M. Cheng and A. Madhavan (2009), "The dynamics of leveraged and inverse exchange-traded funds"
 * @example
 * ```ts
 * import { outcomeProbability } from '@inverse-math/core/outcomes';
 * // 3x, μ = 8 %, σ = 20 %, one year: the median is 1.061837, so P(below the median) = ½
 * outcomeProbability({ leverage: 3, drift: 0.08, volatility: 0.2, years: 1, below: 1.061837 });
 * //≈ 0.5
 * outcomeProbability({ leverage: 3, drift: 0.08, volatility: 0.2, years: 1, below: 0.5 }); // lose half
 * //≈ 0.1047
 * ```
 */
export function outcomeProbability(options: OutcomeProbabilityOptions): number {
  const keys = [...MODEL_KEYS, 'years', 'below'];
  // one read of each option: a snapshot, validated here (below, years > 0) and by lognormalFundOutcome (the rest)
  const { below, ...model } = guard.options(options, 'options', keys) as unknown as OutcomeProbabilityOptions;
  const k = guard.positive(below, 'options.below');
  guard.positive(model.years, 'options.years');
  const { logMean, logSd } = lognormalFundOutcome(model);
  const gap = Math.log(k) - logMean;
  if (!(logSd > 0)) return gap > 0 ? 1 : 0;
  return normalCdf(gap / logSd);
}
