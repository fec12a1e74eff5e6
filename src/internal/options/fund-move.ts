/**
 * The options every close-trade function takes (`aum`, `leverage`,
 * `indexReturn`; docs/concepts.md §4–5), read by the float and the decimal
 * entries with the same rules and messages.
 *
 * @internal
 * @module
 */
import * as guard from '../guards.ts';
import type { NumberReader } from './reader.ts';

/** One fund over one reset period, validated. */
export interface FundMove<N> {
  /** The options object (for the other keys of the caller). */
  readonly o: Readonly<Record<string, unknown>>;
  /** Assets `A ≥ 0` at the last reset. */
  readonly A: N;
  /** The daily multiple `L`. */
  readonly L: N;
  /** The index simple return `r > −1`. */
  readonly r: N;
}

/** The keys of a fund move. */
export const MOVE_KEYS: readonly string[] = ['aum', 'leverage', 'indexReturn'];

/**
 * Read `aum ≥ 0`, a finite `leverage` and `indexReturn > −1` from `options`,
 * whose keys must all be in `known`; each read once.
 */
export function readFundMove<N>(
  R: NumberReader<N>,
  options: unknown,
  known: readonly string[] = MOVE_KEYS,
): FundMove<N> {
  const o = guard.options(options, 'options', known);
  const { aum, leverage, indexReturn } = o;
  return {
    o,
    A: R.nonNegative(aum, 'options.aum'),
    L: R.finite(leverage, 'options.leverage'),
    r: R.simpleReturn(indexReturn, 'options.indexReturn'),
  };
}
