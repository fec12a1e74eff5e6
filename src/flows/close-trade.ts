import * as guard from '../internal/guards.ts';
import { allFinite, finiteOr, overflow } from '../internal/blame.ts';
import { MOVE_KEYS, readFundMove } from '../internal/options/fund-move.ts';
import { FLOAT } from '../internal/options/reader.ts';
import { rebalanceKernel, zero } from '../internal/trade.ts';
import { classifyFlow, type FlowEffect } from '../internal/flow-effect.ts';

/** Inputs of {@link closeTrade}. */
export interface CloseTradeOptions {
  /** Fund assets `A` at the last reset, in currency, `≥ 0`. */
  readonly aum: number;
  /** The daily multiple `L`. */
  readonly leverage: number;
  /** The index simple return `r` since the last reset, `> −1`. */
  readonly indexReturn: number;
  /**
   * Net flow `F` at the NAV struck after the move, in currency: creations
   * `> 0`, redemptions `< 0`; at least `−A·(1 + L·r)` (no more than the
   * assets can be redeemed), and 0 if the move wiped the fund out.
   */
  readonly flow: number;
}

/** Result of {@link closeTrade}; amounts in currency, buy `> 0`, sell `< 0`. */
export interface CloseTrade {
  /** The rebalance part `A·(L² − L)·r` (see `rebalanceTrade`). */
  readonly rebalance: number;
  /** The flow part `L·F`: the change of the reference position the flow requires. */
  readonly flowTrade: number;
  /** The whole close trade `A·(L² − L)·r + L·F`. */
  readonly total: number;
  /** Whether the flow opposes (`'stabilizing'`) or adds to (`'destabilizing'`) the rebalance, by docs/concepts.md I7. */
  readonly effect: FlowEffect;
}

/**
 * The close trade of a daily-reset fund with a net creation or redemption.
 *
 * Formula: a flow `F` at the NAV after the move changes the assets by `F`
 * and the target exposure by `L·F`, so
 * `Δ_total = A·(L² − L)·r + L·F`. NAV per share is unchanged by a flow at
 * NAV. The flow is stabilizing when `L·F` opposes the rebalance trade and
 * destabilizing when it adds to it (docs/concepts.md I7): for an inverse fund,
 * redemptions after a decline (profit taking) are stabilizing and
 * redemptions after a rally ("puking") destabilizing ("Shorting is hard"); for a
 * leveraged long fund the roles of creations and redemptions swap.
 *
 * @param options - `aum` (currency, `≥ 0`), `leverage`, `indexReturn`, `flow` (currency, signed)
 * @returns the rebalance and flow parts, the total and the flow's effect
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE`, `NEGATIVE` (`aum < 0`), `RETURN_OUT_OF_DOMAIN` (`r ≤ −1`), `OUT_OF_RANGE` (a redemption larger than the assets after the move, or any flow into a fund the move wiped out), `NON_FINITE` (also when an amount overflows a double), `UNKNOWN_OPTION` (a key of `options` that is not an option)
 * @see "Shorting is hard" ("profit taking is stabilizing while puking is destabilizing"); docs/concepts.md §5, I7, W5
 * @example
 * ```ts
 * import { closeTrade } from '@inverse-math/core/flows';
 * // docs/concepts.md W5: −1x, $1mm, index −50 %, $0.5mm redeemed: sell $1mm, buy $0.5mm, net −$0.5mm
 * closeTrade({ aum: 1e6, leverage: -1, indexReturn: -0.5, flow: -0.5e6 });
 * //=> { rebalance: -1000000, flowTrade: 500000, total: -500000, effect: 'stabilizing' }
 * // the same redemption after a +50 % rally adds to the buy-back
 * closeTrade({ aum: 1e6, leverage: -1, indexReturn: 0.5, flow: -0.25e6 }).effect;
 * //=> 'destabilizing'
 * ```
 */
export function closeTrade(options: CloseTradeOptions): CloseTrade {
  const { o, A, L, r } = readFundMove(FLOAT, options, CLOSE_KEYS);
  const F = guard.finite(o.flow, 'options.flow');
  const k = rebalanceKernel(A, L, r);
  if (!(1 + L * r > 0)) {
    if (F !== 0) guard.fail('OUT_OF_RANGE', 'the move wiped the fund out: no flow at a NAV of 0', 'options.flow', F);
  } else if (F < -k.aumAfter) {
    guard.fail(
      'OUT_OF_RANGE',
      `a redemption cannot exceed the assets after the move (${k.aumAfter})`,
      'options.flow',
      F,
    );
  }
  const flowTrade = zero(L * F);
  const total = zero(k.trade + flowTrade);
  if (!allFinite(k.trade, k.exposureBefore, flowTrade, total))
    overflow('the trade', [
      ['options.aum', A],
      ['options.leverage', L, 2],
      ['options.indexReturn', r],
      ['options.flow', F],
    ]);
  return { rebalance: k.trade, flowTrade, total, effect: classifyFlow(k.trade, flowTrade) };
}

/** The keys of {@link CloseTradeOptions}. */
const CLOSE_KEYS = [...MOVE_KEYS, 'flow'];

/** Inputs of {@link offsettingFlow}. */
export interface OffsettingFlowOptions {
  /** Fund assets `A` at the last reset, in currency, `≥ 0`. */
  readonly aum: number;
  /** The daily multiple `L`. */
  readonly leverage: number;
  /** The index simple return `r` since the last reset, `> −1`, with `1 + L·r > 0`. */
  readonly indexReturn: number;
}

/**
 * The net flow that cancels the rebalance trade: with it, the fund does not trade at the close.
 *
 * Formula: `A·(L² − L)·r + L·F = 0` ⇔ `F = −(L − 1)·A·r` (for `L ≠ 0`).
 * After that flow the assets are `A·(1 + L·r) + F = A·(1 + r)` and the
 * exposure `L·A·(1 + r)` is exactly the exposure the move left, so the
 * offsetting redemption never exceeds the assets. For an inverse fund it
 * is a redemption after a decline and a creation after a rally; for a
 * leveraged long fund the reverse.
 *
 * `L = 0`: the fund holds no exposure, there is nothing to cancel and every
 * flow trades `L·F = 0`; the formula's value `A·r` is returned (any flow
 * would do). `L = 1`: no rebalance, the flow is 0.
 *
 * @param options - `aum` (currency, `≥ 0`), `leverage`, `indexReturn`
 * @returns the flow `F` in currency (creations `> 0`, redemptions `< 0`)
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE`, `NEGATIVE`, `RETURN_OUT_OF_DOMAIN`, `LEVERAGED_RETURN_OUT_OF_DOMAIN` (`1 + L·r ≤ 0`: the move wiped the fund out, no flow can offset anything), `NON_FINITE` (also when the flow overflows a double), `UNKNOWN_OPTION` (a key of `options` that is not an option)
 * @see "Shorting is hard"; docs/concepts.md §5
 * @example
 * ```ts
 * import { offsettingFlow } from '@inverse-math/core/flows';
 * // −1x, $1mm, index −50 %: redeeming $1mm of the $1.5mm cancels the $1mm sale
 * offsettingFlow({ aum: 1e6, leverage: -1, indexReturn: -0.5 });
 * //=> -1000000
 * ```
 */
export function offsettingFlow(options: OffsettingFlowOptions): number {
  const { A, L, r } = readFundMove(FLOAT, options);
  guard.survivableReturn(r, L, 'options.indexReturn');
  return finiteOr(zero(-(L - 1) * A * r), 'the flow', [
    ['options.aum', A],
    ['options.leverage', L],
    ['options.indexReturn', r],
  ]);
}
