import type { Decimal } from 'decimal.js';
import * as guard from '../internal/guards.ts';
import { arithFor, DEFAULT_ARITH, type Arith, type DecimalArithmeticOptions } from './context.ts';
import { dec, decReturn, type DecimalValue } from './parse.ts';

/** @internal */
export function fundReturnIn(
  base: Arith,
  indexReturn: DecimalValue,
  leverage: DecimalValue,
  options?: DecimalArithmeticOptions,
): Decimal {
  const { D } = arithFor(base, guard.optionalOptions(options, 'options', ['precision', 'arithmeticRounding']));
  const r = decReturn(D, indexReturn, 'indexReturn');
  const L = dec(D, leverage, 'leverage');
  const R = L.times(r);
  if (R.isZero()) return new D(0);
  return R.gt(-1) ? R : new D(-1);
}

/**
 * One-period return of a frictionless daily-reset fund, in decimal.
 *
 * Formula: `R = max(L·r, −1)`, the decimal counterpart of the float
 * `fundReturn` (`@inverse-math/core/leverage`). Inputs are read exactly
 * (`'0.1'` is one tenth); the product is rounded to the context's precision
 * (34 significant digits by default), so it is exact for inputs with up to
 * 34 significant digits between them. A move with `1 + L·r ≤ 0` wipes the
 * fund out: the return is `−1`, never less.
 *
 * @param indexReturn - the index simple return `r` over the period, `> −1` (a decimal string, number, bigint or Decimal)
 * @param leverage - the daily multiple `L` (signed)
 * @param options - per-call `precision` / `arithmeticRounding` (default: the context's)
 * @returns the fund's simple return as a Decimal fraction, `≥ −1`
 * @throws {@link InverseMathError} `INVALID_TYPE`, `INVALID_DECIMAL` (a string that is not a decimal number), `NON_FINITE`, `RETURN_OUT_OF_DOMAIN` (`r ≤ −1`), `OUT_OF_RANGE` / `INVALID_OPTION` (bad `precision` / `arithmeticRounding`), `UNKNOWN_OPTION` (a key that is not an option)
 * @see docs/concepts.md §1, §7
 * @example
 * ```ts
 * import { fundReturn } from '@inverse-math/core/decimal';
 * fundReturn('0.01', 3).toString();
 * //=> '0.03'
 * fundReturn('0.1', '-1').toString(); // exactly −10 %, no binary 0.1
 * //=> '-0.1'
 * fundReturn('0.5', -3).toString(); // wiped out
 * //=> '-1'
 * ```
 */
export function fundReturn(
  indexReturn: DecimalValue,
  leverage: DecimalValue,
  options?: DecimalArithmeticOptions,
): Decimal {
  return fundReturnIn(DEFAULT_ARITH, indexReturn, leverage, options);
}
