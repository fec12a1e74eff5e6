/**
 * Sizing (docs/concepts.md §2): growth-optimal (Kelly) leverage and the growth rate of a constant-leverage fund under geometric Brownian motion.
 *
 * @module sizing
 */
export { kellyLeverage, growthRate } from './kelly.ts';
export type { KellyLeverageOptions, GrowthRateOptions } from './kelly.ts';
export { InverseMathError, isInverseMathError } from '../errors.ts';
export type { InverseMathErrorCode, InverseMathErrorDetails } from '../errors.ts';
