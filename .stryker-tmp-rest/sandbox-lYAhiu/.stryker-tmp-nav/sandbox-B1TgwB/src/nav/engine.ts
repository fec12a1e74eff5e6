/**
 * The one step of the NAV recursion, shared by the general batch path and by
 * `stepNav` so that both produce the same numbers bit for bit.
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
import { carry } from '../internal/accrual.ts';
import * as guard from '../internal/guards.ts';
import type { RebalanceRule } from './options.ts';
import type { NavState } from '../stream/stream.ts';

// A local binding of the kernel (some loaders turn imported bindings into per-call getters).
const carryOf = carry;

/** The recursion's running values: the fields of a `NavState` that a step changes. @internal */
export interface Acc {
  period: number;
  nav: number;
  logNav: number;
  logNavSum: number;
  logNavCompensation: number;
  leverageRatio: number;
  periodsSinceRebalance: number;
  rebalances: number;
  wipedOutAt: number | null;
}

/**
 * A `NavState` from its fields, positional (`logNav` is `logNavSum +
 * logNavCompensation`): one new object with its final shape.
 * @internal
 */
export function makeState(leverage: number, rebalance: RebalanceRule, financingRate: number, spread: number, dividendYield: number, expenseRatio: number, periodsPerYear: number | null, lastDate: number | null, period: number, nav: number, logNavSum: number, logNavCompensation: number, leverageRatio: number, periodsSinceRebalance: number, rebalances: number, wipedOutAt: number | null): NavState & Acc {
  if (stryMutAct_9fa48("157")) {
    {}
  } else {
    stryCov_9fa48("157");
    return stryMutAct_9fa48("158") ? {} : (stryCov_9fa48("158"), {
      leverage,
      rebalance,
      financingRate,
      spread,
      dividendYield,
      expenseRatio,
      periodsPerYear,
      lastDate,
      period,
      nav,
      logNav: stryMutAct_9fa48("159") ? logNavSum - logNavCompensation : (stryCov_9fa48("159"), logNavSum + logNavCompensation),
      logNavSum,
      logNavCompensation,
      leverageRatio,
      periodsSinceRebalance,
      rebalances,
      wipedOutAt
    });
  }
}

/**
 * One period's annual rates (financing, spread, dividend yield, expenses) and
 * year fractions (actual/360, actual/365). Passed to {@link advance} as one
 * object that the callers reuse and overwrite each period: reading doubles
 * from an object's fields inside the step boxes none of them, as passing them
 * one by one as arguments would.
 * @internal
 */
export interface Period {
  financingRate: number;
  spread: number;
  dividendYield: number;
  expenseRatio: number;
  tau360: number;
  tau365: number;
}

/**
 * Advance `a` one period: index return `r`, the period's annual rates
 * and year fractions `p`. Inputs are
 * validated by the caller. A growth excess that is `NaN` (`∞ − ∞` among the
 * period's terms) is an overflow, not a wipe-out: it leaves a `NaN` log-NAV
 * for {@link overflowed} to report.
 */
export function advance(a: Acc, rule: RebalanceRule, L: number, r: number, p: Period): void {
  if (stryMutAct_9fa48("160")) {
    {}
  } else {
    stryCov_9fa48("160");
    const t = a.period;
    a.period = stryMutAct_9fa48("161") ? t - 1 : (stryCov_9fa48("161"), t + 1);
    if (stryMutAct_9fa48("164") ? a.wipedOutAt === null : stryMutAct_9fa48("163") ? false : stryMutAct_9fa48("162") ? true : (stryCov_9fa48("162", "163", "164"), a.wipedOutAt !== null)) return;
    const ell = a.leverageRatio;
    const x = stryMutAct_9fa48("165") ? ell * r - carryOf(ell, p.financingRate, p.spread, p.dividendYield, p.expenseRatio, p.tau360, p.tau365) : (stryCov_9fa48("165"), (stryMutAct_9fa48("166") ? ell / r : (stryCov_9fa48("166"), ell * r)) + carryOf(ell, p.financingRate, p.spread, p.dividendYield, p.expenseRatio, p.tau360, p.tau365));
    if (stryMutAct_9fa48("170") ? x > -1 : stryMutAct_9fa48("169") ? x < -1 : stryMutAct_9fa48("168") ? false : stryMutAct_9fa48("167") ? true : (stryCov_9fa48("167", "168", "169", "170"), x <= (stryMutAct_9fa48("171") ? +1 : (stryCov_9fa48("171"), -1)))) {
      if (stryMutAct_9fa48("172")) {
        {}
      } else {
        stryCov_9fa48("172");
        a.nav = 0;
        a.logNav = a.logNavSum = Number.NEGATIVE_INFINITY;
        a.logNavCompensation = a.leverageRatio = 0;
        a.wipedOutAt = t;
        return;
      }
    }
    const g = stryMutAct_9fa48("173") ? 1 - x : (stryCov_9fa48("173"), 1 + x);
    stryMutAct_9fa48("174") ? a.nav /= g : (stryCov_9fa48("174"), a.nav *= g);
    const y = Math.log1p(x);
    const u = a.logNavSum;
    const v = stryMutAct_9fa48("175") ? u - y : (stryCov_9fa48("175"), u + y);
    const c = stryMutAct_9fa48("176") ? a.logNavCompensation - (Math.abs(u) >= Math.abs(y) ? u - v + y : y - v + u) : (stryCov_9fa48("176"), a.logNavCompensation + ((stryMutAct_9fa48("180") ? Math.abs(u) < Math.abs(y) : stryMutAct_9fa48("179") ? Math.abs(u) > Math.abs(y) : stryMutAct_9fa48("178") ? false : stryMutAct_9fa48("177") ? true : (stryCov_9fa48("177", "178", "179", "180"), Math.abs(u) >= Math.abs(y))) ? stryMutAct_9fa48("181") ? u - v - y : (stryCov_9fa48("181"), (stryMutAct_9fa48("182") ? u + v : (stryCov_9fa48("182"), u - v)) + y) : stryMutAct_9fa48("183") ? y - v - u : (stryCov_9fa48("183"), (stryMutAct_9fa48("184") ? y + v : (stryCov_9fa48("184"), y - v)) + u)));
    a.logNavSum = v;
    a.logNavCompensation = c;
    a.logNav = stryMutAct_9fa48("185") ? v - c : (stryCov_9fa48("185"), v + c);
    const since = stryMutAct_9fa48("186") ? a.periodsSinceRebalance - 1 : (stryCov_9fa48("186"), a.periodsSinceRebalance + 1);
    const drift = stryMutAct_9fa48("187") ? ell * (1 + r) * g : (stryCov_9fa48("187"), (stryMutAct_9fa48("188") ? ell / (1 + r) : (stryCov_9fa48("188"), ell * (stryMutAct_9fa48("189") ? 1 - r : (stryCov_9fa48("189"), 1 + r)))) / g);
    if (stryMutAct_9fa48("192") ? rule === 'daily' && ('every' in rule ? since >= rule.every : Math.abs(drift - L) > rule.band * Math.abs(L)) : stryMutAct_9fa48("191") ? false : stryMutAct_9fa48("190") ? true : (stryCov_9fa48("190", "191", "192"), (stryMutAct_9fa48("194") ? rule !== 'daily' : stryMutAct_9fa48("193") ? false : (stryCov_9fa48("193", "194"), rule === (stryMutAct_9fa48("195") ? "" : (stryCov_9fa48("195"), 'daily')))) || ((stryMutAct_9fa48("196") ? "" : (stryCov_9fa48("196"), 'every')) in rule ? stryMutAct_9fa48("200") ? since < rule.every : stryMutAct_9fa48("199") ? since > rule.every : stryMutAct_9fa48("198") ? false : stryMutAct_9fa48("197") ? true : (stryCov_9fa48("197", "198", "199", "200"), since >= rule.every) : stryMutAct_9fa48("204") ? Math.abs(drift - L) <= rule.band * Math.abs(L) : stryMutAct_9fa48("203") ? Math.abs(drift - L) >= rule.band * Math.abs(L) : stryMutAct_9fa48("202") ? false : stryMutAct_9fa48("201") ? true : (stryCov_9fa48("201", "202", "203", "204"), Math.abs(stryMutAct_9fa48("205") ? drift + L : (stryCov_9fa48("205"), drift - L)) > (stryMutAct_9fa48("206") ? rule.band / Math.abs(L) : (stryCov_9fa48("206"), rule.band * Math.abs(L))))))) {
      if (stryMutAct_9fa48("207")) {
        {}
      } else {
        stryCov_9fa48("207");
        a.leverageRatio = L;
        a.periodsSinceRebalance = 0;
        stryMutAct_9fa48("208") ? a.rebalances-- : (stryCov_9fa48("208"), a.rebalances++);
      }
    } else {
      if (stryMutAct_9fa48("209")) {
        {}
      } else {
        stryCov_9fa48("209");
        a.leverageRatio = drift;
        a.periodsSinceRebalance = since;
      }
    }
  }
}

/**
 * Throw `NON_FINITE` ("overflows a double") when the last step left a value
 * that is not a finite double: a `NaN` or `+∞` log-NAV or exposure ratio, or
 * (when `nav`) an infinite NAV. A wipe-out (NAV 0, log-NAV `−∞`) is not an
 * overflow. `argument`, `value` and `index` name the period's return.
 * @internal
 */
export function checkStep(a: Acc, nav: boolean, argument: string, value: unknown, index?: number): void {
  if (stryMutAct_9fa48("210")) {
    {}
  } else {
    stryCov_9fa48("210");
    if (stryMutAct_9fa48("213") ? false : stryMutAct_9fa48("212") ? true : stryMutAct_9fa48("211") ? a.logNav < Infinity && a.leverageRatio - a.leverageRatio === 0 && (a.nav < Infinity || !nav) : (stryCov_9fa48("211", "212", "213"), !(stryMutAct_9fa48("216") ? a.logNav < Infinity && a.leverageRatio - a.leverageRatio === 0 || a.nav < Infinity || !nav : stryMutAct_9fa48("215") ? false : stryMutAct_9fa48("214") ? true : (stryCov_9fa48("214", "215", "216"), (stryMutAct_9fa48("218") ? a.logNav < Infinity || a.leverageRatio - a.leverageRatio === 0 : stryMutAct_9fa48("217") ? true : (stryCov_9fa48("217", "218"), (stryMutAct_9fa48("221") ? a.logNav >= Infinity : stryMutAct_9fa48("220") ? a.logNav <= Infinity : stryMutAct_9fa48("219") ? true : (stryCov_9fa48("219", "220", "221"), a.logNav < Infinity)) && (stryMutAct_9fa48("223") ? a.leverageRatio - a.leverageRatio !== 0 : stryMutAct_9fa48("222") ? true : (stryCov_9fa48("222", "223"), (stryMutAct_9fa48("224") ? a.leverageRatio + a.leverageRatio : (stryCov_9fa48("224"), a.leverageRatio - a.leverageRatio)) === 0)))) && (stryMutAct_9fa48("226") ? a.nav < Infinity && !nav : stryMutAct_9fa48("225") ? true : (stryCov_9fa48("225", "226"), (stryMutAct_9fa48("229") ? a.nav >= Infinity : stryMutAct_9fa48("228") ? a.nav <= Infinity : stryMutAct_9fa48("227") ? false : (stryCov_9fa48("227", "228", "229"), a.nav < Infinity)) || (stryMutAct_9fa48("230") ? nav : (stryCov_9fa48("230"), !nav)))))))) guard.fail(stryMutAct_9fa48("231") ? "" : (stryCov_9fa48("231"), 'NON_FINITE'), stryMutAct_9fa48("232") ? "" : (stryCov_9fa48("232"), 'overflows a double'), argument, value, index);
  }
}