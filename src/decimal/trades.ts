import type { Decimal } from 'decimal.js';
import { classifyFlow, type FlowEffect } from '../internal/flow-effect.ts';
import * as guard from '../internal/guards.ts';
import { arithFor, DEFAULT_ARITH, type Arith, type DecimalArithmeticOptions } from './context.ts';
import { MOVE_KEYS, readFundMove } from '../internal/options/fund-move.ts';
import { dec, type DecimalValue } from './parse.ts';
import { decimalReader } from './reader.ts';

/** Inputs of the decimal {@link rebalanceTrade}: one fund, one reset period, and optional arithmetic settings. */
export interface DecimalRebalanceTradeOptions extends DecimalArithmeticOptions {
  /** Fund assets `A` at the last reset, in currency, `≥ 0`. */
  readonly aum: DecimalValue;
  /** The daily multiple `L` (signed: −1 inverse, 2, −3 …). */
  readonly leverage: DecimalValue;
  /** The index simple return `r` since the last reset, `> −1`. */
  readonly indexReturn: DecimalValue;
}

/** The keys of {@link DecimalRebalanceTradeOptions}. */
const TRADE_KEYS = [...MOVE_KEYS, 'precision', 'arithmeticRounding'];
/** The keys of {@link DecimalCloseTradeOptions}. */
const CLOSE_KEYS = [...TRADE_KEYS, 'flow'];

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
  return x.isZero() ? new D(0) : x;
}

/** The close trade for validated decimals (mirror of the float `rebalanceKernel`). @internal */
export function rebalanceKernelDecimal(
  D: Decimal.Constructor,
  A: Decimal,
  L: Decimal,
  r: Decimal,
): DecimalRebalanceTrade {
  const exposureBefore = nz(D, L.times(A).times(r.plus(1)));
  const growth = L.times(r).plus(1);
  if (!growth.gt(0))
    return { trade: nz(D, exposureBefore.neg()), exposureBefore, exposureAfter: new D(0), aumAfter: new D(0) };
  const aumAfter = nz(D, A.times(growth));
  return {
    trade: nz(D, A.times(L.times(L.minus(1))).times(r)),
    exposureBefore,
    exposureAfter: nz(D, L.times(aumAfter)),
    aumAfter,
  };
}

/** @internal */
export function rebalanceTradeIn(base: Arith, options: DecimalRebalanceTradeOptions): DecimalRebalanceTrade {
  const o = guard.options(options, 'options', TRADE_KEYS);
  const { D } = arithFor(base, o);
  const { A, L, r } = readFundMove(decimalReader(D), o, TRADE_KEYS);
  return rebalanceKernelDecimal(D, A, L, r);
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
 * @throws {@link InverseMathError} `INVALID_TYPE`, `INVALID_DECIMAL`, `NON_FINITE`, `NEGATIVE` (`aum < 0`), `RETURN_OUT_OF_DOMAIN` (`r ≤ −1`), `UNKNOWN_OPTION` (a key of `options` that is not an option), `INVALID_OPTION`, `OUT_OF_RANGE`
 * @see "Shorting is hard"; docs/concepts.md §4, W3, W4, §7
 * @example
 * ```ts
 * import { rebalanceTrade } from '@inverse-math/core/decimal';
 * // "Shorting is hard" (docs/concepts.md W3): a $1mm −1x fund after the index falls 50 %: sell $1mm more
 * const t = rebalanceTrade({ aum: '1000000', leverage: -1, indexReturn: '-0.5' });
 * [t.trade, t.exposureBefore, t.exposureAfter, t.aumAfter].map(String);
 * //=> ['-1000000', '-500000', '-1500000', '1500000']
 * // docs/concepts.md W4: $100mm 3x after +1 %: buy exactly $6mm
 * rebalanceTrade({ aum: '100e6', leverage: 3, indexReturn: '0.01' }).trade.toString();
 * //=> '6000000'
 * ```
 */
export function rebalanceTrade(options: DecimalRebalanceTradeOptions): DecimalRebalanceTrade {
  return rebalanceTradeIn(DEFAULT_ARITH, options);
}

/** Inputs of the decimal {@link closeTrade}. */
export interface DecimalCloseTradeOptions extends DecimalRebalanceTradeOptions {
  /** Net flow `F` at the NAV struck after the move, in currency: creations `> 0`, redemptions `< 0`, at least `−A·(1 + L·r)`; 0 on a wipe-out. */
  readonly flow: DecimalValue;
}

/** The float entry's `FlowEffect` (docs/concepts.md I7), kept under its decimal name. */
export type DecimalFlowEffect = FlowEffect;

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
  return classifyFlow(rebalance.isZero() ? 0 : rebalance.s, flowTrade.isZero() ? 0 : flowTrade.s);
}

/** @internal */
export function closeTradeIn(base: Arith, options: DecimalCloseTradeOptions): DecimalCloseTrade {
  const o = guard.options(options, 'options', CLOSE_KEYS);
  const { D } = arithFor(base, o);
  const { A, L, r } = readFundMove(decimalReader(D), o, CLOSE_KEYS);
  const flow = o.flow;
  const F = dec(D, flow, 'options.flow');
  const k = rebalanceKernelDecimal(D, A, L, r);
  if (!L.times(r).plus(1).gt(0)) {
    if (!F.isZero())
      guard.fail('OUT_OF_RANGE', 'the move wiped the fund out: no flow at a NAV of 0', 'options.flow', flow);
  } else if (F.lt(k.aumAfter.neg())) {
    guard.fail(
      'OUT_OF_RANGE',
      `a redemption cannot exceed the assets after the move (${k.aumAfter.toString()})`,
      'options.flow',
      flow,
    );
  }
  const flowTrade = nz(D, L.times(F));
  return {
    rebalance: k.trade,
    flowTrade,
    total: nz(D, k.trade.plus(flowTrade)),
    effect: classifyFlowDecimal(k.trade, flowTrade),
  };
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
 * @throws {@link InverseMathError} as {@link rebalanceTrade}, and `OUT_OF_RANGE` when `F < −A·(1 + L·r)` or a flow is given on a wipe-out, `INVALID_OPTION`
 * @see "Shorting is hard"; docs/concepts.md §5, I7, W5
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
  return closeTradeIn(DEFAULT_ARITH, options);
}
