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
// @ts-nocheck

// 
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
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
export const RATES: readonly RateName[] = stryMutAct_9fa48("0") ? [] : (stryCov_9fa48("0"), [stryMutAct_9fa48("1") ? "" : (stryCov_9fa48("1"), 'financingRate'), stryMutAct_9fa48("2") ? "" : (stryCov_9fa48("2"), 'spread'), stryMutAct_9fa48("3") ? "" : (stryCov_9fa48("3"), 'dividendYield'), stryMutAct_9fa48("4") ? "" : (stryCov_9fa48("4"), 'expenseRatio')]);

/** Check one value of rate `name` (financing: finite; the others: finite and `≥ 0`). */
export function checkRate(name: RateName, value: unknown, argument: string, index?: number): number {
  if (stryMutAct_9fa48("5")) {
    {}
  } else {
    stryCov_9fa48("5");
    return (stryMutAct_9fa48("8") ? name !== 'financingRate' : stryMutAct_9fa48("7") ? false : stryMutAct_9fa48("6") ? true : (stryCov_9fa48("6", "7", "8"), name === (stryMutAct_9fa48("9") ? "" : (stryCov_9fa48("9"), 'financingRate')))) ? guard.finite(value, argument, index) : guard.nonNegative(value, argument, index);
  }
}

/**
 * The constant rate `o[name]`, or `fallback` when it is absent. The valid case
 * allocates nothing (the argument name is built only to report an error), so
 * the streaming step can call it every period.
 */
export function rateOption(o: Readonly<Record<string, unknown>>, name: RateName, prefix: string, fallback: number): number {
  if (stryMutAct_9fa48("10")) {
    {}
  } else {
    stryCov_9fa48("10");
    const v = o[name];
    if (stryMutAct_9fa48("13") ? v !== undefined : stryMutAct_9fa48("12") ? false : stryMutAct_9fa48("11") ? true : (stryCov_9fa48("11", "12", "13"), v === undefined)) return fallback;
    return (stryMutAct_9fa48("16") ? typeof v === 'number' && v - v === 0 || v >= 0 || name === 'financingRate' : stryMutAct_9fa48("15") ? false : stryMutAct_9fa48("14") ? true : (stryCov_9fa48("14", "15", "16"), (stryMutAct_9fa48("18") ? typeof v === 'number' || v - v === 0 : stryMutAct_9fa48("17") ? true : (stryCov_9fa48("17", "18"), (stryMutAct_9fa48("20") ? typeof v !== 'number' : stryMutAct_9fa48("19") ? true : (stryCov_9fa48("19", "20"), typeof v === (stryMutAct_9fa48("21") ? "" : (stryCov_9fa48("21"), 'number')))) && (stryMutAct_9fa48("23") ? v - v !== 0 : stryMutAct_9fa48("22") ? true : (stryCov_9fa48("22", "23"), (stryMutAct_9fa48("24") ? v + v : (stryCov_9fa48("24"), v - v)) === 0)))) && (stryMutAct_9fa48("26") ? v >= 0 && name === 'financingRate' : stryMutAct_9fa48("25") ? true : (stryCov_9fa48("25", "26"), (stryMutAct_9fa48("29") ? v < 0 : stryMutAct_9fa48("28") ? v > 0 : stryMutAct_9fa48("27") ? false : (stryCov_9fa48("27", "28", "29"), v >= 0)) || (stryMutAct_9fa48("31") ? name !== 'financingRate' : stryMutAct_9fa48("30") ? false : (stryCov_9fa48("30", "31"), name === (stryMutAct_9fa48("32") ? "" : (stryCov_9fa48("32"), 'financingRate')))))))) ? v : checkRate(name, v, stryMutAct_9fa48("33") ? `` : (stryCov_9fa48("33"), `${prefix}.${name}`));
  }
}

/**
 * Periods per year (default 252), or `null` when the options give `dateKey`
 * (`dates`, `startDate`) instead; both is `INVALID_OPTION`.
 */
export function readTime(o: Readonly<Record<string, unknown>>, dateKey: string, prefix: string): number | null {
  if (stryMutAct_9fa48("34")) {
    {}
  } else {
    stryCov_9fa48("34");
    const ppy = o.periodsPerYear;
    if (stryMutAct_9fa48("37") ? o[dateKey] === undefined : stryMutAct_9fa48("36") ? false : stryMutAct_9fa48("35") ? true : (stryCov_9fa48("35", "36", "37"), o[dateKey] !== undefined)) {
      if (stryMutAct_9fa48("38")) {
        {}
      } else {
        stryCov_9fa48("38");
        if (stryMutAct_9fa48("41") ? ppy === undefined : stryMutAct_9fa48("40") ? false : stryMutAct_9fa48("39") ? true : (stryCov_9fa48("39", "40", "41"), ppy !== undefined)) guard.fail(stryMutAct_9fa48("42") ? "" : (stryCov_9fa48("42"), 'INVALID_OPTION'), stryMutAct_9fa48("43") ? `` : (stryCov_9fa48("43"), `give ${dateKey} or periodsPerYear, not both`), stryMutAct_9fa48("44") ? `` : (stryCov_9fa48("44"), `${prefix}.periodsPerYear`), ppy);
        return null;
      }
    }
    return (stryMutAct_9fa48("47") ? ppy !== undefined : stryMutAct_9fa48("46") ? false : stryMutAct_9fa48("45") ? true : (stryCov_9fa48("45", "46", "47"), ppy === undefined)) ? 252 : guard.positive(ppy, stryMutAct_9fa48("48") ? `` : (stryCov_9fa48("48"), `${prefix}.periodsPerYear`));
  }
}

/**
 * Validate the cost options for a path of `periods` returns. Financing may be
 * negative (negative policy rates); spread, dividend yield and expense ratio
 * must be `≥ 0`. Errors name the option as `${prefix}.<name>`.
 */
export function readCostSchedule(o: CostOptionsInput, periods: number, prefix = stryMutAct_9fa48("49") ? "" : (stryCov_9fa48("49"), 'options')): CostSchedule {
  if (stryMutAct_9fa48("50")) {
    {}
  } else {
    stryCov_9fa48("50");
    const opts = o as Readonly<Record<string, unknown>>;
    const rate = (name: RateName): RateInput => {
      if (stryMutAct_9fa48("51")) {
        {}
      } else {
        stryCov_9fa48("51");
        const value = opts[name];
        if (stryMutAct_9fa48("54") ? value === undefined && typeof value === 'number' : stryMutAct_9fa48("53") ? false : stryMutAct_9fa48("52") ? true : (stryCov_9fa48("52", "53", "54"), (stryMutAct_9fa48("56") ? value !== undefined : stryMutAct_9fa48("55") ? false : (stryCov_9fa48("55", "56"), value === undefined)) || (stryMutAct_9fa48("58") ? typeof value !== 'number' : stryMutAct_9fa48("57") ? false : (stryCov_9fa48("57", "58"), typeof value === (stryMutAct_9fa48("59") ? "" : (stryCov_9fa48("59"), 'number')))))) return rateOption(opts, name, prefix, 0);
        const argument = stryMutAct_9fa48("60") ? `` : (stryCov_9fa48("60"), `${prefix}.${name}`);
        const s = guard.arrayLike(value, argument, 1);
        guard.sameLength(s, s, argument, periods);
        for (let i = 0; stryMutAct_9fa48("63") ? i >= s.length : stryMutAct_9fa48("62") ? i <= s.length : stryMutAct_9fa48("61") ? false : (stryCov_9fa48("61", "62", "63"), i < s.length); stryMutAct_9fa48("64") ? i-- : (stryCov_9fa48("64"), i++)) checkRate(name, s[i], argument, i);
        return s;
      }
    };
    const rates = RATES.map(rate);
    const ppy = readTime(opts, stryMutAct_9fa48("65") ? "" : (stryCov_9fa48("65"), 'dates'), prefix);
    const days = (stryMutAct_9fa48("68") ? ppy !== null : stryMutAct_9fa48("67") ? false : stryMutAct_9fa48("66") ? true : (stryCov_9fa48("66", "67", "68"), ppy === null)) ? parseDayCounts(o.dates, stryMutAct_9fa48("69") ? `` : (stryCov_9fa48("69"), `${prefix}.dates`), stryMutAct_9fa48("70") ? periods - 1 : (stryCov_9fa48("70"), periods + 1)) : null;
    return stryMutAct_9fa48("71") ? {} : (stryCov_9fa48("71"), {
      periods,
      rates,
      yearFraction: stryMutAct_9fa48("72") ? 1 * (ppy ?? 252) : (stryCov_9fa48("72"), 1 / (stryMutAct_9fa48("73") ? ppy && 252 : (stryCov_9fa48("73"), ppy ?? 252))),
      days,
      constant: stryMutAct_9fa48("76") ? days === null || rates.every(x => typeof x === 'number') : stryMutAct_9fa48("75") ? false : stryMutAct_9fa48("74") ? true : (stryCov_9fa48("74", "75", "76"), (stryMutAct_9fa48("78") ? days !== null : stryMutAct_9fa48("77") ? true : (stryCov_9fa48("77", "78"), days === null)) && (stryMutAct_9fa48("79") ? rates.some(x => typeof x === 'number') : (stryCov_9fa48("79"), rates.every(stryMutAct_9fa48("80") ? () => undefined : (stryCov_9fa48("80"), x => stryMutAct_9fa48("83") ? typeof x !== 'number' : stryMutAct_9fa48("82") ? false : stryMutAct_9fa48("81") ? true : (stryCov_9fa48("81", "82", "83"), typeof x === (stryMutAct_9fa48("84") ? "" : (stryCov_9fa48("84"), 'number'))))))))
    });
  }
}

/** Element `i` of a rate (a constant, or a series). */
export function at(x: RateInput, i: number): number {
  if (stryMutAct_9fa48("85")) {
    {}
  } else {
    stryCov_9fa48("85");
    return (stryMutAct_9fa48("88") ? typeof x !== 'number' : stryMutAct_9fa48("87") ? false : stryMutAct_9fa48("86") ? true : (stryCov_9fa48("86", "87", "88"), typeof x === (stryMutAct_9fa48("89") ? "" : (stryCov_9fa48("89"), 'number')))) ? x : x[i] as number;
  }
}

/** The year fraction of period `i` on a day basis (`360`: financing and spread; `365`: expenses and dividends). */
export function tauAt(s: CostSchedule, i: number, basis: number): number {
  if (stryMutAct_9fa48("90")) {
    {}
  } else {
    stryCov_9fa48("90");
    return (stryMutAct_9fa48("93") ? s.days !== null : stryMutAct_9fa48("92") ? false : stryMutAct_9fa48("91") ? true : (stryCov_9fa48("91", "92", "93"), s.days === null)) ? s.yearFraction : stryMutAct_9fa48("94") ? (s.days[i] as number) * basis : (stryCov_9fa48("94"), (s.days[i] as number) / basis);
  }
}

/** The carry of period `i` at exposure ratio `leverage` (docs/concepts.md §3, {@link carry}). */
export function carryAt(s: CostSchedule, leverage: number, i: number): number {
  if (stryMutAct_9fa48("95")) {
    {}
  } else {
    stryCov_9fa48("95");
    const r = s.rates as [RateInput, RateInput, RateInput, RateInput];
    return carry(leverage, at(r[0], i), at(r[1], i), at(r[2], i), at(r[3], i), tauAt(s, i, 360), tauAt(s, i, 365));
  }
}
const ISO_DATE = stryMutAct_9fa48("114") ? /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\D{2})?)?$/ : stryMutAct_9fa48("113") ? /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d)?)?$/ : stryMutAct_9fa48("112") ? /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/ : stryMutAct_9fa48("111") ? /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\D{2}:?\d{2})?)?$/ : stryMutAct_9fa48("110") ? /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d:?\d{2})?)?$/ : stryMutAct_9fa48("109") ? /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[^+-]\d{2}:?\d{2})?)?$/ : stryMutAct_9fa48("108") ? /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2}))?$/ : stryMutAct_9fa48("107") ? /^\d{4}-\d{2}-\d{2}(?:T[\D:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/ : stryMutAct_9fa48("106") ? /^\d{4}-\d{2}-\d{2}(?:T[^\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/ : stryMutAct_9fa48("105") ? /^\d{4}-\d{2}-\d{2}(?:T[\d:.](?:Z|[+-]\d{2}:?\d{2})?)?$/ : stryMutAct_9fa48("104") ? /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)$/ : stryMutAct_9fa48("103") ? /^\d{4}-\d{2}-\D{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/ : stryMutAct_9fa48("102") ? /^\d{4}-\d{2}-\d(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/ : stryMutAct_9fa48("101") ? /^\d{4}-\D{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/ : stryMutAct_9fa48("100") ? /^\d{4}-\d-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/ : stryMutAct_9fa48("99") ? /^\D{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/ : stryMutAct_9fa48("98") ? /^\d-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/ : stryMutAct_9fa48("97") ? /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?/ : stryMutAct_9fa48("96") ? /\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/ : (stryCov_9fa48("96", "97", "98", "99", "100", "101", "102", "103", "104", "105", "106", "107", "108", "109", "110", "111", "112", "113", "114"), /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/);

/** One date (ISO 8601 string or valid `Date`) as epoch milliseconds: `INVALID_TYPE` for anything else, `INVALID_DATE` for an invalid one. */
export function parseDate(value: unknown, argument: string, index?: number): number {
  if (stryMutAct_9fa48("115")) {
    {}
  } else {
    stryCov_9fa48("115");
    const ms = value instanceof Date ? value.getTime() : (stryMutAct_9fa48("118") ? typeof value === 'string' || ISO_DATE.test(value) : stryMutAct_9fa48("117") ? false : stryMutAct_9fa48("116") ? true : (stryCov_9fa48("116", "117", "118"), (stryMutAct_9fa48("120") ? typeof value !== 'string' : stryMutAct_9fa48("119") ? true : (stryCov_9fa48("119", "120"), typeof value === (stryMutAct_9fa48("121") ? "" : (stryCov_9fa48("121"), 'string')))) && ISO_DATE.test(value))) ? Date.parse(value) : Number.NaN;
    if (stryMutAct_9fa48("124") ? false : stryMutAct_9fa48("123") ? true : stryMutAct_9fa48("122") ? Number.isFinite(ms) : (stryCov_9fa48("122", "123", "124"), !Number.isFinite(ms))) {
      if (stryMutAct_9fa48("125")) {
        {}
      } else {
        stryCov_9fa48("125");
        guard.fail((stryMutAct_9fa48("128") ? typeof value === 'string' && value instanceof Date : stryMutAct_9fa48("127") ? false : stryMutAct_9fa48("126") ? true : (stryCov_9fa48("126", "127", "128"), (stryMutAct_9fa48("130") ? typeof value !== 'string' : stryMutAct_9fa48("129") ? false : (stryCov_9fa48("129", "130"), typeof value === (stryMutAct_9fa48("131") ? "" : (stryCov_9fa48("131"), 'string')))) || value instanceof Date)) ? stryMutAct_9fa48("132") ? "" : (stryCov_9fa48("132"), 'INVALID_DATE') : stryMutAct_9fa48("133") ? "" : (stryCov_9fa48("133"), 'INVALID_TYPE'), stryMutAct_9fa48("134") ? "" : (stryCov_9fa48("134"), 'must be an ISO 8601 date or a Date'), argument, value, index);
      }
    }
    return ms;
  }
}

/**
 * The calendar days between consecutive dates of a series of `expected`
 * dates (ISO 8601 strings or `Date`s), each on a later UTC calendar day than
 * the one before: `expected − 1` counts, each `≥ 1`.
 */
export function parseDayCounts(value: unknown, argument: string, expected: number): Float64Array {
  if (stryMutAct_9fa48("135")) {
    {}
  } else {
    stryCov_9fa48("135");
    if (stryMutAct_9fa48("138") ? false : stryMutAct_9fa48("137") ? true : stryMutAct_9fa48("136") ? Array.isArray(value) : (stryCov_9fa48("136", "137", "138"), !Array.isArray(value))) guard.fail(stryMutAct_9fa48("139") ? "" : (stryCov_9fa48("139"), 'INVALID_TYPE'), stryMutAct_9fa48("140") ? "" : (stryCov_9fa48("140"), 'must be an array of dates'), argument, value);
    const list = value as readonly unknown[];
    guard.sameLength(list, list, argument, expected);
    const out = new Float64Array(stryMutAct_9fa48("141") ? expected + 1 : (stryCov_9fa48("141"), expected - 1));
    let last = parseDate(list[0], argument, 0);
    for (let i = 1; stryMutAct_9fa48("144") ? i >= expected : stryMutAct_9fa48("143") ? i <= expected : stryMutAct_9fa48("142") ? false : (stryCov_9fa48("142", "143", "144"), i < expected); stryMutAct_9fa48("145") ? i-- : (stryCov_9fa48("145"), i++)) {
      if (stryMutAct_9fa48("146")) {
        {}
      } else {
        stryCov_9fa48("146");
        const ms = parseDate(list[i], argument, i);
        const days = calendarDays(last, ms);
        if (stryMutAct_9fa48("149") ? false : stryMutAct_9fa48("148") ? true : stryMutAct_9fa48("147") ? days >= 1 : (stryCov_9fa48("147", "148", "149"), !(stryMutAct_9fa48("153") ? days < 1 : stryMutAct_9fa48("152") ? days > 1 : stryMutAct_9fa48("151") ? false : stryMutAct_9fa48("150") ? true : (stryCov_9fa48("150", "151", "152", "153"), days >= 1)))) guard.fail(stryMutAct_9fa48("154") ? "" : (stryCov_9fa48("154"), 'INVALID_DATE'), stryMutAct_9fa48("155") ? "" : (stryCov_9fa48("155"), 'must be on increasing calendar days'), argument, list[i], i);
        out[stryMutAct_9fa48("156") ? i + 1 : (stryCov_9fa48("156"), i - 1)] = days;
        last = ms;
      }
    }
    return out;
  }
}