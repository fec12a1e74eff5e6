/**
 * The docs/concepts.md §3 cost options read as Decimals: the decimal counterpart of
 * `src/internal/schedule.ts`, with the same option names, domains and error
 * codes (financing of any sign; spread, dividend yield and expense ratio
 * `≥ 0`; a constant or one value per period; `dates` or `periodsPerYear`).
 *
 * @internal
 * @module
 */
// @ts-nocheck
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
import type Decimal from 'decimal.js';
import * as guard from '../internal/guards.ts';
import { parseDayCounts } from '../internal/schedule.ts';
import { dec, decNonNegative, decPositive, decSeries } from './parse.ts';
type Read = (D: Decimal.Constructor, value: unknown, argument: string, index?: number) => Decimal;

/** Validated decimal cost schedule of `periods` periods. */
export interface DecimalSchedule {
  readonly periods: number;
  readonly financing: Decimal | Decimal[];
  readonly spread: Decimal | Decimal[];
  readonly dividendYield: Decimal | Decimal[];
  readonly expenseRatio: Decimal | Decimal[];
  /** `1/periodsPerYear` (rounded to the context's precision) when there are no dates. */
  readonly yearFraction: Decimal;
  /** Calendar days per period when dates were given, else `null`. */
  readonly days: Float64Array | null;
  /** Every rate is a constant and there are no dates: one period for all. */
  readonly constant: boolean;
  /** Year fractions by calendar-day count (filled as periods are read; local to this schedule). */
  readonly taus: Map<number, {
    readonly tau360: Decimal;
    readonly tau365: Decimal;
  }>;
}
function rate(D: Decimal.Constructor, value: unknown, argument: string, periods: number, read: Read): Decimal | Decimal[] {
  if (stryMutAct_9fa48("461")) {
    {}
  } else {
    stryCov_9fa48("461");
    if (stryMutAct_9fa48("464") ? value !== undefined : stryMutAct_9fa48("463") ? false : stryMutAct_9fa48("462") ? true : (stryCov_9fa48("462", "463", "464"), value === undefined)) return new D(0);
    if (stryMutAct_9fa48("467") ? Array.isArray(value) && ArrayBuffer.isView(value) : stryMutAct_9fa48("466") ? false : stryMutAct_9fa48("465") ? true : (stryCov_9fa48("465", "466", "467"), Array.isArray(value) || ArrayBuffer.isView(value))) {
      if (stryMutAct_9fa48("468")) {
        {}
      } else {
        stryCov_9fa48("468");
        const s = decSeries(D, value, argument, 1, read);
        guard.sameLength(stryMutAct_9fa48("469") ? {} : (stryCov_9fa48("469"), {
          length: periods
        }), s, argument, periods);
        return s;
      }
    }
    return read(D, value, argument);
  }
}

/** Read the cost options of a path of `periods` periods; errors name `${prefix}.<option>`. */
export function readDecimalSchedule(D: Decimal.Constructor, o: Readonly<Record<string, unknown>>, periods: number, prefix = stryMutAct_9fa48("470") ? "" : (stryCov_9fa48("470"), 'options')): DecimalSchedule {
  if (stryMutAct_9fa48("471")) {
    {}
  } else {
    stryCov_9fa48("471");
    const financing = rate(D, o[stryMutAct_9fa48("472") ? "" : (stryCov_9fa48("472"), 'financingRate')], stryMutAct_9fa48("473") ? `` : (stryCov_9fa48("473"), `${prefix}.financingRate`), periods, dec);
    const spread = rate(D, o[stryMutAct_9fa48("474") ? "" : (stryCov_9fa48("474"), 'spread')], stryMutAct_9fa48("475") ? `` : (stryCov_9fa48("475"), `${prefix}.spread`), periods, decNonNegative);
    const dividendYield = rate(D, o[stryMutAct_9fa48("476") ? "" : (stryCov_9fa48("476"), 'dividendYield')], stryMutAct_9fa48("477") ? `` : (stryCov_9fa48("477"), `${prefix}.dividendYield`), periods, decNonNegative);
    const expenseRatio = rate(D, o[stryMutAct_9fa48("478") ? "" : (stryCov_9fa48("478"), 'expenseRatio')], stryMutAct_9fa48("479") ? `` : (stryCov_9fa48("479"), `${prefix}.expenseRatio`), periods, decNonNegative);
    let days: Float64Array | null = null;
    let yearFraction = new D(1).div(252);
    if (stryMutAct_9fa48("482") ? o['dates'] === undefined : stryMutAct_9fa48("481") ? false : stryMutAct_9fa48("480") ? true : (stryCov_9fa48("480", "481", "482"), o[stryMutAct_9fa48("483") ? "" : (stryCov_9fa48("483"), 'dates')] !== undefined)) {
      if (stryMutAct_9fa48("484")) {
        {}
      } else {
        stryCov_9fa48("484");
        if (stryMutAct_9fa48("487") ? o['periodsPerYear'] === undefined : stryMutAct_9fa48("486") ? false : stryMutAct_9fa48("485") ? true : (stryCov_9fa48("485", "486", "487"), o[stryMutAct_9fa48("488") ? "" : (stryCov_9fa48("488"), 'periodsPerYear')] !== undefined)) {
          if (stryMutAct_9fa48("489")) {
            {}
          } else {
            stryCov_9fa48("489");
            guard.fail(stryMutAct_9fa48("490") ? "" : (stryCov_9fa48("490"), 'INVALID_OPTION'), stryMutAct_9fa48("491") ? "" : (stryCov_9fa48("491"), 'give either dates or periodsPerYear, not both'), stryMutAct_9fa48("492") ? `` : (stryCov_9fa48("492"), `${prefix}.periodsPerYear`), o[stryMutAct_9fa48("493") ? "" : (stryCov_9fa48("493"), 'periodsPerYear')]);
          }
        }
        days = parseDayCounts(o[stryMutAct_9fa48("494") ? "" : (stryCov_9fa48("494"), 'dates')], stryMutAct_9fa48("495") ? `` : (stryCov_9fa48("495"), `${prefix}.dates`), stryMutAct_9fa48("496") ? periods - 1 : (stryCov_9fa48("496"), periods + 1));
      }
    } else if (stryMutAct_9fa48("499") ? o['periodsPerYear'] === undefined : stryMutAct_9fa48("498") ? false : stryMutAct_9fa48("497") ? true : (stryCov_9fa48("497", "498", "499"), o[stryMutAct_9fa48("500") ? "" : (stryCov_9fa48("500"), 'periodsPerYear')] !== undefined)) {
      if (stryMutAct_9fa48("501")) {
        {}
      } else {
        stryCov_9fa48("501");
        yearFraction = new D(1).div(decPositive(D, o[stryMutAct_9fa48("502") ? "" : (stryCov_9fa48("502"), 'periodsPerYear')], stryMutAct_9fa48("503") ? `` : (stryCov_9fa48("503"), `${prefix}.periodsPerYear`)));
      }
    }
    const constant = stryMutAct_9fa48("506") ? days === null || [financing, spread, dividendYield, expenseRatio].every(x => !Array.isArray(x)) : stryMutAct_9fa48("505") ? false : stryMutAct_9fa48("504") ? true : (stryCov_9fa48("504", "505", "506"), (stryMutAct_9fa48("508") ? days !== null : stryMutAct_9fa48("507") ? true : (stryCov_9fa48("507", "508"), days === null)) && (stryMutAct_9fa48("509") ? [financing, spread, dividendYield, expenseRatio].some(x => !Array.isArray(x)) : (stryCov_9fa48("509"), (stryMutAct_9fa48("510") ? [] : (stryCov_9fa48("510"), [financing, spread, dividendYield, expenseRatio])).every(stryMutAct_9fa48("511") ? () => undefined : (stryCov_9fa48("511"), x => stryMutAct_9fa48("512") ? Array.isArray(x) : (stryCov_9fa48("512"), !Array.isArray(x)))))));
    return stryMutAct_9fa48("513") ? {} : (stryCov_9fa48("513"), {
      periods,
      financing,
      spread,
      dividendYield,
      expenseRatio,
      yearFraction,
      days,
      constant,
      taus: new Map()
    });
  }
}

/** The rates and year fractions of period `i`. */
export interface DecimalPeriod {
  readonly financing: Decimal;
  readonly spread: Decimal;
  readonly dividendYield: Decimal;
  readonly expenseRatio: Decimal;
  /** `d/360` (financing, spread) or `1/periodsPerYear`. */
  readonly tau360: Decimal;
  /** `d/365` (expenses, dividends) or `1/periodsPerYear`. */
  readonly tau365: Decimal;
}
function at(x: Decimal | Decimal[], i: number): Decimal {
  if (stryMutAct_9fa48("514")) {
    {}
  } else {
    stryCov_9fa48("514");
    return Array.isArray(x) ? x[i] as Decimal : x;
  }
}

/** Period `i` of a schedule. */
export function periodAt(D: Decimal.Constructor, s: DecimalSchedule, i: number): DecimalPeriod {
  if (stryMutAct_9fa48("515")) {
    {}
  } else {
    stryCov_9fa48("515");
    let tau360 = s.yearFraction;
    let tau365 = s.yearFraction;
    if (stryMutAct_9fa48("518") ? s.days === null : stryMutAct_9fa48("517") ? false : stryMutAct_9fa48("516") ? true : (stryCov_9fa48("516", "517", "518"), s.days !== null)) {
      if (stryMutAct_9fa48("519")) {
        {}
      } else {
        stryCov_9fa48("519");
        const d = s.days[i] as number;
        let taus = s.taus.get(d);
        if (stryMutAct_9fa48("522") ? taus !== undefined : stryMutAct_9fa48("521") ? false : stryMutAct_9fa48("520") ? true : (stryCov_9fa48("520", "521", "522"), taus === undefined)) {
          if (stryMutAct_9fa48("523")) {
            {}
          } else {
            stryCov_9fa48("523");
            taus = stryMutAct_9fa48("524") ? {} : (stryCov_9fa48("524"), {
              tau360: new D(d).div(360),
              tau365: new D(d).div(365)
            });
            s.taus.set(d, taus);
          }
        }
        tau360 = taus.tau360;
        tau365 = taus.tau365;
      }
    }
    return stryMutAct_9fa48("525") ? {} : (stryCov_9fa48("525"), {
      financing: at(s.financing, i),
      spread: at(s.spread, i),
      dividendYield: at(s.dividendYield, i),
      expenseRatio: at(s.expenseRatio, i),
      tau360,
      tau365
    });
  }
}

/** `ℓ·q·τ365 + (1 − ℓ)·rf·τ360 − |ℓ|·s·τ360 − f·τ365` at the context's precision (docs/concepts.md §3). */
export function carryDecimal(ell: Decimal, p: DecimalPeriod): Decimal {
  if (stryMutAct_9fa48("526")) {
    {}
  } else {
    stryCov_9fa48("526");
    return ell.times(p.dividendYield).times(p.tau365).plus(ell.neg().plus(1).times(p.financing).times(p.tau360)).minus(ell.abs().times(p.spread).times(p.tau360)).minus(p.expenseRatio.times(p.tau365));
  }
}