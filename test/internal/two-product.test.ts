/**
 * The error-free product (Dekker 1971): `a·b − fl(a·b)` exactly, against
 * products whose exact value is known in binary.
 */
import { describe, expect, test } from 'vitest';
import { productError } from '../../src/internal/two-product.ts';

describe('productError', () => {
  test('(1 + 2⁻³⁰)² = 1 + 2⁻²⁹ + 2⁻⁶⁰: the product rounds off 2⁻⁶⁰, which is the error', () => {
    const a = 1 + 2 ** -30;
    const p = a * a;
    expect(p).toBe(1 + 2 ** -29);
    expect(productError(a, a, p)).toBe(2 ** -60);
  });

  test('an exact product has no error', () => {
    expect(productError(3, 0.25, 0.75)).toBe(0);
  });

  test('0.1 × 3: the error is the exact product minus the double 0.30000000000000004', () => {
    // 0.1 = 3602879701896397·2⁻⁵⁵, so 0.1·3 = 10808639105689191·2⁻⁵⁵; the double is 5404319552844596·2⁻⁵⁴
    expect(productError(0.1, 3, 0.1 * 3)).toBe(-(2 ** -55));
  });
});
