/** fast-check arbitraries for the valid domains of docs/concepts.md. */
import fc from 'fast-check';

/** Any leverage in [−5, 5], including the interval (0, 1) and the points 0, 1. */
export const leverage = fc.oneof(
  fc.double({ min: -5, max: 5, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-3, -2, -1, 0, 0.5, 1, 2, 3),
  fc.double({ min: 0, max: 1, noNaN: true }),
);

/** A leverage at least `margin` away from 0 and 1, in [−5, 5]. */
export function leverageAwayFromZeroOne(margin = 1e-3): fc.Arbitrary<number> {
  return leverage.filter((L) => Math.abs(L) >= margin && Math.abs(L - 1) >= margin);
}

/** A simple return in (−1, max], with tiny magnitudes well represented. */
export const indexReturn = fc.oneof(
  fc.double({ min: -0.999, max: 3, noNaN: true }),
  fc.double({ min: -0.1, max: 0.1, noNaN: true }),
  fc.double({ min: -1e-6, max: 1e-6, noNaN: true }),
  fc.double({ min: -1e-14, max: 1e-14, noNaN: true }),
);

/** A leverage and a return the fund survives (`1 + L·r > 0`). */
export const survivable = fc.tuple(leverage, indexReturn).filter(([L, r]) => 1 + L * r > 0);

/** A path of daily-size returns (|r| ≤ 15 %). */
export function dailyPath(minLength = 1, maxLength = 60): fc.Arbitrary<number[]> {
  return fc.array(fc.double({ min: -0.15, max: 0.15, noNaN: true }), { minLength, maxLength });
}
