/**
 * The one-period growth factor with costs (docs/concepts.md §3) and the
 * calendar-day count, against the formula written out in the test.
 */
import { describe, expect, test } from 'vitest';
import { calendarDays, carry, growthFactor } from '../../src/internal/accrual.ts';
import { expectClose } from '../helpers/assert.ts';

describe('carry: L·q·τ365 + (1 − L)·rf·τ360 − |L|·s·τ360 − f·τ365', () => {
  test('a 3x fund, 3 calendar days: each term of docs/concepts.md §3', () => {
    const [L, rf, s, q, f] = [3, 0.05, 0.004, 0.01, 0.0095];
    const t360 = 3 / 360;
    const t365 = 3 / 365;
    expectClose(
      carry(L, rf, s, q, f, t360, t365),
      3 * 0.01 * t365 - 2 * 0.05 * t360 - 3 * 0.004 * t360 - 0.0095 * t365,
      1e-15,
    );
  });

  test('a −1x fund earns financing on 2 units and pays the spread on |L| = 1', () => {
    expectClose(carry(-1, 0.05, 0.01, 0, 0, 1, 1), 2 * 0.05 - 0.01, 1e-15);
  });

  test('no costs: zero carry', () => {
    expect(carry(2, 0, 0, 0, 0, 1 / 252, 1 / 252)).toBe(0);
  });
});

describe('growthFactor: 1 + (L·r + carry)', () => {
  test('a 2x fund, +1 %, carry −0.0001', () => {
    expectClose(growthFactor(0.01, 2, -0.0001), 1.0199, 1e-15);
  });

  test('a −3x fund wiped out by +1/3 is exactly 0 or less', () => {
    expect(growthFactor(1 / 3, -3, 0)).toBeLessThanOrEqual(0);
  });
});

describe('calendarDays: whole UTC calendar days between two instants', () => {
  test('Friday → Monday is 3 days (2024-03-08 → 2024-03-11)', () => {
    expect(calendarDays(Date.parse('2024-03-08'), Date.parse('2024-03-11'))).toBe(3);
  });

  test('the time of day does not count: 23:59 → 00:01 the next day is 1 day', () => {
    expect(calendarDays(Date.parse('2024-03-08T23:59:00Z'), Date.parse('2024-03-09T00:01:00Z'))).toBe(1);
  });

  test('a leap day is counted: 2024-02-28 → 2024-03-01 is 2 days', () => {
    expect(calendarDays(Date.parse('2024-02-28'), Date.parse('2024-03-01'))).toBe(2);
  });
});
