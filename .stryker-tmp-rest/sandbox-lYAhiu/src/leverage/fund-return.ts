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
import * as guard from '../internal/guards.ts';

/**
 * One-period return of a frictionless daily-reset fund.
 *
 * Formula: `R = max(L·r, −1)`. Arithmetic leverage `R / r` is exactly `L`
 * every period; a move with `1 + L·r ≤ 0` (a −3x fund when the index rises by
 * 33⅓ % or more) wipes the fund out, and its return is `−1`, never less: a
 * fund cannot lose more than its assets.
 *
 * @param indexReturn - the index simple return `r` over the period, `> −1`
 * @param leverage - the daily multiple `L` (signed: −1 inverse, 2, −3 …)
 * @returns the fund's simple return as a fraction, `≥ −1`
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when the result overflows), `RETURN_OUT_OF_DOMAIN` (`r ≤ −1`)
 * @see docs/concepts.md §1; seed 002 (arithmetic leverage is constant)
 * @example
 * ```ts
 * import { fundReturn } from '@inverse-math/core/leverage';
 * fundReturn(0.01, 3);
 * //=> 0.03
 * fundReturn(0.5, -3); // the index rises 50 %: the −3x fund is wiped out
 * //=> -1
 * ```
 */
export function fundReturn(indexReturn: number, leverage: number): number {
  if (stryMutAct_9fa48("1654")) {
    {}
  } else {
    stryCov_9fa48("1654");
    const r = guard.simpleReturn(indexReturn, stryMutAct_9fa48("1655") ? "" : (stryCov_9fa48("1655"), 'indexReturn'));
    const L = guard.finite(leverage, stryMutAct_9fa48("1656") ? "" : (stryCov_9fa48("1656"), 'leverage'));
    const R = stryMutAct_9fa48("1657") ? L / r : (stryCov_9fa48("1657"), L * r);
    return (stryMutAct_9fa48("1661") ? R <= -1 : stryMutAct_9fa48("1660") ? R >= -1 : stryMutAct_9fa48("1659") ? false : stryMutAct_9fa48("1658") ? true : (stryCov_9fa48("1658", "1659", "1660", "1661"), R > (stryMutAct_9fa48("1662") ? +1 : (stryCov_9fa48("1662"), -1)))) ? guard.finiteResult(R, stryMutAct_9fa48("1663") ? "" : (stryCov_9fa48("1663"), 'leverage'), leverage) : stryMutAct_9fa48("1664") ? +1 : (stryCov_9fa48("1664"), -1);
  }
}