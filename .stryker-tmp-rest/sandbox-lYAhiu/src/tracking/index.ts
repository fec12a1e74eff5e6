/**
 * A fund against its model (docs/concepts.md §3, tracking diagnostics): the
 * cumulative deviation of a NAV series from `1 + L·(I_t/I_0 − 1)`, and the
 * efficiency of a holding period (the fund's return over `L` times the
 * index's).
 *
 * @module tracking
 */
// @ts-nocheck

export { trackingDeviation, holdingPeriodEfficiency } from './tracking.ts';
export type { HoldingPeriod } from './tracking.ts';
export { InverseMathError, isInverseMathError } from '../errors.ts';
export type { InverseMathErrorCode, InverseMathErrorDetails } from '../errors.ts';
