/**
 * Cost schedule of a path: the options of the MATH.md §3 cost model
 * (`expenseRatio`, `financingRate`, `spread`, `dividendYield`,
 * `periodsPerYear` or `dates`) validated once and turned into per-period year
 * fractions and rates. Shared by `nav` and the fund simulator so that both
 * read the same options the same way.
 *
 * - Each rate is a number (constant) or a series aligned with the returns
 *   (element `i` applies to period `i`, from close `i` to close `i + 1`).
 * - Time: `dates` (ISO `YYYY-MM-DD…` strings or `Date`, one more than the
 *   periods, strictly increasing calendar days) give `τ360 = d/360` and
 *   `τ365 = d/365`; otherwise both are `1/periodsPerYear` (default 252).
 *   Giving both is an `INVALID_OPTION` error.
 *
 * @internal
 * @module
 */
import { carry, calendarDays } from './accrual.ts';
import * as guard from './guards.ts';

/** A validated rate: a constant, or one value per period. */
export type RateInput = number | ArrayLike<number>;

/** Validated cost options of a path of `periods` periods. */
export interface CostSchedule {
  /** Number of periods (returns). */
  readonly periods: number;
  /** Financing rate `rf` (annual). */
  readonly financing: RateInput;
  /** Spread `s` on `|L|` notional (annual). */
  readonly spread: RateInput;
  /** Dividend yield `q` of a price index (annual). */
  readonly dividendYield: RateInput;
  /** Expense ratio `f` (annual). */
  readonly expenseRatio: RateInput;
  /** Year fraction per period when there are no dates: `1/periodsPerYear`. */
  readonly yearFraction: number;
  /** Calendar days per period when dates were given, else `null`. */
  readonly days: Float64Array | null;
  /** Every rate is a constant and there are no dates: one carry for every period. */
  readonly constant: boolean;
}

/** The names of the cost options, as the public API spells them. */
export interface CostOptionsInput {
  readonly expenseRatio?: unknown;
  readonly financingRate?: unknown;
  readonly spread?: unknown;
  readonly dividendYield?: unknown;
  readonly periodsPerYear?: unknown;
  readonly dates?: unknown;
}

type RateCheck = (value: unknown, argument: string, index?: number) => number;

function rate(value: unknown, argument: string, periods: number, check: RateCheck): RateInput {
  if (value === undefined) return 0;
  if (typeof value === 'number') return check(value, argument);
  const s = guard.series(value, argument, 1);
  guard.sameLength({ length: periods }, s, argument, periods);
  for (let i = 0; i < s.length; i++) check(s[i], argument, i);
  return s;
}

/**
 * Validate the cost options for a path of `periods` returns. Financing may be
 * negative (negative policy rates); spread, dividend yield and expense ratio
 * must be `≥ 0`. Errors name the option as `${prefix}.<name>`.
 */
export function readCostSchedule(o: CostOptionsInput, periods: number, prefix = 'options'): CostSchedule {
  const financing = rate(o.financingRate, `${prefix}.financingRate`, periods, guard.finite);
  const spread = rate(o.spread, `${prefix}.spread`, periods, guard.nonNegative);
  const dividendYield = rate(o.dividendYield, `${prefix}.dividendYield`, periods, guard.nonNegative);
  const expenseRatio = rate(o.expenseRatio, `${prefix}.expenseRatio`, periods, guard.nonNegative);
  let days: Float64Array | null = null;
  let yearFraction = 1 / 252;
  if (o.dates !== undefined) {
    if (o.periodsPerYear !== undefined) {
      guard.fail('INVALID_OPTION', 'give either dates or periodsPerYear, not both', `${prefix}.periodsPerYear`, o.periodsPerYear);
    }
    days = dayCounts(parseDates(o.dates, `${prefix}.dates`, periods + 1));
  } else if (o.periodsPerYear !== undefined) {
    yearFraction = 1 / guard.positive(o.periodsPerYear, `${prefix}.periodsPerYear`);
  }
  const constant =
    days === null &&
    typeof financing === 'number' &&
    typeof spread === 'number' &&
    typeof dividendYield === 'number' &&
    typeof expenseRatio === 'number';
  return { periods, financing, spread, dividendYield, expenseRatio, yearFraction, days, constant };
}

function at(x: RateInput, i: number): number {
  return typeof x === 'number' ? x : (x[i] as number);
}

/** `τ360` of period `i` (financing and spread year fraction). */
export function tau360At(s: CostSchedule, i: number): number {
  return s.days === null ? s.yearFraction : (s.days[i] as number) / 360;
}

/** `τ365` of period `i` (expense and dividend year fraction). */
export function tau365At(s: CostSchedule, i: number): number {
  return s.days === null ? s.yearFraction : (s.days[i] as number) / 365;
}

/** The carry of period `i` at exposure ratio `leverage` (MATH.md §3, {@link carry}). */
export function carryAt(s: CostSchedule, leverage: number, i: number): number {
  return carry(
    leverage,
    { financing: at(s.financing, i), spread: at(s.spread, i), dividendYield: at(s.dividendYield, i), expenseRatio: at(s.expenseRatio, i) },
    tau360At(s, i),
    tau365At(s, i),
  );
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** One date (ISO 8601 string or valid `Date`) as epoch milliseconds. */
export function parseDate(value: unknown, argument: string, index?: number): number {
  let ms = Number.NaN;
  if (value instanceof Date) ms = value.getTime();
  else if (typeof value === 'string' && ISO_DATE.test(value)) ms = Date.parse(value);
  else if (typeof value !== 'string') guard.fail('INVALID_TYPE', 'must be an ISO 8601 date string or a Date', argument, value, index);
  if (!Number.isFinite(ms)) guard.fail('INVALID_DATE', 'is not a valid ISO 8601 date (YYYY-MM-DD…) or Date', argument, value, index);
  return ms;
}

/**
 * A series of `expected` dates as epoch milliseconds, each on a later UTC
 * calendar day than the one before.
 */
export function parseDates(value: unknown, argument: string, expected: number): Float64Array {
  if (!Array.isArray(value)) guard.fail('INVALID_TYPE', 'must be an array of ISO 8601 date strings or Dates', argument, value);
  const list = value as readonly unknown[];
  if (list.length !== expected) guard.fail('LENGTH_MISMATCH', `must have length ${expected} (one more than the returns)`, argument, value);
  const out = new Float64Array(list.length);
  for (let i = 0; i < list.length; i++) {
    out[i] = parseDate(list[i], argument, i);
    if (i > 0 && !(calendarDays(out[i - 1] as number, out[i] as number) >= 1)) {
      guard.fail('INVALID_DATE', 'dates must fall on strictly increasing calendar days', argument, list[i], i);
    }
  }
  return out;
}

/** Calendar days between consecutive instants (`n + 1` dates → `n` counts). */
export function dayCounts(ms: Float64Array): Float64Array {
  const out = new Float64Array(Math.max(0, ms.length - 1));
  for (let i = 0; i < out.length; i++) out[i] = calendarDays(ms[i] as number, ms[i + 1] as number);
  return out;
}
