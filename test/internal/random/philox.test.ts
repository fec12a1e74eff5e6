import { describe, expect, test } from 'vitest';
import { philox, restart, stream, uniform, word } from '../../../src/internal/random/philox.ts';

const hex = (s: string): number[] =>
  s
    .trim()
    .split(/\s+/)
    .map((w) => Number.parseInt(w, 16));

describe('Philox4x32-10 known answers', () => {
  // Random123 (D. E. Shaw Research), examples/kat_vectors, the three "philox4x32 10" lines:
  // counter (4 words), key (2 words), expected output (4 words), hex.
  const KAT = [
    '00000000 00000000 00000000 00000000 00000000 00000000   6627e8d5 e169c58d bc57ac4c 9b00dbd8',
    'ffffffff ffffffff ffffffff ffffffff ffffffff ffffffff   408f276d 41c83b0e a20bc7c6 6d5451fd',
    '243f6a88 85a308d3 13198a2e 03707344 a4093822 299f31d0   d16cfe09 94fdcceb 5001e420 24126ea1',
  ];
  test.each(KAT)('kat_vectors: %s', (line) => {
    const [c0, c1, c2, c3, k0, k1, ...want] = hex(line) as [
      number,
      number,
      number,
      number,
      number,
      number,
      ...number[],
    ];
    const out = new Uint32Array(4);
    philox(c0, c1, c2, c3, k0, k1, out, 0);
    expect(Array.from(out)).toEqual(want);
  });
});

describe('streams', () => {
  test('path p of seed s is block after block of philox(block, 0, p, 0; s mod 2³², ⌊s/2³²⌋)', () => {
    const seed = 2 ** 40 + 12345;
    const path = 2 ** 33 + 7;
    const s = stream(seed, path);
    const block = new Uint32Array(4);
    for (let b = 0; b < 20; b++) {
      philox(b, 0, path % 2 ** 32, Math.floor(path / 2 ** 32), seed % 2 ** 32, Math.floor(seed / 2 ** 32), block, 0);
      for (let j = 0; j < 4; j++) expect(word(s)).toBe(block[j]);
    }
  });

  test('restart gives the stream of the new path from its start, whatever was read before', () => {
    const a = stream(7, 3);
    for (let i = 0; i < 13; i++) word(a);
    restart(a, 5);
    const b = stream(7, 5);
    for (let i = 0; i < 100; i++) expect(word(a)).toBe(word(b));
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
