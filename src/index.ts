/**
 * `@inverse-math/core`: the mathematics of leveraged and inverse daily-reset
 * funds. This entry re-exports every float-precision function and type; each
 * domain is also its own subpath (`@inverse-math/core/drag`, …) and the
 * exact-accounting API lives in `@inverse-math/core/decimal` only.
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
