/**
 * Exact comparisons of products of doubles, for whole-unit rounding that
 * must never overshoot because a float quotient rounded up to an integer.
 *
 * @internal
 * @module
 */

const view = new DataView(new ArrayBuffer(8));

/** A finite double as `m·2^e` with an integer (BigInt) `m`. */
function split(x: number): { m: bigint; e: number } {
  if (x === 0) return { m: 0n, e: 0 };
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & 0xfffffffffffffn;
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const e = (biased === 0 ? 1 : biased) - 1075;
  return { m: bits >> 63n ? -mantissa : mantissa, e };
}

/** The exact sign (−1, 0, 1) of `a·b − c` for finite doubles. */
export function signOfProductMinus(a: number, b: number, c: number): number {
  const x = split(a);
  const y = split(b);
  const z = split(c);
  let p = x.m * y.m;
  let pe = x.e + y.e;
  let q = z.m;
  let qe = z.e;
  if (p === 0n) pe = qe;
  if (q === 0n) qe = pe;
  if (pe > qe) p <<= BigInt(pe - qe);
  else if (qe > pe) q <<= BigInt(qe - pe);
  const d = p - q;
  return d > 0n ? 1 : d < 0n ? -1 : 0;
}
