/**
 * The rebalance quantity of a daily-reset fund (docs/concepts.md §4): the close
 * trade `A·(L² − L)·r`, its size in whole shares or futures contracts, and
 * the market-on-close imbalance of a universe of funds on one index.
 *
 * @module rebalance
 */
// @ts-nocheck

export { rebalanceTrade } from './rebalance-trade.ts';
export type { RebalanceTradeOptions, RebalanceTrade } from './rebalance-trade.ts';
export { toShares, toContracts } from './units.ts';
export type { UnitRounding, UnitOptions, UnitTrade } from './units.ts';
export { marketOnCloseImbalance } from './market-on-close.ts';
export type { FundOnIndex, FundCloseTrade, MarketOnCloseImbalance } from './market-on-close.ts';
export { InverseMathError, isInverseMathError } from '../errors.ts';
export type { InverseMathErrorCode, InverseMathErrorDetails } from '../errors.ts';
