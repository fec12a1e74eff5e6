/**
 * Creations and redemptions (docs/concepts.md §5): the close trade with a net flow,
 * whether the flow stabilizes or destabilizes the rebalance (I7), and the
 * flow that cancels it.
 *
 * @module flows
 */
export { closeTrade, offsettingFlow } from './close-trade.ts';
export type { CloseTradeOptions, CloseTrade, OffsettingFlowOptions } from './close-trade.ts';
export type { FlowEffect } from '../internal/flow-effect.ts';
export { InverseMathError, isInverseMathError } from '../errors.ts';
export type { InverseMathErrorCode, InverseMathErrorDetails } from '../errors.ts';
