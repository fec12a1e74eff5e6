/**
 * Cost schedule of a path: the options of the docs/concepts.md §3 cost model
 * (`expenseRatio`, `financingRate`, `spread`, `dividendYield`,
 * `periodsPerYear` or `dates`) validated once and turned into per-period year
 * fractions and rates. One reader for the float entry (`nav`, `fund`) and the
 * decimal entry, generic over the number type ({@link NumberReader}), so both
 * read the same options with the same rules and messages.
 *
 * - Each rate is a number (constant) or a series aligned with the returns
 *   (element `i` applies to period `i`, from close `i` to close `i + 1`).
 * - Time: `dates` (ISO `YYYY-MM-DD…` strings, UTC without an offset, or
 *   `Date`, one more than the periods, strictly increasing UTC calendar days
 *   that exist: src/internal/dates.ts) give `τ360 = d/360` and
 *   `τ365 = d/365`; otherwise both are `1/periodsPerYear` (default 252).
 *   Giving both is an `INVALID_OPTION` error.
 *
 * @internal
 * @module
 */
import { calendarDays, carry } from '../accrual.ts';
import { parseDate } from '../dates.ts';
import * as guard from '../guards.ts';
import { FLOAT, isSeries, readSeries, type NumberReader } from './reader.ts';

export { parseDate };

/**
 * The cost options of docs/concepts.md §3, as every entry spells them: `V` is
 * how a value is written (`number` in the float entry, a decimal value in
 * `./decimal`). Each rate is a constant or one value per period (element `i`
 * applies from close `i` to close `i + 1`).
 */
export interface CostOptions<V = number> {
  /** Expense ratio `f`, annual fraction `≥ 0` (`0.0089` is 0.89 %), accrued actual/365; a constant or one value per period; default 0. */
  readonly expenseRatio?: V | ArrayLike<V> | undefined;
  /** Financing rate `rf`, annual fraction of any sign, actual/360; a constant or one value per period; default 0. */
  readonly financingRate?: V | ArrayLike<V> | undefined;
  /** Swap/borrow spread `s` on `|ℓ|` notional, annual fraction `≥ 0`, actual/360; a constant or one value per period; default 0. */
  readonly spread?: V | ArrayLike<V> | undefined;
  /** Dividend yield `q` of a price index, annual fraction `≥ 0`, actual/365; a constant or one value per period; default 0. */
  readonly dividendYield?: V | ArrayLike<V> | undefined;
  /** Periods per year when no `dates` are given: every year fraction is `1/periodsPerYear`; default 252. Exclusive with `dates`. */
  readonly periodsPerYear?: V | undefined;
  /** The closes: ISO 8601 strings (`'2024-03-08'`; a date-time without an offset is UTC) or `Date`s, one more than the periods, on increasing UTC calendar days that exist (`'2024-02-30'` is `INVALID_DATE`). Exclusive with `periodsPerYear`. */
  readonly dates?: ReadonlyArray<string | Date> | undefined;
}

/** A validated rate: a constant, or one value per period. */
export type RateInput<N = number> = N | ArrayLike<N>;

/** The cost-rate options, as the public API spells them: financing may be negative, the others are `≥ 0`. */
export type RateName = 'financingRate' | 'spread' | 'dividendYield' | 'expenseRatio';

/** The cost-rate options in the order of {@link carry}'s arguments. */
export const RATES: readonly RateName[] = ['financingRate', 'spread', 'dividendYield', 'expenseRatio'];

/** The keys of {@link CostOptions}. */
export const COST_KEYS: readonly string[] = /* @__PURE__ */ (RATES as readonly string[]).concat(
  'periodsPerYear',
  'dates',
);

/** Validated cost options of `periods` periods, in the number type `N`. */
export interface Costs<N> {
  /** The annual rates in the order of {@link RATES}: financing `rf`, spread `s`, dividend yield `q`, expense ratio `f`. */
  readonly rates: readonly [RateInput<N>, RateInput<N>, RateInput<N>, RateInput<N>];
  /** `periodsPerYear` as given, or `undefined` (dates, or the default 252). */
  readonly periodsPerYear: N | undefined;
  /** Calendar days per period when dates were given, else `null`. */
  readonly days: Float64Array | null;
  /** Every rate is a constant and there are no dates: one carry for every period. */
  readonly constant: boolean;
}

/**
 * `periodsPerYear` (`> 0`), or `undefined` when it is absent; giving it with a
 * date option (`dates`, `startDate`) is `INVALID_OPTION`.
 */
export function readPeriodsPerYear<N>(
  R: NumberReader<N>,
  ppy: unknown,
  dated: boolean,
  dateKey: string,
  prefix: string,
): N | undefined {
  if (ppy === undefined) return undefined;
  if (dated)
    guard.fail('INVALID_OPTION', `give ${dateKey} or periodsPerYear, not both`, `${prefix}.periodsPerYear`, ppy);
  return R.positive(ppy, `${prefix}.periodsPerYear`);
}

/**
 * Validate the cost options for a path of `periods` returns, each option read
 * once. Financing may be negative (negative policy rates); spread, dividend
 * yield and expense ratio must be `≥ 0`. Errors name the option as
 * `${prefix}.<name>`.
 */
export function readCosts<N>(
  R: NumberReader<N>,
  o: Readonly<Record<string, unknown>>,
  periods: number,
  prefix: string,
): Costs<N> {
  const { periodsPerYear, dates } = o;
  const dated = dates !== undefined;
  let constant = !dated;
  const rate = (name: RateName): RateInput<N> => {
    const value = o[name];
    const argument = `${prefix}.${name}`;
    const read = name === 'financingRate' ? R.finite : R.nonNegative;
    if (value === undefined) return R.zero;
    if (!isSeries(value)) return read(value, argument);
    const s = readSeries(R, value, argument, 1, read);
    guard.sameLength(s, s, argument, periods);
    constant = false;
    return s;
  };
  const rates = RATES.map(rate) as unknown as Costs<N>['rates'];
  const ppy = readPeriodsPerYear(R, periodsPerYear, dated, 'dates', prefix);
  const days = dated ? parseDayCounts(dates, `${prefix}.dates`, periods + 1) : null;
  return { rates, periodsPerYear: ppy, days, constant };
}

/** Validated float cost options of a path of `periods` periods. */
export interface CostSchedule {
  /** The annual rates in the order of {@link RATES}. */
  readonly rates: readonly [RateInput, RateInput, RateInput, RateInput];
  /** Year fraction per period when there are no dates: `1/periodsPerYear`. */
  readonly yearFraction: number;
  /** Calendar days per period when dates were given, else `null`. */
  readonly days: Float64Array | null;
  /** Every rate is a constant and there are no dates: one carry for every period. */
  readonly constant: boolean;
}

/** {@link readCosts} for the float entry, with the year fraction `1/periodsPerYear`. */
export function readCostSchedule(
  o: Readonly<Record<string, unknown>>,
  periods: number,
  prefix = 'options',
): CostSchedule {
  const costs = readCosts(FLOAT, o, periods, prefix);
  return { ...costs, yearFraction: 1 / (costs.periodsPerYear ?? 252) };
}

/**
 * The constant float rate `value` of option `name`, or `fallback` when it is
 * absent. The valid case allocates nothing (the argument name is built only
 * to report an error), so the streaming step can call it every period.
 */
export function rateOption(value: unknown, name: RateName, prefix: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && value - value === 0 && (value >= 0 || name === 'financingRate')) return value;
  return (name === 'financingRate' ? guard.finite : guard.nonNegative)(value, `${prefix}.${name}`);
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
  const r = s.rates;
  return carry(leverage, at(r[0], i), at(r[1], i), at(r[2], i), at(r[3], i), tauAt(s, i, 360), tauAt(s, i, 365));
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
