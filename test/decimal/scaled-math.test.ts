/**
 * The ledger's arithmetic on scaled integers (src/decimal/scaled-math.ts),
 * checked against decimal.js, the arithmetic it replaces: exact sums,
 * differences and products against decimal.js at 1,000 digits; the rounded
 * sum, product and quotient against a decimal.js clone of the same precision
 * and rounding (its operations are correctly rounded).
 */
import { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { fc, test as prop } from '@fast-check/vitest';
import { roundingConstant, ROUNDING_MODES, type RoundingMode } from '../../src/decimal/context.ts';
import type { Scaled } from '../../src/decimal/scaled.ts';
import { context, scaledArb } from '../helpers/scaled.ts';
import {
  abs,
  add,
  addOne,
  compare,
  divideSignificant,
  mul,
  neg,
  quotientTo,
  roundSignificant,
  roundTo,
  sign,
  sub,
  subOne,
} from '../../src/decimal/scaled-math.ts';

const BIG = Decimal.clone({ precision: 1000, toExpNeg: -9e15, toExpPos: 9e15 });
const big = (a: Scaled): Decimal => new BIG(`${a.int}e-${a.scale}`);

const modeArb = fc.constantFrom(...ROUNDING_MODES);
const precisionArb = fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constant(34));

const same = (a: Scaled, b: Decimal): boolean => big(a).eq(b);

describe('exact operations', () => {
  prop.prop([scaledArb])('addOne and subOne are a + 1 and a − 1, at the scale of a', (a) => {
    const up = addOne(a);
    const down = subOne(a);
    expect(same(up, big(a).plus(1)) && same(down, big(a).minus(1))).toBe(true);
    expect([up.scale, down.scale]).toEqual([a.scale, a.scale]);
  });

  prop.prop([scaledArb, scaledArb])(
    'add, sub, mul, neg, abs, compare and sign agree with decimal.js at 1,000 digits',
    (a, b) => {
      const x = big(a);
      const y = big(b);
      expect(same(add(a, b), x.plus(y))).toBe(true);
      expect(same(sub(a, b), x.minus(y))).toBe(true);
      expect(same(mul(a, b), x.times(y))).toBe(true);
      expect(same(neg(a), x.neg())).toBe(true);
      expect(same(abs(a), x.abs())).toBe(true);
      expect(compare(a, b)).toBe(x.cmp(y));
      expect(sign(a)).toBe(x.isZero() ? 0 : x.s);
    },
  );

  test('a scale difference is aligned by a power of ten: 1.5 + 0.25 = 1.75, 0.25 − 1.5 = −1.25', () => {
    expect(add({ int: 15n, scale: 1 }, { int: 25n, scale: 2 })).toEqual({ int: 175n, scale: 2 });
    expect(sub({ int: 25n, scale: 2 }, { int: 15n, scale: 1 })).toEqual({ int: -125n, scale: 2 });
  });
});

describe('operations rounded to a precision', () => {
  prop.prop([scaledArb, scaledArb, precisionArb, modeArb])(
    'a rounded sum, difference and product equal decimal.js plus, minus and times in a context of that precision and mode',
    (a, b, p, mode) => {
      const D = context(p, mode);
      const x = new D(big(a));
      const y = new D(big(b));
      expect(big(roundSignificant(add(a, b), p, mode)).eq(x.plus(y)), `${x} + ${y}`).toBe(true);
      expect(big(roundSignificant(sub(a, b), p, mode)).eq(x.minus(y)), `${x} − ${y}`).toBe(true);
      expect(big(roundSignificant(mul(a, b), p, mode)).eq(x.times(y)), `${x} × ${y}`).toBe(true);
    },
  );

  prop.prop([scaledArb, scaledArb, precisionArb, modeArb])(
    'a quotient rounded to p digits equals decimal.js div in a context of that precision and mode',
    (a, b, p, mode) => {
      fc.pre(b.int !== 0n);
      const D = context(p, mode);
      const q = new D(big(a)).div(new D(big(b)));
      expect(big(divideSignificant(a, b, p, mode)).eq(q), `${big(a)} / ${big(b)} at ${p} (${mode})`).toBe(true);
    },
  );

  // where the quotient's digit count changes: a/b a power of ten, or within one unit of a's last digit of it
  // (the quotient's length is decided there by the exact division, not by the logarithms)
  prop.prop([
    scaledArb,
    fc.integer({ min: 0, max: 40 }),
    fc.constantFrom(-1n, 0n, 1n),
    fc.integer({ min: 0, max: 30 }),
    precisionArb,
    modeArb,
  ])('a quotient next to a power of ten equals decimal.js div', (b, j, delta, scale, p, mode) => {
    fc.pre(b.int !== 0n);
    const a = { int: b.int * 10n ** BigInt(j) + delta, scale };
    const D = context(p, mode);
    const q = new D(big(a)).div(new D(big(b)));
    expect(big(divideSignificant(a, b, p, mode)).eq(q), `${big(a)} / ${big(b)} at ${p} (${mode})`).toBe(true);
  });

  // at a large precision a quotient that terminates is kept short (as decimal.js keeps it), not as p digits
  // ending in zeros: the ledger's next operations would carry them all
  const shortArb = fc
    .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 12 }))
    .map(([int, scale]) => ({ int, scale }));
  // (b·c)/b = c with |b| ≤ 10^20: the short form has at most log2(10^21) < 70 decimals, so under 150 digits
  prop.prop([shortArb, shortArb, fc.integer({ min: 300, max: 3000 }), modeArb], { numRuns: 300 })(
    'a quotient that terminates, at 300 to 3,000 digits: the exact quotient, in fewer than 150 digits',
    (b, c, p, mode) => {
      fc.pre(b.int !== 0n);
      const a = mul(b, c);
      const q = divideSignificant(a, b, p, mode);
      expect(big(q).eq(big(c)), `${big(a)} / ${big(b)} at ${p}`).toBe(true);
      expect(q.int.toString().replace('-', '').length).toBeLessThan(150);
    },
  );

  prop.prop([shortArb, shortArb, fc.integer({ min: 100, max: 3000 }), modeArb], { numRuns: 100 })(
    'any quotient at 100 to 3,000 digits equals decimal.js div in a context of that precision and mode',
    (a, b, p, mode) => {
      fc.pre(b.int !== 0n);
      const D = context(p, mode);
      const q = new D(big(a)).div(new D(big(b)));
      expect(big(divideSignificant(a, b, p, mode)).eq(q), `${big(a)} / ${big(b)} at ${p} (${mode})`).toBe(true);
    },
  );

  test.each<[RoundingMode, string]>([
    // 1/8 = 0.125 to 2 digits: an exact tie
    ['half-even', '0.12'],
    ['half-up', '0.13'],
    ['half-down', '0.12'],
    ['floor', '0.12'],
    ['ceil', '0.13'],
  ])('1/8 to 2 significant digits under %s is %s (a tie decided exactly)', (mode, expected) => {
    expect(big(divideSignificant({ int: 1n, scale: 0 }, { int: 8n, scale: 0 }, 2, mode)).toFixed()).toBe(expected);
  });

  test('2/3 to 34 digits is 0.666…667 (34 sixes, the last rounded up), as decimal128 rounds it', () => {
    expect(big(divideSignificant({ int: 2n, scale: 0 }, { int: 3n, scale: 0 }, 34, 'half-even')).toFixed()).toBe(
      `0.${'6'.repeat(33)}7`,
    );
  });

  prop.prop([scaledArb, fc.integer({ min: 0, max: 12 }), modeArb])(
    'roundTo equals decimal.js toDecimalPlaces',
    (a, decimals, mode) => {
      expect(big(roundTo(a, decimals, mode)).eq(big(a).toDecimalPlaces(decimals, roundingConstant(mode)))).toBe(true);
    },
  );

  prop.prop([scaledArb, scaledArb, fc.integer({ min: 0, max: 8 }), modeArb])(
    'quotientTo equals the exact quotient rounded to its places (decimal.js at 1,000 digits, exact for these sizes)',
    (n, d, decimals, mode) => {
      fc.pre(d.int > 0n);
      // |n/d| has at most 71 integer digits and, unless exact, differs from a tie by at least 10^-(d's digits + 30)
      const q = big(n).div(big(d)).toDecimalPlaces(decimals, roundingConstant(mode));
      expect(big(quotientTo(n, d, decimals, mode)).eq(q)).toBe(true);
    },
  );
});
