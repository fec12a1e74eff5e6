/**
 * The I7 classification of a flow (docs/concepts.md §7), one type for the
 * float and the decimal entries.
 *
 * @internal
 * @module
 */

/**
 * How a flow's trade relates to the rebalance trade (docs/concepts.md I7):
 * `'stabilizing'` when the flow trade `L·F` opposes the rebalance trade
 * (the close trade is smaller than the rebalance alone), `'destabilizing'`
 * when it adds to it, `'none'` when either is zero.
 */
export type FlowEffect = 'stabilizing' | 'destabilizing' | 'none';

/** The I7 rule on two signed amounts (`−0` counts as zero; the decimal entry passes the signs). */
export function classifyFlow(rebalance: number, flowTrade: number): FlowEffect {
  if (rebalance === 0 || flowTrade === 0) return 'none';
  return rebalance > 0 === flowTrade > 0 ? 'destabilizing' : 'stabilizing';
}
