/**
 * The ledger's daily accruals, exactly: `amount × rate × d / basis` (or
 * `amount × rate / periodsPerYear` without dates) multiplied out exactly,
 * divided once and rounded once to the accrual's decimals under the ledger's
 * rounding mode. The year fraction is never rounded to the working precision
 * first: `d/360` at 34 digits would turn 450,000 × 0.0001 / 360 = 0.125 (a
 * tie, 0.12 half-even) into 0.1250…01 (0.13), and an exact −30.00 spread
 * (3/360 rounded down) into −29.99 under `'ceil'`.
 *
 * @internal
 * @module
 */
import type { Decimal } from 'decimal.js';
import { EXACT as X, type RoundingMode } from './context.ts';
import { roundQuotient } from './round.ts';
import type { DecimalSchedule } from './schedule.ts';

/**
 * The constant parts of a ledger's accruals, computed once per run: the
 * accrual's unit `10^−decimals`, and each day basis (360, 365 or
 * `periodsPerYear` without dates) times that unit.
 */
export interface AccrualRule {
  /** `10^−decimals`. */
  readonly unit: Decimal;
  /** `360 × unit` with dates, `periodsPerYear × unit` without. */
  readonly per360: Decimal;
  /** `365 × unit` with dates, `periodsPerYear × unit` without. */
  readonly per365: Decimal;
  /** Calendar days per period when dates were given, else `null` (one period is `1/periodsPerYear`). */
  readonly days: Float64Array | null;
  readonly mode: RoundingMode;
}

/** The accrual rule of a schedule, `decimals` places and `mode` (all exact: products and powers of ten). */
export function accrualRule(schedule: DecimalSchedule, decimals: number, mode: RoundingMode): AccrualRule {
  const unit = new X(10).pow(-decimals);
  const { days } = schedule;
  return {
    unit,
    per360: days === null ? unit.times(schedule.periodsPerYear) : unit.times(360),
    per365: days === null ? unit.times(schedule.periodsPerYear) : unit.times(365),
    days,
    mode,
  };
}

/**
 * `round(amount × τ, decimals, mode)` with the year fraction `τ` of period
 * `i` on a 360-day (`basis360`) or 365-day basis (`1/periodsPerYear` without
 * dates), exactly: `amount` is the signed product of a balance and an annual
 * rate. The whole number of units `round(amount·d / (basis × 10^−decimals))`
 * is decided on the exact quotient (./round.ts), then scaled by the unit.
 */
export function exactAccrual(amount: Decimal, rule: AccrualRule, i: number, basis360: boolean): Decimal {
  const days = rule.days === null ? 1 : (rule.days[i] as number);
  // exact products (X has 1e9 digits), one exact division-and-rounding
  const n = days === 1 ? amount : new X(amount).times(days);
  return roundQuotient(n, basis360 ? rule.per360 : rule.per365, rule.mode).times(rule.unit);
}
