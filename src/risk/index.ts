/**
 * Risk monitors: distance to wipe-out, the tracking band and the liquidity filter.
 *
 * @module risk
 */
export { InverseMathError, isInverseMathError } from '../errors.ts';
export type { InverseMathErrorCode, InverseMathErrorDetails } from '../errors.ts';
export { wipeOutDistance, wipeOutMove } from './wipe-out.ts';
export type { WipeOutDistance, WipeOutDistanceOptions } from './wipe-out.ts';
export { stepTrackingBand, trackingBand, trackingBandState } from './tracking-band.ts';
export type { TrackingBand, TrackingBandInput, TrackingBandOptions, TrackingBandState } from './tracking-band.ts';
export { liquidityFilter, liquidityFilterState, stepLiquidityFilter } from './liquidity-filter.ts';
export type { LiquidityFilter, LiquidityFilterOptions, LiquidityFilterState } from './liquidity-filter.ts';
