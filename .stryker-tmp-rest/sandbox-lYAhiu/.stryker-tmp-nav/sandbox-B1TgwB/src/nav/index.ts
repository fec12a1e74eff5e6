/**
 * Path-dependent NAV with real costs (docs/concepts.md §3): financing, spreads,
 * expenses and dividends with calendar day counts; daily, calendar and band
 * rebalancing; insolvency reported explicitly; log-NAV for long horizons.
 * The streaming form is `@inverse-math/core/stream`, the tracking diagnostics
 * `@inverse-math/core/tracking`.
 *
 * @module nav
 */
// @ts-nocheck

// 

export { navPath, navFromPrices, logNavPath, navHistory } from './nav-path.ts';
export type { NavHistory } from './nav-path.ts';
export type { NavOptions, RebalanceRule } from './options.ts';
export { InverseMathError, isInverseMathError } from '../errors.ts';
export type { InverseMathErrorCode, InverseMathErrorDetails } from '../errors.ts';
