/**
 * Exact rounding of a quotient to a whole number and of a value to decimal
 * places, under each named mode, on exact ties.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { fc, test as prop } from '@fast-check/vitest';
import { roundingConstant, ROUNDING_MODES } from '../../src/decimal/context.ts';
import { roundQuotient, roundQuotientTo, roundToDecimals } from '../../src/decimal/round.ts';
import { toScaled } from '../../src/decimal/scaled.ts';

const d = (x: string): Decimal => new Decimal(x);

describe('roundQuotient', () => {
  test.each([
    ['half-even', '2', '-2'],
    ['half-up', '3', '-3'],
    ['half-down', '2', '-2'],
    ['toward-zero', '2', '-2'],
    ['away-from-zero', '3', '-3'],
    ['floor', '2', '-3'],
    ['ceil', '3', '-2'],
  ] as const)('7.5/3 = 2.5 under %s: %s; −2.5: %s', (mode, up, down) => {
    expect(roundQuotient(d('7.5'), d('3'), mode).toString()).toBe(up);
    expect(roundQuotient(d('-7.5'), d('3'), mode).toString()).toBe(down);
  });

  test('k + ½ − 10⁻⁴⁰ is not a tie: it rounds down under half-up', () => {
    const n = d('2.4999999999999999999999999999999999999999'); // 2.5 − 10⁻⁴⁰, written out
    expect(roundQuotient(n, d('1'), 'half-up').toString()).toBe('2');
  });

  test('zero is zero', () => {
    expect(roundQuotient(d('0'), d('3'), 'ceil').toString()).toBe('0');
  });
});

describe('roundQuotientTo', () => {
  test('assets 990,010 over 40,000 shares to 4 places: 24.75025 is a tie, half-even 24.7502, half-up 24.7503', () => {
    // docs/concepts.md §7's strike (the simulateFund example): 990,010 / 40,000 = 24.75025 exactly
    const p = toScaled(d('40000'));
    expect(roundQuotientTo(d('990010'), p, 4, 'half-even').toString()).toBe('24.7502');
    expect(roundQuotientTo(d('990010'), p, 4, 'half-up').toString()).toBe('24.7503');
  });

  // n = a × 10^−i, p = b × 10^−j: the quotient to k places, against decimal.js at 40 digits (the quotient has at
  // most 22 significant digits before the k-th place and a non-tie lies ≥ 1/(2b) from a tie: 40 digits decide it)
  prop.prop([
    fc.constantFrom(...ROUNDING_MODES),
    fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
    fc.integer({ min: 0, max: 4 }),
    fc.bigInt({ min: 1n, max: 10n ** 6n }),
    fc.integer({ min: 0, max: 4 }),
    fc.integer({ min: 0, max: 4 }),
  ])('equals decimal.js at 40 digits', (mode, a, i, b, j, k) => {
    const D40 = Decimal.clone({ precision: 40 });
    const n = new D40(`${a}e-${i}`);
    const p = new D40(`${b}e-${j}`);
    const expected = n.div(p).toDecimalPlaces(k, roundingConstant(mode));
    const got = roundQuotientTo(n, toScaled(p), k, mode);
    expect(got.eq(expected) && !(got.isZero() && got.isNegative())).toBe(true);
  });
});

describe('roundToDecimals', () => {
  test('24.75025 to 4 places: half-even 24.7502, half-up 24.7503', () => {
    expect(roundToDecimals(d('24.75025'), 4, 'half-even').toString()).toBe('24.7502');
    expect(roundToDecimals(d('24.75025'), 4, 'half-up').toString()).toBe('24.7503');
  });
});
