/**
 * Philox4x32-10, the counter-based generator of Salmon, Moraes, Dror & Shaw,
 * "Parallel Random Numbers: As Easy as 1, 2, 3" (SC11, 2011), as in
 * Random123's `philox.h`: a keyed bijection of a 128-bit counter, so the
 * words of any stream at any position are a pure function of (key, counter).
 *
 * The Monte Carlo streams: key = the run's seed (low and high 32 bits),
 * counter = (block within the path, 0, path low 32 bits, path high bits).
 * Path `p` of seed `s` therefore draws the same words whatever shard, thread
 * or machine computes it.
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

/**
 * Ten Philox rounds of counter `(c0, c1, c2, c3)` under key `(k0, k1)` (all
 * unsigned 32-bit), written to `out[at … at + 3]`. The high half of each
 * 32 × 32-bit product is formed exactly in doubles from 16-bit halves of the
 * multiplier; the low half by `Math.imul`.
 */
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
  for (let i = 0; i < 10; i++) {
    if (i > 0) {
      k0 = (k0 + W0) % TWO32;
      k1 = (k1 + W1) % TWO32;
    }
    const hi0 = Math.floor((M0H * c0 + Math.floor((M0L * c0) / 65536)) / 65536);
    const lo0 = Math.imul(M0, c0) >>> 0;
    const hi1 = Math.floor((M1H * c2 + Math.floor((M1L * c2) / 65536)) / 65536);
    const lo1 = Math.imul(M1, c2) >>> 0;
    c0 = (hi1 ^ c1 ^ k0) >>> 0;
    c1 = lo1;
    c2 = (hi0 ^ c3 ^ k1) >>> 0;
    c3 = lo0;
  }
  out[at] = c0;
  out[at + 1] = c1;
  out[at + 2] = c2;
  out[at + 3] = c3;
}

/** Words generated ahead per refill (8 blocks). */
const BUFFER = 32;

/** A position in one Philox stream: the key, the path, the next block and a buffer of words. */
export interface Stream {
  readonly words: Uint32Array;
  /** Next unread word of `words`. */
  pos: number;
  /** Counter word 0 of the next block to generate. */
  block: number;
  readonly k0: number;
  readonly k1: number;
  /** Counter words 2 and 3: the path. */
  p0: number;
  p1: number;
}

/** The stream of `path` under `seed` (whole numbers in `[0, 2^53)`), at its start. */
export function stream(seed: number, path: number): Stream {
  const s: Stream = {
    words: new Uint32Array(BUFFER),
    pos: BUFFER,
    block: 0,
    k0: seed % TWO32,
    k1: Math.floor(seed / TWO32),
    p0: 0,
    p1: 0,
  };
  restart(s, path);
  return s;
}

/** Move `s` to the start of another path's stream (same seed), reusing its buffer. */
export function restart(s: Stream, path: number): void {
  s.p0 = path % TWO32;
  s.p1 = Math.floor(path / TWO32);
  s.block = 0;
  s.pos = BUFFER;
}

/** The next 32-bit word of the stream (an unsigned integer). */
export function word(s: Stream): number {
  if (s.pos === BUFFER) {
    const w = s.words;
    for (let j = 0; j < BUFFER; j += 4) philox(s.block++, 0, s.p0, s.p1, s.k0, s.k1, w, j);
    s.pos = 0;
  }
  return s.words[s.pos++] as number;
}

/** A uniform double in `[0, 1)` on the grid `k/2^53`, from two words (27 + 26 bits). */
export function uniform(s: Stream): number {
  const a = word(s) >>> 5;
  const b = word(s) >>> 6;
  return (a * 67108864 + b) / 9007199254740992;
}
