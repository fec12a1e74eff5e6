/**
 * Compensated (Neumaier) summation: the running sum `s` and the lost
 * low-order part `c`; the result is `s + c`. Error bound independent of the
 * number of terms to first order (Neumaier 1974), unlike naive summation.
 *
 * @internal
 * @module
 */
// @ts-nocheck


/** Compensated sum of a series. */function stryNS_9fa48() {
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
export function neumaierSum(values: ArrayLike<number>): number {
  if (stryMutAct_9fa48("1532")) {
    {}
  } else {
    stryCov_9fa48("1532");
    let s = 0;
    let c = 0;
    for (let i = 0; stryMutAct_9fa48("1535") ? i >= values.length : stryMutAct_9fa48("1534") ? i <= values.length : stryMutAct_9fa48("1533") ? false : (stryCov_9fa48("1533", "1534", "1535"), i < values.length); stryMutAct_9fa48("1536") ? i-- : (stryCov_9fa48("1536"), i++)) {
      if (stryMutAct_9fa48("1537")) {
        {}
      } else {
        stryCov_9fa48("1537");
        const x = values[i] as number;
        const t = stryMutAct_9fa48("1538") ? s - x : (stryCov_9fa48("1538"), s + x);
        stryMutAct_9fa48("1539") ? c -= Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s : (stryCov_9fa48("1539"), c += (stryMutAct_9fa48("1543") ? Math.abs(s) < Math.abs(x) : stryMutAct_9fa48("1542") ? Math.abs(s) > Math.abs(x) : stryMutAct_9fa48("1541") ? false : stryMutAct_9fa48("1540") ? true : (stryCov_9fa48("1540", "1541", "1542", "1543"), Math.abs(s) >= Math.abs(x))) ? stryMutAct_9fa48("1544") ? s - t - x : (stryCov_9fa48("1544"), (stryMutAct_9fa48("1545") ? s + t : (stryCov_9fa48("1545"), s - t)) + x) : stryMutAct_9fa48("1546") ? x - t - s : (stryCov_9fa48("1546"), (stryMutAct_9fa48("1547") ? x + t : (stryCov_9fa48("1547"), x - t)) + s));
        s = t;
      }
    }
    return stryMutAct_9fa48("1548") ? s - c : (stryCov_9fa48("1548"), s + c);
  }
}

/**
 * `Σ log1p(L·r_i)` with compensation, and the first index where `1 + L·r_i ≤ 0`
 * (`-1` when the fund survives every period; the sum then stops at that index).
 */
export function sumLog1pScaled(returns: ArrayLike<number>, leverage: number): {
  sum: number;
  wipedOutAt: number;
} {
  if (stryMutAct_9fa48("1549")) {
    {}
  } else {
    stryCov_9fa48("1549");
    let s = 0;
    let c = 0;
    for (let i = 0; stryMutAct_9fa48("1552") ? i >= returns.length : stryMutAct_9fa48("1551") ? i <= returns.length : stryMutAct_9fa48("1550") ? false : (stryCov_9fa48("1550", "1551", "1552"), i < returns.length); stryMutAct_9fa48("1553") ? i-- : (stryCov_9fa48("1553"), i++)) {
      if (stryMutAct_9fa48("1554")) {
        {}
      } else {
        stryCov_9fa48("1554");
        const lr = stryMutAct_9fa48("1555") ? leverage / (returns[i] as number) : (stryCov_9fa48("1555"), leverage * (returns[i] as number));
        if (stryMutAct_9fa48("1558") ? false : stryMutAct_9fa48("1557") ? true : stryMutAct_9fa48("1556") ? lr > -1 : (stryCov_9fa48("1556", "1557", "1558"), !(stryMutAct_9fa48("1562") ? lr <= -1 : stryMutAct_9fa48("1561") ? lr >= -1 : stryMutAct_9fa48("1560") ? false : stryMutAct_9fa48("1559") ? true : (stryCov_9fa48("1559", "1560", "1561", "1562"), lr > (stryMutAct_9fa48("1563") ? +1 : (stryCov_9fa48("1563"), -1)))))) return stryMutAct_9fa48("1564") ? {} : (stryCov_9fa48("1564"), {
          sum: Number.NEGATIVE_INFINITY,
          wipedOutAt: i
        });
        const x = Math.log1p(lr);
        const t = stryMutAct_9fa48("1565") ? s - x : (stryCov_9fa48("1565"), s + x);
        stryMutAct_9fa48("1566") ? c -= Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s : (stryCov_9fa48("1566"), c += (stryMutAct_9fa48("1570") ? Math.abs(s) < Math.abs(x) : stryMutAct_9fa48("1569") ? Math.abs(s) > Math.abs(x) : stryMutAct_9fa48("1568") ? false : stryMutAct_9fa48("1567") ? true : (stryCov_9fa48("1567", "1568", "1569", "1570"), Math.abs(s) >= Math.abs(x))) ? stryMutAct_9fa48("1571") ? s - t - x : (stryCov_9fa48("1571"), (stryMutAct_9fa48("1572") ? s + t : (stryCov_9fa48("1572"), s - t)) + x) : stryMutAct_9fa48("1573") ? x - t - s : (stryCov_9fa48("1573"), (stryMutAct_9fa48("1574") ? x + t : (stryCov_9fa48("1574"), x - t)) + s));
        s = t;
      }
    }
    return stryMutAct_9fa48("1575") ? {} : (stryCov_9fa48("1575"), {
      sum: stryMutAct_9fa48("1576") ? s - c : (stryCov_9fa48("1576"), s + c),
      wipedOutAt: stryMutAct_9fa48("1577") ? +1 : (stryCov_9fa48("1577"), -1)
    });
  }
}