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
import type { RoundingMode } from './context.ts';
import { mul, quotientTo, whole } from './scaled-math.ts';
import { toScaled, type Scaled } from './scaled.ts';
import type { DecimalSchedule } from './schedule.ts';

/**
 * The constant parts of a ledger's accruals, computed once per run: the day
 * bases (360 and 365 with dates, `periodsPerYear` for both without) as scaled
 * integers (./scaled.ts), the accrual's decimals and rounding mode.
 */
export interface AccrualRule {
  /** 360 with dates, `periodsPerYear` without. */
  readonly basis360: Scaled;
  /** 365 with dates, `periodsPerYear` without. */
  readonly basis365: Scaled;
  /** Calendar days per period when dates were given, else `null` (one period is `1/periodsPerYear`). */
  readonly days: Float64Array | null;
  readonly decimals: number;
  readonly mode: RoundingMode;
}

/** The accrual rule of a schedule, `decimals` places and `mode`. */
export function accrualRule(schedule: DecimalSchedule, decimals: number, mode: RoundingMode): AccrualRule {
  const { days } = schedule;
  const perYear = toScaled(schedule.periodsPerYear);
  return {
    basis360: days === null ? perYear : { int: 360n, scale: 0 },
    basis365: days === null ? perYear : { int: 365n, scale: 0 },
    days,
    decimals,
    mode,
  };
}

/**
 * `round(amount × τ, decimals, mode)` with the year fraction `τ` of period
 * `i` on a 360-day (`basis360`) or 365-day basis (`1/periodsPerYear` without
 * dates), exactly: `amount` is the signed product of a balance and an annual
 * rate (a scaled integer, ./scaled-math.ts); `amount·d / basis` is rounded
 * once, decided on integers.
 */
export function exactAccrual(amount: Scaled, rule: AccrualRule, i: number, basis360: boolean): Scaled {
  const days = rule.days === null ? 1 : (rule.days[i] as number);
  const n = days === 1 ? amount : mul(amount, whole(days));
  return quotientTo(n, basis360 ? rule.basis360 : rule.basis365, rule.decimals, rule.mode);
}
