/**
 * Outcome distributions (docs/concepts.md §2): the lognormal distribution of a daily-reset fund's growth factor under geometric Brownian motion.
 *
 * @module outcomes
 */
export { lognormalFundOutcome } from './lognormal-fund-outcome.ts';
export type { LognormalFundOutcomeOptions, LognormalFundOutcome } from './lognormal-fund-outcome.ts';
export { InverseMathError, isInverseMathError } from '../errors.ts';
export type { InverseMathErrorCode, InverseMathErrorDetails } from '../errors.ts';
