/**
 * The summary of a Monte Carlo run and how it is formed from the per-path
 * results: a pure function of the multiset of terminal values, the integer
 * counts and the multisets of band values, so shards merge exactly.
 *
 * @module
 */
import { neumaierSum } from '../internal/sum.ts';

/** An estimated probability: `count` of the paths, with its binomial standard error `√(p·(1 − p)/n)`. */
export interface OutcomeProbability {
  /** `count / paths`. */
  readonly probability: number;
  /** `√(p·(1 − p)/paths)`. */
  readonly standardError: number;
  /** Paths where the event happened. */
  readonly count: number;
}

/** An {@link OutcomeProbability} at a threshold. */
export interface ThresholdProbability extends OutcomeProbability {
  /** The threshold (a NAV level, or a drawdown fraction). */
  readonly threshold: number;
}

/** Per-period percentile bands of the NAV (fan-chart data). */
export interface OutcomeBands {
  /** The periods `t` (closes, `0 … periods`) the bands are taken at. */
  readonly periods: readonly number[];
  /** The probabilities of the bands. */
  readonly probabilities: readonly number[];
  /** `quantiles[i][j]`: the NAV quantile at `probabilities[j]` after period `periods[i]`. */
  readonly quantiles: readonly (readonly number[])[];
  /** `values[i]`: every path's NAV after period `periods[i]`, sorted (what an exact merge needs). */
  readonly values: readonly (readonly number[])[];
}

/** A shard of a run: paths `first … first + count − 1`. */
export interface OutcomePaths {
  /** The first path's index (a whole number `≥ 0`). */
  readonly first: number;
  /** The number of paths (a whole number `≥ 1`). */
  readonly count: number;
}

/** The terminal NAV distribution. */
export interface TerminalDistribution {
  /** The fixed probabilities 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99. */
  readonly probabilities: readonly number[];
  /** The terminal NAV quantiles at `probabilities` (linear interpolation between order statistics, type 7). */
  readonly quantiles: readonly number[];
  /** Every path's terminal NAV, sorted (what an exact merge needs). */
  readonly values: readonly number[];
}

/** The result of `simulateOutcomes` and `mergeOutcomes`: plain data, JSON-serialisable (numbers round-trip exactly). */
export interface OutcomeSummary {
  /** The run's seed. */
  readonly seed: number;
  /** The fund's multiple `L`. */
  readonly leverage: number;
  /** Periods per path. */
  readonly periods: number;
  /** The paths summarised: `first … first + count − 1` of the run. */
  readonly paths: OutcomePaths;
  /** Mean terminal NAV (per 1 invested), a compensated sum over the sorted values. */
  readonly mean: number;
  /** Standard error of `mean`: sample standard deviation / `√paths` (0 for one path). */
  readonly standardError: number;
  /** Median terminal NAV. */
  readonly median: number;
  /** Terminal quantiles and the sorted terminal values. */
  readonly terminal: TerminalDistribution;
  /** Paths where the fund was wiped out (a period's growth factor `≤ 0`, NAV 0 from then on). */
  readonly wipeOutProbability: OutcomeProbability;
  /** `P(NAV_n < k)` for each `k` of `thresholds`. */
  readonly belowProbability: readonly ThresholdProbability[];
  /** `P(max drawdown ≥ d)` for each `d` of `drawdowns`; the maximum drawdown is `max_t (1 − NAV_t / max_{s≤t} NAV_s)` (1 for a wipe-out). */
  readonly drawdownProbability: readonly ThresholdProbability[];
  /** `P(NAV_n − 1 < L·(I_n/I_0 − 1))`: the fund returned less than `L` × the index on the same path. */
  readonly underperformanceProbability: OutcomeProbability;
  /** Percentile bands, when `bands` asked for them; else `null`. */
  readonly bands: OutcomeBands | null;
}

/** The fixed probabilities of {@link TerminalDistribution}. */
export const TERMINAL_PROBABILITIES: readonly number[] = [0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99];

/** What a run (or the union of shards) produced, before summarising. @internal */
export interface Tally {
  readonly seed: number;
  readonly leverage: number;
  readonly periods: number;
  readonly first: number;
  readonly count: number;
  readonly thresholds: readonly number[];
  readonly drawdowns: readonly number[];
  /** Terminal NAVs, any order. */
  readonly terminal: Float64Array;
  readonly wipeOuts: number;
  readonly underperformed: number;
  readonly drawdownCounts: readonly number[];
  /** Band periods, probabilities and each band period's values (any order); `null` without bands. */
  readonly bands: {
    readonly periods: readonly number[];
    readonly probabilities: readonly number[];
    readonly values: readonly Float64Array[];
  } | null;
}

/** Quantile of sorted values at `p`, linear interpolation between order statistics (Hyndman & Fan type 7, numpy's default). */
function quantile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  return lo + 1 < sorted.length ? a + (h - lo) * ((sorted[lo + 1] as number) - a) : a;
}

function probability(count: number, n: number): OutcomeProbability {
  const p = count / n;
  return { probability: p, standardError: Math.sqrt((p * (1 - p)) / n), count };
}

/** Number of sorted values `< k`. */
function countBelow(sorted: Float64Array, k: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The mean of `n` finite values `≥ 0` (sorted): the compensated sum over
 * `n`; when that sum overflows (values near the largest double, which a
 * merged summary may hold), the compensated sum of each value over `n`.
 */
function meanOf(sorted: Float64Array): number {
  const n = sorted.length;
  const mean = neumaierSum(sorted) / n;
  return mean < Infinity ? mean : neumaierSum(sorted.map((x) => x / n));
}

/**
 * The standard error of the mean, `√(Σ(x − mean)²/(n − 1)/n)` (0 for one
 * value), compensated; when a squared deviation overflows (a deviation over
 * ~1.3e154) the deviations are first divided by the largest one, `m`, and
 * the result is `m·√(…)`: finite whenever the values are, never `NaN`.
 */
function standardErrorOf(sorted: Float64Array, mean: number): number {
  const n = sorted.length;
  if (n < 2) return 0;
  const dev = new Float64Array(n);
  for (let i = 0; i < n; i++) dev[i] = ((sorted[i] as number) - mean) ** 2;
  const se = Math.sqrt(neumaierSum(dev) / (n - 1) / n);
  if (se < Infinity) return se;
  const m = Math.max(mean - (sorted[0] as number), (sorted[n - 1] as number) - mean);
  for (let i = 0; i < n; i++) dev[i] = (((sorted[i] as number) - mean) / m) ** 2;
  return m * Math.sqrt(neumaierSum(dev) / (n - 1) / n);
}

/** The summary of a tally: sorts copies of its values, so it depends only on their multisets. @internal */
export function summarise(t: Tally): OutcomeSummary {
  const n = t.count;
  const sorted = Float64Array.from(t.terminal).sort();
  const mean = meanOf(sorted);
  const standardError = standardErrorOf(sorted, mean);
  const bands = t.bands;
  let outBands: OutcomeBands | null = null;
  if (bands !== null) {
    const values = bands.values.map((v) => Float64Array.from(v).sort());
    outBands = {
      periods: bands.periods.slice(),
      probabilities: bands.probabilities.slice(),
      quantiles: values.map((v) => bands.probabilities.map((p) => quantile(v, p))),
      values: values.map((v) => Array.from(v)),
    };
  }
  return {
    seed: t.seed,
    leverage: t.leverage,
    periods: t.periods,
    paths: { first: t.first, count: n },
    mean,
    standardError,
    median: quantile(sorted, 0.5),
    terminal: {
      probabilities: TERMINAL_PROBABILITIES.slice(),
      quantiles: TERMINAL_PROBABILITIES.map((p) => quantile(sorted, p)),
      values: Array.from(sorted),
    },
    wipeOutProbability: probability(t.wipeOuts, n),
    belowProbability: t.thresholds.map((k) => ({ threshold: k, ...probability(countBelow(sorted, k), n) })),
    drawdownProbability: t.drawdowns.map((d, i) => ({
      threshold: d,
      ...probability(t.drawdownCounts[i] as number, n),
    })),
    underperformanceProbability: probability(t.underperformed, n),
    bands: outBands,
  };
}
