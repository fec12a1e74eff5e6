/**
 * A multi-day simulation of a daily-reset fund with shares outstanding,
 * creations and redemptions, costs and its close trades (docs/concepts.md §3–5).
 *
 * @module fund
 */
export { simulateFund } from './simulate-fund.ts';
export type { SimulateFundOptions, FundFlows, FundCosts, FundDay, FundSimulation } from './simulate-fund.ts';
export type { FlowEffect } from '../internal/flow-effect.ts';
export { InverseMathError, isInverseMathError } from '../errors.ts';
export type { InverseMathErrorCode, InverseMathErrorDetails } from '../errors.ts';
