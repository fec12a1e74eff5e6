import { carry, growthExcess, growthFactor, type PeriodRates } from '../internal/accrual.ts';
import * as guard from '../internal/guards.ts';
import { tau360At, tau365At, type CostSchedule, type RateInput } from '../internal/schedule.ts';
import { advance, startAcc, type Acc } from './engine.ts';
import { readNavPlan, type NavOptions, type NavPlan } from './options.ts';

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

interface Want {
  readonly nav: boolean;
  readonly log: boolean;
  readonly ratio: boolean;
}

interface Run {
  readonly nav: Float64Array | null;
  readonly logNav: Float64Array | null;
  readonly ratio: Float64Array | null;
  readonly rebalances: number;
  readonly wipedOutAt: number;
}

function at(x: RateInput, i: number): number {
  return typeof x === 'number' ? x : (x[i] as number);
}

function ratesAt(s: CostSchedule, i: number): PeriodRates {
  return { financing: at(s.financing, i), spread: at(s.spread, i), dividendYield: at(s.dividendYield, i), expenseRatio: at(s.expenseRatio, i) };
}

// Local bindings of the kernel: some loaders (tsx, CommonJS interop) turn imported bindings into
// getters, and a getter call per period would dominate the hot loops.
const factorOf = growthFactor;
const excessOf = growthExcess;

/** Validate every element of a return series that the fast loop did not read. */
function checkRest(s: ArrayLike<number>, from: number, argument: string): void {
  for (let i = from; i < s.length; i++) guard.simpleReturn(s[i], argument, i);
}

/**
 * `NAV_{t+1} = NAV_t · growthFactor(r_t, L, c)` into `out`; returns the
 * period of a wipe-out (the rest of `out` stays 0) or −1. Small functions so
 * the engine optimises each for one element kind.
 */
function fastNavTyped(returns: Float64Array | Float32Array, L: number, c: number, initialNav: number, out: Float64Array, argument: string): number {
  const n = returns.length;
  let v = initialNav;
  out[0] = v;
  let i = 0;
  // No call inside the loop (it would keep the engine from optimising it): leave it on the first
  // return ≤ −1 or NaN, or wipe-out. +Infinity passes `r > −1`; it makes NAV non-finite (or the
  // factor NaN or −∞, which leaves the loop), so it is looked for only when the last NAV is not finite.
  for (; i < n; i++) {
    const r = returns[i] as number;
    if (!(r > -1)) break;
    const g = factorOf(r, L, c);
    if (!(g > 0)) break;
    v *= g;
    out[i + 1] = v;
  }
  // read NAV back from `out`: using `v` after the loop would make the engine box it in every iteration
  const end = out[i] as number;
  if (!(end - end === 0)) for (let j = 0; j < i; j++) guard.simpleReturn(returns[j], argument, j);
  if (i === n) return -1;
  guard.simpleReturn(returns[i], argument, i); // throws for a bad return; a good one means a wipe-out
  return i;
}

/**
 * `ln NAV` by the compensated sum of `log1p(L·r + c)` into `out`, the same
 * operations as `advance`; stops at the first period that is a wipe-out or a
 * bad return (the caller tells which), filling the rest with `-Infinity`.
 */
function fastLog<T extends ArrayLike<number>>(returns: T, L: number, k: number, initialNav: number, out: Float64Array): number {
  const n = returns.length;
  let s = Math.log(initialNav);
  let c = 0;
  out[0] = s + c;
  for (let i = 0; i < n; i++) {
    const r = returns[i] as number;
    const x = excessOf(r, L, k);
    if (!(r > -1 && r < Infinity && x > -1)) {
      out.fill(Number.NEGATIVE_INFINITY, i + 1);
      return i;
    }
    const y = Math.log1p(x);
    const u = s + y;
    c += Math.abs(s) >= Math.abs(y) ? s - u + y : y - u + s;
    s = u;
    out[i + 1] = s + c;
  }
  return -1;
}

function fastNav(returns: ArrayLike<number>, L: number, c: number, initialNav: number, out: Float64Array): number {
  const n = returns.length;
  let v = initialNav;
  out[0] = v;
  for (let i = 0; i < n; i++) {
    const g = factorOf(returns[i] as number, L, c);
    if (!(g > 0)) return i;
    v *= g;
    out[i + 1] = v;
  }
  return -1;
}

/**
 * The batch recursion. Float32/Float64 inputs are validated inside the loop
 * (one pass over memory); any other series is validated first.
 */
function run(returns: ArrayLike<number>, plan: NavPlan, want: Want, argument: string): Run {
  const n = returns.length;
  const inline = returns instanceof Float64Array || returns instanceof Float32Array;
  if (!inline) checkRest(returns, 0, argument);
  const { leverage: L, initialNav, rule, schedule } = plan;
  const nav = want.nav ? new Float64Array(n + 1) : null;
  const logNav = want.log ? new Float64Array(n + 1) : null;
  const ratio = want.ratio ? new Float64Array(n + 1) : null;

  // Fast path: daily reset, constant carry, NAV only (the common case and the benchmark).
  if (nav !== null && logNav === null && ratio === null && rule === 'daily' && schedule.constant) {
    const c = carry(L, ratesAt(schedule, 0), schedule.yearFraction, schedule.yearFraction);
    const at = inline ? fastNavTyped(returns as Float64Array | Float32Array, L, c, initialNav, nav, argument) : fastNav(returns, L, c, initialNav, nav);
    if (at < 0) return { nav, logNav, ratio, rebalances: n, wipedOutAt: -1 };
    if (inline) checkRest(returns, at + 1, argument);
    return { nav, logNav, ratio, rebalances: at, wipedOutAt: at };
  }

  // Fast path for log-NAV: the same operations as `advance`, without its bookkeeping.
  if (logNav !== null && nav === null && ratio === null && rule === 'daily' && schedule.constant) {
    const k = carry(L, ratesAt(schedule, 0), schedule.yearFraction, schedule.yearFraction);
    const at = inline ? fastLog(returns as Float64Array | Float32Array, L, k, initialNav, logNav) : fastLog(returns, L, k, initialNav, logNav);
    if (at >= 0 && inline) {
      const r = returns[at] as number;
      if (!(r > -1 && r < Infinity)) guard.simpleReturn(r, argument, at);
      checkRest(returns, at + 1, argument);
    }
    return { nav, logNav, ratio, rebalances: at >= 0 ? at : n, wipedOutAt: at };
  }

  const acc: Acc = startAcc(L, initialNav);
  if (nav !== null) nav[0] = acc.nav;
  if (logNav !== null) logNav[0] = acc.s + acc.c;
  if (ratio !== null) ratio[0] = acc.ratio;
  const fixed = schedule.constant ? ratesAt(schedule, 0) : null;
  for (let i = 0; i < n; i++) {
    const r = returns[i] as number;
    if (inline && !(r > -1 && r < Number.POSITIVE_INFINITY)) guard.simpleReturn(r, argument, i);
    advance(acc, rule, L, r, fixed ?? ratesAt(schedule, i), tau360At(schedule, i), tau365At(schedule, i));
    if (nav !== null) nav[i + 1] = acc.nav;
    if (logNav !== null) logNav[i + 1] = acc.s + acc.c;
    if (ratio !== null) ratio[i + 1] = acc.ratio;
  }
  return { nav, logNav, ratio, rebalances: acc.rebalances, wipedOutAt: acc.wipedOutAt };
}

function prepare(indexReturns: unknown, options: unknown, argument: string): { returns: ArrayLike<number>; plan: NavPlan } {
  // the container first (type, emptiness), then the options; elements are checked in `run`
  const ok = Array.isArray(indexReturns) || (ArrayBuffer.isView(indexReturns) && !(indexReturns instanceof DataView));
  if (!ok) guard.fail('INVALID_TYPE', 'must be an array or a typed array of numbers', argument, indexReturns);
  const returns = indexReturns as ArrayLike<number>;
  if (returns.length === 0) guard.fail('EMPTY_SERIES', 'must not be empty', argument, indexReturns);
  return { returns, plan: readNavPlan(options, returns.length) };
}

/**
 * NAV of a fund over a path of index returns, with the costs of MATH.md §3
 * and a rebalancing rule.
 *
 * Formula, one period `t` with exposure ratio `ℓ` (`= L` under daily reset):
 * `NAV_{t+1} = NAV_t · (1 + ℓ·(r_t + q·τ365) + (1 − ℓ)·rf_t·τ360 − |ℓ|·s·τ360 − f·τ365)`,
 * `τ360 = d_t/360`, `τ365 = d_t/365` for `d_t` calendar days between the
 * closes (`dates`), or `1/periodsPerYear` for both. Under daily reset the NAV
 * depends on the multiset of returns, not their order (MATH.md I4); under
 * `{ every }` or `{ band }` it does not (see {@link NavOptions}).
 *
 * Insolvency: in the first period where the factor is `≤ 0` (e.g. a −3x fund
 * when the index rises 33⅓ %) the NAV becomes `0` and stays `0`; it is never
 * negative and never an error. {@link navHistory} reports the period.
 * Over very long paths the plain product can underflow or overflow; use
 * {@link logNavPath} there.
 *
 * @param indexReturns - `n ≥ 1` index simple returns, each `> −1` (array or typed array; not mutated)
 * @param options - `leverage` and the cost model, see {@link NavOptions}
 * @returns a new `Float64Array` of `n + 1` NAVs, starting at `initialNav` (default 1)
 * @throws {@link InverseMathError} `INVALID_TYPE`, `EMPTY_SERIES`, `NON_FINITE`, `RETURN_OUT_OF_DOMAIN` (with the index), `NEGATIVE` (a spread, yield or expense ratio), `NOT_POSITIVE` (`initialNav`, `periodsPerYear`), `LENGTH_MISMATCH` (a rate series or `dates`), `INVALID_DATE`, `INVALID_OPTION` (`rebalance`; both `dates` and `periodsPerYear`), `OUT_OF_RANGE` (`every` not a whole number ≥ 1)
 * @see MATH.md §3; seed 001 ("down 5 % then up 5 %")
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
 * ```
 */
export function navPath(indexReturns: ArrayLike<number>, options: NavOptions): Float64Array {
  const { returns, plan } = prepare(indexReturns, options, 'indexReturns');
  return run(returns, plan, { nav: true, log: false, ratio: false }, 'indexReturns').nav as Float64Array;
}

/**
 * {@link navPath} from index levels instead of returns.
 *
 * Formula: `r_t = I_{t+1}/I_t − 1`, then {@link navPath}; `dates`, if given,
 * has one entry per price.
 *
 * @param indexPrices - `n + 1 ≥ 2` index levels, each `> 0` (not mutated)
 * @param options - as for {@link navPath}
 * @returns a new `Float64Array` of `n + 1` NAVs, one per price
 * @throws {@link InverseMathError} as {@link navPath}, plus `SERIES_TOO_SHORT` and `NOT_POSITIVE` for `indexPrices`
 * @see MATH.md §3
 * @example
 * ```ts
 * import { navFromPrices } from '@inverse-math/core/nav';
 * Array.from(navFromPrices([100, 90, 100], { leverage: -1 })); // seed 001: 100 → 110 → 97.78
 * //≈ [1, 1.1, 0.97778]
 * ```
 */
export function navFromPrices(indexPrices: ArrayLike<number>, options: NavOptions): Float64Array {
  const p = guard.priceSeries(indexPrices, 'indexPrices', 2);
  const returns = new Float64Array(p.length - 1);
  for (let i = 1; i < p.length; i++) returns[i - 1] = (p[i] as number) / (p[i - 1] as number) - 1;
  const plan = readNavPlan(options, returns.length);
  return run(returns, plan, { nav: true, log: false, ratio: false }, 'indexPrices').nav as Float64Array;
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
 * @param options - as for {@link navPath}
 * @returns a new `Float64Array` of `n + 1` values `ln NAV_t`, starting at `ln(initialNav)`
 * @throws {@link InverseMathError} as {@link navPath}
 * @see MATH.md §3 ("Long horizons")
 * @example
 * ```ts
 * import { logNavPath } from '@inverse-math/core/nav';
 * // 10⁶ periods alternating ±1 % at −3x: 500,000 · ln(0.97 · 1.03)
 * const path = Float64Array.from({ length: 1e6 }, (_, i) => (i % 2 === 0 ? 0.01 : -0.01));
 * logNavPath(path, { leverage: -3 })[1e6];
 * //≈ -450.2026
 * ```
 */
export function logNavPath(indexReturns: ArrayLike<number>, options: NavOptions): Float64Array {
  const { returns, plan } = prepare(indexReturns, options, 'indexReturns');
  return run(returns, plan, { nav: false, log: true, ratio: false }, 'indexReturns').logNav as Float64Array;
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
 * @see MATH.md §3 (insolvency, I4)
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
  const { returns, plan } = prepare(indexReturns, options, 'indexReturns');
  const r = run(returns, plan, { nav: true, log: true, ratio: true }, 'indexReturns');
  return {
    nav: r.nav as Float64Array,
    logNav: r.logNav as Float64Array,
    leverageRatio: r.ratio as Float64Array,
    rebalances: r.rebalances,
    wipedOutAt: r.wipedOutAt >= 0 ? r.wipedOutAt : null,
  };
}
