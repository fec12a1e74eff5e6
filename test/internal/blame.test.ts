/**
 * src/internal/blame.ts: which input an overflow names — the one with the
 * largest `power·log|value|` — and the one-test finiteness check of amounts.
 */
import { describe, expect, test } from 'vitest';
import { allFinite, culprit, finiteOr, overflow } from '../../src/internal/blame.ts';
import { expectCode } from '../helpers/assert.ts';

describe('allFinite', () => {
  test('true when every amount is finite; false for one ±Infinity or NaN among them', () => {
    expect(allFinite(1, 2, 3, -4, 0, 5e307)).toBe(true);
    expect(allFinite(1, Number.POSITIVE_INFINITY)).toBe(false);
    expect(allFinite(1, 2, 3, 4, 5, Number.NEGATIVE_INFINITY)).toBe(false);
    expect(allFinite(Number.NaN)).toBe(false);
  });
});

describe('culprit', () => {
  test('a drift of 1e308 over a volatility of 0.5 (power −2) blames the drift; a volatility of 1e-200 blames the volatility', () => {
    // log(1e308) ≈ 709.2 vs −2·log(0.5) ≈ 1.39
    expect(
      culprit([
        ['drift', 1e308],
        ['volatility', 0.5, -2],
      ])[0],
    ).toBe('drift');
    // log(0.1) < 0 vs −2·log(1e-200) ≈ 921
    expect(
      culprit([
        ['drift', 0.1],
        ['volatility', 1e-200, -2],
      ])[0],
    ).toBe('volatility');
  });

  test('a square weighs twice: L = 1e200 (power 2, ≈ 921) over an AUM of 1e300 (≈ 691)', () => {
    expect(
      culprit([
        ['options.aum', 1e300],
        ['options.leverage', 1e200, 2],
      ])[0],
    ).toBe('options.leverage');
  });

  test('the first input wins a tie', () => {
    expect(
      culprit([
        ['a', 10],
        ['b', -10],
      ])[0],
    ).toBe('a');
  });
});

describe('overflow and finiteOr', () => {
  test('NON_FINITE naming the culprit, its value and its index', () => {
    const e = expectCode(
      () =>
        overflow('the trade', [
          ['x', 2],
          ['y', 1e300, 1, 3],
        ]),
      'NON_FINITE',
      'y',
    );
    expect(e.message).toBe('y[3] makes the trade overflow a double, got 1e+300 [NON_FINITE]');
  });

  test('finiteOr returns a finite value unchanged and throws for an infinite one', () => {
    expect(finiteOr(1.5, 'x', [['a', 1]])).toBe(1.5);
    expectCode(() => finiteOr(Number.POSITIVE_INFINITY, 'x', [['a', 1e300]]), 'NON_FINITE', 'a');
  });
});
