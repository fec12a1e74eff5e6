import { calendarDays } from '../internal/accrual.ts';
import * as guard from '../internal/guards.ts';
import { RATES, parseDate, rateOption, readTime } from '../internal/schedule.ts';
import { advance, checkStep, makeState, type Acc, type Period } from '../nav/engine.ts';
import { readNavPlan, readRule, type RebalanceRule } from '../nav/options.ts';

/** Options of {@link navState}: those of {@link nav!NavOptions} with constant rates and a start date instead of `dates`. */
export interface NavStateOptions {
  /** The target multiple `L`. */
  readonly leverage: number;
  /** Expense ratio `f`, annual fraction, actual/365; default 0 (a step may override it). */
  readonly expenseRatio?: number;
  /** Financing rate `rf`, annual fraction, actual/360; default 0 (a step may override it). */
  readonly financingRate?: number;
  /** Spread `s` on `|ℓ|` notional, annual fraction, actual/360; default 0 (a step may override it). */
  readonly spread?: number;
  /** Dividend yield `q` of a price index, annual fraction, actual/365; default 0 (a step may override it). */
  readonly dividendYield?: number;
  /** Periods per year when there is no `startDate`; default 252. */
  readonly periodsPerYear?: number;
  /** The first close (ISO 8601 string or `Date`); when given, every step must give its close's `date`. */
  readonly startDate?: string | Date;
  /** The rebalancing rule; default `'daily'`. */
  readonly rebalance?: RebalanceRule;
  /** NAV at the start, `> 0`; default 1. */
  readonly initialNav?: number;
}

/** One period's inputs to {@link stepNav} besides the index return; each rate, when given, overrides the state's for this period only. */
export interface NavStepInputs {
  /** Financing rate of this period (annual fraction). */
  readonly financingRate?: number;
  /** Spread of this period (annual fraction, `≥ 0`). */
  readonly spread?: number;
  /** Dividend yield of this period (annual fraction, `≥ 0`). */
  readonly dividendYield?: number;
  /** Expense ratio of this period (annual fraction, `≥ 0`). */
  readonly expenseRatio?: number;
  /** This period's close (required when the state has dates, refused otherwise); on a later calendar day than the last. */
  readonly date?: string | Date;
}

/**
 * The state of a streaming NAV computation: O(1) numbers, a plain readonly
 * object. Create it with {@link navState}, advance it with {@link stepNav}.
 */
export interface NavState {
  /** The target multiple `L`. */
  readonly leverage: number;
  /** The rebalancing rule, validated. */
  readonly rebalance: RebalanceRule;
  /** Default financing rate of a step. */
  readonly financingRate: number;
  /** Default spread of a step. */
  readonly spread: number;
  /** Default dividend yield of a step. */
  readonly dividendYield: number;
  /** Default expense ratio of a step. */
  readonly expenseRatio: number;
  /** Periods per year (year fraction `1/periodsPerYear`), or `null` when the state runs on dates. */
  readonly periodsPerYear: number | null;
  /** The last close as epoch milliseconds, or `null` without dates. */
  readonly lastDate: number | null;
  /** Periods stepped so far (`t`). */
  readonly period: number;
  /** `NAV_t`; `0` once wiped out. */
  readonly nav: number;
  /** `ln NAV_t` (`logNavSum + logNavCompensation`); `-Infinity` once wiped out. */
  readonly logNav: number;
  /** Running sum of the compensated log-NAV sum. */
  readonly logNavSum: number;
  /** Compensation term of the log-NAV sum (Neumaier). */
  readonly logNavCompensation: number;
  /** Exposure/NAV ratio the next period runs on (`L` right after a rebalance; `0` once wiped out). */
  readonly leverageRatio: number;
  /** Periods since the last rebalance. */
  readonly periodsSinceRebalance: number;
  /** Closes at which the rule reset the exposure to `L × NAV`. */
  readonly rebalances: number;
  /** The period (0-based step) in which the fund was wiped out, or `null`. */
  readonly wipedOutAt: number | null;
}

/**
 * The starting state of a streaming NAV computation (live data, or paths too
 * long to hold): `NAV_0 = initialNav`, exposure `L × NAV_0`.
 *
 * Formula: as {@link nav!navPath}; {@link stepNav} applies one period.
 *
 * @param options - `leverage`, constant default rates, `periodsPerYear` or `startDate`, `rebalance`, `initialNav`
 * @returns the state at period 0
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE`, `NEGATIVE`, `NOT_POSITIVE`, `INVALID_DATE`, `INVALID_OPTION` (`rebalance`; both `startDate` and `periodsPerYear`), `OUT_OF_RANGE`
 * @see docs/concepts.md §3; DESIGN.md (streaming)
 * @example
 * ```ts
 * import { navState, stepNav } from '@inverse-math/core/stream';
 * let s = navState({ leverage: -1 });
 * for (const r of [-0.05, 0.05]) s = stepNav(s, r);
 * s.nav;
 * //≈ 0.9975
 * ```
 */
export function navState(options: NavStateOptions): NavState {
  const { o, leverage, initialNav, rule } = readNavPlan(options, null);
  const rates = RATES.map((k) => rateOption(o, k, 'options', 0));
  const periodsPerYear = readTime(o, 'startDate', 'options');
  const lastDate = periodsPerYear === null ? parseDate(o.startDate, 'options.startDate') : null;
  const [rf, sp, q, f] = rates as [number, number, number, number];
  return makeState(leverage, rule === 'daily' ? rule : { ...rule }, rf, sp, q, f, periodsPerYear, lastDate, 0, initialNav, Math.log(initialNav), 0, leverage, 0, 0, null);
}

/**
 * Advance a streaming NAV computation by one period. Pure by default: returns
 * a new state, the input state is not changed. With `out` (a state to
 * overwrite, the input state itself included) the new state is written there
 * and `out` is returned: a step then allocates nothing, for live feeds and
 * paths of any length. The numbers are those of
 * {@link nav!navPath} / {@link nav!logNavPath} / {@link nav!navHistory} on the same
 * inputs, bit for bit.
 *
 * Formula: as {@link nav!navPath}, for one period with index return `r` and this
 * period's rates (the state's, or those in `inputs`) and year fractions
 * (`1/periodsPerYear`, or calendar days since the last close / 360 and / 365).
 * After a wipe-out the state keeps NAV 0 and only counts periods.
 *
 * @param state - a state from {@link navState} or a previous step
 * @param indexReturn - the index simple return of the period, `> −1`
 * @param inputs - this period's rate overrides and, for a dated state, its close `date`
 * @param out - where to write the new state (may be `state`); written only when the step succeeds
 * @returns the state after the period: a new object, or `out`
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when the NAV overflows a double), `RETURN_OUT_OF_DOMAIN`, `NEGATIVE` (a rate override), `INVALID_TYPE` (`state`) for a state whose fields no step could have produced, `INVALID_OPTION`/`OUT_OF_RANGE` for its `rebalance`, `INVALID_DATE` (not later than the last close), `INVALID_OPTION` (a `date` missing on a dated state, or given to an undated one), `INVALID_TYPE` (`out`) for an `out` that is not a writable object
 * @see docs/concepts.md §3
 * @example
 * ```ts
 * import { navState, stepNav } from '@inverse-math/core/stream';
 * const s0 = navState({ leverage: 3, financingRate: 0.05, startDate: '2024-03-08' });
 * const s1 = stepNav(s0, 0, { date: '2024-03-11' }); // Friday → Monday: 3 days of financing on 2 units
 * s1.nav; // 1 − 2 · 0.05 · 3/360
 * //≈ 0.99916667
 * s0.period;
 * //=> 0
 *
 * // in place: the same numbers, no allocation per step
 * const live = navState({ leverage: -1 });
 * for (const r of [-0.05, 0.05]) stepNav(live, r, undefined, live);
 * live.nav;
 * //≈ 0.9975
 * ```
 */
export function stepNav(state: NavState, indexReturn: number, inputs?: NavStepInputs, out?: NavState): NavState {
  const st = guard.options(state, 'state');
  const r = guard.simpleReturn(indexReturn, 'indexReturn');
  const i = guard.optionalOptions(inputs, 'inputs');
  // a frozen, sealed or otherwise non-extensible object could not take the new fields
  if (out !== undefined && !Object.isExtensible(guard.options(out, 'out'))) guard.fail('INVALID_TYPE', 'must be a writable object', 'out', out);
  // the state is input too (a user may build or store one): every field is checked, allocating nothing
  const {
    leverage,
    financingRate,
    spread,
    dividendYield,
    expenseRatio,
    periodsPerYear,
    lastDate: stateDate,
    period,
    nav,
    logNavSum,
    logNavCompensation,
    leverageRatio,
    periodsSinceRebalance,
    rebalances,
    wipedOutAt,
  } = st as unknown as NavState;
  const rebalance = readRule(st.rebalance, 'state.rebalance');
  if (
    !(
      finite(leverage) &&
      finite(financingRate) &&
      atLeast(spread, 0) &&
      atLeast(dividendYield, 0) &&
      atLeast(expenseRatio, 0) &&
      (stateDate === null ? atLeast(periodsPerYear, Number.MIN_VALUE) : finite(stateDate) && (periodsPerYear === null || atLeast(periodsPerYear, Number.MIN_VALUE))) &&
      whole(period) &&
      atLeast(nav, 0) &&
      (typeof logNavSum === 'number' && logNavSum < Infinity) &&
      finite(logNavCompensation) &&
      finite(leverageRatio) &&
      whole(periodsSinceRebalance) &&
      whole(rebalances) &&
      (wipedOutAt === null || whole(wipedOutAt))
    )
  ) {
    guard.fail('INVALID_TYPE', 'is not a state of navState/stepNav', 'state', state);
  }
  if ((stateDate === null) !== (i.date === undefined)) guard.fail('INVALID_OPTION', stateDate === null ? 'needs a dated state' : 'is required by a dated state', 'inputs.date', i.date);
  // everything read from the caller's objects (which may run getters) is read before the scratch
  // objects below are written: nothing can re-enter between there and the end of the step
  const rf = i.financingRate === undefined ? financingRate : rateOption(i, 'financingRate', 'inputs', 0);
  const sp = i.spread === undefined ? spread : rateOption(i, 'spread', 'inputs', 0);
  const q = i.dividendYield === undefined ? dividendYield : rateOption(i, 'dividendYield', 'inputs', 0);
  const f = i.expenseRatio === undefined ? expenseRatio : rateOption(i, 'expenseRatio', 'inputs', 0);
  let lastDate = stateDate;
  let days = 0;
  if (stateDate !== null) {
    lastDate = parseDate(i.date, 'inputs.date');
    days = calendarDays(stateDate, lastDate);
    if (!(days >= 1)) guard.fail('INVALID_DATE', 'must be after the last close', 'inputs.date', i.date);
  }
  // the period runs on a scratch state (so a step that throws leaves `out` as it was) and a scratch
  // period, both written field by field: no double is boxed on the way
  const a = SCRATCH as Writable & Acc;
  a.leverage = leverage;
  a.rebalance = rebalance;
  a.financingRate = financingRate;
  a.spread = spread;
  a.dividendYield = dividendYield;
  a.expenseRatio = expenseRatio;
  a.periodsPerYear = periodsPerYear;
  a.lastDate = lastDate;
  a.period = period;
  a.nav = nav;
  a.logNav = logNavSum + logNavCompensation;
  a.logNavSum = logNavSum;
  a.logNavCompensation = logNavCompensation;
  a.leverageRatio = leverageRatio;
  a.periodsSinceRebalance = periodsSinceRebalance;
  a.rebalances = rebalances;
  a.wipedOutAt = wipedOutAt;
  const p = PERIOD;
  p.financingRate = rf;
  p.spread = sp;
  p.dividendYield = q;
  p.expenseRatio = f;
  p.tau360 = stateDate === null ? 1 / (periodsPerYear as number) : days / 360;
  p.tau365 = stateDate === null ? 1 / (periodsPerYear as number) : days / 365;
  advance(a, rebalance, leverage, r, p);
  checkStep(a, true, 'indexReturn', r);
  return copyState(out ?? makeState(0, 'daily', 0, 0, 0, 0, null, null, 0, 1, 0, 0, 0, 0, 0, null), a);
}

/**
 * `from`'s fields into `to`, one store each: from object to object, so no double
 * is boxed on the way (as it would be passed as an argument or by `Object.assign`).
 */
function copyState(to: object, from: NavState): NavState {
  const s = to as Writable;
  s.leverage = from.leverage;
  s.rebalance = from.rebalance;
  s.financingRate = from.financingRate;
  s.spread = from.spread;
  s.dividendYield = from.dividendYield;
  s.expenseRatio = from.expenseRatio;
  s.periodsPerYear = from.periodsPerYear;
  s.lastDate = from.lastDate;
  s.period = from.period;
  s.nav = from.nav;
  s.logNav = from.logNav;
  s.logNavSum = from.logNavSum;
  s.logNavCompensation = from.logNavCompensation;
  s.leverageRatio = from.leverageRatio;
  s.periodsSinceRebalance = from.periodsSinceRebalance;
  s.rebalances = from.rebalances;
  s.wipedOutAt = from.wipedOutAt;
  return s;
}

/** A `NavState` the step writes to. */
type Writable = { -readonly [K in keyof NavState]: NavState[K] };

/** The running values of the step in progress (reused: a step allocates no state of its own when given `out`). */
const SCRATCH: NavState = /* @__PURE__ */ makeState(0, 'daily', 0, 0, 0, 0, null, null, 0, 1, 0, 0, 0, 0, 0, null);
/** The rates and year fractions of the step in progress. */
const PERIOD: Period = { financingRate: 0, spread: 0, dividendYield: 0, expenseRatio: 0, tau360: 0, tau365: 0 };

/** A finite number. */
const finite = (v: unknown): v is number => typeof v === 'number' && v - v === 0;
/** A finite number `≥ min`. */
const atLeast = (v: unknown, min: number): v is number => finite(v) && v >= min;
/** A whole number `≥ 0`. */
const whole = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
