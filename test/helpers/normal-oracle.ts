/**
 * The standard normal distribution function in 80-digit decimal arithmetic
 * (decimal.js), the oracle of test/internal/numeric/normal.test.ts and of the
 * outcome probabilities: Φ(x) = ½·erfc(−x/√2), erfc(z) from the positive-term
 * series erf(z) = (2/√π)·e^{−z²}·Σ 2ⁿz^{2n+1}/(1·3···(2n+1)) for z < 3 (no
 * cancellation inside the sum; 80 digits cover the 1 − erf cancellation) and
 * from the continued fraction erfc(z) = (e^{−z²}/√π)·1/(z + ½/(z + 1/(z + 3/2/(z + …))))
 * (400 terms) for z ≥ 3 (Abramowitz & Stegun 7.1.6 and 7.1.14).
 */
import type { Decimal } from 'decimal.js';
import { decimalWith } from './oracle.ts';

/** The 80-digit Decimal constructor of the oracle. */
export const D80 = decimalWith(80);
const SQRT_PI = D80.acos(-1).sqrt();
const SQRT_2 = new D80(2).sqrt();

/** erfc by the series of erf (for z < 3). */
export function erfcSeries(z: Decimal): Decimal {
  const z2 = z.times(z).times(2);
  let term = z;
  let sum = z;
  for (let n = 1; !term.lt(sum.times('1e-85')); n++) {
    term = term.times(z2).div(2 * n + 1);
    sum = sum.plus(term);
  }
  return new D80(1).minus(sum.times(2).div(SQRT_PI).times(z.times(z).neg().exp()));
}

/** erfc by its continued fraction, evaluated backwards from `terms` (for z ≥ 3). */
export function erfcFraction(z: Decimal, terms = 400): Decimal {
  let t = z;
  for (let k = terms; k >= 1; k--) t = z.plus(new D80(k).div(2).div(t));
  return z.times(z).neg().exp().div(SQRT_PI).div(t);
}

/** Φ(x) for a Decimal `x`. */
export function decimalPhi(x: Decimal): Decimal {
  const z = x.abs().div(SQRT_2);
  const tail = (z.lt(3) ? erfcSeries(z) : erfcFraction(z)).div(2);
  return x.isNegative() ? tail : new D80(1).minus(tail);
}

/** The standard normal density φ(x) for a Decimal `x`. */
export function decimalDensity(x: Decimal): Decimal {
  return x.times(x).div(-2).exp().div(SQRT_PI.times(SQRT_2));
}
