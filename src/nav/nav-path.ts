import { carry } from '../internal/accrual.ts';
import { createState, newPeriod } from '../internal/engine/state.ts';
import { advance, cadence, overflow, stepIsFinite } from '../internal/engine/step.ts';
import * as guard from '../internal/guards.ts';
import { at, tauAt, type CostSchedule } from '../internal/options/cost-schedule.ts';
import { NAV_KEYS, readNavOptions, type NavOptions } from '../internal/options/nav-options.ts';
import { FLOAT } from '../internal/options/reader.ts';
import { fastLog, handover, navLoop } from '../internal/engine/tight-loops.ts';
import type { RebalanceRule } from '../internal/options/rebalance-rule.ts';

/** Result of {@link navHistory}. */
export interface NavHistory {
  /** NAV at each close, `n + 1` values from `initialNav`; `0` from the wipe-out on. */
  readonly nav: Float64Array;
  /** `ln NAV` at each close (compensated sum of `log1p`); `-Infinity` from the wipe-out on. */
  readonly logNav: Float64Array;
  /** Exposure/NAV ratio `ℓ` after each close's rebalancing decision (the ratio the next period runs on); `L` at the start, `0` once wiped out. */
  readonly leverageRatio: Float64Array;
  /** How many closes the rule reset the exposure to `L × NAV` (the start is not counted; `'daily'`: every solvent period). */
  readonly rebalances: number;
  /** Index of the return (period) in which the fund was wiped out (`NAV ≤ 0`), or `null` when it survived. */
  readonly wipedOutAt: number | null;
}

/** Options of {@link navPath}, {@link logNavPath} and {@link navFromPrices}: {@link NavOptions} and a buffer of the caller's for the result. */
export interface NavPathOptions extends NavOptions {
  /**
   * Where to write the result: a `Float64Array` of length `n + 1` (one value
   * per close), filled and returned instead of a new array, so that a loop
   * calling the function again and again (Monte Carlo paths, rolling
   * backtests) reuses one buffer and allocates nothing per call. It must not
   * share memory with the input series (`INVALID_OPTION`). Its previous
   * contents are ignored; when the call throws, they are unspecified (partly
   * written).
   */
  readonly out?: Float64Array | undefined;
}

/** The keys of {@link NavPathOptions}. */
const PATH_KEYS: readonly string[] = [...NAV_KEYS, 'out'];

/** What a batch function computes: the NAV alone, the log-NAV alone, or the whole history. */
type BatchMode = typeof NAV_ONLY | typeof LOG_ONLY | typeof HISTORY;
/** {@link navPath}, {@link navFromPrices}: the NAV series alone. */
const NAV_ONLY = 0;
/** {@link logNavPath}: the log-NAV series alone. */
const LOG_ONLY = 1;
/** {@link navHistory}: NAV, log-NAV and the exposure ratio. */
const HISTORY = 2;

/** Validated float NAV options of a path of `periods` returns. */
interface Plan {
  readonly leverage: number;
  readonly initialNav: number;
  readonly rule: RebalanceRule;
  readonly schedule: CostSchedule;
  /** The caller's buffer (`options.out`), validated, or `undefined`. */
  readonly out: Float64Array | undefined;
}

/**
 * Read and validate the NAV options (every key of `known`, each read once) for
 * `periods` returns; `options.out` (when `known` has it) must be a
 * `Float64Array` of `periods + 1` values sharing no memory with `input`.
 */
function readPlan(
  options: unknown,
  periods: number,
  known: readonly string[],
  input?: ArrayLike<number>,
  inputName = '',
): Plan {
  const { leverage, initialNav, rule, costs } = readNavOptions(FLOAT, options, periods, known);
  const { rates, periodsPerYear, days, constant } = costs;
  const out =
    known === PATH_KEYS
      ? readOut((options as { readonly out?: unknown }).out, periods + 1, input, inputName)
      : undefined;
  return {
    leverage,
    initialNav: initialNav ?? 1,
    rule,
    schedule: { rates, yearFraction: 1 / (periodsPerYear ?? 252), days, constant },
    out,
  };
}

/**
 * `options.out`: absent, or a `Float64Array` of `length` values that does not
 * overlap `input`'s memory (`INVALID_TYPE`, `LENGTH_MISMATCH`, `INVALID_OPTION`).
 */
function readOut(out: unknown, length: number, input: unknown, inputName: string): Float64Array | undefined {
  const v = out as Float64Array;
  const b = input as Float64Array;
  const code = !(v instanceof Float64Array)
    ? 'INVALID_TYPE'
    : v.length !== length
      ? 'LENGTH_MISMATCH'
      : b.buffer === v.buffer &&
          b.byteOffset < v.byteOffset + v.byteLength &&
          v.byteOffset < b.byteOffset + b.byteLength
        ? 'INVALID_OPTION'
        : null;
  if (out !== undefined && code !== null)
    guard.fail(
      code,
      `must be a Float64Array of ${length} values sharing no memory with ${inputName}`,
      'options.out',
      out,
    );
  return v;
}

interface Run {
  readonly nav: Float64Array;
  readonly logNav: Float64Array;
  readonly leverageRatio: Float64Array;
  readonly rebalances: number;
  readonly wipedOutAt: number | null;
}

/**
 * The batch recursion, into `plan.out` when given. A plain `Float64Array`
 * ({@link guard.plainFloat64Array}) is validated as it is read (one pass over
 * memory); any other series is snapshotted and validated first. Daily reset
 * with a constant carry takes a tight loop for the NAV or the log-NAV alone;
 * everything else (history, other rules, dated or varying rates) steps the
 * engine (`advance`), one checked period at a time. When a tight loop stops (a bad return, a wipe-out, an overflow), the
 * checked path takes over: for the NAV from the period it stopped at (the NAV
 * is all a daily-reset state carries), for the log-NAV from the start (its
 * compensation is not kept); the same operations, so the same numbers.
 * `refill(from)` rewrites `input[from…]` when the NAV loop wrote over it
 * ({@link navFromPrices} into `out`: its returns are `out[1…]`).
 */
function run(
  input: ArrayLike<number>,
  plan: Plan,
  mode: BatchMode,
  argument: string,
  refill?: (from: number) => void,
): Run {
  const n = input.length;
  // a plain Float64Array is read as is, validated as it is read (one pass over memory); any other series is
  // snapshotted first (each element read once, checked), so the loops below only ever see plain Float64Arrays
  const inline = guard.plainFloat64Array(input);
  const returns = inline ? input : guard.returnSeries(input, argument);
  const { leverage: L, initialNav, rule, schedule, out } = plan;
  const size = (full: boolean): Float64Array => new Float64Array(full ? n + 1 : 0);
  const nav = mode === NAV_ONLY ? (out ?? size(true)) : size(mode === HISTORY);
  const logNav = mode === LOG_ONLY ? (out ?? size(true)) : size(mode === HISTORY);
  const ratio = size(mode === HISTORY);
  const [rf, sp, q, f] = schedule.rates;
  let from = 0;
  if (mode !== HISTORY && rule === 'daily' && schedule.constant) {
    const c = carry(
      L,
      rf as number,
      sp as number,
      q as number,
      f as number,
      schedule.yearFraction,
      schedule.yearFraction,
    );
    const y = mode === NAV_ONLY ? nav : logNav;
    y[0] = mode === NAV_ONLY ? initialNav : Math.log(initialNav);
    from = mode === LOG_ONLY ? fastLog(returns, L, c, y) : navLoop(returns, L, c, y);
    // done: every period ran and the last close is a number (an underflow to 0 included: the same zeros)
    if (from === n && (y[n] as number) < Infinity)
      return { nav, logNav, leverageRatio: ratio, rebalances: n, wipedOutAt: null };
    from = mode === NAV_ONLY ? handover(y, from) : 0;
    refill?.(from);
  }
  const rhythm = cadence(rule);
  const period = newPeriod();
  const a = createState({ leverage: L, rebalance: rule, nav: from === 0 ? initialNav : (nav[from] as number) });
  a.period = a.rebalances = from;
  for (let i = from; ; i++) {
    if (mode !== LOG_ONLY) nav[i] = a.nav;
    if (mode !== NAV_ONLY) logNav[i] = a.logNav;
    if (mode === HISTORY) ratio[i] = a.leverageRatio;
    if (i === n) break;
    const r = returns[i] as number;
    if (inline && !(r > -1 && r < Infinity)) guard.simpleReturn(r, argument, i);
    period.financingRate = at(rf, i);
    period.spread = at(sp, i);
    period.dividendYield = at(q, i);
    period.expenseRatio = at(f, i);
    period.tau360 = tauAt(schedule, i, 360);
    period.tau365 = tauAt(schedule, i, 365);
    period.indexReturn = r;
    advance(a, rhythm, period);
    if (!stepIsFinite(a, mode !== LOG_ONLY)) overflow(argument, r, i);
  }
  return { nav, logNav, leverageRatio: ratio, rebalances: a.rebalances, wipedOutAt: a.wipedOutAt };
}

function prepare(indexReturns: unknown, options: unknown, mode: BatchMode): Run {
  // the container first (type, emptiness), then the options; elements are checked in `run`
  const returns = guard.arrayLike(indexReturns, 'indexReturns', 1);
  return run(
    returns,
    readPlan(options, returns.length, mode === HISTORY ? NAV_KEYS : PATH_KEYS, returns, 'indexReturns'),
    mode,
    'indexReturns',
  );
}

/**
 * NAV of a fund over a path of index returns, with the costs of docs/concepts.md §3
 * and a rebalancing rule.
 *
 * Formula, one period `t` with exposure ratio `ℓ` (`= L` under daily reset):
 * `NAV_{t+1} = NAV_t · (1 + ℓ·(r_t + q·τ365) + (1 − ℓ)·rf_t·τ360 − |ℓ|·s·τ360 − f·τ365)`,
 * `τ360 = d_t/360`, `τ365 = d_t/365` for `d_t` calendar days between the
 * closes (`dates`), or `1/periodsPerYear` for both. Under daily reset the NAV
 * depends on the multiset of returns, not their order (docs/concepts.md I4); under
 * `{ every }` or `{ band }` it does not (see {@link NavOptions}).
 *
 * Insolvency: in the first period where the factor is `≤ 0` (e.g. a −3x fund
 * when the index rises 33⅓ %) the NAV becomes `0` and stays `0`; it is never
 * negative and never an error. {@link navHistory} reports the period.
 * Over very long paths the plain product can underflow or overflow; use
 * {@link logNavPath} there. A NAV below `2.2·10⁻³⁰⁸` (subnormal) keeps
 * fewer significant bits and costs some processors ~30× per period (Intel
 * Xeon: ~35 ns a multiply, bench/README.md).
 *
 * Speed: the loop costs about as much as a bare `v *= 1 + L·r + c` loop. On
 * millions of returns most of an allocating call is the operating system
 * mapping the new array's memory page by page on its first write (measured
 * in bench/README.md); `options.out` (a buffer reused across calls) skips
 * it, and on Linux `GLIBC_TUNABLES=glibc.malloc.hugetlb=1` in the Node
 * process's environment lets new large arrays take 2 MiB pages, as numpy's do.
 *
 * @param indexReturns - `n ≥ 1` index simple returns, each `> −1` (array or typed array; not mutated)
 * @param options - `leverage` and the cost model, see {@link NavOptions}; `out`, a buffer for the result ({@link NavPathOptions})
 * @returns a new `Float64Array` of `n + 1` NAVs, starting at `initialNav` (default 1); `options.out`, filled, when given
 * @throws {@link InverseMathError} `INVALID_TYPE` (also `out` not a `Float64Array`), `EMPTY_SERIES`, `NON_FINITE` (a bad value, or a NAV that overflows a double, with the period's index: never `±Infinity` or `NaN`), `RETURN_OUT_OF_DOMAIN` (with the index), `NEGATIVE` (a spread, yield or expense ratio), `NOT_POSITIVE` (`initialNav`, `periodsPerYear`), `LENGTH_MISMATCH` (a rate series, `dates`, or `out` not of length `n + 1`), `INVALID_DATE`, `INVALID_OPTION` (`rebalance`; both `dates` and `periodsPerYear`; an `out` sharing memory with the input), `OUT_OF_RANGE` (`every` not a whole number ≥ 1), `UNKNOWN_OPTION` (a key of `options` that is not an option)
 * @see docs/concepts.md §3; "Precision Hedging" ("down 5 % then up 5 %")
 * @example
 * ```ts
 * import { navPath } from '@inverse-math/core/nav';
 * Array.from(navPath([-0.05, 0.05], { leverage: -1 })); // 1.05 × 0.95
 * //≈ [1, 1.05, 0.9975]
 * Array.from(navPath([0.05, -0.05], { leverage: -1 })); // same multiset, same NAV
 * //≈ [1, 0.95, 0.9975]
 * Array.from(navPath([0.1, 0.4, -0.2], { leverage: -3 })); // +40 % wipes a −3x fund out
 * //=> [1, 0.7, 0, 0]
 * // one year of 252 flat days at 3x: financing 5 % on 2 units, 0.95 % expenses
 * navPath(new Float64Array(252), { leverage: 3, financingRate: 0.05, expenseRatio: 0.0095, periodsPerYear: 252 })[252];
 * //≈ 0.89626
 * // many paths, one buffer: the result is written into `out`, nothing is allocated per call
 * const out = new Float64Array(3);
 * navPath([0.01, -0.02], { leverage: 2, out }) === out;
 * //=> true
 * Array.from(out); // 1.02, then 1.02 × 0.96
 * //≈ [1, 1.02, 0.9792]
 * ```
 */
export function navPath(indexReturns: ArrayLike<number>, options: NavPathOptions): Float64Array {
  return prepare(indexReturns, options, NAV_ONLY).nav;
}

/**
 * {@link navPath} from index levels instead of returns.
 *
 * Formula: `r_t = I_{t+1}/I_t − 1`, then {@link navPath}; `dates`, if given,
 * has one entry per price.
 *
 * @param indexPrices - `n + 1 ≥ 2` index levels, each `> 0` (not mutated)
 * @param options - as for {@link navPath}, `out` included (length `n + 1`, one per price)
 * @returns a new `Float64Array` of `n + 1` NAVs, one per price; `options.out`, filled, when given
 * @throws {@link InverseMathError} as {@link navPath}, plus `SERIES_TOO_SHORT` and `NOT_POSITIVE` for `indexPrices`, `NON_FINITE` when a price ratio overflows
 * @see docs/concepts.md §3
 * @example
 * ```ts
 * import { navFromPrices } from '@inverse-math/core/nav';
 * Array.from(navFromPrices([100, 90, 100], { leverage: -1 })); // "Precision Hedging": 100 → 110 → 97.78
 * //≈ [1, 1.1, 0.97778]
 * ```
 */
export function navFromPrices(indexPrices: ArrayLike<number>, options: NavPathOptions): Float64Array {
  const p = guard.priceSeries(indexPrices, 'indexPrices', 2);
  const n = p.length - 1;
  const plan = readPlan(options, n, PATH_KEYS, indexPrices, 'indexPrices');
  // the returns go where the NAV will (`out[1…n]`): each is read before its close is written
  const returns = plan.out === undefined ? new Float64Array(n) : plan.out.subarray(1);
  const fill = (from: number): void => {
    for (let i = from + 1; i <= n; i++)
      returns[i - 1] = guard.finiteResult((p[i] as number) / (p[i - 1] as number) - 1, 'indexPrices', p[i], i);
  };
  fill(0);
  // into `out`, the loop writes each close over the return it has just read: the checked path, taking over
  // after an overflow or a wipe-out, gets the returns back from the prices (the same divisions, the same numbers)
  return run(returns, plan, NAV_ONLY, 'indexPrices', plan.out === undefined ? undefined : fill).nav;
}

/**
 * Log-NAV of a fund over a path: {@link navPath} in log space, for horizons
 * where the plain product under- or overflows.
 *
 * Formula: `ln NAV_t = ln NAV_0 + Σ_{i<t} log1p(ℓ_i·r_i + carry_i)`, the sum
 * compensated (Neumaier), so its error does not grow with the number of
 * periods to first order: 10⁷ periods of a −3x fund stay finite and accurate.
 * `-Infinity` from the period the fund is wiped out.
 *
 * @param indexReturns - `n ≥ 1` index simple returns, each `> −1` (not mutated)
 * @param options - as for {@link navPath}, `out` included
 * @returns a new `Float64Array` of `n + 1` values `ln NAV_t`, starting at `ln(initialNav)`; `options.out`, filled, when given
 * @throws {@link InverseMathError} as {@link navPath}; a NAV beyond a double is no error here (its log is
 * at most ~710 per period), only a period whose own growth overflows (`|L·r|` or a rate term beyond ~1.8e308)
 * @see docs/concepts.md §3 ("Long horizons")
 * @example
 * ```ts
 * import { logNavPath } from '@inverse-math/core/nav';
 * // 10⁶ periods alternating ±1 % at −3x: 500,000 · ln(0.97 · 1.03)
 * const path = Float64Array.from({ length: 1e6 }, (_, i) => (i % 2 === 0 ? 0.01 : -0.01));
 * logNavPath(path, { leverage: -3 })[1e6];
 * //≈ -450.2026
 * ```
 */
export function logNavPath(indexReturns: ArrayLike<number>, options: NavPathOptions): Float64Array {
  return prepare(indexReturns, options, LOG_ONLY).logNav;
}

/**
 * {@link navPath} with everything the recursion knows: NAV, log-NAV, the
 * exposure ratio after each close, the number of rebalances and the period of
 * a wipe-out.
 *
 * Formula: as {@link navPath}. Between rebalances of a `{ every: k }` or
 * `{ band: b }` rule the exposure ratio drifts as
 * `ℓ_{t+1} = ℓ_t·(1 + r_t) / (NAV_{t+1}/NAV_t)`; a rebalance resets it to `L`.
 *
 * @param indexReturns - `n ≥ 1` index simple returns, each `> −1` (not mutated)
 * @param options - as for {@link navPath}
 * @returns the series (`n + 1` values each), `rebalances` and `wipedOutAt`
 * @throws {@link InverseMathError} as {@link navPath}
 * @see docs/concepts.md §3 (insolvency, I4)
 * @example
 * ```ts
 * import { navHistory } from '@inverse-math/core/nav';
 * const h = navHistory([0.1, 0.1], { leverage: 2, rebalance: { every: 2 } });
 * // held for two periods: NAV = 1 + 2·(1.1² − 1), exposure 2·1.21 over NAV 1.42
 * [h.nav[2], h.leverageRatio[1], h.rebalances, h.wipedOutAt];
 * //≈ [1.42, 1.83333, 1, null]
 * navHistory([0.01, 0.5, 0.01], { leverage: -3 }).wipedOutAt;
 * //=> 1
 * ```
 */
export function navHistory(indexReturns: ArrayLike<number>, options: NavOptions): NavHistory {
  return prepare(indexReturns, options, HISTORY);
}
