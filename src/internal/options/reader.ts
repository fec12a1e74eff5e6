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
  /** A series (array or typed array) of at least `minLength` values, each read by `read`. */
  readonly series: (value: unknown, argument: string, minLength: number, read: Read<N>) => ArrayLike<N>;
  /** Zero, the value of an absent rate. */
  readonly zero: N;
}

/** The float entry's reader: `number`s, validated once (a series is returned as a validated `Float64Array` snapshot, each element read once). */
export const FLOAT: NumberReader<number> = {
  finite: guard.finite,
  nonNegative: guard.nonNegative,
  positive: guard.positive,
  simpleReturn: guard.simpleReturn,
  series: guard.series,
  zero: 0,
};

/** An array or a typed array (not a `DataView`): a series option rather than one value. */
export { isSeries } from '../guards.ts';
