/**
 * Exact rounding of a quotient to a whole number: `round(n / p)` under a
 * named mode, decided by exact products, never by a quotient rounded to some
 * precision first (which can turn `k + ½ − 10⁻⁴⁰` into an exact tie).
 *
 * @internal
 * @module
 */
import type { Decimal } from 'decimal.js';
import { EXACT as X, roundingConstant, type RoundingMode } from './context.ts';

/**
 * The whole number `u` nearest `n / p` under `mode` (for `p > 0`), exactly.
 *
 * Method: `k = ⌊|n| / p⌋` by decimal.js's integer division in the exact
 * constructor (1e9 digits: it computes the integer digits only, truncated,
 * so `k` is exact and the remainder `ρ = |n| − k·p` lies in `[0, p)`); the
 * comparison of `2ρ` with `p` decides the direction and the ties.
 */
export function roundQuotient(n: Decimal, p: Decimal, mode: RoundingMode): Decimal {
  if (n.isZero()) return new X(0);
  // |n| in the exact constructor: a value of another constructor is copied once (divToInt rounds to its precision)
  const a = n.constructor === X ? (n.isNegative() ? n.neg() : n) : new X(n).abs();
  const k = a.divToInt(p);
  const rem = a.minus(k.times(p));
  const positive = !n.isNegative();
  const inexact = !rem.isZero();
  let up: boolean; // away from zero, in magnitude
  switch (mode) {
    case 'toward-zero':
      up = false;
      break;
    case 'away-from-zero':
      up = inexact;
      break;
    case 'floor':
      up = !positive && inexact;
      break;
    case 'ceil':
      up = positive && inexact;
      break;
    default: {
      const cmp = inexact ? rem.times(2).cmp(p) : -1; // −1 below half, 0 tie, 1 above half
      if (cmp !== 0) up = cmp > 0;
      else if (mode === 'half-up') up = true;
      else if (mode === 'half-down') up = false;
      else if (mode === 'half-ceil') up = positive;
      else if (mode === 'half-floor') up = !positive;
      else up = !k.mod(2).isZero(); // half-even: away from zero when k is odd
    }
  }
  const u = up ? k.plus(1) : k;
  return positive || u.isZero() ? u : u.neg();
}

/** `x` rounded to `decimals` places under `mode` (exact: decimal.js rounds a finite decimal exactly). */
export function roundToDecimals(x: Decimal, decimals: number, mode: RoundingMode): Decimal {
  // exact whatever x's constructor: rounding to decimal places is not limited by the precision
  return x.toDecimalPlaces(decimals, roundingConstant(mode));
}
