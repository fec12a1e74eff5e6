/**
 * The standard normal distribution function `Φ` and its inverse, to a few
 * ulps over the whole double range, tails included (relative accuracy, not
 * absolute: `Φ(−38)` ≈ 2.885e-316 is computed, not rounded to 0).
 *
 * - `Φ`: W. J. Cody's rational Chebyshev approximations (Cody 1969,
 *   "Rational Chebyshev approximations for the error function", Math. Comp.
 *   23, 631–637; the coefficients of Cody 1993, ACM TOMS 715 `ANORM`), in
 *   three ranges: `|x| ≤ 0.67449`, `≤ √32`, beyond. `exp(−x²/2)` is formed
 *   as `exp(−s²/2)·exp(−(x − s)(x + s)/2)` with `s = ⌊16x⌋/16` (so `s²/2` is
 *   exact), and below `exp(−700)` in two steps so that a subnormal result is
 *   rounded once.
 * - `Φ⁻¹`: M. J. Wichura (1988), "Algorithm AS 241: The percentage points of
 *   the normal distribution", Applied Statistics 37, 477–484 (`PPND16`,
 *   about 1 part in 10¹⁶).
 *
 * @internal
 * @module
 */

const A = [
  2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249, 0.065682337918207449113,
];
const B = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956];
const C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226, 2494.5375852903726711,
  6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218, 1.0765576773720192317e-8,
];
const D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755, 18615.571640885098091,
  34900.952721145977266, 38912.003286093271411, 19685.429676859990727,
];
const P = [
  0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466, 2.9112874951168792e-5,
  0.02307344176494017303,
];
const Q = [
  1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244, 7.29751555083966205e-5,
];
const INV_SQRT_2PI = 0.398942280401432677939946059934;

/** `f·exp(−y²/2)` for `y ≥ 0`, with `y²` split so that no rounding of `y²` is amplified by the exponential. */
function timesGaussian(f: number, y: number): number {
  const s = Math.trunc(y * 16) / 16;
  const half = (s * s) / 2; // exact: s·16 is a small integer
  const g = f * Math.exp(-((y - s) * (y + s)) / 2);
  // below e^-700 the result may be subnormal: scale in two steps so that it is rounded once
  return half > 700 ? g * Math.exp(-700) * Math.exp(700 - half) : g * Math.exp(-half);
}

/** `Q(y) = 1 − Φ(y)` for `y > 0.67448975`, to a few ulps (relative). */
function upperTail(y: number): number {
  if (y <= 5.656854249492380195206754896838) {
    let num = (C[8] as number) * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + (C[i] as number)) * y;
      den = (den + (D[i] as number)) * y;
    }
    return timesGaussian((num + (C[7] as number)) / (den + (D[7] as number)), y);
  }
  const z = 1 / (y * y);
  let num = (P[5] as number) * z;
  let den = z;
  for (let i = 0; i < 4; i++) {
    num = (num + (P[i] as number)) * z;
    den = (den + (Q[i] as number)) * z;
  }
  const r = (z * (num + (P[4] as number))) / (den + (Q[4] as number));
  return timesGaussian((INV_SQRT_2PI - r) / y, y);
}

/**
 * The standard normal distribution function `Φ(x) = P(Z ≤ x)`, to a few ulps
 * relative in both tails (subnormal results rounded once; `0` below
 * `x = −38.5`, where `Φ` is under half the smallest subnormal). `x` must not
 * be NaN.
 */
export function normalCdf(x: number): number {
  const y = Math.abs(x);
  if (y <= 0.67448975) {
    const z = x * x;
    let num = (A[4] as number) * z;
    let den = z;
    for (let i = 0; i < 3; i++) {
      num = (num + (A[i] as number)) * z;
      den = (den + (B[i] as number)) * z;
    }
    return 0.5 + (x * (num + (A[3] as number))) / (den + (B[3] as number));
  }
  if (x < -38.5) return 0;
  if (x > 40) return 1;
  const q = upperTail(y);
  return x < 0 ? q : 1 - q;
}

/**
 * The standard normal quantile `Φ⁻¹(p)` (Wichura's AS 241, `PPND16`):
 * `−∞` for `p ≤ 0`, `+∞` for `p ≥ 1`. `p` must not be NaN.
 */
export function normalQuantile(p: number): number {
  if (p <= 0) return Number.NEGATIVE_INFINITY;
  if (p >= 1) return Number.POSITIVE_INFINITY;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r +
          45921.953931549871457) *
          r +
          13731.693765509461125) *
          r +
          1971.5909503065514427) *
          r +
          133.14166789178437745) *
          r +
          3.387132872796366608)) /
      (((((((r * 5226.495278852854561 + 28729.085735721942674) * r + 39307.89580009271061) * r +
        21213.794301586595867) *
        r +
        5394.1960214247511077) *
        r +
        687.1870074920579083) *
        r +
        42.313330701600911252) *
        r +
        1)
    );
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let x: number;
  if (r <= 5) {
    r -= 1.6;
    x =
      (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177) * r +
        1.27045825245236838258) *
        r +
        3.64784832476320460504) *
        r +
        5.7694972214606914055) *
        r +
        4.6303378461565452959) *
        r +
        1.42343711074968357734) /
      (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r +
        0.14810397642748007459) *
        r +
        0.68976733498510000455) *
        r +
        1.6763848301838038494) *
        r +
        2.05319162663775882187) *
        r +
        1);
  } else {
    r -= 5;
    x =
      (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r +
        0.026532189526576123093) *
        r +
        0.29656057182850489123) *
        r +
        1.7848265399172913358) *
        r +
        5.4637849111641143699) *
        r +
        6.6579046435011037772) /
      (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r +
        7.868691311456132591e-4) *
        r +
        0.0148753612908506148525) *
        r +
        0.13692988092273580531) *
        r +
        0.59983220655588793769) *
        r +
        1);
  }
  return q < 0 ? -x : x;
}
