/**
 * Cost schedule of a path: the options of the docs/concepts.md §3 cost model
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
  /** The annual rates in the order of {@link RATES}: financing `rf`, spread `s` on `|L|` notional, dividend yield `q` of a price index, expense ratio `f`. */
  readonly rates: readonly RateInput[];
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

/** The cost-rate options, as the public API spells them: financing may be negative, the others are `≥ 0`. */
export type RateName = 'financingRate' | 'spread' | 'dividendYield' | 'expenseRatio';

/** The cost-rate options in the order of {@link carry}'s arguments. */
export const RATES: readonly RateName[] = ['financingRate', 'spread', 'dividendYield', 'expenseRatio'];

/** Check one value of rate `name` (financing: finite; the others: finite and `≥ 0`). */
export function checkRate(name: RateName, value: unknown, argument: string, index?: number): number {
  return name === 'financingRate' ? guard.finite(value, argument, index) : guard.nonNegative(value, argument, index);
}

/**
 * The constant rate `o[name]`, or `fallback` when it is absent. The valid case
 * allocates nothing (the argument name is built only to report an error), so
 * the streaming step can call it every period.
 */
export function rateOption(o: Readonly<Record<string, unknown>>, name: RateName, prefix: string, fallback: number): number {
  const v = o[name];
  if (v === undefined) return fallback;
  return typeof v === 'number' && v - v === 0 && (v >= 0 || name === 'financingRate') ? v : checkRate(name, v, `${prefix}.${name}`);
}

/**
 * Periods per year (default 252), or `null` when the options give `dateKey`
 * (`dates`, `startDate`) instead; both is `INVALID_OPTION`.
 */
export function readTime(o: Readonly<Record<string, unknown>>, dateKey: string, prefix: string): number | null {
  const ppy = o.periodsPerYear;
  if (o[dateKey] !== undefined) {
    if (ppy !== undefined) guard.fail('INVALID_OPTION', `give ${dateKey} or periodsPerYear, not both`, `${prefix}.periodsPerYear`, ppy);
    return null;
  }
  return ppy === undefined ? 252 : guard.positive(ppy, `${prefix}.periodsPerYear`);
}

/**
 * Validate the cost options for a path of `periods` returns. Financing may be
 * negative (negative policy rates); spread, dividend yield and expense ratio
 * must be `≥ 0`. Errors name the option as `${prefix}.<name>`.
 */
export function readCostSchedule(o: CostOptionsInput, periods: number, prefix = 'options'): CostSchedule {
  const opts = o as Readonly<Record<string, unknown>>;
  const rate = (name: RateName): RateInput => {
    const value = opts[name];
    if (value === undefined || typeof value === 'number') return rateOption(opts, name, prefix, 0);
    const argument = `${prefix}.${name}`;
    const s = guard.arrayLike(value, argument, 1);
    guard.sameLength(s, s, argument, periods);
    for (let i = 0; i < s.length; i++) checkRate(name, s[i], argument, i);
    return s;
  };
  const rates = RATES.map(rate);
  const ppy = readTime(opts, 'dates', prefix);
  const days = ppy === null ? parseDayCounts(o.dates, `${prefix}.dates`, periods + 1) : null;
  return { periods, rates, yearFraction: 1 / (ppy ?? 252), days, constant: days === null && rates.every((x) => typeof x === 'number') };
}

/** Element `i` of a rate (a constant, or a series). */
export function at(x: RateInput, i: number): number {
  return typeof x === 'number' ? x : (x[i] as number);
}

/** The year fraction of period `i` on a day basis (`360`: financing and spread; `365`: expenses and dividends). */
export function tauAt(s: CostSchedule, i: number, basis: number): number {
  return s.days === null ? s.yearFraction : (s.days[i] as number) / basis;
}

/** The carry of period `i` at exposure ratio `leverage` (docs/concepts.md §3, {@link carry}). */
export function carryAt(s: CostSchedule, leverage: number, i: number): number {
  const r = s.rates as [RateInput, RateInput, RateInput, RateInput];
  return carry(leverage, at(r[0], i), at(r[1], i), at(r[2], i), at(r[3], i), tauAt(s, i, 360), tauAt(s, i, 365));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** One date (ISO 8601 string or valid `Date`) as epoch milliseconds: `INVALID_TYPE` for anything else, `INVALID_DATE` for an invalid one. */
export function parseDate(value: unknown, argument: string, index?: number): number {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'string' && ISO_DATE.test(value) ? Date.parse(value) : Number.NaN;
  if (!Number.isFinite(ms)) {
    guard.fail(typeof value === 'string' || value instanceof Date ? 'INVALID_DATE' : 'INVALID_TYPE', 'must be an ISO 8601 date or a Date', argument, value, index);
  }
  return ms;
}

/**
 * The calendar days between consecutive dates of a series of `expected`
 * dates (ISO 8601 strings or `Date`s), each on a later UTC calendar day than
 * the one before: `expected − 1` counts, each `≥ 1`.
 */
export function parseDayCounts(value: unknown, argument: string, expected: number): Float64Array {
  if (!Array.isArray(value)) guard.fail('INVALID_TYPE', 'must be an array of dates', argument, value);
  const list = value as readonly unknown[];
  guard.sameLength(list, list, argument, expected);
  const out = new Float64Array(expected - 1);
  let last = parseDate(list[0], argument, 0);
  for (let i = 1; i < expected; i++) {
    const ms = parseDate(list[i], argument, i);
    const days = calendarDays(last, ms);
    if (!(days >= 1)) guard.fail('INVALID_DATE', 'must be on increasing calendar days', argument, list[i], i);
    out[i - 1] = days;
    last = ms;
  }
  return out;
}
