/**
 * Kernel of the effective log leverage `γ(r, L) = ln(1 + L·r) / ln(1 + r)`.
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
import { productError } from './two-product.ts';

/** Below this magnitude the series below are exact to double precision (next terms < 3e-19 relative). */
const SERIES = 1e-6;

/**
 * `γ(r, L)` for validated inputs (`r > −1`, `1 + L·r > 0`).
 *
 * Method: when `|L·r| ≥ 1e-6`, `ln(1 + L·r) / log1p(r)`, with the numerator
 * corrected by the exact rounding error of `L·r` (below). Otherwise
 * `γ = L · p · q` with `p = ln(1 + L·r)/(L·r) = 1 − L·r/2 + (L·r)²/3` and
 * `q = r / ln(1 + r)` (`1 + r/2 − r²/12` when `|r| < 1e-6`), so that neither
 * `0/0` nor an underflowing `L·r` loses digits. `γ(0, L) = L` (the limit) and
 * `γ(r, 0) = 0` exactly (through the series: `p = q = 1`, `L·r = 0`);
 * `γ(r, 1) = 1` exactly.
 */
export function gamma(r: number, L: number): number {
  if (stryMutAct_9fa48("1350")) {
    {}
  } else {
    stryCov_9fa48("1350");
    if (stryMutAct_9fa48("1353") ? L !== 1 : stryMutAct_9fa48("1352") ? false : stryMutAct_9fa48("1351") ? true : (stryCov_9fa48("1351", "1352", "1353"), L === 1)) return 1;
    const lr = stryMutAct_9fa48("1354") ? L / r : (stryCov_9fa48("1354"), L * r);
    return (stryMutAct_9fa48("1358") ? Math.abs(lr) >= SERIES : stryMutAct_9fa48("1357") ? Math.abs(lr) <= SERIES : stryMutAct_9fa48("1356") ? false : stryMutAct_9fa48("1355") ? true : (stryCov_9fa48("1355", "1356", "1357", "1358"), Math.abs(lr) < SERIES)) ? stryMutAct_9fa48("1359") ? L / ((1 - lr / 2 + lr * lr / 3) * (Math.abs(r) < SERIES ? 1 + r / 2 - r * r / 12 : r / Math.log1p(r))) : (stryCov_9fa48("1359"), L * (stryMutAct_9fa48("1360") ? (1 - lr / 2 + lr * lr / 3) / (Math.abs(r) < SERIES ? 1 + r / 2 - r * r / 12 : r / Math.log1p(r)) : (stryCov_9fa48("1360"), (stryMutAct_9fa48("1361") ? 1 - lr / 2 - lr * lr / 3 : (stryCov_9fa48("1361"), (stryMutAct_9fa48("1362") ? 1 + lr / 2 : (stryCov_9fa48("1362"), 1 - (stryMutAct_9fa48("1363") ? lr * 2 : (stryCov_9fa48("1363"), lr / 2)))) + (stryMutAct_9fa48("1364") ? lr * lr * 3 : (stryCov_9fa48("1364"), (stryMutAct_9fa48("1365") ? lr / lr : (stryCov_9fa48("1365"), lr * lr)) / 3)))) * ((stryMutAct_9fa48("1369") ? Math.abs(r) >= SERIES : stryMutAct_9fa48("1368") ? Math.abs(r) <= SERIES : stryMutAct_9fa48("1367") ? false : stryMutAct_9fa48("1366") ? true : (stryCov_9fa48("1366", "1367", "1368", "1369"), Math.abs(r) < SERIES)) ? stryMutAct_9fa48("1370") ? 1 + r / 2 + r * r / 12 : (stryCov_9fa48("1370"), (stryMutAct_9fa48("1371") ? 1 - r / 2 : (stryCov_9fa48("1371"), 1 + (stryMutAct_9fa48("1372") ? r * 2 : (stryCov_9fa48("1372"), r / 2)))) - (stryMutAct_9fa48("1373") ? r * r * 12 : (stryCov_9fa48("1373"), (stryMutAct_9fa48("1374") ? r / r : (stryCov_9fa48("1374"), r * r)) / 12))) : stryMutAct_9fa48("1375") ? r * Math.log1p(r) : (stryCov_9fa48("1375"), r / Math.log1p(r)))))) : // ln(1 + L·r) to a few ulps, also as 1 + L·r → 0 (a fund near wipe-out), where log1p would magnify the
    // rounding error of lr = fl(L·r) by 1/((1 + lr)·|ln(1 + lr)|) (10⁴ at 1 + L·r = 1e-5). The error
    // e = L·r − lr is exact (two-product) and 1 + lr is exact when small (Sterbenz), so
    // ln(1 + L·r) = log1p(lr) + log1p(e/(1 + lr)); away from wipe-out the second term is below an ulp of
    // the first. e is NaN only for |L| > 1e300 (the split overflows), where |L·r| ≤ 1 leaves r tiny and
    // the correction is dropped.
    stryMutAct_9fa48("1376") ?
    // ln(1 + L·r) to a few ulps, also as 1 + L·r → 0 (a fund near wipe-out), where log1p would magnify the
    // rounding error of lr = fl(L·r) by 1/((1 + lr)·|ln(1 + lr)|) (10⁴ at 1 + L·r = 1e-5). The error
    // e = L·r − lr is exact (two-product) and 1 + lr is exact when small (Sterbenz), so
    // ln(1 + L·r) = log1p(lr) + log1p(e/(1 + lr)); away from wipe-out the second term is below an ulp of
    // the first. e is NaN only for |L| > 1e300 (the split overflows), where |L·r| ≤ 1 leaves r tiny and
    // the correction is dropped.
    (Math.log1p(lr) + (Math.log1p(productError(L, r, lr) / (1 + lr)) || 0)) * Math.log1p(r) : (stryCov_9fa48("1376"), (stryMutAct_9fa48("1377") ? Math.log1p(lr) - (Math.log1p(productError(L, r, lr) / (1 + lr)) || 0) : (stryCov_9fa48("1377"), Math.log1p(lr) + (stryMutAct_9fa48("1380") ? Math.log1p(productError(L, r, lr) / (1 + lr)) && 0 : stryMutAct_9fa48("1379") ? false : stryMutAct_9fa48("1378") ? true : (stryCov_9fa48("1378", "1379", "1380"), Math.log1p(stryMutAct_9fa48("1381") ? productError(L, r, lr) * (1 + lr) : (stryCov_9fa48("1381"), productError(L, r, lr) / (stryMutAct_9fa48("1382") ? 1 - lr : (stryCov_9fa48("1382"), 1 + lr)))) || 0)))) / Math.log1p(r));
  }
}