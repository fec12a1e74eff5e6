/**
 * Outcome distributions (docs/concepts.md §2 and §6.5): under geometric Brownian motion, the lognormal distribution of
 * a daily-reset fund's growth factor, the probability of ending below a level, the probability of returning less
 * than `L` times the index (and the horizon at which it reaches a level), and shorting an `L` / `−L` pair.
 *
 * @module outcomes
 */
export { lognormalFundOutcome } from './lognormal-fund-outcome.ts';
export type { LognormalFundOutcomeOptions, LognormalFundOutcome } from './lognormal-fund-outcome.ts';
export { outcomeProbability } from './outcome-probability.ts';
export type { OutcomeProbabilityOptions } from './outcome-probability.ts';
export { underperformanceProbability, underperformanceHorizon } from './underperformance.ts';
export type { UnderperformanceOptions, UnderperformanceHorizonOptions } from './underperformance.ts';
export { pairShortOutcome, pairShort } from './pair-short.ts';
export type { PairShortOutcomeOptions, PairShortOutcome, PairShortOptions } from './pair-short.ts';
export { InverseMathError, isInverseMathError } from '../errors.ts';
export type { InverseMathErrorCode, InverseMathErrorDetails } from '../errors.ts';
