import { finiteOr } from '../internal/blame.ts';
import * as guard from '../internal/guards.ts';
import { neumaierSum } from '../internal/sum.ts';
import { rebalanceKernel, zero } from '../internal/trade.ts';

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
 * (`L² − L = 2` for both). This is the intraday estimate of the
 * "rebalance arbitrage loop" of "Precision Hedging" (without flows; add `L_i·F_i` for known
 * creations and redemptions, see `closeTrade`).
 *
 * @param funds - a non-empty list of `{ aum, leverage, name? }` on one index (not mutated)
 * @param indexReturn - the index move since the last close, `r > −1`
 * @returns per-fund trades and the net imbalance, in currency
 * @throws {@link InverseMathError} `INVALID_TYPE` (not a list, a fund not an object, a name not a string), `EMPTY_SERIES` (no fund), `NON_FINITE`, `NEGATIVE` (`aum < 0`), `RETURN_OUT_OF_DOMAIN`, `NON_FINITE` (also when a trade or the net overflows a double), `UNKNOWN_OPTION` (a key that is not an option)
 * @see "Precision Hedging" ("The Rebalance Arbitrage Loop"); docs/concepts.md §4; Cheng & Madhavan (2009)
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
  if (!Array.isArray(funds)) guard.fail('INVALID_TYPE', 'must be an array of funds', 'funds', funds);
  if (funds.length === 0) guard.fail('EMPTY_SERIES', 'must list at least one fund', 'funds', funds);
  const r = guard.simpleReturn(indexReturn, 'indexReturn');
  const trades: FundCloseTrade[] = [];
  const amounts = new Float64Array(funds.length);
  for (let i = 0; i < funds.length; i++) {
    const f = guard.options(funds[i], `funds[${i}]`, ['aum', 'leverage', 'name']);
    const aum = guard.nonNegative(f.aum, `funds[${i}].aum`);
    const leverage = guard.finite(f.leverage, `funds[${i}].leverage`);
    const given = f.name;
    const name = given === undefined ? `fund ${i}` : given;
    if (typeof name !== 'string') guard.fail('INVALID_TYPE', 'must be a string', `funds[${i}].name`, name);
    const trade = finiteOr(rebalanceKernel(aum, leverage, r).trade, 'the trade', [
      [`funds[${i}].aum`, aum],
      [`funds[${i}].leverage`, leverage, 2],
      ['indexReturn', r],
    ]);
    amounts[i] = trade;
    trades.push({ name, aum, leverage, trade });
  }
  const net = zero(neumaierSum(amounts));
  if (!Number.isFinite(net)) guard.fail('NON_FINITE', 'the net of the trades overflows a double', 'funds', funds);
  return { trades, net };
}
