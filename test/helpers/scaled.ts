/**
 * Helpers of the decimal arithmetic's property tests: scaled integers
 * (src/decimal/scaled.ts), contexts like the ledger's, and a Decimal's fields.
 */
import { fc } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { roundingConstant, type RoundingMode } from '../../src/decimal/context.ts';
import type { Scaled } from '../../src/decimal/scaled.ts';

/** A context of `p` digits rounding under `mode`, as the ledger's `D`. */
export const context = (p: number, mode: RoundingMode): Decimal.Constructor =>
  Decimal.clone({ precision: p, rounding: roundingConstant(mode), toExpNeg: -9e15, toExpPos: 9e15 });

/** The fields decimal.js keeps a finite Decimal in (sign, exponent, a copy of the words), to compare two field by field. */
export const decimalFields = (x: Decimal): { s: number; e: number; d: number[] } => {
  const { s, e, d } = x as unknown as { s: number; e: number; d: number[] };
  return { s, e, d: [...d] };
};

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
