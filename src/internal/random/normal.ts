/**
 * Standard normal and unit-variance Student-t variates from a Philox
 * {@link Stream}.
 *
 * Normal: the ziggurat of Marsaglia & Tsang, "The Ziggurat Method for
 * Generating Random Variables" (J. Stat. Softw. 5(8), 2000), with 256 layers
 * of area `v` each (`r = 3.6541528853610088`, `v = 0.00492867323399`, their
 * constants). One draw takes two 32-bit words: the first gives the layer (8
 * bits) and the sign (1 bit), so no bit serves twice (the defect Doornik,
 * "An Improved Ziggurat Method to Generate Normal Random Samples", 2005,
 * found in the original), and 21 bits that, with the second word, make a
 * 53-bit uniform for the abscissa. About 99 % of draws are accepted in the
 * rectangle (no `exp`, no `log`); the rest take the wedge test or
 * Marsaglia's tail algorithm beyond `r`.
 *
 * Student-t: Bailey's polar method, "Polar Generation of Random Variates With
 * the t-Distribution" (Math. Comp. 62, 1994), scaled by `√((ν − 2)/ν)` to unit
 * variance.
 *
 * @internal
 * @module
 */
import { type Stream, uniform, word } from './stream.ts';

const LAYERS = 256;
const R = 3.6541528853610088;
const V = 0.00492867323399;

/** Layer abscissae `X[0] = v/f(r) > X[1] = r > … > X[256] = 0`, `f(x) = exp(−x²/2)`. */
const X = /* @__PURE__ */ layers();
/** `f(X[i])`. */
const F = /* @__PURE__ */ X.map((x) => Math.exp(-0.5 * x * x));

function layers(): Float64Array {
  const x = new Float64Array(LAYERS + 1);
  x[0] = V / Math.exp(-0.5 * R * R);
  x[1] = R;
  for (let i = 1; i < LAYERS - 1; i++) {
    const xi = x[i] as number;
    x[i + 1] = Math.sqrt(-2 * Math.log(V / xi + Math.exp(-0.5 * xi * xi)));
  }
  return x;
}

const TWO_M53 = 1 / 9007199254740992;

/** A standard normal variate. */
export function normal(s: Stream): number {
  const a = word(s);
  const i = a & 0xff;
  const x = ((a >>> 11) * 4294967296 + word(s)) * TWO_M53 * (X[i] as number);
  if (x < (X[i + 1] as number)) return a & 0x100 ? -x : x;
  return slow(s, a, x);
}

/** The rest of a draw whose first word `a` and abscissa `x` fell outside layer `a & 0xff`'s rectangle: the tail or the wedge test, else a new draw. */
function slow(s: Stream, a: number, x: number): number {
  const i = a & 0xff;
  const sign = a & 0x100 ? -1 : 1;
  if (i === 0) {
    // the tail beyond r (Marsaglia 1964): x = −ln(u₁)/r, accept when −2·ln(u₂) > x²
    for (;;) {
      const t = -Math.log(1 - uniform(s)) / R;
      if (-2 * Math.log(1 - uniform(s)) > t * t) return sign * (R + t);
    }
  }
  const fi = F[i] as number;
  if (fi + uniform(s) * ((F[i + 1] as number) - fi) < Math.exp(-0.5 * x * x)) return sign * x;
  return normal(s);
}

/**
 * Fill `out` with standard normal variates: the draws {@link normal} would
 * make one after another, with the fast path (two words, one rectangle
 * test) inlined on local copies of the xoshiro128** state.
 */
export function fillNormals(s: Stream, out: Float64Array): void {
  const st = s.state;
  const n = out.length;
  let s0 = st[0] as number;
  let s1 = st[1] as number;
  let s2 = st[2] as number;
  let s3 = st[3] as number;
  for (let t = 0; t < n; t++) {
    // word a
    let m = Math.imul(s1, 5);
    const a = Math.imul((m << 7) | (m >>> 25), 9);
    s2 ^= s0;
    s3 ^= s1;
    let u = s1 << 9;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= u;
    s3 = (s3 << 11) | (s3 >>> 21);
    // word b
    m = Math.imul(s1, 5);
    const b = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    s2 ^= s0;
    s3 ^= s1;
    u = s1 << 9;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= u;
    s3 = (s3 << 11) | (s3 >>> 21);
    const i = a & 0xff;
    const x = ((a >>> 11) * 4294967296 + b) * TWO_M53 * (X[i] as number);
    if (x < (X[i + 1] as number)) {
      out[t] = a & 0x100 ? -x : x;
      continue;
    }
    st[0] = s0;
    st[1] = s1;
    st[2] = s2;
    st[3] = s3;
    out[t] = slow(s, a >>> 0, x);
    s0 = st[0] as number;
    s1 = st[1] as number;
    s2 = st[2] as number;
    s3 = st[3] as number;
  }
  st[0] = s0;
  st[1] = s1;
  st[2] = s2;
  st[3] = s3;
}

/**
 * A Student-t variate with `nu > 2` degrees of freedom scaled to unit
 * variance: Bailey's polar method, `t = u·√(ν·(w^{−2/ν} − 1)/w)` for a point
 * `(u, v)` uniform in the unit disc and `w = u² + v²`, times `√((ν − 2)/ν)`.
 */
export function studentT(s: Stream, nu: number): number {
  for (;;) {
    const u = 2 * uniform(s) - 1;
    const v = 2 * uniform(s) - 1;
    const w = u * u + v * v;
    if (w > 0 && w < 1) return u * Math.sqrt(((nu - 2) * (w ** (-2 / nu) - 1)) / w);
  }
}
