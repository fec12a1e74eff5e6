import { describe, expect, test } from 'vitest';
import { philox, philoxRounds, roundKeys } from '../../../src/internal/random/philox.ts';

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

test('philoxRounds with roundKeys(k0, k1) is philox under key (k0, k1): the key schedule k + i·(0x9E3779B9, 0xBB67AE85) mod 2³²', () => {
  const a = new Uint32Array(4);
  const b = new Uint32Array(4);
  philox(1, 2, 3, 4, 0xfffffff0, 0x12345678, a, 0);
  philoxRounds(1, 2, 3, 4, roundKeys(0xfffffff0, 0x12345678), b, 0);
  expect(Array.from(b)).toEqual(Array.from(a));
});
