import * as guard from '../internal/guards.ts';
import { readCostSchedule, type CostSchedule } from '../internal/schedule.ts';

/**
 * When the fund resets its exposure to `L × NAV`.
 *
 * - `'daily'` (default): at every close, the daily-reset fund of docs/concepts.md §3.
 * - `{ every: k }`: at every `k`-th close (after periods `k, 2k, …`); in
 *   between, the fund holds a fixed position (see {@link NavOptions}).
 * - `{ band: b }`: at a close where the exposure/NAV ratio `ℓ` has left the
 *   band `L·(1 ± b)`, i.e. `|ℓ − L| > b·|L|`.
 */
export type RebalanceRule =
  | 'daily'
  | {
      /** Rebalance after every `k`-th period (a whole number `≥ 1`; `1` is daily). */
      readonly every: number;
    }
  | {
      /** Half-width `b ≥ 0` of the band, as a fraction of `|L|` (`0` is daily). */
      readonly band: number;
    };

/**
 * Options of the NAV functions: the cost model of docs/concepts.md §3 and the
 * rebalancing rule.
 *
 * One period `t` (from close `t` to close `t + 1`) with exposure ratio
 * `ℓ = E/A` at the start of the period:
 *
 * `A_{t+1}/A_t = 1 + ℓ·(r_t + q·τ365) + (1 − ℓ)·rf·τ360 − |ℓ|·s·τ360 − f·τ365`
 *
 * With daily rebalancing `ℓ = L` every period. Between rebalances of a
 * `{ every }` or `{ band }` rule the fund holds a fixed position: the exposure
 * drifts with the index, `E ← E·(1 + r_t)`, the NAV moves by `E·r_t` plus the
 * carry, and costs accrue on the actual exposure `ℓ`, not on `L`. Dividends
 * (`q`) are paid in cash and do not change the exposure.
 */
export interface NavOptions {
  /** The target multiple `L` (signed: −1 inverse, 2, −3 …). */
  readonly leverage: number;
  /** Expense ratio `f`, annual fraction (`0.0089` is 0.89 %), accrued actual/365; default 0. */
  readonly expenseRatio?: number | ArrayLike<number>;
  /** Financing rate `rf`, annual fraction, actual/360; a number or one value per return; default 0. May be negative. */
  readonly financingRate?: number | ArrayLike<number>;
  /** Swap/borrow spread `s` on `|ℓ|` notional, annual fraction, actual/360; default 0. */
  readonly spread?: number | ArrayLike<number>;
  /** Dividend yield `q` of a price index, annual fraction, actual/365; default 0. */
  readonly dividendYield?: number | ArrayLike<number>;
  /** Periods per year when no `dates` are given: every year fraction is `1/periodsPerYear`; default 252. */
  readonly periodsPerYear?: number;
  /** The closes: ISO 8601 strings (`'2024-03-08'`) or `Date`s, one more than the returns, on increasing UTC calendar days. */
  readonly dates?: ReadonlyArray<string | Date>;
  /** The rebalancing rule; default `'daily'`. */
  readonly rebalance?: RebalanceRule;
  /** NAV at the start, `> 0`; default 1. */
  readonly initialNav?: number;
}

/** Validated NAV options. @internal */
export interface NavPlan {
  /** The options object. */
  readonly o: Readonly<Record<string, unknown>>;
  readonly leverage: number;
  readonly initialNav: number;
  readonly rule: RebalanceRule;
  /** The cost schedule of `periods` returns; `null` when read for a streaming state. */
  readonly schedule: CostSchedule | null;
}

/**
 * Validate a rebalancing rule: `'daily'` (or absent), or an object with
 * exactly one field, `every` (a whole number `≥ 1`) or `band` (`≥ 0`).
 * Returns the rule as given (never mutated); the valid case allocates
 * nothing, so the streaming step can check its state's rule every period.
 * @internal
 */
export function readRule(value: unknown, argument: string): RebalanceRule {
  if (value === undefined || value === 'daily') return 'daily';
  const o = value as { every?: unknown; band?: unknown };
  let keys = 0;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) for (const _ in o) keys++;
  if (keys === 1 && o.every !== undefined) {
    if (!(Number.isInteger(o.every) && (o.every as number) >= 1)) guard.integer(o.every, `${argument}.every`, 1);
    return o as RebalanceRule;
  }
  if (keys === 1 && o.band !== undefined) {
    if (!(typeof o.band === 'number' && o.band >= 0 && o.band < Infinity)) guard.nonNegative(o.band, `${argument}.band`);
    return o as RebalanceRule;
  }
  return guard.fail('INVALID_OPTION', "must be 'daily', { every: k } or { band: b }", argument, value);
}

/** Validate the options shared by the batch functions and `navState`, and the cost schedule of `periods` returns (`null`: none). @internal */
export function readNavPlan(options: unknown, periods: number | null): NavPlan {
  const o = guard.options(options);
  return {
    o,
    leverage: guard.finite(o.leverage, 'options.leverage'),
    initialNav: o.initialNav === undefined ? 1 : guard.positive(o.initialNav, 'options.initialNav'),
    rule: readRule(o.rebalance, 'options.rebalance'),
    schedule: periods === null ? null : readCostSchedule(o, periods),
  };
}
