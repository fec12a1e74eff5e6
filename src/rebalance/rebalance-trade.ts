import { allFinite, overflow } from '../internal/blame.ts';
import { readFundMove } from '../internal/options/fund-move.ts';
import { FLOAT } from '../internal/options/reader.ts';
import { rebalanceKernel } from '../internal/trade.ts';

/** Inputs of {@link rebalanceTrade}: one fund, one reset period. */
export interface RebalanceTradeOptions {
  /** Fund assets `A` at the last reset, in currency, `≥ 0`. */
  readonly aum: number;
  /** The daily multiple `L` (signed: −1 inverse, 2, −3 …). */
  readonly leverage: number;
  /** The index simple return `r` since the last reset, `> −1`. */
  readonly indexReturn: number;
}

/** Result of {@link rebalanceTrade}; all amounts in the currency of `aum`, signed (short exposure and sells `< 0`). */
export interface RebalanceTrade {
  /** The close trade `Δ = L·A' − E' = A·(L² − L)·r`: buy `> 0`, sell `< 0`. On a wipe-out move, `−exposureBefore` (the position is closed). */
  readonly trade: number;
  /** Exposure after the move, before the trade: `E' = L·A·(1 + r)`. */
  readonly exposureBefore: number;
  /** Exposure after the trade: `L·A'`, so that `exposureAfter / aumAfter = L`. */
  readonly exposureAfter: number;
  /** Assets after the move: `A' = A·(1 + L·r)`; `0` when `1 + L·r ≤ 0` (the fund is wiped out). */
  readonly aumAfter: number;
}

/**
 * The trade a daily-reset fund must make at the close to restore its leverage.
 *
 * Formula: after an index move `r`, exposure `E' = L·A·(1 + r)` and assets
 * `A' = A·(1 + L·r)`; the target exposure is `L·A'`, so the trade is
 * `Δ = L·A' − E' = A·(L² − L)·r` — exact, not an approximation, and computed
 * in that form (as `A·(L·(L − 1)·r)`), never as the difference of two large
 * exposures. For `L ∉ [0, 1]` the trade has the sign of `r`: the fund buys
 * after rallies and sells after declines, inverse funds too (negative gamma,
 * docs/concepts.md I5). `L² − L` is the same for `L` and `1 − L`: a −1x fund trades
 * like a 2x fund of the same size (I6).
 *
 * A move with `1 + L·r ≤ 0` wipes the fund out: `aumAfter` and
 * `exposureAfter` are 0 and the trade closes the position (`−exposureBefore`).
 * That is a market outcome, not an error.
 *
 * "Precision Hedging" says an inverse fund must "buy back" exposure after the index
 * drops; it is the other way round: after a decline the short has shrunk
 * while the assets grew, so the fund sells ("Shorting is hard" has it right).
 *
 * @param options - `aum` (currency, `≥ 0`), `leverage` `L`, `indexReturn` `r` (`> −1`)
 * @returns the trade, the exposure before and after it, and the assets after the move
 * @throws {@link InverseMathError} `INVALID_TYPE` (not an options object, a field not a number), `NON_FINITE`, `NEGATIVE` (`aum < 0`), `RETURN_OUT_OF_DOMAIN` (`r ≤ −1`), `NON_FINITE` (also when an amount overflows a double), `UNKNOWN_OPTION` (a key of `options` that is not an option)
 * @see "Shorting is hard"; docs/concepts.md §4, I5, I6, W3, W4; Cheng & Madhavan (2009), "The dynamics of leveraged and inverse exchange-traded funds"
 * @example
 * ```ts
 * import { rebalanceTrade } from '@inverse-math/core/rebalance';
 * // "Shorting is hard": a $1mm −1x fund after the index falls 50 %: sell $1mm more (triple the short)
 * rebalanceTrade({ aum: 1_000_000, leverage: -1, indexReturn: -0.5 });
 * //=> { trade: -1000000, exposureBefore: -500000, exposureAfter: -1500000, aumAfter: 1500000 }
 * // docs/concepts.md W4: a $100mm 3x fund after +1 %: exposure 303 → target 309, buy $6mm
 * rebalanceTrade({ aum: 100e6, leverage: 3, indexReturn: 0.01 }).trade;
 * //≈ 6000000
 * ```
 */
export function rebalanceTrade(options: RebalanceTradeOptions): RebalanceTrade {
  const { A, L, r } = readFundMove(FLOAT, options);
  const k = rebalanceKernel(A, L, r);
  if (!allFinite(k.trade, k.exposureBefore, k.exposureAfter, k.aumAfter))
    overflow('the trade', [
      ['options.aum', A],
      ['options.leverage', L, 2],
      ['options.indexReturn', r],
    ]);
  return k;
}
