/**
 * Path-dependent NAV with real costs (docs/concepts.md §3): financing, spreads,
 * expenses and dividends with calendar day counts; daily, calendar and band
 * rebalancing; insolvency reported explicitly; log-NAV for long horizons.
 * The streaming form is `@inverse-math/core/stream`, the tracking diagnostics
 * `@inverse-math/core/tracking`. A loop over many paths (Monte Carlo, rolling
 * backtests) can pass one buffer as `options.out` to `navPath`, `logNavPath`
 * or `navFromPrices`: the result is written there and no array is allocated
 * per call.
 *
 * @module nav
 */
export { navPath, navFromPrices, logNavPath, navHistory } from './nav-path.ts';
export type { NavHistory, NavPathOptions } from './nav-path.ts';
export type { NavOptions } from '../internal/options/nav-options.ts';
export type { RebalanceRule } from '../internal/options/rebalance-rule.ts';
export type { CostOptions } from '../internal/options/cost-schedule.ts';
export { InverseMathError, isInverseMathError } from '../errors.ts';
export type { InverseMathErrorCode, InverseMathErrorDetails } from '../errors.ts';
