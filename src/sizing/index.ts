/**
 * Sizing (docs/concepts.md §2 and §6.3): growth-optimal (Kelly) leverage, fractional Kelly and the growth lost to
 * over-leverage under geometric Brownian motion, volatility-targeted exposure, and hedging a portfolio with an
 * inverse fund (the notional, and how the hedge drifts when it is not rebalanced).
 *
 * @module sizing
 */
export { kellyLeverage, growthRate, fractionalKelly, growthShortfall } from './kelly.ts';
export type { KellyLeverageOptions, GrowthRateOptions, FractionalKellyOptions } from './kelly.ts';
export { volatilityTarget } from './volatility-target.ts';
export type { VolatilityTargetOptions } from './volatility-target.ts';
export { hedgeNotional, hedgeDrift } from './hedge.ts';
export type { HedgeNotionalOptions, HedgeDriftOptions, HedgeDrift } from './hedge.ts';
export { InverseMathError, isInverseMathError } from '../errors.ts';
export type { InverseMathErrorCode, InverseMathErrorDetails } from '../errors.ts';
