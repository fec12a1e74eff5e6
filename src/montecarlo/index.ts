/**
 * Monte Carlo of fund outcomes: seeded, shardable, exact to merge.
 *
 * @module montecarlo
 */
export { InverseMathError, isInverseMathError } from '../errors.ts';
export type { InverseMathErrorCode, InverseMathErrorDetails } from '../errors.ts';
