/**
 * The one-period growth factor of a daily-reset fund with costs (docs/concepts.md §3),
 * shared by `nav`, `fund` and the decimal entry's float agreement tests.
 *
 *   A_t / A_{t−1} = 1 + L·(r_t + q·τ365) + (1 − L)·rf·τ360 − |L|·s·τ360 − f·τ365
 *
 * where τ360 = d_t/360 and τ365 = d_t/365 for `d_t` calendar days in the
 * period (financing and spread actual/360; expenses and dividends
 * actual/365), or both `1/periodsPerYear` when no dates are given.
 *
 * @internal
 * @module
 */
// @ts-nocheck


/**
 * The additive cost/carry part of one period's growth, from the period's
 * annual rates (financing `rf`, spread `s` on `|L|` notional, dividend yield
 * `q`, expense ratio `f`): `L·q·τ365 + (1 − L)·rf·τ360 − |L|·s·τ360 − f·τ365`.
 */function stryNS_9fa48() {
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
export function carry(L: number, rf: number, s: number, q: number, f: number, tau360: number, tau365: number): number {
  if (stryMutAct_9fa48("1281")) {
    {}
  } else {
    stryCov_9fa48("1281");
    return stryMutAct_9fa48("1282") ? L * q * tau365 + (1 - L) * rf * tau360 - Math.abs(L) * s * tau360 + f * tau365 : (stryCov_9fa48("1282"), (stryMutAct_9fa48("1283") ? L * q * tau365 + (1 - L) * rf * tau360 + Math.abs(L) * s * tau360 : (stryCov_9fa48("1283"), (stryMutAct_9fa48("1284") ? L * q * tau365 - (1 - L) * rf * tau360 : (stryCov_9fa48("1284"), (stryMutAct_9fa48("1285") ? L * q / tau365 : (stryCov_9fa48("1285"), (stryMutAct_9fa48("1286") ? L / q : (stryCov_9fa48("1286"), L * q)) * tau365)) + (stryMutAct_9fa48("1287") ? (1 - L) * rf / tau360 : (stryCov_9fa48("1287"), (stryMutAct_9fa48("1288") ? (1 - L) / rf : (stryCov_9fa48("1288"), (stryMutAct_9fa48("1289") ? 1 + L : (stryCov_9fa48("1289"), 1 - L)) * rf)) * tau360)))) - (stryMutAct_9fa48("1290") ? Math.abs(L) * s / tau360 : (stryCov_9fa48("1290"), (stryMutAct_9fa48("1291") ? Math.abs(L) / s : (stryCov_9fa48("1291"), Math.abs(L) * s)) * tau360)))) - (stryMutAct_9fa48("1292") ? f / tau365 : (stryCov_9fa48("1292"), f * tau365)));
  }
}

/**
 * `A_t / A_{t−1} = 1 + (L·r + carry)` for validated inputs; may be `≤ 0` (the
 * caller reports insolvency). Formed as `1 + (L·r + carry)` so that it is
 * `≤ 0` exactly when the excess `L·r + carry` is `≤ −1`, the test the NAV
 * loops make before taking `log1p` of the excess.
 */
export function growthFactor(indexReturn: number, leverage: number, carryPart: number): number {
  if (stryMutAct_9fa48("1293")) {
    {}
  } else {
    stryCov_9fa48("1293");
    return stryMutAct_9fa48("1294") ? 1 - (leverage * indexReturn + carryPart) : (stryCov_9fa48("1294"), 1 + (stryMutAct_9fa48("1295") ? leverage * indexReturn - carryPart : (stryCov_9fa48("1295"), (stryMutAct_9fa48("1296") ? leverage / indexReturn : (stryCov_9fa48("1296"), leverage * indexReturn)) + carryPart)));
  }
}
const MS_PER_DAY = 86_400_000;

/**
 * Calendar days between two instants given as epoch milliseconds, counted on
 * UTC calendar dates (so 2024-03-08 → 2024-03-11 is 3 days whatever the time
 * of day or daylight-saving shift).
 */
export function calendarDays(fromMs: number, toMs: number): number {
  if (stryMutAct_9fa48("1297")) {
    {}
  } else {
    stryCov_9fa48("1297");
    return Math.round(stryMutAct_9fa48("1298") ? (Math.floor(toMs / MS_PER_DAY) * MS_PER_DAY - Math.floor(fromMs / MS_PER_DAY) * MS_PER_DAY) * MS_PER_DAY : (stryCov_9fa48("1298"), (stryMutAct_9fa48("1299") ? Math.floor(toMs / MS_PER_DAY) * MS_PER_DAY + Math.floor(fromMs / MS_PER_DAY) * MS_PER_DAY : (stryCov_9fa48("1299"), (stryMutAct_9fa48("1300") ? Math.floor(toMs / MS_PER_DAY) / MS_PER_DAY : (stryCov_9fa48("1300"), Math.floor(stryMutAct_9fa48("1301") ? toMs * MS_PER_DAY : (stryCov_9fa48("1301"), toMs / MS_PER_DAY)) * MS_PER_DAY)) - (stryMutAct_9fa48("1302") ? Math.floor(fromMs / MS_PER_DAY) / MS_PER_DAY : (stryCov_9fa48("1302"), Math.floor(stryMutAct_9fa48("1303") ? fromMs * MS_PER_DAY : (stryCov_9fa48("1303"), fromMs / MS_PER_DAY)) * MS_PER_DAY)))) / MS_PER_DAY));
  }
}