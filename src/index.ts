/**
 * `@inverse-math/core`: the mathematics of leveraged and inverse daily-reset
 * funds. This entry re-exports every float-precision function and type of the
 * domains below, each of which is also its own subpath and documents its
 * functions on its own page; the exact-accounting API lives in
 * `@inverse-math/core/decimal` only.
 *
 * - {@link leverage | `/leverage`}: arithmetic vs log leverage, returns from prices.
 * - {@link drag | `/drag`}: volatility drag, compounding decay, the issuers' one-year table.
 * - {@link nav | `/nav`}: path-dependent NAV with financing, spreads, expenses, dividends and dates.
 * - {@link stream | `/stream`}: the same NAV one period at a time, for live data.
 * - {@link tracking | `/tracking`}: a fund against its model.
 * - {@link rebalance | `/rebalance`}: the close trade, in currency, shares or contracts.
 * - {@link flows | `/flows`}: creations and redemptions and their effect on the close trade.
 * - {@link fund | `/fund`}: a fund over several days with shares outstanding.
 * - {@link volatility | `/volatility`}: realised, EWMA and GARCH(1,1) volatility and the drag they imply.
 * - {@link signals | `/signals`}: indicative NAV, premium and discount.
 * - {@link sizing | `/sizing`}: Kelly leverage, volatility-scaled exposure, hedge ratios.
 * - {@link risk | `/risk`}: distance to wipe-out, tracking band, liquidity filter.
 * - {@link outcomes | `/outcomes`}: closed-form outcome distributions under GBM.
 * - {@link montecarlo | `/montecarlo`}: seeded, shardable Monte Carlo of fund outcomes.
 * - {@link decimal | `/decimal`}: exact accounting on decimal.js (not re-exported here).
 * - {@link errors | errors}: {@link errors!InverseMathError} and its codes, re-exported by every entry.
 *
 * @module @inverse-math/core
 */
export * from './errors.ts';
export * from './leverage/index.ts';
export * from './drag/index.ts';
export * from './nav/index.ts';
export * from './stream/index.ts';
export * from './tracking/index.ts';
export * from './rebalance/index.ts';
export * from './flows/index.ts';
export * from './fund/index.ts';
export * from './volatility/index.ts';
export * from './signals/index.ts';
export * from './sizing/index.ts';
export * from './risk/index.ts';
export * from './outcomes/index.ts';
export * from './montecarlo/index.ts';
