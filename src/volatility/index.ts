/**
 * Volatility: realised, EWMA and GARCH(1,1) estimates and forecasts, and the drag they imply.
 *
 * @module volatility
 */
export { InverseMathError, isInverseMathError } from '../errors.ts';
export type { InverseMathErrorCode, InverseMathErrorDetails } from '../errors.ts';
