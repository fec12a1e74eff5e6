/**
 * One random stream per Monte Carlo path: xoshiro128** (Blackman & Vigna,
 * "Scrambled Linear Pseudorandom Number Generators", 2021; the reference
 * `xoshiro128starstar.c`) started from a state that Philox4x32-10 derives
 * from the run's seed and the path's index. The state of path `p` of seed `s`
 * is Philox's block for counter `(0, 0, p mod 2³², ⌊p/2³²⌋)` under key
 * `(s mod 2³², ⌊s/2³²⌋)`, so a path draws the same numbers whatever shard,
 * thread or machine computes it (a counter-based start, as the per-path
 * seeding of xoshiro that issue 16 allows); xoshiro128** then gives the
 * path's words at a few nanoseconds each, where Philox in JavaScript takes
 * ten. (The all-zero state, probability 2⁻¹²⁸, is replaced by `(1, 0, 0, 0)`.)
 *
 * @internal
 * @module
 */
import { philoxRounds, roundKeys } from './philox.ts';

const TWO32 = 4294967296;

/** One path's stream: the xoshiro128** state. */
export interface Stream {
  /** xoshiro128** state `s0 … s3` (the words' bits). */
  readonly state: Int32Array;
  /** Philox round keys of the seed. */
  readonly keys: Float64Array;
  /** Scratch block for Philox's output. */
  readonly block: Uint32Array;
}

/** The stream of `path` under `seed` (whole numbers in `[0, 2⁵³)`), at its start. */
export function stream(seed: number, path: number): Stream {
  const s: Stream = {
    state: new Int32Array(4),
    keys: roundKeys(seed % TWO32, Math.floor(seed / TWO32)),
    block: new Uint32Array(4),
  };
  restart(s, path);
  return s;
}

/** Move `s` to the start of another path's stream (same seed). */
export function restart(s: Stream, path: number): void {
  const b = s.block;
  philoxRounds(0, 0, path % TWO32, Math.floor(path / TWO32), s.keys, b, 0);
  s.state.set(b);
  if (((b[0] as number) | (b[1] as number) | (b[2] as number) | (b[3] as number)) === 0) s.state[0] = 1;
}

/**
 * The next 32-bit word of the stream, as an unsigned integer: one step of
 * xoshiro128** (`rotl(s1·5, 7)·9`, then the xor/shift/rotate of the state).
 * Bulk loops (the ziggurat's, the bootstrap's) inline the same step on local
 * copies of the state and store it back.
 */
export function word(s: Stream): number {
  const st = s.state;
  const s0 = st[0] as number;
  const s1 = st[1] as number;
  const s2 = (st[2] as number) ^ s0;
  const s3 = (st[3] as number) ^ s1;
  const m = Math.imul(s1, 5);
  st[0] = s0 ^ s3;
  st[1] = s1 ^ s2;
  st[2] = s2 ^ (s1 << 9);
  st[3] = (s3 << 11) | (s3 >>> 21);
  return Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
}

/** A uniform double in `[0, 1)` on the grid `k/2⁵³`, from two words (27 + 26 bits). */
export function uniform(s: Stream): number {
  const a = word(s) >>> 5;
  const b = word(s) >>> 6;
  return (a * 67108864 + b) / 9007199254740992;
}

/** Fill `out` with the stream's next `out.length` words (their bits; `>>> 0` reads one unsigned), the step of {@link word} inlined. */
export function fillWords(s: Stream, out: Int32Array): void {
  const st = s.state;
  let s0 = st[0] as number;
  let s1 = st[1] as number;
  let s2 = st[2] as number;
  let s3 = st[3] as number;
  for (let i = 0; i < out.length; i++) {
    const m = Math.imul(s1, 5);
    out[i] = Math.imul((m << 7) | (m >>> 25), 9);
    const u = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= u;
    s3 = (s3 << 11) | (s3 >>> 21);
  }
  st[0] = s0;
  st[1] = s1;
  st[2] = s2;
  st[3] = s3;
}
