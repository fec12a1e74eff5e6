/**
 * The decimal entry's {@link NumberReader}: the option layer of
 * `src/internal/options/` reads `Decimal`s of a private constructor through
 * it, with the rules and messages of `./parse.ts`.
 *
 * @internal
 * @module
 */
import type { Decimal } from 'decimal.js';
import type { NumberReader } from '../internal/options/reader.ts';
import { dec, decNonNegative, decPositive, decReturn, decSeries } from './parse.ts';

/** A reader of `Decimal`s of the constructor `D`. */
export function decimalReader(D: Decimal.Constructor): NumberReader<Decimal> {
  return {
    finite: (value, argument, index) => dec(D, value, argument, index),
    nonNegative: (value, argument, index) => decNonNegative(D, value, argument, index),
    positive: (value, argument, index) => decPositive(D, value, argument, index),
    simpleReturn: (value, argument, index) => decReturn(D, value, argument, index),
    series: (value, argument, minLength, read) =>
      decSeries(D, value, argument, minLength, (_, v, a, i) => read(v, a, i)),
    zero: new D(0),
  };
}
