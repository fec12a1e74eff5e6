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
import { neumaierSum } from '../internal/sum.ts';
import { finiteAmounts, rebalanceKernel, zero } from '../internal/trade.ts';

/** One fund of a universe on the same index, for {@link marketOnCloseImbalance}. */
export interface FundOnIndex {
  /** Assets `A_i` at the last reset, in currency, `≥ 0`. */
  readonly aum: number;
  /** The fund's daily multiple `L_i`. */
  readonly leverage: number;
  /** A label (a ticker); defaults to `'fund <i>'` with `i` the 0-based position in the list. */
  readonly name?: string;
}

/** One fund's estimated close trade in a {@link MarketOnCloseImbalance}. */
export interface FundCloseTrade {
  /** The fund's label (given, or `'fund <i>'`). */
  readonly name: string;
  /** Assets at the last reset, as given. */
  readonly aum: number;
  /** The daily multiple, as given. */
  readonly leverage: number;
  /** `A_i·(L_i² − L_i)·r` in currency: buy `> 0`, sell `< 0` (the close-out `−L_i·A_i·(1 + r)` if the move wipes the fund out). */
  readonly trade: number;
}

/** Result of {@link marketOnCloseImbalance}. */
export interface MarketOnCloseImbalance {
  /** Each fund's trade, in the order given. */
  readonly trades: readonly FundCloseTrade[];
  /** The net of all trades, `r·Σ A_i(L_i² − L_i)` (compensated sum): buy `> 0`, sell `< 0`. */
  readonly net: number;
}

/**
 * The market-on-close imbalance that a universe of daily-reset funds on one
 * index will bring to the close if the index stays at its current move.
 *
 * Formula: each fund trades `Δ_i = A_i·(L_i² − L_i)·r` (see
 * `rebalanceTrade`), and the net is `r·Σ A_i·(L_i² − L_i)`. Every fund
 * with `L ∉ [0, 1]` — long or inverse — trades in the direction of the
 * move, so the funds never net out: a −1x fund adds to a 2x fund's trade
 * (`L² − L = 2` for both). This is the intraday estimate of seed 001's
 * "rebalance arbitrage loop" (without flows; add `L_i·F_i` for known
 * creations and redemptions, see `closeTrade`).
 *
 * @param funds - a non-empty list of `{ aum, leverage, name? }` on one index (not mutated)
 * @param indexReturn - the index move since the last close, `r > −1`
 * @returns per-fund trades and the net imbalance, in currency
 * @throws {@link InverseMathError} `INVALID_TYPE` (not a list, a fund not an object, a name not a string), `EMPTY_SERIES` (no fund), `NON_FINITE`, `NEGATIVE` (`aum < 0`), `RETURN_OUT_OF_DOMAIN`, `NON_FINITE` (also when a trade or the net overflows a double)
 * @see seed 001 ("The Rebalance Arbitrage Loop"); docs/concepts.md §4; Cheng & Madhavan (2009)
 * @example
 * ```ts
 * import { marketOnCloseImbalance } from '@inverse-math/core/rebalance';
 * const moc = marketOnCloseImbalance(
 *   [{ name: 'short', aum: 1e9, leverage: -1 }, { name: 'ultra', aum: 1e9, leverage: 2 }],
 *   -0.02,
 * );
 * moc.trades.map((t) => t.trade); // both sell 2·$1bn·2 % = $40mm
 * //≈ [-40e6, -40e6]
 * moc.net;
 * //≈ -80e6
 * ```
 */
export function marketOnCloseImbalance(funds: readonly FundOnIndex[], indexReturn: number): MarketOnCloseImbalance {
  if (stryMutAct_9fa48("1709")) {
    {}
  } else {
    stryCov_9fa48("1709");
    if (stryMutAct_9fa48("1712") ? false : stryMutAct_9fa48("1711") ? true : stryMutAct_9fa48("1710") ? Array.isArray(funds) : (stryCov_9fa48("1710", "1711", "1712"), !Array.isArray(funds))) guard.fail(stryMutAct_9fa48("1713") ? "" : (stryCov_9fa48("1713"), 'INVALID_TYPE'), stryMutAct_9fa48("1714") ? "" : (stryCov_9fa48("1714"), 'must be an array of funds'), stryMutAct_9fa48("1715") ? "" : (stryCov_9fa48("1715"), 'funds'), funds);
    if (stryMutAct_9fa48("1718") ? funds.length !== 0 : stryMutAct_9fa48("1717") ? false : stryMutAct_9fa48("1716") ? true : (stryCov_9fa48("1716", "1717", "1718"), funds.length === 0)) guard.fail(stryMutAct_9fa48("1719") ? "" : (stryCov_9fa48("1719"), 'EMPTY_SERIES'), stryMutAct_9fa48("1720") ? "" : (stryCov_9fa48("1720"), 'must list at least one fund'), stryMutAct_9fa48("1721") ? "" : (stryCov_9fa48("1721"), 'funds'), funds);
    const r = guard.simpleReturn(indexReturn, stryMutAct_9fa48("1722") ? "" : (stryCov_9fa48("1722"), 'indexReturn'));
    const trades: FundCloseTrade[] = stryMutAct_9fa48("1723") ? ["Stryker was here"] : (stryCov_9fa48("1723"), []);
    const amounts = new Float64Array(funds.length);
    for (let i = 0; stryMutAct_9fa48("1726") ? i >= funds.length : stryMutAct_9fa48("1725") ? i <= funds.length : stryMutAct_9fa48("1724") ? false : (stryCov_9fa48("1724", "1725", "1726"), i < funds.length); stryMutAct_9fa48("1727") ? i-- : (stryCov_9fa48("1727"), i++)) {
      if (stryMutAct_9fa48("1728")) {
        {}
      } else {
        stryCov_9fa48("1728");
        const f = guard.options(funds[i], stryMutAct_9fa48("1729") ? `` : (stryCov_9fa48("1729"), `funds[${i}]`));
        const aum = guard.nonNegative(f[stryMutAct_9fa48("1730") ? "" : (stryCov_9fa48("1730"), 'aum')], stryMutAct_9fa48("1731") ? `` : (stryCov_9fa48("1731"), `funds[${i}].aum`));
        const leverage = guard.finite(f[stryMutAct_9fa48("1732") ? "" : (stryCov_9fa48("1732"), 'leverage')], stryMutAct_9fa48("1733") ? `` : (stryCov_9fa48("1733"), `funds[${i}].leverage`));
        const name = (stryMutAct_9fa48("1736") ? f['name'] !== undefined : stryMutAct_9fa48("1735") ? false : stryMutAct_9fa48("1734") ? true : (stryCov_9fa48("1734", "1735", "1736"), f[stryMutAct_9fa48("1737") ? "" : (stryCov_9fa48("1737"), 'name')] === undefined)) ? stryMutAct_9fa48("1738") ? `` : (stryCov_9fa48("1738"), `fund ${i}`) : f[stryMutAct_9fa48("1739") ? "" : (stryCov_9fa48("1739"), 'name')];
        if (stryMutAct_9fa48("1742") ? typeof name === 'string' : stryMutAct_9fa48("1741") ? false : stryMutAct_9fa48("1740") ? true : (stryCov_9fa48("1740", "1741", "1742"), typeof name !== (stryMutAct_9fa48("1743") ? "" : (stryCov_9fa48("1743"), 'string')))) guard.fail(stryMutAct_9fa48("1744") ? "" : (stryCov_9fa48("1744"), 'INVALID_TYPE'), stryMutAct_9fa48("1745") ? "" : (stryCov_9fa48("1745"), 'must be a string'), stryMutAct_9fa48("1746") ? `` : (stryCov_9fa48("1746"), `funds[${i}].name`), name);
        const trade = rebalanceKernel(aum, leverage, r).trade;
        finiteAmounts(stryMutAct_9fa48("1747") ? [] : (stryCov_9fa48("1747"), [trade]), stryMutAct_9fa48("1748") ? `` : (stryCov_9fa48("1748"), `funds[${i}]`), funds[i]);
        amounts[i] = trade;
        trades.push(stryMutAct_9fa48("1749") ? {} : (stryCov_9fa48("1749"), {
          name,
          aum,
          leverage,
          trade
        }));
      }
    }
    const net = zero(neumaierSum(amounts));
    finiteAmounts(stryMutAct_9fa48("1750") ? [] : (stryCov_9fa48("1750"), [net]), stryMutAct_9fa48("1751") ? "" : (stryCov_9fa48("1751"), 'funds'), funds);
    return stryMutAct_9fa48("1752") ? {} : (stryCov_9fa48("1752"), {
      trades,
      net
    });
  }
}