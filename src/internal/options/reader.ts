/**
 * How the option layer reads a number: the float entry reads `number`s with
 * the guards of `src/internal/guards.ts`, the decimal entry reads `Decimal`s
 * with its own parser (passed in, so that nothing here loads decimal.js).
 * Every reader of `src/internal/options/` takes one, so both entries apply the
 * same rules with the same argument names, codes and messages.
 *
 * @internal
 * @module
 */
import * as guard from '../guards.ts';

/** Read one value; `index` is the element's index in a series. */
export type Read<N> = (value: unknown, argument: string, index?: number) => N;

/** The number type `N` of an entry: how a value of each domain is read. */
export interface NumberReader<N> {
  /** Any finite value. */
  readonly finite: Read<N>;
  /** A finite value `≥ 0`. */
  readonly nonNegative: Read<N>;
  /** A finite value `> 0`. */
  readonly positive: Read<N>;
  /** A simple return, finite and `> −1`. */
  readonly simpleReturn: Read<N>;
  /**
   * A series (array or typed array) of at least `minLength` values, each read
   * by `read`; absent in the float entry, whose series {@link readSeries}
   * reads with `guard.series`, so that a float bundle that reads no series
   * (a rebalancing rule, a fund's move) carries no series guard.
   */
  readonly series?: (value: unknown, argument: string, minLength: number, read: Read<N>) => ArrayLike<N>;
  /** Zero, the value of an absent rate. */
  readonly zero: N;
}

/** The float entry's reader: `number`s, validated once (its series are read by {@link readSeries}). */
export const FLOAT: NumberReader<number> = {
  finite: guard.finite,
  nonNegative: guard.nonNegative,
  positive: guard.positive,
  simpleReturn: guard.simpleReturn,
  zero: 0,
};

/**
 * A series of at least `minLength` values, each read by `read`: by the
 * entry's `series`, or, for the float entry (a reader without one, whose `N`
 * is `number`), as a validated `Float64Array` snapshot by `guard.series`
 * (each element read once).
 */
export function readSeries<N>(
  R: NumberReader<N>,
  value: unknown,
  argument: string,
  minLength: number,
  read: Read<N>,
): ArrayLike<N> {
  if (R.series !== undefined) return R.series(value, argument, minLength, read);
  return guard.series(value, argument, minLength, read as unknown as Read<number>) as unknown as ArrayLike<N>;
}

/** An array or a typed array (not a `DataView`): a series option rather than one value. */
export { isSeries } from '../guards.ts';
