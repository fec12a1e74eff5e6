/** Arbitraries of scaled integers (src/decimal/scaled.ts) for the decimal arithmetic's property tests. */
import { fc } from '@fast-check/vitest';
import type { Scaled } from '../../src/decimal/scaled.ts';

/** Scaled integers of up to 60 digits, small ones, `5·10^k` and its neighbours, `10^k − 1`; scales 0 … 30. */
export const scaledArb: fc.Arbitrary<Scaled> = fc
  .tuple(
    fc.oneof(
      fc.bigInt({ min: -(10n ** 60n), max: 10n ** 60n }),
      fc.bigInt({ min: -1000n, max: 1000n }),
      fc
        .tuple(fc.integer({ min: 1, max: 30 }), fc.constantFrom(0n, 5n, 9n, -5n, -1n))
        .map(([k, d]) => 10n ** BigInt(k) * 5n + d),
      fc.integer({ min: 1, max: 35 }).map((k) => 10n ** BigInt(k) - 1n),
    ),
    fc.integer({ min: 0, max: 30 }),
  )
  .map(([int, scale]) => ({ int, scale }));
