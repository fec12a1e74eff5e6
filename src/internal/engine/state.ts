/**
 * The NAV state of docs/concepts.md §3: its type, its named creation and its
 * copy, written once for the batch paths of `nav` and the streaming step of
 * `stream`.
 *
 * @internal
 * @module
 */
import type { RebalanceRule } from '../options/rebalance-rule.ts';

/**
 * The state of a streaming NAV computation: O(1) numbers, a plain readonly
 * object. Create it with `navState`, advance it with `stepNav`
 * (`@inverse-math/core/stream`).
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

/** A `NavState` being written: the record the one-period step advances. */
export type Acc = { -readonly [K in keyof NavState]: NavState[K] };

/** What a new state is made of: the fund, its default rates and clock (absent: no costs, no dates), and the NAV at period 0. */
export interface StateStart {
  /** The target multiple `L`. */
  readonly leverage: number;
  /** The rebalancing rule (validated). */
  readonly rebalance: RebalanceRule;
  /** Default financing rate (default 0, as the other rates). */
  readonly financingRate?: number;
  /** Default spread. */
  readonly spread?: number;
  /** Default dividend yield. */
  readonly dividendYield?: number;
  /** Default expense ratio. */
  readonly expenseRatio?: number;
  /** Periods per year, or `null` (the default) on dates. */
  readonly periodsPerYear?: number | null;
  /** The first close (epoch ms), or `null` (the default) without dates. */
  readonly lastDate?: number | null;
  /** `NAV_0 > 0`. */
  readonly nav: number;
}

/**
 * The state at period 0 (exposure ratio `L`, nothing stepped yet): one new
 * object with its final shape, the fields of `s` (a {@link StateStart}
 * literal, so every state has the same shape) first.
 */
export function createState(s: StateStart): Acc {
  const logNav = Math.log(s.nav);
  const L = s.leverage;
  // written out, not spread: spreading the start made each creation ~100 µs under tsx (a slow path of object spread)
  return {
    leverage: L,
    rebalance: s.rebalance,
    financingRate: s.financingRate ?? 0,
    spread: s.spread ?? 0,
    dividendYield: s.dividendYield ?? 0,
    expenseRatio: s.expenseRatio ?? 0,
    periodsPerYear: s.periodsPerYear ?? null,
    lastDate: s.lastDate ?? null,
    nav: s.nav,
    period: 0,
    logNav,
    logNavSum: logNav,
    logNavCompensation: 0,
    leverageRatio: L,
    periodsSinceRebalance: 0,
    rebalances: 0,
    wipedOutAt: null,
  };
}

/**
 * `from`'s fields into `to`, one store each: from object to object, so no
 * double is boxed on the way (as it would be passed as an argument or by
 * `Object.assign`). Returns `to`.
 */
export function copyState(to: Acc, from: NavState): Acc {
  to.leverage = from.leverage;
  to.rebalance = from.rebalance;
  to.financingRate = from.financingRate;
  to.spread = from.spread;
  to.dividendYield = from.dividendYield;
  to.expenseRatio = from.expenseRatio;
  to.periodsPerYear = from.periodsPerYear;
  to.lastDate = from.lastDate;
  to.period = from.period;
  to.nav = from.nav;
  to.logNav = from.logNav;
  to.logNavSum = from.logNavSum;
  to.logNavCompensation = from.logNavCompensation;
  to.leverageRatio = from.leverageRatio;
  to.periodsSinceRebalance = from.periodsSinceRebalance;
  to.rebalances = from.rebalances;
  to.wipedOutAt = from.wipedOutAt;
  return to;
}

/**
 * One period's index return, annual rates (financing, spread, dividend
 * yield, expenses) and year fractions (actual/360, actual/365). Passed to the step as one object
 * that the callers reuse and overwrite each period: reading doubles from an
 * object's fields inside the step boxes none of them, as passing them one by
 * one as arguments would.
 */
export interface Period {
  /** The index simple return of the period. */
  indexReturn: number;
  financingRate: number;
  spread: number;
  dividendYield: number;
  expenseRatio: number;
  tau360: number;
  tau365: number;
}

/** A new {@link Period} (all zeros). */
export function newPeriod(): Period {
  return { indexReturn: 0, financingRate: 0, spread: 0, dividendYield: 0, expenseRatio: 0, tau360: 0, tau365: 0 };
}
