/**
 * Kernels of the close trade (docs/concepts.md §4–5), shared by `rebalance`, `flows`
 * and `fund`. Inputs are validated by the callers.
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
import * as guard from './guards.ts';

/**
 * Read the options every close-trade function takes: `aum ≥ 0`, a finite
 * `leverage` and `indexReturn > −1` (with `1 + L·r > 0` when `survivable`).
 */
export function readFundMove(options: unknown, survivable = stryMutAct_9fa48("1578") ? true : (stryCov_9fa48("1578"), false)): {
  o: Readonly<Record<string, unknown>>;
  A: number;
  L: number;
  r: number;
} {
  if (stryMutAct_9fa48("1579")) {
    {}
  } else {
    stryCov_9fa48("1579");
    const o = guard.options(options);
    const A = guard.nonNegative(o[stryMutAct_9fa48("1580") ? "" : (stryCov_9fa48("1580"), 'aum')], stryMutAct_9fa48("1581") ? "" : (stryCov_9fa48("1581"), 'options.aum'));
    const L = guard.finite(o[stryMutAct_9fa48("1582") ? "" : (stryCov_9fa48("1582"), 'leverage')], stryMutAct_9fa48("1583") ? "" : (stryCov_9fa48("1583"), 'options.leverage'));
    const r = survivable ? guard.survivableReturn(o[stryMutAct_9fa48("1584") ? "" : (stryCov_9fa48("1584"), 'indexReturn')], L, stryMutAct_9fa48("1585") ? "" : (stryCov_9fa48("1585"), 'options.indexReturn')) : guard.simpleReturn(o[stryMutAct_9fa48("1586") ? "" : (stryCov_9fa48("1586"), 'indexReturn')], stryMutAct_9fa48("1587") ? "" : (stryCov_9fa48("1587"), 'options.indexReturn'));
    return stryMutAct_9fa48("1588") ? {} : (stryCov_9fa48("1588"), {
      o,
      A,
      L,
      r
    });
  }
}

/** The close trade of one fund for validated `A ≥ 0`, finite `L`, `r > −1` (see `rebalanceTrade`). */
export function rebalanceKernel(A: number, L: number, r: number): {
  trade: number;
  exposureBefore: number;
  exposureAfter: number;
  aumAfter: number;
} {
  if (stryMutAct_9fa48("1589")) {
    {}
  } else {
    stryCov_9fa48("1589");
    const exposureBefore = stryMutAct_9fa48("1590") ? L * A / (1 + r) : (stryCov_9fa48("1590"), (stryMutAct_9fa48("1591") ? L / A : (stryCov_9fa48("1591"), L * A)) * (stryMutAct_9fa48("1592") ? 1 - r : (stryCov_9fa48("1592"), 1 + r)));
    if (stryMutAct_9fa48("1595") ? false : stryMutAct_9fa48("1594") ? true : stryMutAct_9fa48("1593") ? 1 + L * r > 0 : (stryCov_9fa48("1593", "1594", "1595"), !(stryMutAct_9fa48("1599") ? 1 + L * r <= 0 : stryMutAct_9fa48("1598") ? 1 + L * r >= 0 : stryMutAct_9fa48("1597") ? false : stryMutAct_9fa48("1596") ? true : (stryCov_9fa48("1596", "1597", "1598", "1599"), (stryMutAct_9fa48("1600") ? 1 - L * r : (stryCov_9fa48("1600"), 1 + (stryMutAct_9fa48("1601") ? L / r : (stryCov_9fa48("1601"), L * r)))) > 0)))) {
      if (stryMutAct_9fa48("1602")) {
        {}
      } else {
        stryCov_9fa48("1602");
        // wiped out: nothing left to lever, the position is closed
        return stryMutAct_9fa48("1603") ? {} : (stryCov_9fa48("1603"), {
          trade: zero(stryMutAct_9fa48("1604") ? +exposureBefore : (stryCov_9fa48("1604"), -exposureBefore)),
          exposureBefore: zero(exposureBefore),
          exposureAfter: 0,
          aumAfter: 0
        });
      }
    }
    const aumAfter = stryMutAct_9fa48("1605") ? A / (1 + L * r) : (stryCov_9fa48("1605"), A * (stryMutAct_9fa48("1606") ? 1 - L * r : (stryCov_9fa48("1606"), 1 + (stryMutAct_9fa48("1607") ? L / r : (stryCov_9fa48("1607"), L * r)))));
    return stryMutAct_9fa48("1608") ? {} : (stryCov_9fa48("1608"), {
      trade: zero(stryMutAct_9fa48("1609") ? A / (L * (L - 1) * r) : (stryCov_9fa48("1609"), A * (stryMutAct_9fa48("1610") ? L * (L - 1) / r : (stryCov_9fa48("1610"), (stryMutAct_9fa48("1611") ? L / (L - 1) : (stryCov_9fa48("1611"), L * (stryMutAct_9fa48("1612") ? L + 1 : (stryCov_9fa48("1612"), L - 1)))) * r)))),
      exposureBefore: zero(exposureBefore),
      exposureAfter: zero(stryMutAct_9fa48("1613") ? L / aumAfter : (stryCov_9fa48("1613"), L * aumAfter)),
      aumAfter
    });
  }
}

/**
 * Throw `NON_FINITE` unless every amount is finite: inputs that are each
 * valid (a huge AUM times a huge leverage) can overflow a double, and a
 * result of `±Infinity` or `NaN` must never be returned.
 */
export function finiteAmounts(amounts: readonly number[], argument: string, value: unknown, index?: number): void {
  if (stryMutAct_9fa48("1614")) {
    {}
  } else {
    stryCov_9fa48("1614");
    for (const a of amounts) {
      if (stryMutAct_9fa48("1615")) {
        {}
      } else {
        stryCov_9fa48("1615");
        if (stryMutAct_9fa48("1618") ? false : stryMutAct_9fa48("1617") ? true : stryMutAct_9fa48("1616") ? Number.isFinite(a) : (stryCov_9fa48("1616", "1617", "1618"), !Number.isFinite(a))) guard.fail(stryMutAct_9fa48("1619") ? "" : (stryCov_9fa48("1619"), 'NON_FINITE'), stryMutAct_9fa48("1620") ? "" : (stryCov_9fa48("1620"), 'overflows a double'), argument, value, index);
      }
    }
  }
}

/** `−0` → `0`, so that results compare and print as users expect. */
export function zero(x: number): number {
  if (stryMutAct_9fa48("1621")) {
    {}
  } else {
    stryCov_9fa48("1621");
    return (stryMutAct_9fa48("1624") ? x !== 0 : stryMutAct_9fa48("1623") ? false : stryMutAct_9fa48("1622") ? true : (stryCov_9fa48("1622", "1623", "1624"), x === 0)) ? 0 : x;
  }
}