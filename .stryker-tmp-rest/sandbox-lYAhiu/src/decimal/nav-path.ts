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
import { arithFor, DEFAULT_ARITH, type Arith, type DecimalArithmeticOptions } from './context.ts';
import { dec, decNonNegative, decPositive, decReturn, decSeries, type DecimalValue } from './parse.ts';
import { carryDecimal, periodAt, readDecimalSchedule } from './schedule.ts';

/**
 * When the fund resets its exposure to `L × NAV` (as the float `nav` domain):
 * `'daily'`, every `k`-th close (`{ every: k }`), or when the exposure/NAV
 * ratio `ℓ` has left `L·(1 ± b)` (`{ band: b }`, `b` a decimal value `≥ 0`).
 */
export type DecimalRebalanceRule = 'daily' | {
  /** Rebalance at every `k`-th close, `k` a whole number `≥ 1`. */
  readonly every: number;
} | {
  /** Rebalance when `|ℓ − L| > band·|L|`; a decimal value `≥ 0`. */
  readonly band: DecimalValue;
};

/**
 * Options of the decimal {@link navPath}: the float `NavOptions` with every
 * number a decimal value, plus the arithmetic settings.
 */
export interface DecimalNavOptions extends DecimalArithmeticOptions {
  /** The target multiple `L` (signed). */
  readonly leverage: DecimalValue;
  /** Expense ratio `f`, annual fraction `≥ 0`, actual/365; a value or one per return; default 0. */
  readonly expenseRatio?: DecimalValue | ArrayLike<DecimalValue> | undefined;
  /** Financing rate `rf`, annual fraction of any sign, actual/360; a value or one per return; default 0. */
  readonly financingRate?: DecimalValue | ArrayLike<DecimalValue> | undefined;
  /** Swap/borrow spread `s` on `|ℓ|` notional, annual fraction `≥ 0`, actual/360; default 0. */
  readonly spread?: DecimalValue | ArrayLike<DecimalValue> | undefined;
  /** Dividend yield `q` of a price index, annual fraction `≥ 0`, actual/365; default 0. */
  readonly dividendYield?: DecimalValue | ArrayLike<DecimalValue> | undefined;
  /** Periods per year when no `dates` are given (year fraction `1/periodsPerYear`, rounded to the precision); default 252. */
  readonly periodsPerYear?: DecimalValue | undefined;
  /** The closes (ISO 8601 strings or `Date`s), one more than the returns, on increasing UTC calendar days. Exclusive with `periodsPerYear`. */
  readonly dates?: ReadonlyArray<string | Date> | undefined;
  /** The rebalancing rule; default `'daily'`. */
  readonly rebalance?: DecimalRebalanceRule | undefined;
  /** NAV at the start, `> 0`; default 1. */
  readonly initialNav?: DecimalValue | undefined;
}
function readRule(D: Decimal.Constructor, value: unknown, argument: string): 'daily' | {
  every: number;
} | {
  band: Decimal;
} {
  if (stryMutAct_9fa48("85")) {
    {}
  } else {
    stryCov_9fa48("85");
    if (stryMutAct_9fa48("88") ? value === undefined && value === 'daily' : stryMutAct_9fa48("87") ? false : stryMutAct_9fa48("86") ? true : (stryCov_9fa48("86", "87", "88"), (stryMutAct_9fa48("90") ? value !== undefined : stryMutAct_9fa48("89") ? false : (stryCov_9fa48("89", "90"), value === undefined)) || (stryMutAct_9fa48("92") ? value !== 'daily' : stryMutAct_9fa48("91") ? false : (stryCov_9fa48("91", "92"), value === (stryMutAct_9fa48("93") ? "" : (stryCov_9fa48("93"), 'daily')))))) return stryMutAct_9fa48("94") ? "" : (stryCov_9fa48("94"), 'daily');
    if (stryMutAct_9fa48("97") ? typeof value === 'object' && value !== null || !Array.isArray(value) : stryMutAct_9fa48("96") ? false : stryMutAct_9fa48("95") ? true : (stryCov_9fa48("95", "96", "97"), (stryMutAct_9fa48("99") ? typeof value === 'object' || value !== null : stryMutAct_9fa48("98") ? true : (stryCov_9fa48("98", "99"), (stryMutAct_9fa48("101") ? typeof value !== 'object' : stryMutAct_9fa48("100") ? true : (stryCov_9fa48("100", "101"), typeof value === (stryMutAct_9fa48("102") ? "" : (stryCov_9fa48("102"), 'object')))) && (stryMutAct_9fa48("104") ? value === null : stryMutAct_9fa48("103") ? true : (stryCov_9fa48("103", "104"), value !== null)))) && (stryMutAct_9fa48("105") ? Array.isArray(value) : (stryCov_9fa48("105"), !Array.isArray(value))))) {
      if (stryMutAct_9fa48("106")) {
        {}
      } else {
        stryCov_9fa48("106");
        const o = value as Record<string, unknown>;
        const keys = Object.keys(o);
        if (stryMutAct_9fa48("109") ? keys.length === 1 || keys[0] === 'every' : stryMutAct_9fa48("108") ? false : stryMutAct_9fa48("107") ? true : (stryCov_9fa48("107", "108", "109"), (stryMutAct_9fa48("111") ? keys.length !== 1 : stryMutAct_9fa48("110") ? true : (stryCov_9fa48("110", "111"), keys.length === 1)) && (stryMutAct_9fa48("113") ? keys[0] !== 'every' : stryMutAct_9fa48("112") ? true : (stryCov_9fa48("112", "113"), keys[0] === (stryMutAct_9fa48("114") ? "" : (stryCov_9fa48("114"), 'every')))))) return stryMutAct_9fa48("115") ? {} : (stryCov_9fa48("115"), {
          every: guard.integer(o[stryMutAct_9fa48("116") ? "" : (stryCov_9fa48("116"), 'every')], stryMutAct_9fa48("117") ? `` : (stryCov_9fa48("117"), `${argument}.every`), 1)
        });
        if (stryMutAct_9fa48("120") ? keys.length === 1 || keys[0] === 'band' : stryMutAct_9fa48("119") ? false : stryMutAct_9fa48("118") ? true : (stryCov_9fa48("118", "119", "120"), (stryMutAct_9fa48("122") ? keys.length !== 1 : stryMutAct_9fa48("121") ? true : (stryCov_9fa48("121", "122"), keys.length === 1)) && (stryMutAct_9fa48("124") ? keys[0] !== 'band' : stryMutAct_9fa48("123") ? true : (stryCov_9fa48("123", "124"), keys[0] === (stryMutAct_9fa48("125") ? "" : (stryCov_9fa48("125"), 'band')))))) return stryMutAct_9fa48("126") ? {} : (stryCov_9fa48("126"), {
          band: decNonNegative(D, o[stryMutAct_9fa48("127") ? "" : (stryCov_9fa48("127"), 'band')], stryMutAct_9fa48("128") ? `` : (stryCov_9fa48("128"), `${argument}.band`))
        });
      }
    }
    return guard.fail(stryMutAct_9fa48("129") ? "" : (stryCov_9fa48("129"), 'INVALID_OPTION'), stryMutAct_9fa48("130") ? "" : (stryCov_9fa48("130"), "must be 'daily', { every: k } or { band: b }"), argument, value);
  }
}

/** @internal */
export function navPathIn(base: Arith, indexReturns: unknown, options: unknown): Decimal[] {
  if (stryMutAct_9fa48("131")) {
    {}
  } else {
    stryCov_9fa48("131");
    const ok = stryMutAct_9fa48("134") ? Array.isArray(indexReturns) && ArrayBuffer.isView(indexReturns) && !(indexReturns instanceof DataView) : stryMutAct_9fa48("133") ? false : stryMutAct_9fa48("132") ? true : (stryCov_9fa48("132", "133", "134"), Array.isArray(indexReturns) || (stryMutAct_9fa48("136") ? ArrayBuffer.isView(indexReturns) || !(indexReturns instanceof DataView) : stryMutAct_9fa48("135") ? false : (stryCov_9fa48("135", "136"), ArrayBuffer.isView(indexReturns) && (stryMutAct_9fa48("137") ? indexReturns instanceof DataView : (stryCov_9fa48("137"), !(indexReturns instanceof DataView))))));
    if (stryMutAct_9fa48("140") ? false : stryMutAct_9fa48("139") ? true : stryMutAct_9fa48("138") ? ok : (stryCov_9fa48("138", "139", "140"), !ok)) guard.fail(stryMutAct_9fa48("141") ? "" : (stryCov_9fa48("141"), 'INVALID_TYPE'), stryMutAct_9fa48("142") ? "" : (stryCov_9fa48("142"), 'must be an array of decimal values'), stryMutAct_9fa48("143") ? "" : (stryCov_9fa48("143"), 'indexReturns'), indexReturns);
    if (stryMutAct_9fa48("146") ? (indexReturns as ArrayLike<unknown>).length !== 0 : stryMutAct_9fa48("145") ? false : stryMutAct_9fa48("144") ? true : (stryCov_9fa48("144", "145", "146"), (indexReturns as ArrayLike<unknown>).length === 0)) guard.fail(stryMutAct_9fa48("147") ? "" : (stryCov_9fa48("147"), 'EMPTY_SERIES'), stryMutAct_9fa48("148") ? "" : (stryCov_9fa48("148"), 'must not be empty'), stryMutAct_9fa48("149") ? "" : (stryCov_9fa48("149"), 'indexReturns'), indexReturns);
    const o = guard.options(options);
    const {
      D
    } = arithFor(base, o);
    const L = dec(D, o[stryMutAct_9fa48("150") ? "" : (stryCov_9fa48("150"), 'leverage')], stryMutAct_9fa48("151") ? "" : (stryCov_9fa48("151"), 'options.leverage'));
    const initialNav = (stryMutAct_9fa48("154") ? o['initialNav'] !== undefined : stryMutAct_9fa48("153") ? false : stryMutAct_9fa48("152") ? true : (stryCov_9fa48("152", "153", "154"), o[stryMutAct_9fa48("155") ? "" : (stryCov_9fa48("155"), 'initialNav')] === undefined)) ? new D(1) : decPositive(D, o[stryMutAct_9fa48("156") ? "" : (stryCov_9fa48("156"), 'initialNav')], stryMutAct_9fa48("157") ? "" : (stryCov_9fa48("157"), 'options.initialNav'));
    const rule = readRule(D, o[stryMutAct_9fa48("158") ? "" : (stryCov_9fa48("158"), 'rebalance')], stryMutAct_9fa48("159") ? "" : (stryCov_9fa48("159"), 'options.rebalance'));
    const returns = decSeries(D, indexReturns, stryMutAct_9fa48("160") ? "" : (stryCov_9fa48("160"), 'indexReturns'), 1, decReturn);
    const n = returns.length;
    const schedule = readDecimalSchedule(D, o, n);
    const out = stryMutAct_9fa48("161") ? new Array() : (stryCov_9fa48("161"), new Array<Decimal>(stryMutAct_9fa48("162") ? n - 1 : (stryCov_9fa48("162"), n + 1)));
    out[0] = initialNav;
    let nav = initialNav;
    let ell = L; // exposure/NAV ratio for the next period
    let since = 0;
    const bandWidth = (stryMutAct_9fa48("165") ? typeof rule === 'object' || 'band' in rule : stryMutAct_9fa48("164") ? false : stryMutAct_9fa48("163") ? true : (stryCov_9fa48("163", "164", "165"), (stryMutAct_9fa48("167") ? typeof rule !== 'object' : stryMutAct_9fa48("166") ? true : (stryCov_9fa48("166", "167"), typeof rule === (stryMutAct_9fa48("168") ? "" : (stryCov_9fa48("168"), 'object')))) && (stryMutAct_9fa48("169") ? "" : (stryCov_9fa48("169"), 'band')) in rule)) ? rule.band.times(L.abs()) : null;
    // constant rates, no dates: the carry at ℓ = L is the same every period
    const fixedCarry = schedule.constant ? carryDecimal(L, periodAt(D, schedule, 0)) : null;
    for (let i = 0; stryMutAct_9fa48("172") ? i >= n : stryMutAct_9fa48("171") ? i <= n : stryMutAct_9fa48("170") ? false : (stryCov_9fa48("170", "171", "172"), i < n); stryMutAct_9fa48("173") ? i-- : (stryCov_9fa48("173"), i++)) {
      if (stryMutAct_9fa48("174")) {
        {}
      } else {
        stryCov_9fa48("174");
        const r = returns[i] as Decimal;
        const c = (stryMutAct_9fa48("177") ? fixedCarry !== null || ell === L : stryMutAct_9fa48("176") ? false : stryMutAct_9fa48("175") ? true : (stryCov_9fa48("175", "176", "177"), (stryMutAct_9fa48("179") ? fixedCarry === null : stryMutAct_9fa48("178") ? true : (stryCov_9fa48("178", "179"), fixedCarry !== null)) && (stryMutAct_9fa48("181") ? ell !== L : stryMutAct_9fa48("180") ? true : (stryCov_9fa48("180", "181"), ell === L)))) ? fixedCarry : carryDecimal(ell, periodAt(D, schedule, i));
        const x = ell.times(r).plus(c);
        if (stryMutAct_9fa48("184") ? false : stryMutAct_9fa48("183") ? true : stryMutAct_9fa48("182") ? x.gt(-1) : (stryCov_9fa48("182", "183", "184"), !x.gt(stryMutAct_9fa48("185") ? +1 : (stryCov_9fa48("185"), -1)))) {
          if (stryMutAct_9fa48("186")) {
            {}
          } else {
            stryCov_9fa48("186");
            for (let j = stryMutAct_9fa48("187") ? i - 1 : (stryCov_9fa48("187"), i + 1); stryMutAct_9fa48("190") ? j > n : stryMutAct_9fa48("189") ? j < n : stryMutAct_9fa48("188") ? false : (stryCov_9fa48("188", "189", "190"), j <= n); stryMutAct_9fa48("191") ? j-- : (stryCov_9fa48("191"), j++)) out[j] = new D(0);
            return out;
          }
        }
        const g = x.plus(1);
        nav = nav.times(g);
        out[stryMutAct_9fa48("192") ? i - 1 : (stryCov_9fa48("192"), i + 1)] = nav;
        stryMutAct_9fa48("193") ? since-- : (stryCov_9fa48("193"), since++);
        if (stryMutAct_9fa48("196") ? rule !== 'daily' : stryMutAct_9fa48("195") ? false : stryMutAct_9fa48("194") ? true : (stryCov_9fa48("194", "195", "196"), rule === (stryMutAct_9fa48("197") ? "" : (stryCov_9fa48("197"), 'daily')))) continue;
        const drifted = ell.times(r.plus(1)).div(g);
        const reset = (stryMutAct_9fa48("198") ? "" : (stryCov_9fa48("198"), 'every')) in rule ? stryMutAct_9fa48("202") ? since < rule.every : stryMutAct_9fa48("201") ? since > rule.every : stryMutAct_9fa48("200") ? false : stryMutAct_9fa48("199") ? true : (stryCov_9fa48("199", "200", "201", "202"), since >= rule.every) : drifted.minus(L).abs().gt(bandWidth as Decimal);
        if (stryMutAct_9fa48("204") ? false : stryMutAct_9fa48("203") ? true : (stryCov_9fa48("203", "204"), reset)) {
          if (stryMutAct_9fa48("205")) {
            {}
          } else {
            stryCov_9fa48("205");
            ell = L;
            since = 0;
          }
        } else {
          if (stryMutAct_9fa48("206")) {
            {}
          } else {
            stryCov_9fa48("206");
            ell = drifted;
          }
        }
      }
    }
    return out;
  }
}

/**
 * NAV path of a daily-reset fund with real costs, in decimal: the decimal
 * counterpart of the float `navPath` (`@inverse-math/core/nav`), with the
 * same cost model, day counts and rebalancing rules.
 *
 * Formula (docs/concepts.md §3), one period with exposure ratio `ℓ` (`= L` under daily
 * reset):
 * `NAV_t = NAV_{t−1} · (1 + ℓ·(r_t + q·τ365) + (1 − ℓ)·rf·τ360 − |ℓ|·s·τ360 − f·τ365)`,
 * `τ360 = d_t/360`, `τ365 = d_t/365` for `d_t` calendar days between `dates`,
 * or both `1/periodsPerYear`. Between rebalances of `{ every }` or `{ band }`
 * the exposure drifts: `ℓ ← ℓ·(1 + r)/g`. Every operation is rounded to the
 * context's precision (34 significant digits by default): decimal inputs
 * like `'0.1'` are exact, and a frictionless path of short decimals is exact.
 * A period with growth `≤ 0` wipes the fund out: NAV 0 from then on.
 *
 * @param indexReturns - index simple returns, each `> −1` (decimal strings, numbers, bigints or Decimals; not mutated)
 * @param options - `leverage` and the cost options as in the float `navPath`, `initialNav` (default 1), optional `precision` / `arithmeticRounding`
 * @returns `n + 1` Decimal NAVs, from `initialNav`; `0` from the wipe-out on
 * @throws {@link InverseMathError} `INVALID_TYPE`, `EMPTY_SERIES`, `INVALID_DECIMAL`, `NON_FINITE`, `RETURN_OUT_OF_DOMAIN` (with the index), `NEGATIVE` (a negative spread, dividend yield or expense ratio), `NOT_POSITIVE` (`initialNav`, `periodsPerYear`), `LENGTH_MISMATCH` (a rate series or `dates`), `INVALID_DATE`, `INVALID_OPTION` (`rebalance`, or both `dates` and `periodsPerYear`), `OUT_OF_RANGE` (`rebalance.every`)
 * @see docs/concepts.md §3, §7; seed 001
 * @example
 * ```ts
 * import { navPath } from '@inverse-math/core/decimal';
 * // +10 % then −10 % at −1x: exactly 0.9 × 1.1 = 0.99 of the start
 * navPath(['0.1', '-0.1'], { leverage: -1 }).map(String);
 * //=> ['1', '0.9', '0.99']
 * // a 3x fund paying 5 % financing on two borrowed units, one 360th of a year
 * navPath(['0'], { leverage: 3, financingRate: '0.05', dates: ['2024-03-08', '2024-03-09'], initialNav: 100 })[1].toFixed(6);
 * //=> '99.972222'
 * ```
 */
export function navPath(indexReturns: ArrayLike<DecimalValue>, options: DecimalNavOptions): Decimal[] {
  if (stryMutAct_9fa48("207")) {
    {}
  } else {
    stryCov_9fa48("207");
    return navPathIn(DEFAULT_ARITH, indexReturns, options);
  }
}