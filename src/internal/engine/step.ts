/**
 * The one step of the NAV recursion, shared by the general batch path and by
 * `stepNav` so that both produce the same numbers bit for bit.
 *
 * @internal
 * @module
 */
import { carry } from '../internal/accrual.ts';
import * as guard from '../internal/guards.ts';
import type { RebalanceRule } from './options.ts';
import type { NavState } from '../stream/stream.ts';

// A local binding of the kernel (some loaders turn imported bindings into per-call getters).
const carryOf = carry;

/** The recursion's running values: the fields of a `NavState` that a step changes. @internal */
export interface Acc {
  period: number;
  nav: number;
  logNav: number;
  logNavSum: number;
  logNavCompensation: number;
  leverageRatio: number;
  periodsSinceRebalance: number;
  rebalances: number;
  wipedOutAt: number | null;
}

/**
 * A `NavState` from its fields, positional (`logNav` is `logNavSum +
 * logNavCompensation`): one new object with its final shape.
 * @internal
 */
export function makeState(
  leverage: number,
  rebalance: RebalanceRule,
  financingRate: number,
  spread: number,
  dividendYield: number,
  expenseRatio: number,
  periodsPerYear: number | null,
  lastDate: number | null,
  period: number,
  nav: number,
  logNavSum: number,
  logNavCompensation: number,
  leverageRatio: number,
  periodsSinceRebalance: number,
  rebalances: number,
  wipedOutAt: number | null,
): NavState & Acc {
  return { leverage, rebalance, financingRate, spread, dividendYield, expenseRatio, periodsPerYear, lastDate, period, nav, logNav: logNavSum + logNavCompensation, logNavSum, logNavCompensation, leverageRatio, periodsSinceRebalance, rebalances, wipedOutAt };
}

/**
 * One period's annual rates (financing, spread, dividend yield, expenses) and
 * year fractions (actual/360, actual/365). Passed to {@link advance} as one
 * object that the callers reuse and overwrite each period: reading doubles
 * from an object's fields inside the step boxes none of them, as passing them
 * one by one as arguments would.
 * @internal
 */
export interface Period {
  financingRate: number;
  spread: number;
  dividendYield: number;
  expenseRatio: number;
  tau360: number;
  tau365: number;
}

/**
 * Advance `a` one period: index return `r`, the period's annual rates
 * and year fractions `p`. Inputs are
 * validated by the caller. A growth excess that is `NaN` (`∞ − ∞` among the
 * period's terms) is an overflow, not a wipe-out: it leaves a `NaN` log-NAV
 * for {@link overflowed} to report.
 */
export function advance(a: Acc, rule: RebalanceRule, L: number, r: number, p: Period): void {
  const t = a.period;
  a.period = t + 1;
  if (a.wipedOutAt !== null) return;
  const ell = a.leverageRatio;
  const x = ell * r + carryOf(ell, p.financingRate, p.spread, p.dividendYield, p.expenseRatio, p.tau360, p.tau365);
  if (x <= -1) {
    a.nav = 0;
    a.logNav = a.logNavSum = Number.NEGATIVE_INFINITY;
    a.logNavCompensation = a.leverageRatio = 0;
    a.wipedOutAt = t;
    return;
  }
  const g = 1 + x;
  a.nav *= g;
  const y = Math.log1p(x);
  const u = a.logNavSum;
  const v = u + y;
  const c = a.logNavCompensation + (Math.abs(u) >= Math.abs(y) ? u - v + y : y - v + u);
  a.logNavSum = v;
  a.logNavCompensation = c;
  a.logNav = v + c;
  const since = a.periodsSinceRebalance + 1;
  const drift = (ell * (1 + r)) / g;
  if (rule === 'daily' || ('every' in rule ? since >= rule.every : Math.abs(drift - L) > rule.band * Math.abs(L))) {
    a.leverageRatio = L;
    a.periodsSinceRebalance = 0;
    a.rebalances++;
  } else {
    a.leverageRatio = drift;
    a.periodsSinceRebalance = since;
  }
}

/**
 * Throw `NON_FINITE` ("overflows a double") when the last step left a value
 * that is not a finite double: a `NaN` or `+∞` log-NAV or exposure ratio, or
 * (when `nav`) an infinite NAV. A wipe-out (NAV 0, log-NAV `−∞`) is not an
 * overflow. `argument`, `value` and `index` name the period's return.
 * @internal
 */
export function checkStep(a: Acc, nav: boolean, argument: string, value: unknown, index?: number): void {
  if (!(a.logNav < Infinity && a.leverageRatio - a.leverageRatio === 0 && (a.nav < Infinity || !nav))) guard.fail('NON_FINITE', 'overflows a double', argument, value, index);
}
