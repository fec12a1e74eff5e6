/**
 * Volatility drag (docs/concepts.md §2): the drag coefficient `c(L) = (L² − L)/2`,
 * compounding decay over a path, the two-day identity, the continuous-time
 * drag, the issuers' one-year table, and (re-exported from `./outcomes` and `./sizing`
 * through 0.x) the lognormal outcome and Kelly leverage.
 *
 * @module drag
 */
export { dragCoefficient, dragEquivalentLeverage, twoDayGap } from './coefficient.ts';
export { compoundingDecay } from './compounding-decay.ts';
export type { CompoundingDecay } from './compounding-decay.ts';
export { continuousDrag, fundReturnTable } from './continuous.ts';
export type { ContinuousDragOptions, FundReturnTableOptions, FundReturnTable } from './continuous.ts';
// Moved to their own domains; re-exported here through 0.x so that existing
// imports from `@inverse-math/core/drag` keep working. New code should import
// them from `@inverse-math/core/outcomes` and `@inverse-math/core/sizing`.
export { lognormalFundOutcome } from '../outcomes/lognormal-fund-outcome.ts';
export type { LognormalFundOutcomeOptions, LognormalFundOutcome } from '../outcomes/lognormal-fund-outcome.ts';
export { kellyLeverage, growthRate } from '../sizing/kelly.ts';
export type { KellyLeverageOptions, GrowthRateOptions } from '../sizing/kelly.ts';
export { InverseMathError, isInverseMathError } from '../errors.ts';
export type { InverseMathErrorCode, InverseMathErrorDetails } from '../errors.ts';
