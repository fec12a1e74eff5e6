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
 * `round(amount × τ, decimals, mode)` with the year fraction `τ` of period
 * `i` on `basis` (360 or 365 days, or `1/periodsPerYear` without dates),
 * exactly: `amount` is the signed product of a balance and an annual rate.
 */
export function exactAccrual(
  amount: Decimal,
  schedule: DecimalSchedule,
  i: number,
  basis: number,
  decimals: number,
  mode: RoundingMode,
): Decimal {
  const days = schedule.days === null ? 1 : (schedule.days[i] as number);
  const denominator = schedule.days === null ? new X(schedule.periodsPerYear) : new X(basis);
  const scale = new X(10).pow(decimals);
  // exact products (X has 1e9 digits), one exact division-and-rounding
  return roundQuotient(new X(amount).times(days).times(scale), denominator, mode).div(scale);
}
