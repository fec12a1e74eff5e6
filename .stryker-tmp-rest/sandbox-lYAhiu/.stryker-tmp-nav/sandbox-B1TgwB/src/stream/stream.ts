// @ts-nocheck
// 
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import { calendarDays } from '../internal/accrual.ts';
import * as guard from '../internal/guards.ts';
import { RATES, parseDate, rateOption, readTime } from '../internal/schedule.ts';
import { advance, checkStep, makeState, type Acc, type Period } from '../nav/engine.ts';
import { readNavPlan, readRule, type RebalanceRule } from '../nav/options.ts';

/** Options of {@link navState}: those of {@link NavOptions} with constant rates and a start date instead of `dates`. */
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
 * Formula: as {@link navPath}; {@link stepNav} applies one period.
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
  if (stryMutAct_9fa48("473")) {
    {}
  } else {
    stryCov_9fa48("473");
    const {
      o,
      leverage,
      initialNav,
      rule
    } = readNavPlan(options, null);
    const rates = RATES.map(stryMutAct_9fa48("474") ? () => undefined : (stryCov_9fa48("474"), k => rateOption(o, k, stryMutAct_9fa48("475") ? "" : (stryCov_9fa48("475"), 'options'), 0)));
    const periodsPerYear = readTime(o, stryMutAct_9fa48("476") ? "" : (stryCov_9fa48("476"), 'startDate'), stryMutAct_9fa48("477") ? "" : (stryCov_9fa48("477"), 'options'));
    const lastDate = (stryMutAct_9fa48("480") ? periodsPerYear !== null : stryMutAct_9fa48("479") ? false : stryMutAct_9fa48("478") ? true : (stryCov_9fa48("478", "479", "480"), periodsPerYear === null)) ? parseDate(o.startDate, stryMutAct_9fa48("481") ? "" : (stryCov_9fa48("481"), 'options.startDate')) : null;
    const [rf, sp, q, f] = rates as [number, number, number, number];
    return makeState(leverage, (stryMutAct_9fa48("484") ? rule !== 'daily' : stryMutAct_9fa48("483") ? false : stryMutAct_9fa48("482") ? true : (stryCov_9fa48("482", "483", "484"), rule === (stryMutAct_9fa48("485") ? "" : (stryCov_9fa48("485"), 'daily')))) ? rule : stryMutAct_9fa48("486") ? {} : (stryCov_9fa48("486"), {
      ...rule
    }), rf, sp, q, f, periodsPerYear, lastDate, 0, initialNav, Math.log(initialNav), 0, leverage, 0, 0, null);
  }
}

/**
 * Advance a streaming NAV computation by one period. Pure by default: returns
 * a new state, the input state is not changed. With `out` (a state to
 * overwrite, the input state itself included) the new state is written there
 * and `out` is returned: a step then allocates nothing, for live feeds and
 * paths of any length. The numbers are those of
 * {@link navPath} / {@link logNavPath} / {@link navHistory} on the same
 * inputs, bit for bit.
 *
 * Formula: as {@link navPath}, for one period with index return `r` and this
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
  if (stryMutAct_9fa48("487")) {
    {}
  } else {
    stryCov_9fa48("487");
    const st = guard.options(state, stryMutAct_9fa48("488") ? "" : (stryCov_9fa48("488"), 'state'));
    const r = guard.simpleReturn(indexReturn, stryMutAct_9fa48("489") ? "" : (stryCov_9fa48("489"), 'indexReturn'));
    const i = guard.optionalOptions(inputs, stryMutAct_9fa48("490") ? "" : (stryCov_9fa48("490"), 'inputs'));
    // a frozen, sealed or otherwise non-extensible object could not take the new fields
    if (stryMutAct_9fa48("493") ? out !== undefined || !Object.isExtensible(guard.options(out, 'out')) : stryMutAct_9fa48("492") ? false : stryMutAct_9fa48("491") ? true : (stryCov_9fa48("491", "492", "493"), (stryMutAct_9fa48("495") ? out === undefined : stryMutAct_9fa48("494") ? true : (stryCov_9fa48("494", "495"), out !== undefined)) && (stryMutAct_9fa48("496") ? Object.isExtensible(guard.options(out, 'out')) : (stryCov_9fa48("496"), !Object.isExtensible(guard.options(out, stryMutAct_9fa48("497") ? "" : (stryCov_9fa48("497"), 'out'))))))) guard.fail(stryMutAct_9fa48("498") ? "" : (stryCov_9fa48("498"), 'INVALID_TYPE'), stryMutAct_9fa48("499") ? "" : (stryCov_9fa48("499"), 'must be a writable object'), stryMutAct_9fa48("500") ? "" : (stryCov_9fa48("500"), 'out'), out);
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
      wipedOutAt
    } = st as unknown as NavState;
    const rebalance = readRule(st.rebalance, stryMutAct_9fa48("501") ? "" : (stryCov_9fa48("501"), 'state.rebalance'));
    if (stryMutAct_9fa48("504") ? false : stryMutAct_9fa48("503") ? true : stryMutAct_9fa48("502") ? finite(leverage) && finite(financingRate) && atLeast(spread, 0) && atLeast(dividendYield, 0) && atLeast(expenseRatio, 0) && (stateDate === null ? atLeast(periodsPerYear, Number.MIN_VALUE) : finite(stateDate) && (periodsPerYear === null || atLeast(periodsPerYear, Number.MIN_VALUE))) && whole(period) && atLeast(nav, 0) && typeof logNavSum === 'number' && logNavSum < Infinity && finite(logNavCompensation) && finite(leverageRatio) && whole(periodsSinceRebalance) && whole(rebalances) && (wipedOutAt === null || whole(wipedOutAt)) : (stryCov_9fa48("502", "503", "504"), !(stryMutAct_9fa48("507") ? finite(leverage) && finite(financingRate) && atLeast(spread, 0) && atLeast(dividendYield, 0) && atLeast(expenseRatio, 0) && (stateDate === null ? atLeast(periodsPerYear, Number.MIN_VALUE) : finite(stateDate) && (periodsPerYear === null || atLeast(periodsPerYear, Number.MIN_VALUE))) && whole(period) && atLeast(nav, 0) && typeof logNavSum === 'number' && logNavSum < Infinity && finite(logNavCompensation) && finite(leverageRatio) && whole(periodsSinceRebalance) && whole(rebalances) || wipedOutAt === null || whole(wipedOutAt) : stryMutAct_9fa48("506") ? false : stryMutAct_9fa48("505") ? true : (stryCov_9fa48("505", "506", "507"), (stryMutAct_9fa48("509") ? finite(leverage) && finite(financingRate) && atLeast(spread, 0) && atLeast(dividendYield, 0) && atLeast(expenseRatio, 0) && (stateDate === null ? atLeast(periodsPerYear, Number.MIN_VALUE) : finite(stateDate) && (periodsPerYear === null || atLeast(periodsPerYear, Number.MIN_VALUE))) && whole(period) && atLeast(nav, 0) && typeof logNavSum === 'number' && logNavSum < Infinity && finite(logNavCompensation) && finite(leverageRatio) && whole(periodsSinceRebalance) || whole(rebalances) : stryMutAct_9fa48("508") ? true : (stryCov_9fa48("508", "509"), (stryMutAct_9fa48("511") ? finite(leverage) && finite(financingRate) && atLeast(spread, 0) && atLeast(dividendYield, 0) && atLeast(expenseRatio, 0) && (stateDate === null ? atLeast(periodsPerYear, Number.MIN_VALUE) : finite(stateDate) && (periodsPerYear === null || atLeast(periodsPerYear, Number.MIN_VALUE))) && whole(period) && atLeast(nav, 0) && typeof logNavSum === 'number' && logNavSum < Infinity && finite(logNavCompensation) && finite(leverageRatio) || whole(periodsSinceRebalance) : stryMutAct_9fa48("510") ? true : (stryCov_9fa48("510", "511"), (stryMutAct_9fa48("513") ? finite(leverage) && finite(financingRate) && atLeast(spread, 0) && atLeast(dividendYield, 0) && atLeast(expenseRatio, 0) && (stateDate === null ? atLeast(periodsPerYear, Number.MIN_VALUE) : finite(stateDate) && (periodsPerYear === null || atLeast(periodsPerYear, Number.MIN_VALUE))) && whole(period) && atLeast(nav, 0) && typeof logNavSum === 'number' && logNavSum < Infinity && finite(logNavCompensation) || finite(leverageRatio) : stryMutAct_9fa48("512") ? true : (stryCov_9fa48("512", "513"), (stryMutAct_9fa48("515") ? finite(leverage) && finite(financingRate) && atLeast(spread, 0) && atLeast(dividendYield, 0) && atLeast(expenseRatio, 0) && (stateDate === null ? atLeast(periodsPerYear, Number.MIN_VALUE) : finite(stateDate) && (periodsPerYear === null || atLeast(periodsPerYear, Number.MIN_VALUE))) && whole(period) && atLeast(nav, 0) && typeof logNavSum === 'number' && logNavSum < Infinity || finite(logNavCompensation) : stryMutAct_9fa48("514") ? true : (stryCov_9fa48("514", "515"), (stryMutAct_9fa48("517") ? finite(leverage) && finite(financingRate) && atLeast(spread, 0) && atLeast(dividendYield, 0) && atLeast(expenseRatio, 0) && (stateDate === null ? atLeast(periodsPerYear, Number.MIN_VALUE) : finite(stateDate) && (periodsPerYear === null || atLeast(periodsPerYear, Number.MIN_VALUE))) && whole(period) && atLeast(nav, 0) || typeof logNavSum === 'number' && logNavSum < Infinity : stryMutAct_9fa48("516") ? true : (stryCov_9fa48("516", "517"), (stryMutAct_9fa48("519") ? finite(leverage) && finite(financingRate) && atLeast(spread, 0) && atLeast(dividendYield, 0) && atLeast(expenseRatio, 0) && (stateDate === null ? atLeast(periodsPerYear, Number.MIN_VALUE) : finite(stateDate) && (periodsPerYear === null || atLeast(periodsPerYear, Number.MIN_VALUE))) && whole(period) || atLeast(nav, 0) : stryMutAct_9fa48("518") ? true : (stryCov_9fa48("518", "519"), (stryMutAct_9fa48("521") ? finite(leverage) && finite(financingRate) && atLeast(spread, 0) && atLeast(dividendYield, 0) && atLeast(expenseRatio, 0) && (stateDate === null ? atLeast(periodsPerYear, Number.MIN_VALUE) : finite(stateDate) && (periodsPerYear === null || atLeast(periodsPerYear, Number.MIN_VALUE))) || whole(period) : stryMutAct_9fa48("520") ? true : (stryCov_9fa48("520", "521"), (stryMutAct_9fa48("523") ? finite(leverage) && finite(financingRate) && atLeast(spread, 0) && atLeast(dividendYield, 0) && atLeast(expenseRatio, 0) || (stateDate === null ? atLeast(periodsPerYear, Number.MIN_VALUE) : finite(stateDate) && (periodsPerYear === null || atLeast(periodsPerYear, Number.MIN_VALUE))) : stryMutAct_9fa48("522") ? true : (stryCov_9fa48("522", "523"), (stryMutAct_9fa48("525") ? finite(leverage) && finite(financingRate) && atLeast(spread, 0) && atLeast(dividendYield, 0) || atLeast(expenseRatio, 0) : stryMutAct_9fa48("524") ? true : (stryCov_9fa48("524", "525"), (stryMutAct_9fa48("527") ? finite(leverage) && finite(financingRate) && atLeast(spread, 0) || atLeast(dividendYield, 0) : stryMutAct_9fa48("526") ? true : (stryCov_9fa48("526", "527"), (stryMutAct_9fa48("529") ? finite(leverage) && finite(financingRate) || atLeast(spread, 0) : stryMutAct_9fa48("528") ? true : (stryCov_9fa48("528", "529"), (stryMutAct_9fa48("531") ? finite(leverage) || finite(financingRate) : stryMutAct_9fa48("530") ? true : (stryCov_9fa48("530", "531"), finite(leverage) && finite(financingRate))) && atLeast(spread, 0))) && atLeast(dividendYield, 0))) && atLeast(expenseRatio, 0))) && ((stryMutAct_9fa48("534") ? stateDate !== null : stryMutAct_9fa48("533") ? false : stryMutAct_9fa48("532") ? true : (stryCov_9fa48("532", "533", "534"), stateDate === null)) ? atLeast(periodsPerYear, Number.MIN_VALUE) : stryMutAct_9fa48("537") ? finite(stateDate) || periodsPerYear === null || atLeast(periodsPerYear, Number.MIN_VALUE) : stryMutAct_9fa48("536") ? false : stryMutAct_9fa48("535") ? true : (stryCov_9fa48("535", "536", "537"), finite(stateDate) && (stryMutAct_9fa48("539") ? periodsPerYear === null && atLeast(periodsPerYear, Number.MIN_VALUE) : stryMutAct_9fa48("538") ? true : (stryCov_9fa48("538", "539"), (stryMutAct_9fa48("541") ? periodsPerYear !== null : stryMutAct_9fa48("540") ? false : (stryCov_9fa48("540", "541"), periodsPerYear === null)) || atLeast(periodsPerYear, Number.MIN_VALUE))))))) && whole(period))) && atLeast(nav, 0))) && (stryMutAct_9fa48("543") ? typeof logNavSum === 'number' || logNavSum < Infinity : stryMutAct_9fa48("542") ? true : (stryCov_9fa48("542", "543"), (stryMutAct_9fa48("545") ? typeof logNavSum !== 'number' : stryMutAct_9fa48("544") ? true : (stryCov_9fa48("544", "545"), typeof logNavSum === (stryMutAct_9fa48("546") ? "" : (stryCov_9fa48("546"), 'number')))) && (stryMutAct_9fa48("549") ? logNavSum >= Infinity : stryMutAct_9fa48("548") ? logNavSum <= Infinity : stryMutAct_9fa48("547") ? true : (stryCov_9fa48("547", "548", "549"), logNavSum < Infinity)))))) && finite(logNavCompensation))) && finite(leverageRatio))) && whole(periodsSinceRebalance))) && whole(rebalances))) && (stryMutAct_9fa48("551") ? wipedOutAt === null && whole(wipedOutAt) : stryMutAct_9fa48("550") ? true : (stryCov_9fa48("550", "551"), (stryMutAct_9fa48("553") ? wipedOutAt !== null : stryMutAct_9fa48("552") ? false : (stryCov_9fa48("552", "553"), wipedOutAt === null)) || whole(wipedOutAt))))))) {
      if (stryMutAct_9fa48("554")) {
        {}
      } else {
        stryCov_9fa48("554");
        guard.fail(stryMutAct_9fa48("555") ? "" : (stryCov_9fa48("555"), 'INVALID_TYPE'), stryMutAct_9fa48("556") ? "" : (stryCov_9fa48("556"), 'is not a state of navState/stepNav'), stryMutAct_9fa48("557") ? "" : (stryCov_9fa48("557"), 'state'), state);
      }
    }
    if (stryMutAct_9fa48("560") ? stateDate === null === (i.date === undefined) : stryMutAct_9fa48("559") ? false : stryMutAct_9fa48("558") ? true : (stryCov_9fa48("558", "559", "560"), (stryMutAct_9fa48("563") ? stateDate !== null : stryMutAct_9fa48("562") ? false : stryMutAct_9fa48("561") ? true : (stryCov_9fa48("561", "562", "563"), stateDate === null)) !== (stryMutAct_9fa48("566") ? i.date !== undefined : stryMutAct_9fa48("565") ? false : stryMutAct_9fa48("564") ? true : (stryCov_9fa48("564", "565", "566"), i.date === undefined)))) guard.fail(stryMutAct_9fa48("567") ? "" : (stryCov_9fa48("567"), 'INVALID_OPTION'), (stryMutAct_9fa48("570") ? stateDate !== null : stryMutAct_9fa48("569") ? false : stryMutAct_9fa48("568") ? true : (stryCov_9fa48("568", "569", "570"), stateDate === null)) ? stryMutAct_9fa48("571") ? "" : (stryCov_9fa48("571"), 'needs a dated state') : stryMutAct_9fa48("572") ? "" : (stryCov_9fa48("572"), 'is required by a dated state'), stryMutAct_9fa48("573") ? "" : (stryCov_9fa48("573"), 'inputs.date'), i.date);
    // everything read from the caller's objects (which may run getters) is read before the scratch
    // objects below are written: nothing can re-enter between there and the end of the step
    const rf = (stryMutAct_9fa48("576") ? i.financingRate !== undefined : stryMutAct_9fa48("575") ? false : stryMutAct_9fa48("574") ? true : (stryCov_9fa48("574", "575", "576"), i.financingRate === undefined)) ? financingRate : rateOption(i, stryMutAct_9fa48("577") ? "" : (stryCov_9fa48("577"), 'financingRate'), stryMutAct_9fa48("578") ? "" : (stryCov_9fa48("578"), 'inputs'), 0);
    const sp = (stryMutAct_9fa48("581") ? i.spread !== undefined : stryMutAct_9fa48("580") ? false : stryMutAct_9fa48("579") ? true : (stryCov_9fa48("579", "580", "581"), i.spread === undefined)) ? spread : rateOption(i, stryMutAct_9fa48("582") ? "" : (stryCov_9fa48("582"), 'spread'), stryMutAct_9fa48("583") ? "" : (stryCov_9fa48("583"), 'inputs'), 0);
    const q = (stryMutAct_9fa48("586") ? i.dividendYield !== undefined : stryMutAct_9fa48("585") ? false : stryMutAct_9fa48("584") ? true : (stryCov_9fa48("584", "585", "586"), i.dividendYield === undefined)) ? dividendYield : rateOption(i, stryMutAct_9fa48("587") ? "" : (stryCov_9fa48("587"), 'dividendYield'), stryMutAct_9fa48("588") ? "" : (stryCov_9fa48("588"), 'inputs'), 0);
    const f = (stryMutAct_9fa48("591") ? i.expenseRatio !== undefined : stryMutAct_9fa48("590") ? false : stryMutAct_9fa48("589") ? true : (stryCov_9fa48("589", "590", "591"), i.expenseRatio === undefined)) ? expenseRatio : rateOption(i, stryMutAct_9fa48("592") ? "" : (stryCov_9fa48("592"), 'expenseRatio'), stryMutAct_9fa48("593") ? "" : (stryCov_9fa48("593"), 'inputs'), 0);
    let lastDate = stateDate;
    let days = 0;
    if (stryMutAct_9fa48("596") ? stateDate === null : stryMutAct_9fa48("595") ? false : stryMutAct_9fa48("594") ? true : (stryCov_9fa48("594", "595", "596"), stateDate !== null)) {
      if (stryMutAct_9fa48("597")) {
        {}
      } else {
        stryCov_9fa48("597");
        lastDate = parseDate(i.date, stryMutAct_9fa48("598") ? "" : (stryCov_9fa48("598"), 'inputs.date'));
        days = calendarDays(stateDate, lastDate);
        if (stryMutAct_9fa48("601") ? false : stryMutAct_9fa48("600") ? true : stryMutAct_9fa48("599") ? days >= 1 : (stryCov_9fa48("599", "600", "601"), !(stryMutAct_9fa48("605") ? days < 1 : stryMutAct_9fa48("604") ? days > 1 : stryMutAct_9fa48("603") ? false : stryMutAct_9fa48("602") ? true : (stryCov_9fa48("602", "603", "604", "605"), days >= 1)))) guard.fail(stryMutAct_9fa48("606") ? "" : (stryCov_9fa48("606"), 'INVALID_DATE'), stryMutAct_9fa48("607") ? "" : (stryCov_9fa48("607"), 'must be after the last close'), stryMutAct_9fa48("608") ? "" : (stryCov_9fa48("608"), 'inputs.date'), i.date);
      }
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
    a.logNav = stryMutAct_9fa48("609") ? logNavSum - logNavCompensation : (stryCov_9fa48("609"), logNavSum + logNavCompensation);
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
    p.tau360 = (stryMutAct_9fa48("612") ? stateDate !== null : stryMutAct_9fa48("611") ? false : stryMutAct_9fa48("610") ? true : (stryCov_9fa48("610", "611", "612"), stateDate === null)) ? stryMutAct_9fa48("613") ? 1 * (periodsPerYear as number) : (stryCov_9fa48("613"), 1 / (periodsPerYear as number)) : stryMutAct_9fa48("614") ? days * 360 : (stryCov_9fa48("614"), days / 360);
    p.tau365 = (stryMutAct_9fa48("617") ? stateDate !== null : stryMutAct_9fa48("616") ? false : stryMutAct_9fa48("615") ? true : (stryCov_9fa48("615", "616", "617"), stateDate === null)) ? stryMutAct_9fa48("618") ? 1 * (periodsPerYear as number) : (stryCov_9fa48("618"), 1 / (periodsPerYear as number)) : stryMutAct_9fa48("619") ? days * 365 : (stryCov_9fa48("619"), days / 365);
    advance(a, rebalance, leverage, r, p);
    checkStep(a, stryMutAct_9fa48("620") ? false : (stryCov_9fa48("620"), true), stryMutAct_9fa48("621") ? "" : (stryCov_9fa48("621"), 'indexReturn'), r);
    return copyState(stryMutAct_9fa48("622") ? out && makeState(0, 'daily', 0, 0, 0, 0, null, null, 0, 1, 0, 0, 0, 0, 0, null) : (stryCov_9fa48("622"), out ?? makeState(0, stryMutAct_9fa48("623") ? "" : (stryCov_9fa48("623"), 'daily'), 0, 0, 0, 0, null, null, 0, 1, 0, 0, 0, 0, 0, null)), a);
  }
}

/**
 * `from`'s fields into `to`, one store each: from object to object, so no double
 * is boxed on the way (as it would be passed as an argument or by `Object.assign`).
 */
function copyState(to: object, from: NavState): NavState {
  if (stryMutAct_9fa48("624")) {
    {}
  } else {
    stryCov_9fa48("624");
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
}

/** A `NavState` the step writes to. */
type Writable = { -readonly [K in keyof NavState]: NavState[K] };

/** The running values of the step in progress (reused: a step allocates no state of its own when given `out`). */
const SCRATCH: NavState = /* @__PURE__ */makeState(0, stryMutAct_9fa48("625") ? "" : (stryCov_9fa48("625"), 'daily'), 0, 0, 0, 0, null, null, 0, 1, 0, 0, 0, 0, 0, null);
/** The rates and year fractions of the step in progress. */
const PERIOD: Period = stryMutAct_9fa48("626") ? {} : (stryCov_9fa48("626"), {
  financingRate: 0,
  spread: 0,
  dividendYield: 0,
  expenseRatio: 0,
  tau360: 0,
  tau365: 0
});

/** A finite number. */
const finite = stryMutAct_9fa48("627") ? () => undefined : (stryCov_9fa48("627"), (() => {
  const finite = (v: unknown): v is number => stryMutAct_9fa48("630") ? typeof v === 'number' || v - v === 0 : stryMutAct_9fa48("629") ? false : stryMutAct_9fa48("628") ? true : (stryCov_9fa48("628", "629", "630"), (stryMutAct_9fa48("632") ? typeof v !== 'number' : stryMutAct_9fa48("631") ? true : (stryCov_9fa48("631", "632"), typeof v === (stryMutAct_9fa48("633") ? "" : (stryCov_9fa48("633"), 'number')))) && (stryMutAct_9fa48("635") ? v - v !== 0 : stryMutAct_9fa48("634") ? true : (stryCov_9fa48("634", "635"), (stryMutAct_9fa48("636") ? v + v : (stryCov_9fa48("636"), v - v)) === 0)));
  return finite;
})());
/** A finite number `≥ min`. */
const atLeast = stryMutAct_9fa48("637") ? () => undefined : (stryCov_9fa48("637"), (() => {
  const atLeast = (v: unknown, min: number): v is number => stryMutAct_9fa48("640") ? finite(v) || v >= min : stryMutAct_9fa48("639") ? false : stryMutAct_9fa48("638") ? true : (stryCov_9fa48("638", "639", "640"), finite(v) && (stryMutAct_9fa48("643") ? v < min : stryMutAct_9fa48("642") ? v > min : stryMutAct_9fa48("641") ? true : (stryCov_9fa48("641", "642", "643"), v >= min)));
  return atLeast;
})());
/** A whole number `≥ 0`. */
const whole = stryMutAct_9fa48("644") ? () => undefined : (stryCov_9fa48("644"), (() => {
  const whole = (v: unknown): v is number => stryMutAct_9fa48("647") ? Number.isInteger(v) || v as number >= 0 : stryMutAct_9fa48("646") ? false : stryMutAct_9fa48("645") ? true : (stryCov_9fa48("645", "646", "647"), Number.isInteger(v) && (stryMutAct_9fa48("650") ? v as number < 0 : stryMutAct_9fa48("649") ? v as number > 0 : stryMutAct_9fa48("648") ? true : (stryCov_9fa48("648", "649", "650"), v as number >= 0)));
  return whole;
})());