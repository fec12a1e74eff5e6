/**
 * The one step of the NAV recursion, shared by the batch functions and by
 * `stepNav` so that both produce the same numbers bit for bit.
 *
 * @internal
 * @module
 */
import { carry, growthExcess, type PeriodRates } from '../internal/accrual.ts';
import type { RebalanceRule } from './options.ts';

// Local bindings of the kernel (some loaders turn imported bindings into per-call getters).
const carryOf = carry;
const excessOf = growthExcess;

/** Mutable accumulator of the recursion. @internal */
export interface Acc {
  /** Periods stepped so far. */
  period: number;
  /** NAV (linear). */
  nav: number;
  /** Log-NAV: Neumaier running sum and its compensation (`logNav = s + c`). */
  s: number;
  c: number;
  /** Exposure/NAV ratio `ℓ` for the next period. */
  ratio: number;
  /** Periods since the last rebalance. */
  since: number;
  /** Number of rebalances. */
  rebalances: number;
  /** Period of the wipe-out, `-1` while solvent. */
  wipedOutAt: number;
}

/** A fresh accumulator at `initialNav`, exposure `L × NAV`. @internal */
export function startAcc(leverage: number, initialNav: number): Acc {
  return { period: 0, nav: initialNav, s: Math.log(initialNav), c: 0, ratio: leverage, since: 0, rebalances: 0, wipedOutAt: -1 };
}

/**
 * Advance one period: index return `r`, the period's rates and year
 * fractions. Inputs are validated by the caller.
 */
export function advance(acc: Acc, rule: RebalanceRule, leverage: number, r: number, rates: PeriodRates, tau360: number, tau365: number): void {
  const t = acc.period;
  acc.period = t + 1;
  if (acc.wipedOutAt >= 0) return;
  const ell = acc.ratio;
  const x = excessOf(r, ell, carryOf(ell, rates, tau360, tau365));
  if (!(x > -1)) {
    acc.nav = 0;
    acc.s = Number.NEGATIVE_INFINITY;
    acc.c = 0;
    acc.ratio = 0;
    acc.wipedOutAt = t;
    return;
  }
  const g = 1 + x;
  acc.nav *= g;
  const y = Math.log1p(x);
  const s = acc.s;
  const u = s + y;
  acc.c += Math.abs(s) >= Math.abs(y) ? s - u + y : y - u + s;
  acc.s = u;
  const since = acc.since + 1;
  if (rule === 'daily' || ('every' in rule ? since >= rule.every : Math.abs((ell * (1 + r)) / g - leverage) > rule.band * Math.abs(leverage))) {
    acc.ratio = leverage;
    acc.since = 0;
    acc.rebalances++;
  } else {
    acc.ratio = (ell * (1 + r)) / g;
    acc.since = since;
  }
}
