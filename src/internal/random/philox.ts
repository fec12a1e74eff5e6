/**
 * Philox4x32-10, the counter-based generator of Salmon, Moraes, Dror & Shaw,
 * "Parallel Random Numbers: As Easy as 1, 2, 3" (SC11, 2011), as in
 * Random123's `philox.h`: a keyed bijection of a 128-bit counter, so the
 * words of any stream at any position are a pure function of (key, counter).
 *
 * The Monte Carlo streams (`stream.ts`) take the state of path `p` of seed
 * `s` from the block of counter `(0, 0, p mod 2³², ⌊p/2³²⌋)` under key
 * `(s mod 2³², ⌊s/2³²⌋)`: a pure function of `(s, p)`, whatever shard, thread
 * or machine computes the path.
 *
 * @internal
 * @module
 */

const M0 = 0xd2511f53;
const M1 = 0xcd9e8d57;
const M0H = M0 >>> 16;
const M0L = M0 & 0xffff;
const M1H = M1 >>> 16;
const M1L = M1 & 0xffff;
const W0 = 0x9e3779b9;
const W1 = 0xbb67ae85;
const TWO32 = 4294967296;
const INV16 = 1 / 65536;

/** The ten round keys of key `(k0, k1)`: `k + i·(W0, W1)` mod 2³², `i = 0 … 9`, interleaved. */
export function roundKeys(k0: number, k1: number): Float64Array {
  const keys = new Float64Array(20);
  for (let i = 0; i < 10; i++) {
    keys[2 * i] = (k0 + i * W0) % TWO32;
    keys[2 * i + 1] = (k1 + i * W1) % TWO32;
  }
  return keys;
}

/**
 * Ten Philox rounds of counter `(c0, c1, c2, c3)` (unsigned 32-bit) under the
 * round keys `keys` ({@link roundKeys}), written to `out[at … at + 3]`. The
 * high half of each 32 × 32-bit product is formed exactly in doubles from
 * 16-bit halves of the multiplier; the low half by `Math.imul`.
 */
export function philoxRounds(
  c0: number,
  c1: number,
  c2: number,
  c3: number,
  keys: Float64Array,
  out: Uint32Array,
  at: number,
): void {
  for (let i = 0; i < 20; i += 2) {
    const hi0 = Math.floor((M0H * c0 + Math.floor(M0L * c0 * INV16)) * INV16);
    const lo0 = Math.imul(M0, c0) >>> 0;
    const hi1 = Math.floor((M1H * c2 + Math.floor(M1L * c2 * INV16)) * INV16);
    const lo1 = Math.imul(M1, c2) >>> 0;
    c0 = (hi1 ^ c1 ^ (keys[i] as number)) >>> 0;
    c1 = lo1;
    c2 = (hi0 ^ c3 ^ (keys[i + 1] as number)) >>> 0;
    c3 = lo0;
  }
  out[at] = c0;
  out[at + 1] = c1;
  out[at + 2] = c2;
  out[at + 3] = c3;
}

/** Philox4x32-10 of counter `(c0, c1, c2, c3)` under key `(k0, k1)` into `out[at … at + 3]` (Random123's `philox4x32_R(10, ctr, key)`). */
export function philox(
  c0: number,
  c1: number,
  c2: number,
  c3: number,
  k0: number,
  k1: number,
  out: Uint32Array,
  at: number,
): void {
  philoxRounds(c0, c1, c2, c3, roundKeys(k0, k1), out, at);
}
