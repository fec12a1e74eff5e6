/**
 * kellyLeverage and growthRate: the growth-optimal multiple `L* = (μ − r)/σ²`
 * and the continuous growth rate `g(L) = r + L·(μ − r) − L²σ²/2 − f`
 * (docs/concepts.md §2), checked against those closed forms.
 */
import { describe, expect, test } from 'vitest';
import { growthRate, kellyLeverage } from '../../src/sizing/index.ts';
import { expectClose, expectCode } from '../helpers/assert.ts';

describe('kellyLeverage and growthRate: the closed forms of docs/concepts.md §2', () => {
  test('growthRate is maximised at kellyLeverage', () => {
    const p = { drift: 0.09, volatility: 0.18, rate: 0.02 };
    const k = kellyLeverage(p);
    expectClose(k, 0.07 / 0.0324, 1e-15);
    const g = (L: number): number => growthRate({ ...p, leverage: L });
    expect(g(k)).toBeGreaterThan(g(k + 0.01));
    expect(g(k)).toBeGreaterThan(g(k - 0.01));
    expectClose(g(k), 0.02 + 0.07 ** 2 / (2 * 0.0324), 1e-14);
  });

  test('growthRate at L = 0 is the rate less expenses; at L = 1 the index drift less σ²/2', () => {
    expectClose(growthRate({ leverage: 0, drift: 0.09, volatility: 0.18, rate: 0.02, expenseRatio: 0.01 }), 0.01, 1e-15);
    expectClose(growthRate({ leverage: 1, drift: 0.09, volatility: 0.18 }), 0.09 - 0.0324 / 2, 1e-15);
  });

  test('an index with no excess drift: Kelly holds nothing', () => {
    expect(kellyLeverage({ drift: 0.03, volatility: 0.2, rate: 0.03 })).toBe(0);
  });

  test('bad input names the option', () => {
    expectCode(() => kellyLeverage({ drift: 0.1, volatility: 0 }), 'NOT_POSITIVE', 'options.volatility');
    expectCode(() => growthRate({ leverage: 2, drift: 0.1, volatility: 0.2, rate: Number.NaN }), 'NON_FINITE', 'options.rate');
  });
});
