/**
 * The NAV of docs/concepts.md §3 one period at a time, for live data or paths
 * too long to hold: a small state object, O(1) memory, the same numbers as
 * `navPath` bit for bit. A step is pure by default; given an `out` state (the
 * input state itself, say) it writes there and allocates nothing.
 *
 * @module stream
 */
export { navState, stepNav } from './stream.ts';
export type { NavState, NavStateOptions, NavStepInputs } from './stream.ts';
export type { RebalanceRule } from '../internal/options/rebalance-rule.ts';
export { InverseMathError, isInverseMathError } from '../errors.ts';
export type { InverseMathErrorCode, InverseMathErrorDetails } from '../errors.ts';
