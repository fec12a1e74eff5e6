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
 * Advance `a` one period: index return `r`, the period's annual rates and
 * year fractions `p`, target multiple `L`, the rule as `every` / `band`
 * ({@link Cadence}). Inputs are validated by the caller. A growth excess that
 * is `NaN` (`∞ − ∞` among the period's terms) is an overflow, not a wipe-out:
 * it leaves a `NaN` log-NAV for {@link checkStep} to report.
 */
export function advance(a: Acc, L: number, every: number, band: number, r: number, p: Period): void {
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
  if (since >= every || Math.abs(drift - L) > band * Math.abs(L)) {
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
 */
export function checkStep(a: Acc, nav: boolean, argument: string, value: unknown, index?: number): void {
  if (!(a.logNav < Infinity && a.leverageRatio - a.leverageRatio === 0 && (a.nav < Infinity || !nav))) {
    guard.fail('NON_FINITE', 'overflows a double', argument, value, index);
  }
}
