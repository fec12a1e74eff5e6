import { describe, expect, test } from 'vitest';
import { philox } from '../../../src/internal/random/philox.ts';
import { fillWords, restart, stream, uniform, word } from '../../../src/internal/random/stream.ts';

describe('xoshiro128** known answers', () => {
  test('state (1, 2, 3, 4) gives the reference outputs', () => {
    // produced with Blackman & Vigna's reference xoshiro128starstar.c (version 1.1), as the rand_xoshiro crate's
    // test `reference` records them (state words 1, 2, 3, 4); version 1.0 scrambled s[0] and gave 5760, 40320, …
    const expected = [
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804,
    ];
    const s = stream(0, 0);
    s.state.set([1, 2, 3, 4]);
    expect(expected.map(() => word(s))).toEqual(expected);
  });
});

describe('streams: path p of seed s', () => {
  test('starts at the Philox4x32-10 block of counter (0, 0, p mod 2³², ⌊p/2³²⌋) under key (s mod 2³², ⌊s/2³²⌋)', () => {
    const seed = 2 ** 40 + 12345;
    const path = 2 ** 33 + 7;
    const block = new Uint32Array(4);
    philox(0, 0, path % 2 ** 32, Math.floor(path / 2 ** 32), seed % 2 ** 32, Math.floor(seed / 2 ** 32), block, 0);
    expect(Array.from(new Uint32Array(stream(seed, path).state.buffer))).toEqual(Array.from(block));
  });

  test('restart gives the stream of the new path from its start, whatever was read before', () => {
    const a = stream(7, 3);
    for (let i = 0; i < 13; i++) word(a);
    restart(a, 5);
    const b = stream(7, 5);
    for (let i = 0; i < 100; i++) expect(word(a)).toBe(word(b));
  });

  test('fillWords gives the words word() would, and leaves the stream after them', () => {
    const a = stream(11, 2);
    const b = stream(11, 2);
    const bulk = new Int32Array(37);
    fillWords(a, bulk);
    expect(Array.from(bulk, (w) => w >>> 0)).toEqual(Array.from(bulk, () => word(b)));
    expect(word(a)).toBe(word(b));
  });

  test('different paths and seeds give different streams', () => {
    const first = (seed: number, path: number): number[] => {
      const s = stream(seed, path);
      return [word(s), word(s), word(s)];
    };
    expect(first(1, 0)).not.toEqual(first(1, 1));
    expect(first(1, 0)).not.toEqual(first(2, 0));
    expect(first(1, 2 ** 32)).not.toEqual(first(1, 0));
  });

  test('uniform: on the 2⁻⁵³ grid in [0, 1), mean 1/2 and variance 1/12 within 4 standard errors', () => {
    const s = stream(1, 0);
    const n = 200_000;
    let sum = 0;
    let sq = 0;
    let offGrid = 0;
    for (let i = 0; i < n; i++) {
      const u = uniform(s);
      if (!(u >= 0 && u < 1 && Number.isInteger(u * 2 ** 53))) offGrid++;
      sum += u;
      sq += (u - 0.5) ** 2;
    }
    expect(offGrid).toBe(0);
    // SE of the mean √(1/12/n); of the mean square deviation √((1/80 − 1/144)/n)
    expect(Math.abs(sum / n - 0.5) / Math.sqrt(1 / 12 / n)).toBeLessThanOrEqual(4);
    expect(Math.abs(sq / n - 1 / 12) / Math.sqrt((1 / 80 - 1 / 144) / n)).toBeLessThanOrEqual(4);
  });
});
