/**
 * Monte Carlo of fund outcomes: seeded, shardable, exact to merge.
 *
 * @module montecarlo
 */
export { mergeOutcomes } from './merge-outcomes.ts';
export { simulateOutcomes } from './simulate-outcomes.ts';
export type { AbortSignalLike, OutcomeCosts, SimulateOutcomesOptions } from './simulate-outcomes.ts';
export type { BootstrapModel, GarchModel, GarchParams, GbmModel, OutcomeModel } from './model.ts';
export type {
  OutcomeBands,
  OutcomePaths,
  OutcomeProbability,
  OutcomeSummary,
  TerminalDistribution,
  ThresholdProbability,
} from './summary.ts';
export type { RebalanceRule } from '../internal/options/rebalance-rule.ts';
export { InverseMathError, isInverseMathError } from '../errors.ts';
export type { InverseMathErrorCode, InverseMathErrorDetails } from '../errors.ts';
