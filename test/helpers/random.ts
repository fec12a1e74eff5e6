/**
 * A small seeded generator for Monte Carlo tests: xoshiro128** (Blackman and
 * Vigna, 2018; 32-bit state words), uniforms in (0, 1) from 53 random bits,
 * normals by inversion through `normalQuantile` (Wichura's AS 241, tested in
 * test/internal/numeric/normal.test.ts). Fixed seed → fixed stream.
 */
import { normalQuantile } from '../../src/internal/numeric/normal.ts';

/** A stream of standard normal draws from `seed`. */
export function normals(seed: number): () => number {
  let a = seed >>> 0;
  let b = 0x9e3779b9;
  let c = 0x243f6a88;
  let d = 0xb7e15162;
  const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k));
  const next = (): number => {
    const r = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return r;
  };
  for (let i = 0; i < 16; i++) next();
  // 27 + 26 bits, plus ½ so that the uniform is never 0 or 1
  return () => normalQuantile(((next() >>> 5) * 67108864 + (next() >>> 6) + 0.5) / 9007199254740992);
}

/** The z-score of an observed frequency `hits/n` against the probability `p`. */
export function zScore(hits: number, n: number, p: number): number {
  return (hits / n - p) / Math.sqrt((p * (1 - p)) / n);
}
