/**
 * Signals: indicative NAV, premiums and discounts, and the disclosure rule.
 *
 * @module signals
 */
export { InverseMathError, isInverseMathError } from '../errors.ts';
export type { InverseMathErrorCode, InverseMathErrorDetails } from '../errors.ts';
export { indicativeNav } from './indicative-nav.ts';
export type { IndicativeNavOptions } from './indicative-nav.ts';
export { premiumDiscount } from './premium-discount.ts';
export type { PremiumResult } from './premium-discount.ts';
export { premiumSignal } from './premium-signal.ts';
export type { PremiumCrossing, PremiumSignal, PremiumSignalOptions } from './premium-signal.ts';
export { premiumDisclosure } from './premium-disclosure.ts';
export type { DisclosureRun, PremiumDisclosure, PremiumDisclosureOptions } from './premium-disclosure.ts';
