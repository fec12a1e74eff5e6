/**
 * The one step of the NAV recursion (docs/concepts.md §3), shared by the batch
 * paths of `nav` and by `stepNav` of `stream`, so that both produce the same
 * numbers bit for bit.
 *
 * @internal
 * @module
 */
import { carry } from '../accrual.ts';
import * as guard from '../guards.ts';
import type { RebalanceRule } from '../options/rebalance-rule.ts';
import type { Acc, Period } from './state.ts';

// A local binding of the kernel (some loaders turn imported bindings into per-call getters).
const carryOf = carry;

/**
 * A rebalancing rule as the two numbers the step tests: the exposure is reset
 * after `every` periods, or when `|ℓ − L| > band·|L|`. `'daily'` is
 * `every = 1`; `{ every: k }` has no band (`∞`), `{ band: b }` no count (`∞`).
 */
export interface Cadence {
  /** Periods between resets (`1` daily; `∞` for a band rule). */
  readonly every: number;
  /** Half-width of the band as a fraction of `|L|` (`∞` for a count rule). */
  readonly band: number;
}

/** The {@link Cadence} of a validated rule. */
export function cadence(rule: RebalanceRule): Cadence {
  if (rule === 'daily') return { every: 1, band: Infinity };
  return 'every' in rule ? { every: rule.every, band: Infinity } : { every: Infinity, band: rule.band };
}

/**
 * Advance `a` one period: the period's index return, annual rates and year
 * fractions `p`, the target multiple `a.leverage`, the rule as `every` /
 * `band` ({@link Cadence}). Inputs are validated by the caller. Every number
 * comes in an object's field, none as an argument: a call the compiler does
 * not inline then boxes no double. A growth excess that
 * is `NaN` (`∞ − ∞` among the period's terms) is an overflow, not a wipe-out:
 * it leaves a `NaN` log-NAV for {@link stepIsFinite} to report.
 */
export function advance(a: Acc, rule: Cadence, p: Period): void {
  const t = a.period;
  a.period = t + 1;
  if (a.wipedOutAt !== null) return;
  const ell = a.leverageRatio;
  const r = p.indexReturn;
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
  const L = a.leverage;
  if (since >= rule.every || Math.abs(drift - L) > rule.band * Math.abs(L)) {
    a.leverageRatio = L;
    a.periodsSinceRebalance = 0;
    a.rebalances++;
  } else {
    a.leverageRatio = drift;
    a.periodsSinceRebalance = since;
  }
}

/**
 * Whether the last step left finite values: a finite log-NAV and exposure
 * ratio, and (when `nav`) a finite NAV. A wipe-out (NAV 0, log-NAV `−∞`) is
 * finite in this sense; a `NaN` or `+∞` is an overflow, which the caller
 * reports with {@link overflow}, naming the period's return.
 */
export function stepIsFinite(a: Acc, nav: boolean): boolean {
  return a.logNav < Infinity && a.leverageRatio - a.leverageRatio === 0 && (a.nav < Infinity || !nav);
}

/** Throw `NON_FINITE` ("overflows a double") for the return `value` of `argument` (element `index`). */
export function overflow(argument: string, value: unknown, index?: number): never {
  return guard.fail('NON_FINITE', 'overflows a double', argument, value, index);
}
