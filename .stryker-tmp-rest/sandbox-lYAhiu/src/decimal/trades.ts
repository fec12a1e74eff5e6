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
import { dec, decNonNegative, decReturn, type DecimalValue } from './parse.ts';

/** Inputs of the decimal {@link rebalanceTrade}: one fund, one reset period, and optional arithmetic settings. */
export interface DecimalRebalanceTradeOptions extends DecimalArithmeticOptions {
  /** Fund assets `A` at the last reset, in currency, `≥ 0`. */
  readonly aum: DecimalValue;
  /** The daily multiple `L` (signed: −1 inverse, 2, −3 …). */
  readonly leverage: DecimalValue;
  /** The index simple return `r` since the last reset, `> −1`. */
  readonly indexReturn: DecimalValue;
}

/** Result of the decimal {@link rebalanceTrade}; Decimal amounts in the currency of `aum`, signed (short exposure and sells `< 0`). */
export interface DecimalRebalanceTrade {
  /** The close trade `Δ = L·A' − E' = A·(L² − L)·r`: buy `> 0`, sell `< 0`. On a wipe-out move, `−exposureBefore`. */
  readonly trade: Decimal;
  /** Exposure after the move, before the trade: `E' = L·A·(1 + r)`. */
  readonly exposureBefore: Decimal;
  /** Exposure after the trade: `L·A'`. */
  readonly exposureAfter: Decimal;
  /** Assets after the move: `A' = A·(1 + L·r)`; `0` when `1 + L·r ≤ 0`. */
  readonly aumAfter: Decimal;
}

/** `−0` → `0`. @internal */
export function nz(D: Decimal.Constructor, x: Decimal): Decimal {
  if (stryMutAct_9fa48("770")) {
    {}
  } else {
    stryCov_9fa48("770");
    return x.isZero() ? new D(0) : x;
  }
}

/** The close trade for validated decimals (mirror of the float `rebalanceKernel`). @internal */
export function rebalanceKernelDecimal(D: Decimal.Constructor, A: Decimal, L: Decimal, r: Decimal): DecimalRebalanceTrade {
  if (stryMutAct_9fa48("771")) {
    {}
  } else {
    stryCov_9fa48("771");
    const exposureBefore = nz(D, L.times(A).times(r.plus(1)));
    const growth = L.times(r).plus(1);
    if (stryMutAct_9fa48("774") ? false : stryMutAct_9fa48("773") ? true : stryMutAct_9fa48("772") ? growth.gt(0) : (stryCov_9fa48("772", "773", "774"), !growth.gt(0))) return stryMutAct_9fa48("775") ? {} : (stryCov_9fa48("775"), {
      trade: nz(D, exposureBefore.neg()),
      exposureBefore,
      exposureAfter: new D(0),
      aumAfter: new D(0)
    });
    const aumAfter = nz(D, A.times(growth));
    return stryMutAct_9fa48("776") ? {} : (stryCov_9fa48("776"), {
      trade: nz(D, A.times(L.times(L.minus(1))).times(r)),
      exposureBefore,
      exposureAfter: nz(D, L.times(aumAfter)),
      aumAfter
    });
  }
}

/** @internal */
export function rebalanceTradeIn(base: Arith, options: DecimalRebalanceTradeOptions): DecimalRebalanceTrade {
  if (stryMutAct_9fa48("777")) {
    {}
  } else {
    stryCov_9fa48("777");
    const o = guard.options(options);
    const {
      D
    } = arithFor(base, o);
    const A = decNonNegative(D, o[stryMutAct_9fa48("778") ? "" : (stryCov_9fa48("778"), 'aum')], stryMutAct_9fa48("779") ? "" : (stryCov_9fa48("779"), 'options.aum'));
    const L = dec(D, o[stryMutAct_9fa48("780") ? "" : (stryCov_9fa48("780"), 'leverage')], stryMutAct_9fa48("781") ? "" : (stryCov_9fa48("781"), 'options.leverage'));
    const r = decReturn(D, o[stryMutAct_9fa48("782") ? "" : (stryCov_9fa48("782"), 'indexReturn')], stryMutAct_9fa48("783") ? "" : (stryCov_9fa48("783"), 'options.indexReturn'));
    return rebalanceKernelDecimal(D, A, L, r);
  }
}

/**
 * The trade a daily-reset fund must make at the close to restore its
 * leverage, in decimal.
 *
 * Formula: `E' = L·A·(1 + r)`, `A' = A·(1 + L·r)`, `Δ = L·A' − E' = A·(L² − L)·r`
 * (computed as `A·(L·(L − 1))·r`), the decimal counterpart of the float
 * `rebalanceTrade` (`@inverse-math/core/rebalance`), with the same wipe-out
 * rule: `1 + L·r ≤ 0` gives `aumAfter = exposureAfter = 0` and a close-out
 * trade `−exposureBefore`. Products are rounded to the context's precision
 * (exact for inputs of up to a few significant digits each).
 *
 * @param options - `aum` (currency, `≥ 0`), `leverage` `L`, `indexReturn` `r` (`> −1`), and optional `precision` / `arithmeticRounding`
 * @returns the trade, the exposure before and after it, and the assets after the move, as Decimals
 * @throws {@link InverseMathError} `INVALID_TYPE`, `INVALID_DECIMAL`, `NON_FINITE`, `NEGATIVE` (`aum < 0`), `RETURN_OUT_OF_DOMAIN` (`r ≤ −1`)
 * @see seed 000; docs/concepts.md §4, W3, W4, §7
 * @example
 * ```ts
 * import { rebalanceTrade } from '@inverse-math/core/decimal';
 * // seed 000 (docs/concepts.md W3): a $1mm −1x fund after the index falls 50 %: sell $1mm more
 * const t = rebalanceTrade({ aum: '1000000', leverage: -1, indexReturn: '-0.5' });
 * [t.trade, t.exposureBefore, t.exposureAfter, t.aumAfter].map(String);
 * //=> ['-1000000', '-500000', '-1500000', '1500000']
 * // docs/concepts.md W4: $100mm 3x after +1 %: buy exactly $6mm
 * rebalanceTrade({ aum: '100e6', leverage: 3, indexReturn: '0.01' }).trade.toString();
 * //=> '6000000'
 * ```
 */
export function rebalanceTrade(options: DecimalRebalanceTradeOptions): DecimalRebalanceTrade {
  if (stryMutAct_9fa48("784")) {
    {}
  } else {
    stryCov_9fa48("784");
    return rebalanceTradeIn(DEFAULT_ARITH, options);
  }
}

/** Inputs of the decimal {@link closeTrade}. */
export interface DecimalCloseTradeOptions extends DecimalRebalanceTradeOptions {
  /** Net flow `F` at the NAV struck after the move, in currency: creations `> 0`, redemptions `< 0`, at least `−A·(1 + L·r)`; 0 on a wipe-out. */
  readonly flow: DecimalValue;
}

/** Whether a flow's trade opposes (`'stabilizing'`) or adds to (`'destabilizing'`) the rebalance trade (docs/concepts.md I7); `'none'` when either is zero. */
export type DecimalFlowEffect = 'stabilizing' | 'destabilizing' | 'none';

/** Result of the decimal {@link closeTrade}; Decimal amounts in currency, buy `> 0`, sell `< 0`. */
export interface DecimalCloseTrade {
  /** The rebalance part `A·(L² − L)·r`. */
  readonly rebalance: Decimal;
  /** The flow part `L·F`. */
  readonly flowTrade: Decimal;
  /** `rebalance + flowTrade`. */
  readonly total: Decimal;
  /** The I7 classification of the flow. */
  readonly effect: DecimalFlowEffect;
}

/** The I7 rule on two signed Decimals. @internal */
export function classifyFlowDecimal(rebalance: Decimal, flowTrade: Decimal): DecimalFlowEffect {
  if (stryMutAct_9fa48("785")) {
    {}
  } else {
    stryCov_9fa48("785");
    if (stryMutAct_9fa48("788") ? rebalance.isZero() && flowTrade.isZero() : stryMutAct_9fa48("787") ? false : stryMutAct_9fa48("786") ? true : (stryCov_9fa48("786", "787", "788"), rebalance.isZero() || flowTrade.isZero())) return stryMutAct_9fa48("789") ? "" : (stryCov_9fa48("789"), 'none');
    return (stryMutAct_9fa48("792") ? rebalance.isPositive() !== flowTrade.isPositive() : stryMutAct_9fa48("791") ? false : stryMutAct_9fa48("790") ? true : (stryCov_9fa48("790", "791", "792"), rebalance.isPositive() === flowTrade.isPositive())) ? stryMutAct_9fa48("793") ? "" : (stryCov_9fa48("793"), 'destabilizing') : stryMutAct_9fa48("794") ? "" : (stryCov_9fa48("794"), 'stabilizing');
  }
}

/** @internal */
export function closeTradeIn(base: Arith, options: DecimalCloseTradeOptions): DecimalCloseTrade {
  if (stryMutAct_9fa48("795")) {
    {}
  } else {
    stryCov_9fa48("795");
    const o = guard.options(options);
    const {
      D
    } = arithFor(base, o);
    const A = decNonNegative(D, o[stryMutAct_9fa48("796") ? "" : (stryCov_9fa48("796"), 'aum')], stryMutAct_9fa48("797") ? "" : (stryCov_9fa48("797"), 'options.aum'));
    const L = dec(D, o[stryMutAct_9fa48("798") ? "" : (stryCov_9fa48("798"), 'leverage')], stryMutAct_9fa48("799") ? "" : (stryCov_9fa48("799"), 'options.leverage'));
    const r = decReturn(D, o[stryMutAct_9fa48("800") ? "" : (stryCov_9fa48("800"), 'indexReturn')], stryMutAct_9fa48("801") ? "" : (stryCov_9fa48("801"), 'options.indexReturn'));
    const F = dec(D, o[stryMutAct_9fa48("802") ? "" : (stryCov_9fa48("802"), 'flow')], stryMutAct_9fa48("803") ? "" : (stryCov_9fa48("803"), 'options.flow'));
    const k = rebalanceKernelDecimal(D, A, L, r);
    if (stryMutAct_9fa48("806") ? false : stryMutAct_9fa48("805") ? true : stryMutAct_9fa48("804") ? L.times(r).plus(1).gt(0) : (stryCov_9fa48("804", "805", "806"), !L.times(r).plus(1).gt(0))) {
      if (stryMutAct_9fa48("807")) {
        {}
      } else {
        stryCov_9fa48("807");
        if (stryMutAct_9fa48("810") ? false : stryMutAct_9fa48("809") ? true : stryMutAct_9fa48("808") ? F.isZero() : (stryCov_9fa48("808", "809", "810"), !F.isZero())) guard.fail(stryMutAct_9fa48("811") ? "" : (stryCov_9fa48("811"), 'OUT_OF_RANGE'), stryMutAct_9fa48("812") ? "" : (stryCov_9fa48("812"), 'the move wiped the fund out: no flow at a NAV of 0'), stryMutAct_9fa48("813") ? "" : (stryCov_9fa48("813"), 'options.flow'), o[stryMutAct_9fa48("814") ? "" : (stryCov_9fa48("814"), 'flow')]);
      }
    } else if (stryMutAct_9fa48("816") ? false : stryMutAct_9fa48("815") ? true : (stryCov_9fa48("815", "816"), F.lt(k.aumAfter.neg()))) {
      if (stryMutAct_9fa48("817")) {
        {}
      } else {
        stryCov_9fa48("817");
        guard.fail(stryMutAct_9fa48("818") ? "" : (stryCov_9fa48("818"), 'OUT_OF_RANGE'), stryMutAct_9fa48("819") ? `` : (stryCov_9fa48("819"), `a redemption cannot exceed the assets after the move (${k.aumAfter.toString()})`), stryMutAct_9fa48("820") ? "" : (stryCov_9fa48("820"), 'options.flow'), o[stryMutAct_9fa48("821") ? "" : (stryCov_9fa48("821"), 'flow')]);
      }
    }
    const flowTrade = nz(D, L.times(F));
    return stryMutAct_9fa48("822") ? {} : (stryCov_9fa48("822"), {
      rebalance: k.trade,
      flowTrade,
      total: nz(D, k.trade.plus(flowTrade)),
      effect: classifyFlowDecimal(k.trade, flowTrade)
    });
  }
}

/**
 * The whole close trade of a fund with a net flow, in decimal, and whether the
 * flow stabilises or destabilises the market.
 *
 * Formula: `Δ_total = A·(L² − L)·r + L·F`; the flow is `'stabilizing'` when
 * `L·F` and the rebalance trade have opposite signs, `'destabilizing'` when
 * the same sign, `'none'` when either is 0 (docs/concepts.md I7). The decimal
 * counterpart of the float `closeTrade` (`@inverse-math/core/flows`), with
 * the same domain rules.
 *
 * @param options - `aum`, `leverage`, `indexReturn` as in {@link rebalanceTrade}, the net `flow` `F` (currency), and optional `precision` / `arithmeticRounding`
 * @returns the rebalance and flow parts, their total and the flow's effect
 * @throws {@link InverseMathError} as {@link rebalanceTrade}, and `OUT_OF_RANGE` when `F < −A·(1 + L·r)` or a flow is given on a wipe-out
 * @see seed 000; docs/concepts.md §5, I7, W5
 * @example
 * ```ts
 * import { closeTrade } from '@inverse-math/core/decimal';
 * // docs/concepts.md W5: −1x, $1mm, index −50 %, then $0.5mm redeemed
 * const c = closeTrade({ aum: '1000000', leverage: -1, indexReturn: '-0.5', flow: '-500000' });
 * [c.rebalance, c.flowTrade, c.total].map(String);
 * //=> ['-1000000', '500000', '-500000']
 * c.effect;
 * //=> 'stabilizing'
 * ```
 */
export function closeTrade(options: DecimalCloseTradeOptions): DecimalCloseTrade {
  if (stryMutAct_9fa48("823")) {
    {}
  } else {
    stryCov_9fa48("823");
    return closeTradeIn(DEFAULT_ARITH, options);
  }
}