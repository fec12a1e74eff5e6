/**
 * How a flow's trade relates to the rebalance trade (docs/concepts.md I7):
 * `'stabilizing'` when the flow trade `L·F` opposes the rebalance trade
 * (the close trade is smaller than the rebalance alone), `'destabilizing'`
 * when it adds to it, `'none'` when either is zero.
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
export type FlowEffect = 'stabilizing' | 'destabilizing' | 'none';

/** The I7 rule on two signed amounts (`−0` counts as zero). @internal */
export function classifyFlow(rebalance: number, flowTrade: number): FlowEffect {
  if (stryMutAct_9fa48("1072")) {
    {}
  } else {
    stryCov_9fa48("1072");
    if (stryMutAct_9fa48("1075") ? rebalance === 0 && flowTrade === 0 : stryMutAct_9fa48("1074") ? false : stryMutAct_9fa48("1073") ? true : (stryCov_9fa48("1073", "1074", "1075"), (stryMutAct_9fa48("1077") ? rebalance !== 0 : stryMutAct_9fa48("1076") ? false : (stryCov_9fa48("1076", "1077"), rebalance === 0)) || (stryMutAct_9fa48("1079") ? flowTrade !== 0 : stryMutAct_9fa48("1078") ? false : (stryCov_9fa48("1078", "1079"), flowTrade === 0)))) return stryMutAct_9fa48("1080") ? "" : (stryCov_9fa48("1080"), 'none');
    return (stryMutAct_9fa48("1083") ? rebalance > 0 !== flowTrade > 0 : stryMutAct_9fa48("1082") ? false : stryMutAct_9fa48("1081") ? true : (stryCov_9fa48("1081", "1082", "1083"), (stryMutAct_9fa48("1087") ? rebalance <= 0 : stryMutAct_9fa48("1086") ? rebalance >= 0 : stryMutAct_9fa48("1085") ? false : stryMutAct_9fa48("1084") ? true : (stryCov_9fa48("1084", "1085", "1086", "1087"), rebalance > 0)) === (stryMutAct_9fa48("1091") ? flowTrade <= 0 : stryMutAct_9fa48("1090") ? flowTrade >= 0 : stryMutAct_9fa48("1089") ? false : stryMutAct_9fa48("1088") ? true : (stryCov_9fa48("1088", "1089", "1090", "1091"), flowTrade > 0)))) ? stryMutAct_9fa48("1092") ? "" : (stryCov_9fa48("1092"), 'destabilizing') : stryMutAct_9fa48("1093") ? "" : (stryCov_9fa48("1093"), 'stabilizing');
  }
}