/**
 * Arithmetic vs log leverage (docs/concepts.md §1): returns from prices, the
 * frictionless fund return `L·r`, and the effective log leverage
 * `γ = ln(1 + L·r) / ln(1 + r)`.
 *
 * @module leverage
 */
// @ts-nocheck

export { simpleReturn, logReturn, simpleToLog, logToSimple, returnsFromPrices } from './returns.ts';
export type { ReturnsFromPricesOptions } from './returns.ts';
export { fundReturn } from './fund-return.ts';
export { effectiveLogLeverage, logLeverageSeries } from './effective-log-leverage.ts';
export { InverseMathError, isInverseMathError } from '../errors.ts';
export type { InverseMathErrorCode, InverseMathErrorDetails } from '../errors.ts';
