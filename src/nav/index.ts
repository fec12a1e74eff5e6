/**
 * Path-dependent NAV with real costs (docs/concepts.md §3): financing, spreads,
 * expenses and dividends with calendar day counts; daily, calendar and band
 * rebalancing; insolvency reported explicitly; log-NAV for long horizons;
 * tracking diagnostics; and a streaming form with O(1) memory.
 *
 * @module nav
 */
export { navPath, navFromPrices, logNavPath, navHistory } from './nav-path.ts';
export type { NavHistory } from './nav-path.ts';
export type { NavOptions, RebalanceRule } from './options.ts';
export { navState, stepNav } from './stream.ts';
export type { NavState, NavStateOptions, NavStepInputs } from './stream.ts';
export { trackingDeviation, holdingPeriodEfficiency } from './tracking.ts';
export type { HoldingPeriod } from './tracking.ts';
export { InverseMathError, isInverseMathError } from '../errors.ts';
export type { InverseMathErrorCode, InverseMathErrorDetails } from '../errors.ts';
