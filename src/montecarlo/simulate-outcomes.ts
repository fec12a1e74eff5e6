import { carry, growthFactor } from '../internal/accrual.ts';
import * as guard from '../internal/guards.ts';
import { fillReturns, type ModelPlan } from '../internal/montecarlo/paths.ts';
import { restart, stream } from '../internal/random/stream.ts';
import { createState, newPeriod, type Period } from '../internal/engine/state.ts';
import { advance, cadence } from '../internal/engine/step.ts';
import {
  at,
  type CostSchedule,
  RATES,
  type RateInput,
  readCostSchedule,
  tauAt,
} from '../internal/options/cost-schedule.ts';
import { FLOAT } from '../internal/options/reader.ts';
import { type RebalanceRule, readRule } from '../internal/options/rebalance-rule.ts';
import { type OutcomeModel, readModel } from './model.ts';
import { type OutcomePaths, type OutcomeSummary, summarise, type Tally } from './summary.ts';

/** The cost options of {@link SimulateOutcomesOptions}: those of `navPath` (docs/concepts.md §3), each a number or one value per period. */
export interface OutcomeCosts {
  /** Expense ratio `f`, annual fraction, `≥ 0`. */
  readonly expenseRatio?: number | ArrayLike<number>;
  /** Financing rate `rf`, annual fraction (may be negative). */
  readonly financingRate?: number | ArrayLike<number>;
  /** Swap/borrow spread `s` on `|ℓ|` notional, annual fraction, `≥ 0`. */
  readonly spread?: number | ArrayLike<number>;
  /** Dividend yield `q` of a price index, annual fraction, `≥ 0`. */
  readonly dividendYield?: number | ArrayLike<number>;
}

/** Options of {@link simulateOutcomes}. */
export interface SimulateOutcomesOptions {
  /** The index model: GBM, GARCH(1,1) or a bootstrap of historical returns. */
  readonly model: OutcomeModel;
  /** The fund's daily multiple `L` (signed). */
  readonly leverage: number;
  /** Periods per path `n`, a whole number `≥ 1`. */
  readonly periods: number;
  /** Periods per year `P` (year fraction `1/P` of a period, for the model's annual rates and the costs); default 252. */
  readonly periodsPerYear?: number;
  /** A number of paths (`0 … count − 1`), or a shard `{ first, count }` of a larger run (paths `first … first + count − 1`). */
  readonly paths: number | OutcomePaths;
  /** The run's seed, a whole number in `[0, 2⁵³)`: path `p` draws Philox4x32-10 stream `(seed, p)`. */
  readonly seed: number;
  /** Costs, as `navPath` takes them; default none. */
  readonly costs?: OutcomeCosts;
  /** Rebalancing rule, as `navPath` takes it; default `'daily'`. */
  readonly rebalance?: RebalanceRule;
  /** NAV levels `k > 0` (per 1 invested) for `belowProbability`. */
  readonly thresholds?: ArrayLike<number>;
  /** Drawdown fractions `d ∈ (0, 1]` for `drawdownProbability`. */
  readonly drawdowns?: ArrayLike<number>;
  /** Percentile bands of the NAV at closes `0, every, 2·every, …, periods` (memory: paths × points). */
  readonly bands?: {
    /** Probabilities of the bands, each in `[0, 1]`. */
    readonly probabilities: ArrayLike<number>;
    /** Take the bands every this many periods (a whole number `≥ 1`); default 1. */
    readonly every?: number;
  };
  /** Called after each chunk of paths with the paths done and the paths of the call. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Checked before each chunk of paths: once aborted, the call throws `signal.reason`. */
  readonly signal?: AbortSignalLike;
}

/**
 * What the library uses of an `AbortSignal`, written structurally so that the
 * types need neither the DOM nor Node's library: an `AbortSignal` fits.
 */
export interface AbortSignalLike {
  /** Whether the run has been aborted. */
  readonly aborted: boolean;
  /** What an aborted run throws (or rejects with). */
  readonly reason?: unknown;
  /** Used by the worker runner to stop its workers as soon as the signal aborts. */
  addEventListener?(type: 'abort', listener: () => void): void;
  /** Removes that listener when the run ends. */
  removeEventListener?(type: 'abort', listener: () => void): void;
}

const KEYS = [
  'model',
  'leverage',
  'periods',
  'periodsPerYear',
  'paths',
  'seed',
  'costs',
  'rebalance',
  'thresholds',
  'drawdowns',
  'bands',
  'onProgress',
  'signal',
];
/** Paths between two progress calls and abort checks. */
const CHUNK = 512;

interface Plan {
  readonly model: ModelPlan;
  readonly L: number;
  readonly n: number;
  readonly first: number;
  readonly count: number;
  readonly seed: number;
  readonly schedule: CostSchedule;
  readonly rule: RebalanceRule;
  readonly thresholds: readonly number[];
  readonly drawdowns: readonly number[];
  readonly bands: { readonly periods: readonly number[]; readonly probabilities: readonly number[] } | null;
  readonly onProgress: ((done: number, total: number) => void) | undefined;
  readonly signal: AbortSignalLike | undefined;
}

function list(value: unknown, argument: string, check: (x: number, i: number) => void): number[] {
  if (value === undefined) return [];
  const s = Array.from(guard.series(value, argument, 0));
  s.forEach(check);
  return s;
}

/** Most periods, and most paths in one call (a larger run is sharded): 2²⁴. */
const LIMIT = 16_777_216;

function below(x: number, argument: string): number {
  if (x > LIMIT) guard.fail('OUT_OF_RANGE', `must be at most ${LIMIT} (shard a larger run)`, argument, x);
  return x;
}

/** `options.paths` as `[first, count]`, validated. @internal */
export function readPaths(value: unknown): [number, number] {
  if (typeof value === 'number' || typeof value !== 'object' || value === null)
    return [0, below(guard.integer(value, 'options.paths', 1), 'options.paths')];
  const o = guard.options(value, 'options.paths', ['first', 'count']);
  return [
    guard.integer(o.first, 'options.paths.first', 0),
    below(guard.integer(o.count, 'options.paths.count', 1), 'options.paths.count'),
  ];
}

function readBands(value: unknown, n: number): Plan['bands'] {
  if (value === undefined) return null;
  const o = guard.options(value, 'options.bands', ['probabilities', 'every']);
  const probabilities = list(o.probabilities, 'options.bands.probabilities', (p, i) => {
    if (!(p >= 0 && p <= 1)) guard.fail('OUT_OF_RANGE', 'must be in [0, 1]', 'options.bands.probabilities', p, i);
  });
  const everyOption = o.every;
  const every = everyOption === undefined ? 1 : guard.integer(everyOption, 'options.bands.every', 1);
  const periods: number[] = [];
  for (let t = 0; t < n; t += every) periods.push(t);
  periods.push(n);
  return { periods, probabilities };
}

function readPlan(options: unknown): Plan {
  const o = guard.options(options, 'options', KEYS);
  const L = guard.finite(o.leverage, 'options.leverage');
  const n = below(guard.integer(o.periods, 'options.periods', 1), 'options.periods');
  const periodsPerYearOption = o.periodsPerYear;
  const ppy = periodsPerYearOption === undefined ? 252 : guard.positive(periodsPerYearOption, 'options.periodsPerYear');
  const model = readModel(o.model, n, ppy);
  const [first, count] = readPaths(o.paths);
  const seed = guard.integer(o.seed, 'options.seed', 0);
  if (!(seed <= Number.MAX_SAFE_INTEGER && first + count - 1 <= Number.MAX_SAFE_INTEGER))
    guard.fail('OUT_OF_RANGE', 'must be below 2^53', 'options.seed', seed);
  const c = guard.optionalOptions(o.costs, 'options.costs', RATES);
  const costs: Record<string, unknown> = { periodsPerYear: ppy };
  for (const name of RATES) {
    const v = c[name];
    costs[name] =
      v === undefined || typeof v === 'number' ? v : Array.from(guard.arrayLike(v, `options.costs.${name}`, 1));
  }
  // a rule object is copied first: its field is read once, then validated and used from the copy
  const rebalance = o.rebalance;
  const plain =
    typeof rebalance === 'object' && rebalance !== null && !Array.isArray(rebalance) ? { ...rebalance } : rebalance;
  const given = readRule(FLOAT, plain, 'options.rebalance');
  const rule: RebalanceRule =
    given === 'daily' ? given : 'every' in given ? { every: given.every } : { band: given.band };
  const thresholds = list(o.thresholds, 'options.thresholds', (k, i) => guard.positive(k, 'options.thresholds', i));
  const drawdowns = list(o.drawdowns, 'options.drawdowns', (d, i) => {
    if (!(d > 0 && d <= 1)) guard.fail('OUT_OF_RANGE', 'must be in (0, 1]', 'options.drawdowns', d, i);
  });
  const bands = readBands(o.bands, n);
  const onProgress = o.onProgress;
  if (onProgress !== undefined && typeof onProgress !== 'function')
    guard.fail('INVALID_TYPE', 'must be a function', 'options.onProgress', onProgress);
  const signal = o.signal;
  if (signal !== undefined && typeof (signal as { aborted?: unknown } | null)?.aborted !== 'boolean')
    guard.fail('INVALID_TYPE', 'must be an AbortSignal', 'options.signal', signal);
  const schedule = readCostSchedule(costs, n, 'options.costs');
  return {
    model,
    L,
    n,
    first,
    count,
    seed,
    schedule,
    rule,
    thresholds,
    drawdowns,
    bands,
    onProgress: onProgress as Plan['onProgress'],
    signal: signal as AbortSignalLike | undefined,
  };
}

/**
 * One path's NAV from its returns `r`, the same one-period arithmetic as
 * `navPath` (docs/concepts.md §3): daily reset with constant costs takes
 * `growthFactor` (navPath's fast loop), anything else steps `advance` (its
 * general loop). Writes the NAV after each period into `navs` when given and
 * returns the terminal NAV; `out[0]` gets the lowest `NAV_t / max_{s≤t} NAV_s`
 * (0 after a wipe-out).
 */
function walk(
  p: Plan,
  c: number,
  period: Period,
  r: Float64Array,
  navs: Float64Array | null,
  out: Float64Array,
): number {
  const { L, n, rule, schedule } = p;
  const track = p.drawdowns.length > 0;
  let v = 1;
  let peak = 1;
  let worst = 1;
  if (navs !== null) navs[0] = 1;
  if (rule === 'daily' && schedule.constant) {
    for (let t = 0; t < n; t++) {
      const g = growthFactor(r[t] as number, L, c);
      v = g > 0 ? v * g : 0;
      if (navs !== null) navs[t + 1] = v;
      if (track) {
        if (v > peak) peak = v;
        else if (v < worst * peak) worst = v / peak;
      }
      if (v === 0 || v === Number.POSITIVE_INFINITY) break;
    }
  } else {
    const [rf, sp, q, f] = schedule.rates as [RateInput, RateInput, RateInput, RateInput];
    const a = createState({ leverage: L, rebalance: rule, nav: 1 });
    const rhythm = cadence(rule);
    for (let t = 0; t < n; t++) {
      period.indexReturn = r[t] as number;
      period.financingRate = at(rf, t);
      period.spread = at(sp, t);
      period.dividendYield = at(q, t);
      period.expenseRatio = at(f, t);
      period.tau360 = tauAt(schedule, t, 360);
      period.tau365 = tauAt(schedule, t, 365);
      advance(a, rhythm, period);
      v = a.nav;
      if (navs !== null) navs[t + 1] = v;
      if (track) {
        if (v > peak) peak = v;
        else if (v < worst * peak) worst = v / peak;
      }
      if (v === 0 || v === Number.POSITIVE_INFINITY) break;
    }
  }
  if (navs !== null) navs.fill(0, v === 0 ? navs.indexOf(0) : n + 1);
  if (!(v < Infinity))
    guard.fail('NON_FINITE', 'overflows a double (a path NAV beyond 1.8e308)', 'options.model', p.model.kind);
  out[0] = v === 0 ? 0 : worst;
  return v;
}

function simulate(p: Plan): Tally {
  const { L, n, count, bands } = p;
  const [rf, sp, q, f] = p.schedule.rates as [number, number, number, number];
  const c = p.schedule.constant ? carry(L, rf, sp, q, f, p.schedule.yearFraction, p.schedule.yearFraction) : 0;
  const period = newPeriod();
  const terminal = new Float64Array(count);
  const drawdownCounts = p.drawdowns.map(() => 0);
  const bandValues = bands === null ? [] : bands.periods.map(() => new Float64Array(count));
  const r = new Float64Array(n);
  const words = new Int32Array(n);
  const navs = bands === null ? null : new Float64Array(n + 1);
  const scratch = new Float64Array(1);
  const s = stream(p.seed, p.first);
  let wipeOuts = 0;
  let underperformed = 0;
  for (let done = 0; done < count; ) {
    if (p.signal?.aborted) throw p.signal.reason;
    const end = Math.min(count, done + CHUNK);
    for (let i = done; i < end; i++) {
      restart(s, p.first + i);
      fillReturns(p.model, s, r, words);
      const v = walk(p, c, period, r, navs, scratch);
      terminal[i] = v;
      if (v === 0) wipeOuts++;
      let index = 1;
      for (let t = 0; t < n; t++) index *= 1 + (r[t] as number);
      if (Number.isNaN(index))
        guard.fail('NON_FINITE', 'overflows a double (an index path)', 'options.model', p.model.kind);
      if (v - 1 < L * (index - 1)) underperformed++;
      const worst = scratch[0] as number;
      for (let j = 0; j < drawdownCounts.length; j++)
        if (1 - worst >= (p.drawdowns[j] as number)) drawdownCounts[j] = (drawdownCounts[j] as number) + 1;
      if (navs !== null)
        for (let j = 0; j < bandValues.length; j++)
          (bandValues[j] as Float64Array)[i] = navs[
            (bands as NonNullable<Plan['bands']>).periods[j] as number
          ] as number;
    }
    done = end;
    p.onProgress?.(done, count);
  }
  return {
    seed: p.seed,
    leverage: L,
    periods: n,
    first: p.first,
    count,
    thresholds: p.thresholds,
    drawdowns: p.drawdowns,
    terminal,
    wipeOuts,
    underperformed,
    drawdownCounts,
    bands: bands === null ? null : { periods: bands.periods, probabilities: bands.probabilities, values: bandValues },
  };
}

/**
 * Monte Carlo of a daily-reset fund's outcomes over `periods` periods:
 * index paths from a model, the fund's NAV on each path from the same
 * one-period step as `navPath` (docs/concepts.md §3, §8), summarised with
 * error bars.
 *
 * Formula: path `p` draws Philox4x32-10 stream `(seed, p)`; its index
 * returns `r_t` come from the model (see {@link OutcomeModel}); its NAV is
 * `NAV_{t+1} = NAV_t·(1 + ℓ_t·r_t + carry_t)` from `NAV_0 = 1`, 0 from a
 * wipe-out on. The summary's probabilities are counts over paths with
 * binomial standard errors `√(p(1 − p)/paths)`; the mean's standard error is
 * `sd/√paths`. Under GBM the exact daily-reset mean (no costs) is
 * `(1 + L·(e^{μ/P} − 1))^n`.
 *
 * Reproducible by construction: a path's numbers depend on the seed and its
 * index only, so shards `{ first, count }` computed anywhere merge with
 * `mergeOutcomes` to exactly the summary of one run. Memory: the terminal
 * NAVs (8 bytes a path) and one path's returns, plus paths × band points
 * when `bands` is given. Aborting (`signal`) throws `signal.reason` (the
 * caller's own abort, not an `InverseMathError`), checked every 512 paths.
 *
 * @param options - the model, the fund (`leverage`, `costs`, `rebalance`), `periods`, `paths`, `seed`, the events to count and the callbacks; see {@link SimulateOutcomesOptions}
 * @returns the {@link OutcomeSummary} (plain JSON data)
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (a bad number, or a path NAV beyond a double), `NOT_POSITIVE` (`periodsPerYear`, `omega`, `initialVariance`, a threshold), `NEGATIVE` (a volatility, a cost rate, `alpha`, `beta`), `OUT_OF_RANGE` (`periods`, `paths` or `seed` not whole numbers in range (periods and paths per call at most 2²⁴), `alpha + beta ≥ 1`, `degreesOfFreedom ≤ 2`, a block length, a drawdown outside `(0, 1]`, a band probability), `INVALID_OPTION` (model or block kind, `rebalance`), `EMPTY_SERIES` (bootstrap returns, a series option), `RETURN_OUT_OF_DOMAIN` (a bootstrap return `≤ −1`), `LENGTH_MISMATCH` (a volatility or cost series not of `periods` values), `UNKNOWN_OPTION`
 * @see docs/concepts.md §8, §3, §6.1; docs/monte-carlo.md; Politis & Romano (1994), "The Stationary Bootstrap"
 * @example
 * ```ts
 * import { simulateOutcomes } from '@inverse-math/core/montecarlo';
 * // a constant +1 % return every day: every path of a −3x fund ends at 0.97^10
 * const flat = simulateOutcomes({ model: { kind: 'bootstrap', returns: [0.01] }, leverage: -3, periods: 10, paths: 3, seed: 1 });
 * [flat.mean, flat.standardError, flat.wipeOutProbability.probability];
 * //≈ [0.737424, 0, 0]
 * // a 3x fund on a 20 %-volatility index for a year: mean ≈ (1 + 3·(e^{0.08/252} − 1))^252 ≈ 1.2712
 * const gbm = simulateOutcomes({ model: { kind: 'gbm', drift: 0.08, volatility: 0.2 }, leverage: 3, periods: 252, paths: 2000, seed: 7, thresholds: [1] });
 * Math.abs(gbm.mean - 1.2712) < 4 * gbm.standardError;
 * //=> true
 * ```
 */
export function simulateOutcomes(options: SimulateOutcomesOptions): OutcomeSummary {
  return summarise(simulate(readPlan(options)));
}
