/**
 * Exact rounding of a quotient to a whole number and of a value to decimal
 * places, under each named mode, on exact ties.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { roundQuotient, roundToDecimals } from '../../src/decimal/round.ts';

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

describe('roundToDecimals', () => {
  test('24.75025 to 4 places: half-even 24.7502, half-up 24.7503', () => {
    expect(roundToDecimals(d('24.75025'), 4, 'half-even').toString()).toBe('24.7502');
    expect(roundToDecimals(d('24.75025'), 4, 'half-up').toString()).toBe('24.7503');
  });
});
