/** High-precision oracle helpers (decimal.js). */
import { Decimal } from 'decimal.js';

/** A Decimal constructor with `precision` significant digits (a private clone: no global state). */
export function decimalWith(precision: number): Decimal.Constructor {
  return Decimal.clone({ precision, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -9e15, toExpPos: 9e15 });
}

/**
 * The exact value of a double as a Decimal. `new Decimal(x)` reads the
 * shortest decimal string of `x`, which can be half an ulp away from the
 * binary value; an oracle must start from the number the code actually sees.
 */
export function exact(x: number, D: Decimal.Constructor): Decimal {
  if (x === 0 || !Number.isFinite(x)) return new D(x);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n ? -1 : 1;
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & 0xfffffffffffffn;
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const exponent = (biased === 0 ? 1 : biased) - 1075;
  return new D(mantissa.toString()).times(new D(2).pow(exponent)).times(sign);
}
