/**
 * Volatility drag (docs/concepts.md §2): the drag coefficient `c(L) = (L² − L)/2`,
 * compounding decay over a path, the two-day identity, the continuous-time
 * drag, the issuers' one-year table, the lognormal outcome and Kelly leverage.
 *
 * @module drag
 */
// @ts-nocheck

export { dragCoefficient, dragEquivalentLeverage, twoDayGap } from './coefficient.ts';
export { compoundingDecay } from './compounding-decay.ts';
export type { CompoundingDecay } from './compounding-decay.ts';
export { continuousDrag, fundReturnTable, lognormalFundOutcome, kellyLeverage, growthRate } from './continuous.ts';
export type {
  ContinuousDragOptions,
  FundReturnTableOptions,
  FundReturnTable,
  LognormalFundOutcomeOptions,
  LognormalFundOutcome,
  KellyLeverageOptions,
  GrowthRateOptions,
} from './continuous.ts';
export { InverseMathError, isInverseMathError } from '../errors.ts';
export type { InverseMathErrorCode, InverseMathErrorDetails } from '../errors.ts';
