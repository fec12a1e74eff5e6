/**
 * The Decimals made without decimal.js's parser (src/decimal/decimal-maker.ts)
 * against decimal.js's own string constructor, field by field: from scaled
 * integers of every size, from whole doubles of every length and alignment;
 * one maker per constructor.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { fc, test as prop } from '@fast-check/vitest';
import { decimalMaker, decimalOf } from '../../src/decimal/decimal-maker.ts';
import type { Scaled } from '../../src/decimal/scaled.ts';
import { context, decimalFields, scaledArb } from '../helpers/scaled.ts';

describe('decimalMaker and decimalOf', () => {
  const D = context(34, 'half-even');

  prop.prop([scaledArb])(
    "is decimal.js's own Decimal of that value: the same sign, exponent and words, of the constructor",
    (a) => {
      const x = decimalOf(D, a);
      const expected = new D(a.int === 0n ? '0' : `${a.int}e-${a.scale}`);
      expect(x.constructor).toBe(D);
      expect(x instanceof D && Decimal.isDecimal(x)).toBe(true);
      expect(decimalFields(x)).toEqual(decimalFields(expected));
      expect(x.toFixed()).toBe(expected.toFixed());
      // decimal.js's own operations take it as one of its own: a sum, a copy, a comparison
      expect(x.plus(1).eq(expected.plus(1)) && new D(x).eq(expected) && x.cmp(expected) === 0).toBe(true);
    },
  );

  test('one maker per constructor: its Decimals share one hidden class across ledgers; another constructor has its own', () => {
    // (a maker per call gave each ledger's Decimals a class of their own; repeated runs made decimal.js's methods megamorphic)
    expect(decimalMaker(D)).toBe(decimalMaker(D));
    const E = context(20, 'floor');
    expect(decimalMaker(E)).not.toBe(decimalMaker(D));
    const x = decimalMaker(E)({ int: 15n, scale: 1 });
    expect(x.constructor === E && x instanceof E && x.eq('1.5')).toBe(true);
  });

  // the words of a whole double (below 2^52) are cut with double arithmetic: every length (1 … 16 digits), every
  // alignment (scale 0 … 30) and zero words inside and at the end
  const doubleArb: fc.Arbitrary<Scaled> = fc
    .tuple(
      fc.oneof(
        fc.bigInt({ min: 1n, max: 2n ** 52n - 1n }),
        fc
          .array(fc.constantFrom('0', '0', '0', '1', '5', '9'), { minLength: 1, maxLength: 15 })
          .map((digits) => BigInt(`1${digits.join('')}`)),
      ),
      fc.boolean(),
      fc.integer({ min: 0, max: 30 }),
    )
    .map(([n, negative, scale]) => ({ int: negative ? -n : n, scale }));

  prop.prop([doubleArb], { numRuns: 5000 })(
    "of a whole double: decimal.js's own sign, exponent and words, as many words as decimal.js keeps",
    (a) => {
      const x = decimalOf(D, a);
      const expected = new D(`${a.int}e-${a.scale}`);
      expect(decimalFields(x)).toEqual(decimalFields(expected));
      expect((x as unknown as { d: number[] }).d.length).toBe((expected as unknown as { d: number[] }).d.length);
    },
  );

  test('0 is +0 whatever its scale, and a value of more digits than the precision is kept whole', () => {
    expect(Object.is(decimalOf(D, { int: 0n, scale: 5 }).toNumber(), 0)).toBe(true);
    const long = { int: 10n ** 50n + 1n, scale: 10 };
    expect(decimalOf(D, long).toFixed()).toBe(`1${'0'.repeat(40)}.${'0'.repeat(9)}1`);
  });
});
