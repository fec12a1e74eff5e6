import { describe, expect, test } from 'vitest';
import { compoundingDecay, dragCoefficient } from '../../src/drag/index.ts';
import { dragHorizon, expectedDrag } from '../../src/volatility/index.ts';
import { expectClose, expectCode } from '../helpers/assert.ts';

describe('expectedDrag: −c(L)·Σσ² (docs/concepts.md §6.1)', () => {
  test('closed forms from variances and from an annual volatility', () => {
    expectClose(expectedDrag({ leverage: 3, variances: [1e-4, 2e-4, 3e-4] }), -3 * 6e-4, 1e-14);
    expectClose(expectedDrag({ leverage: -3, volatility: 0.2, periods: 21 }), (-6 * 0.04 * 21) / 252, 1e-14);
    expectClose(expectedDrag({ leverage: 2, volatility: 0.3, periods: 12, periodsPerYear: 12 }), -0.09, 1e-14);
  });

  test('c(L) = c(1 − L): −1x and 2x, −3x and 4x expect the same drag; ≤ 0 outside [0, 1], ≥ 0 inside, 0 at 0 and 1', () => {
    const v = [2e-4, 1e-4];
    expect(expectedDrag({ leverage: -1, variances: v })).toBe(expectedDrag({ leverage: 2, variances: v }));
    expect(expectedDrag({ leverage: -3, variances: v })).toBe(expectedDrag({ leverage: 4, variances: v }));
    for (const L of [-3, -1, 1.5, 3]) expect(expectedDrag({ leverage: L, variances: v })).toBeLessThan(0);
    expect(expectedDrag({ leverage: 0.5, variances: v })).toBeGreaterThan(0);
    expect(Object.is(expectedDrag({ leverage: 1, variances: v }), 0)).toBe(true);
    expect(Object.is(expectedDrag({ leverage: 0, variances: v }), 0)).toBe(true);
  });

  test('it is the second-order drag of a path: a ±r path of log returns loses c(L)·Σr² to O(r³) (compoundingDecay)', () => {
    // log returns ±ρ: the simple returns e^{±ρ} − 1; ln(1 + L·r) − L·ln(1 + r) = −c(L)·r² + O(r³) per period
    const rho = 0.002;
    const path = Array.from({ length: 100 }, (_, i) => Math.expm1(i % 2 === 0 ? rho : -rho));
    for (const L of [-3, 3]) {
      const d = Math.log1p(compoundingDecay(path, L).decay);
      const e = expectedDrag({ leverage: L, variances: new Float64Array(100).fill(rho * rho) });
      expectClose(d, e, 10 * rho * Math.abs(L));
      expectClose(e, -dragCoefficient(L) * 100 * rho * rho, 1e-14);
    }
  });

  test('bad input', () => {
    expectCode(() => expectedDrag({ leverage: 3 }), 'INVALID_OPTION', 'options.variances');
    expectCode(
      () => expectedDrag({ leverage: 3, variances: [1e-4], volatility: 0.2 }),
      'INVALID_OPTION',
      'options.variances',
    );
    expectCode(() => expectedDrag({ leverage: 3, variances: [] }), 'EMPTY_SERIES', 'options.variances');
    expectCode(() => expectedDrag({ leverage: 3, variances: [1e-4, -1e-4] }), 'NEGATIVE', 'options.variances');
    expectCode(() => expectedDrag({ leverage: 3, volatility: -0.2, periods: 1 }), 'NEGATIVE', 'options.volatility');
    expectCode(() => expectedDrag({ leverage: 3, volatility: 0.2 }), 'INVALID_TYPE', 'options.periods');
    expectCode(
      () => expectedDrag({ leverage: Number.NaN, volatility: 0.2, periods: 1 }),
      'NON_FINITE',
      'options.leverage',
    );
    expectCode(
      () => expectedDrag({ leverage: 3, volatility: 0.2, periods: 1, horizon: 3 } as never),
      'UNKNOWN_OPTION',
      'options.horizon',
    );
    expectCode(() => expectedDrag({ leverage: 1e200, variances: [1e300] }), 'NON_FINITE', 'options.leverage');
  });
});

describe('dragHorizon: the smallest H with c(L)·Σσ² ≥ D', () => {
  test('constant variance: ⌈D/(c·σ²)⌉; the first period that reaches it exactly counts', () => {
    const v = new Float64Array(100).fill(1e-4);
    // −3x: c = 6, 6e-4 a period; 1 % after ⌈16.67⌉ = 17 periods
    expect(dragHorizon({ leverage: -3, variances: v, threshold: 0.01 })).toBe(17);
    // 2x: c = 1; 0.5 % after 50 periods (1e-4 is not exact in binary: the sum reaches 0.005 at 50 or 51)
    const h = dragHorizon({ leverage: 2, variances: v, threshold: 0.005 }) as number;
    expect(h === 50 || h === 51).toBe(true);
    expect(dragHorizon({ leverage: 2, variances: [0.25, 0.25], threshold: 0.5 })).toBe(2);
  });

  test('null when the horizon ends first, or when L ∈ [0, 1] has no drag', () => {
    expect(dragHorizon({ leverage: 3, variances: [1e-4], threshold: 0.01 })).toBeNull();
    expect(dragHorizon({ leverage: 0.5, variances: [1], threshold: 0.01 })).toBeNull();
    expect(dragHorizon({ leverage: 1, variances: [1], threshold: 0.01 })).toBeNull();
  });

  test('bad input', () => {
    expectCode(
      () => dragHorizon({ leverage: 3, variances: [1e-4], threshold: 0 }),
      'NOT_POSITIVE',
      'options.threshold',
    );
    expectCode(
      () => dragHorizon({ leverage: 3, variances: [-1e-4], threshold: 0.01 }),
      'NEGATIVE',
      'options.variances',
    );
    expectCode(
      () => dragHorizon({ leverage: 3, variances: [1e-4], threshold: 0.01, thresold: 1 } as never),
      'UNKNOWN_OPTION',
      'options.thresold',
    );
  });
});

describe('expectedDrag: an overflow names the input that overflowed, with its value (CONTRIBUTING; issue 13)', () => {
  test('the largest variance, by its index; the volatility', () => {
    // c(3) = 3: 3·(1 + 1e308) and 3·(1e200)²·1/252 are beyond the largest double
    expect(() => expectedDrag({ leverage: 3, variances: [1, 1e308] })).toThrow(
      'options.variances[1] makes the expected drag overflow a double, got 1e+308 [NON_FINITE]',
    );
    expect(() => expectedDrag({ leverage: 3, volatility: 1e200, periods: 1 })).toThrow(
      'options.volatility makes the expected drag overflow a double, got 1e+200 [NON_FINITE]',
    );
  });
});
