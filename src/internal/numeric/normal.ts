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
 * The coefficients are the published ones written as the doubles nearest to
 * them (shortest round-trip form): the values the longer literals give.
 *
 * @internal
 * @module
 */

const A = [2.2352520354606837, 161.02823106855587, 1067.6894854603709, 18154.98125334356, 0.06568233791820745];
const B = [47.202581904688245, 976.0985517377767, 10260.932208618979, 45507.78933502673];
const C = [
  0.39894151208813466, 8.883149794388377, 93.50665613217785, 597.2702763948002, 2494.5375852903726, 6848.190450536283,
  11602.65143764735, 9842.714838383978, 1.0765576773720192e-8,
];
const D = [
  22.266688044328117, 235.387901782625, 1519.3775994075547, 6485.558298266761, 18615.571640885097, 34900.95272114598,
  38912.00328609327, 19685.429676859992,
];
const P = [
  0.215898534057957, 0.12740116116024736, 0.022235277870649807, 0.0014216191932278934, 0.000029112874951168793,
  0.023073441764940174,
];
const Q = [1.284260096144911, 0.4682382124808651, 0.06598813786892856, 0.0037823963320275824, 0.00007297515550839662];
const INV_SQRT_2PI = 0.3989422804014327;

/**
 * Cody's rational function in Horner form, for `k = den.length − 1`:
 * `m·(num[k+1]·zᵏ⁺¹ + num[0]·zᵏ + … + num[k]) / (zᵏ⁺¹ + den[0]·zᵏ + … + den[k])`,
 * evaluated as `(m·(…((num[k+1]·z + num[0])·z + …) + num[k])) / (…((z + den[0])·z + …) + den[k])`.
 */
function rational(num: readonly number[], den: readonly number[], z: number, m: number): number {
  const k = den.length - 1;
  let n = (num[k + 1] as number) * z;
  let d = z;
  for (let i = 0; i < k; i++) {
    n = (n + (num[i] as number)) * z;
    d = (d + (den[i] as number)) * z;
  }
  return (m * (n + (num[k] as number))) / (d + (den[k] as number));
}

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
  if (y <= 5.656854249492381) return timesGaussian(rational(C, D, y, 1), y);
  const z = 1 / (y * y);
  return timesGaussian((INV_SQRT_2PI - rational(P, Q, z, z)) / y, y);
}

/**
 * The standard normal distribution function `Φ(x) = P(Z ≤ x)`, to a few ulps
 * relative in both tails (subnormal results rounded once; `0` below
 * `x = −38.5`, where `Φ` is under half the smallest subnormal). `x` must not
 * be NaN.
 */
export function normalCdf(x: number): number {
  const y = Math.abs(x);
  if (y <= 0.67448975) return 0.5 + rational(A, B, x * x, x);
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
        (((((((r * 2509.0809287301227 + 33430.57558358813) * r + 67265.7709270087) * r + 45921.95393154987) * r +
          13731.69376550946) *
          r +
          1971.5909503065513) *
          r +
          133.14166789178438) *
          r +
          3.3871328727963665)) /
      (((((((r * 5226.495278852854 + 28729.085735721943) * r + 39307.89580009271) * r + 21213.794301586597) * r +
        5394.196021424751) *
        r +
        687.1870074920579) *
        r +
        42.31333070160091) *
        r +
        1)
    );
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let x: number;
  if (r <= 5) {
    r -= 1.6;
    x =
      (((((((r * 0.0007745450142783414 + 0.022723844989269184) * r + 0.2417807251774506) * r + 1.2704582524523684) * r +
        3.6478483247632045) *
        r +
        5.769497221460691) *
        r +
        4.630337846156546) *
        r +
        1.4234371107496835) /
      (((((((r * 1.0507500716444169e-9 + 0.0005475938084995345) * r + 0.015198666563616457) * r + 0.14810397642748008) *
        r +
        0.6897673349851) *
        r +
        1.6763848301838038) *
        r +
        2.053191626637759) *
        r +
        1);
  } else {
    r -= 5;
    x =
      (((((((r * 2.0103343992922881e-7 + 0.000027115555687434876) * r + 0.0012426609473880784) * r +
        0.026532189526576124) *
        r +
        0.29656057182850487) *
        r +
        1.7848265399172913) *
        r +
        5.463784911164114) *
        r +
        6.657904643501103) /
      (((((((r * 2.0442631033899397e-15 + 1.421511758316446e-7) * r + 0.000018463183175100548) * r +
        0.0007868691311456133) *
        r +
        0.014875361290850615) *
        r +
        0.1369298809227358) *
        r +
        0.599832206555888) *
        r +
        1);
  }
  return q < 0 ? -x : x;
}
