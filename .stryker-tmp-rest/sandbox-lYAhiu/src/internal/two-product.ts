/**
 * Error-free product (Dekker 1971, Veltkamp split): the rounding error of
 * `fl(a·b)`, exactly. Used where `1 + L·r` is close to 0 (a fund near
 * wipe-out): there the rounding error of `L·r` is as large as the result's
 * last digits, and recovering it keeps `ln(1 + L·r)` accurate to a few ulps.
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
const SPLIT = 134217729; // 2^27 + 1

/** `a·b − p` exactly, for `p = fl(a·b)`; `NaN` when the split overflows (|a| or |b| > ~1e300), so callers test `Number.isFinite`. */
export function productError(a: number, b: number, p: number): number {
  if (stryMutAct_9fa48("1625")) {
    {}
  } else {
    stryCov_9fa48("1625");
    const ah = high(a);
    const al = stryMutAct_9fa48("1626") ? a + ah : (stryCov_9fa48("1626"), a - ah);
    const bh = high(b);
    const bl = stryMutAct_9fa48("1627") ? b + bh : (stryCov_9fa48("1627"), b - bh);
    return stryMutAct_9fa48("1628") ? ah * bh - p + ah * bl + al * bh - al * bl : (stryCov_9fa48("1628"), (stryMutAct_9fa48("1629") ? ah * bh - p + ah * bl - al * bh : (stryCov_9fa48("1629"), (stryMutAct_9fa48("1630") ? ah * bh - p - ah * bl : (stryCov_9fa48("1630"), (stryMutAct_9fa48("1631") ? ah * bh + p : (stryCov_9fa48("1631"), (stryMutAct_9fa48("1632") ? ah / bh : (stryCov_9fa48("1632"), ah * bh)) - p)) + (stryMutAct_9fa48("1633") ? ah / bl : (stryCov_9fa48("1633"), ah * bl)))) + (stryMutAct_9fa48("1634") ? al / bh : (stryCov_9fa48("1634"), al * bh)))) + (stryMutAct_9fa48("1635") ? al / bl : (stryCov_9fa48("1635"), al * bl)));
  }
}

/** The high half of `x` (its leading 26 bits; `x − high(x)` is the exact low half). */
function high(x: number): number {
  if (stryMutAct_9fa48("1636")) {
    {}
  } else {
    stryCov_9fa48("1636");
    const c = stryMutAct_9fa48("1637") ? SPLIT / x : (stryCov_9fa48("1637"), SPLIT * x);
    return stryMutAct_9fa48("1638") ? c + (c - x) : (stryCov_9fa48("1638"), c - (stryMutAct_9fa48("1639") ? c + x : (stryCov_9fa48("1639"), c - x)));
  }
}