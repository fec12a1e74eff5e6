/**
 * Signals: indicative NAV, premiums and discounts, and the disclosure rule.
 *
 * @module signals
 */
export { InverseMathError, isInverseMathError } from '../errors.ts';
export type { InverseMathErrorCode, InverseMathErrorDetails } from '../errors.ts';
