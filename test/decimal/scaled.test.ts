/**
 * Exact integer arithmetic on decimals (src/decimal/scaled.ts): a decimal as
 * a scaled bigint and back, and the rounded integer division the ledger's
 * roundings decide on — checked against decimal.js at 40 significant digits
 * under every mode, on exact ties and their neighbours.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { fc, test as prop } from '@fast-check/vitest';
import { roundingConstant, ROUNDING_MODES, type RoundingMode } from '../../src/decimal/context.ts';
import { fromScaled, pow10, roundDivide, toScaled } from '../../src/decimal/scaled.ts';

/** decimal.js at 40 significant digits: the oracle. */
const D40 = Decimal.clone({ precision: 40 });

/**
 * `n / d` rounded to a whole number by decimal.js at 40 digits. Exact here: the
 * quotient has at most 21 integer digits, and a fraction `j/d` (`d ≤ 10¹²`)
 * that is not a tie lies at least `1/(2d)` from ½ and from 0 and 1, far above
 * the 40-digit quotient's error (below 10⁻¹⁸).
 */
const oracle = (n: bigint, d: bigint, mode: RoundingMode): string =>
  new D40(n.toString()).div(d.toString()).toDecimalPlaces(0, roundingConstant(mode)).toFixed();

const big = (x: bigint): string => (x === 0n ? '0' : x.toString()); // −0 does not exist for bigint

describe('roundDivide', () => {
  test.each<[RoundingMode, string, string]>([
    // 5/2 = 2.5 and −5/2 = −2.5: the named modes on an exact tie (src/decimal/context.ts)
    ['half-even', '2', '-2'],
    ['half-up', '3', '-3'],
    ['half-down', '2', '-2'],
    ['half-ceil', '3', '-2'],
    ['half-floor', '2', '-3'],
    ['toward-zero', '2', '-2'],
    ['away-from-zero', '3', '-3'],
    ['floor', '2', '-3'],
    ['ceil', '3', '-2'],
  ])('±5/2 = ±2.5 under %s: %s and %s', (mode, up, down) => {
    expect(big(roundDivide(5n, 2n, mode))).toBe(up);
    expect(big(roundDivide(-5n, 2n, mode))).toBe(down);
  });

  test('an exact quotient is not moved by any mode; 0 is 0', () => {
    for (const mode of ROUNDING_MODES) {
      expect(big(roundDivide(-36n, 12n, mode))).toBe('-3');
      expect(big(roundDivide(0n, 7n, mode))).toBe('0');
    }
  });

  prop.prop([
    fc.constantFrom(...ROUNDING_MODES),
    fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
    fc.bigInt({ min: 1n, max: 10n ** 12n }),
  ])('equals decimal.js at 40 digits on any quotient', (mode, n, d) => {
    expect(big(roundDivide(n, d, mode))).toBe(oracle(n, d, mode));
  });

  prop.prop([
    fc.constantFrom(...ROUNDING_MODES),
    fc.bigInt({ min: -(10n ** 8n), max: 10n ** 8n }),
    fc.bigInt({ min: 1n, max: 5n * 10n ** 11n }),
    fc.constantFrom(-1n, 0n, 0n, 1n),
  ])('equals decimal.js at 40 digits on exact ties (k + ½)·d and their neighbours ±1', (mode, k, half, delta) => {
    const d = 2n * half; // even: (k + ½)·d = k·d + half is an integer
    const n = k * d + (k < 0n ? -half : half) + delta;
    expect(big(roundDivide(n, d, mode))).toBe(oracle(n, d, mode));
  });
});

describe('toScaled and fromScaled', () => {
  test('12.340 is 1234 × 10⁻²; −7e3 is −7000 × 10⁰; 0.000123 is 123 × 10⁻⁶', () => {
    expect(toScaled(new Decimal('12.340'))).toEqual({ int: 1234n, scale: 2 });
    expect(toScaled(new Decimal('-7e3'))).toEqual({ int: -7000n, scale: 0 });
    expect(toScaled(new Decimal('0.000123'))).toEqual({ int: 123n, scale: 6 });
    expect(pow10(3)).toBe(1000n);
  });

  test('fromScaled gives a Decimal of the constructor asked, never −0', () => {
    const X = Decimal.clone({ precision: 5 });
    const x = fromScaled(X, -123456789n, 4);
    expect(x).toBeInstanceOf(X);
    expect(x.toFixed()).toBe('-12345.6789'); // every digit, whatever the precision
    const z = fromScaled(X, 0n, 3);
    expect(z.isZero() && !z.isNegative()).toBe(true);
  });

  // up to 15 digits (prices, flows, rates) toScaled reads decimal.js's words on a double: every length, exponent
  // (from 10^−30 to 10^20) and zero digit inside and at the end, against the plain notation read by the test
  prop.prop(
    [
      fc.array(fc.constantFrom('0', '0', '0', '1', '5', '9'), { minLength: 0, maxLength: 14 }),
      fc.integer({ min: 1, max: 9 }),
      fc.integer({ min: -30, max: 20 }),
      fc.boolean(),
    ],
    { numRuns: 3000 },
  )('of at most 15 digits: the integer and the fewest decimals of its plain notation', (rest, lead, exp, negative) => {
    const x = new D40(`${negative ? '-' : ''}${lead}${rest.join('')}e${exp}`);
    const plain = x.toFixed();
    const point = plain.indexOf('.');
    const expected =
      point < 0
        ? { int: BigInt(plain), scale: 0 }
        : { int: BigInt(plain.replace('.', '')), scale: plain.length - point - 1 };
    expect(toScaled(x)).toEqual(expected);
  });

  test('0 and −0 are 0 × 10⁰', () => {
    expect(toScaled(new Decimal(0))).toEqual({ int: 0n, scale: 0 });
    expect(toScaled(new Decimal('-0'))).toEqual({ int: 0n, scale: 0 });
  });

  prop.prop([fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: 0, max: 30 })])(
    'a decimal int × 10^−scale survives the round trip digit for digit',
    (int, scale) => {
      const x = new D40(`${int}e-${scale}`);
      const s = toScaled(x);
      expect(fromScaled(D40, s.int, s.scale).eq(x)).toBe(true);
      // the fewest decimals: the integer is not a multiple of 10 unless there are none
      if (s.scale > 0) expect(s.int % 10n).not.toBe(0n);
    },
  );
});
