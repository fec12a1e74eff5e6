/**
 * src/sizing/kelly.ts: Kelly leverage L* = (μ − rf)/σ², the growth rate
 * g(L) = rf + L(μ − rf) − L²σ²/2 − f, fractional Kelly k·L* and the growth
 * shortfall g(L*) − g(L) (docs/concepts.md §2 and §6.3).
 */
import { fc, it } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import * as drag from '../../src/drag/index.ts';
import { fractionalKelly, growthRate, growthShortfall, kellyLeverage } from '../../src/sizing/index.ts';
import { expectClose, expectCode } from '../helpers/assert.ts';

describe('docs/concepts.md §6.3 worked number', () => {
  test('Kelly: μ = 10 %, rf = 3 %, σ = 16 % → L* = 2.734375 (= 0.07/0.0256)', () => {
    expectClose(kellyLeverage({ drift: 0.1, volatility: 0.16, rate: 0.03 }), 2.734375, 2e-16);
  });

  test('fractional Kelly is k·L*: half-Kelly of the §6.3 example is 1.3671875', () => {
    expectClose(fractionalKelly({ fraction: 0.5, drift: 0.1, volatility: 0.16, rate: 0.03 }), 1.3671875, 2e-16);
    expect(fractionalKelly({ fraction: 0, drift: 0.1, volatility: 0.16 })).toBe(0);
  });
});

describe('growth rate and Kelly (moved from test/drag)', () => {
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
    expectClose(
      growthRate({ leverage: 0, drift: 0.09, volatility: 0.18, rate: 0.02, expenseRatio: 0.01 }),
      0.01,
      1e-15,
    );
    expectClose(growthRate({ leverage: 1, drift: 0.09, volatility: 0.18 }), 0.09 - 0.0324 / 2, 1e-15);
  });

  test('an index with no excess drift: Kelly holds nothing', () => {
    expect(kellyLeverage({ drift: 0.03, volatility: 0.2, rate: 0.03 })).toBe(0);
  });

  test('./drag still re-exports the same functions through 0.x', () => {
    expect(drag.kellyLeverage).toBe(kellyLeverage);
    expect(drag.growthRate).toBe(growthRate);
  });
});

describe('growthShortfall: g(L*) − g(L)', () => {
  test('3x where Kelly is 1.5 (μ = 8 %, rf = 2 %, σ = 20 %): g(1.5) − g(3) = 0.065 − 0.02 = 0.045', () => {
    // g(1.5) = 0.02 + 0.09 − 0.045 = 0.065; g(3) = 0.02 + 0.18 − 0.18 = 0.02
    expectClose(growthShortfall({ leverage: 3, drift: 0.08, volatility: 0.2, rate: 0.02 }), 0.045, 1e-14);
  });

  test('twice Kelly grows like cash: the shortfall of 2L* is the whole Kelly excess g(L*) − rf', () => {
    const p = { drift: 0.1, volatility: 0.16, rate: 0.03 };
    const k = kellyLeverage(p);
    expectClose(growthShortfall({ ...p, leverage: 2 * k }), growthRate({ ...p, leverage: k }) - 0.03, 1e-14);
    expect(growthShortfall({ ...p, leverage: k })).toBeLessThan(1e-17);
  });

  test('the expense ratio cancels', () => {
    const p = { leverage: -1, drift: 0.07, volatility: 0.2, rate: 0.04 };
    expect(growthShortfall({ ...p, expenseRatio: 0.0095 })).toBe(growthShortfall(p));
  });

  const model = fc.record({
    leverage: fc.double({ min: -5, max: 5, noNaN: true }),
    drift: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
    volatility: fc.double({ min: 0.01, max: 1, noNaN: true }),
    rate: fc.double({ min: -0.02, max: 0.1, noNaN: true }),
  });

  it.prop([model])('equals growthRate(L*) − growthRate(L) and is ≥ 0 (docs/concepts.md §6.3)', (p) => {
    const s = growthShortfall(p);
    const kelly = kellyLeverage({ drift: p.drift, volatility: p.volatility, rate: p.rate });
    const diff = growthRate({ ...p, leverage: kelly }) - growthRate(p);
    expect(s).toBeGreaterThanOrEqual(0);
    const scale = Math.abs(growthRate({ ...p, leverage: kelly })) + Math.abs(growthRate(p)) + 1e-300;
    expect(Math.abs(s - diff)).toBeLessThanOrEqual(1e-13 * scale);
  });

  it.prop([model, fc.double({ min: 0, max: 2, noNaN: true })])(
    'fractional Kelly k·L* loses (1 − k)²·(μ − rf)²/(2σ²)',
    (p, k) => {
      const L = fractionalKelly({ fraction: k, drift: p.drift, volatility: p.volatility, rate: p.rate });
      const expected = ((1 - k) ** 2 * (p.drift - p.rate) ** 2) / (2 * p.volatility ** 2);
      const s = growthShortfall({ ...p, leverage: L });
      expect(Math.abs(s - expected)).toBeLessThanOrEqual(1e-12 * (expected + 1e-300) + 1e-300);
    },
  );
});

describe('bad input', () => {
  test.each([
    ['kellyLeverage(σ = 0)', () => kellyLeverage({ drift: 0.1, volatility: 0 }), 'NOT_POSITIVE', 'options.volatility'],
    [
      'growthRate(rate NaN)',
      () => growthRate({ leverage: 2, drift: 0.1, volatility: 0.2, rate: Number.NaN }),
      'NON_FINITE',
      'options.rate',
    ],
    [
      'growthRate(σ < 0)',
      () => growthRate({ leverage: 2, drift: 0.1, volatility: -0.2 }),
      'NEGATIVE',
      'options.volatility',
    ],
    [
      'kellyLeverage(voltility)',
      () => kellyLeverage({ drift: 0.1, voltility: 0.2 } as never),
      'UNKNOWN_OPTION',
      'options.voltility',
    ],
    [
      'fractionalKelly(fraction < 0)',
      () => fractionalKelly({ fraction: -0.5, drift: 0.1, volatility: 0.2 }),
      'NEGATIVE',
      'options.fraction',
    ],
    [
      'fractionalKelly(σ = 0)',
      () => fractionalKelly({ fraction: 0.5, drift: 0.1, volatility: 0 }),
      'NOT_POSITIVE',
      'options.volatility',
    ],
    ['fractionalKelly(null)', () => fractionalKelly(null as never), 'INVALID_TYPE', 'options'],
    [
      'fractionalKelly(fraction "½")',
      () => fractionalKelly({ fraction: '0.5', drift: 0.1, volatility: 0.2 } as never),
      'INVALID_TYPE',
      'options.fraction',
    ],
    [
      'fractionalKelly(overflow)',
      () => fractionalKelly({ fraction: 1e300, drift: 1e10, volatility: 1e-10 }),
      'NON_FINITE',
      'options.fraction',
    ],
    [
      'growthShortfall(σ < 0)',
      () => growthShortfall({ leverage: 2, drift: 0.1, volatility: -0.2 }),
      'NOT_POSITIVE',
      'options.volatility',
    ],
    [
      'growthShortfall(expenseRatio NaN)',
      () => growthShortfall({ leverage: 2, drift: 0.1, volatility: 0.2, expenseRatio: Number.NaN }),
      'NON_FINITE',
      'options.expenseRatio',
    ],
    [
      'growthShortfall(levrage)',
      () => growthShortfall({ levrage: 2, drift: 0.1, volatility: 0.2 } as never),
      'UNKNOWN_OPTION',
      'options.levrage',
    ],
  ] as const)('%s', (_name, fn, code, argument) => {
    expectCode(fn, code, argument);
  });

  test('UNKNOWN_OPTION names the option that was probably meant', () => {
    expect(
      expectCode(() => kellyLeverage({ drift: 0.1, voltility: 0.2 } as never), 'UNKNOWN_OPTION').message,
    ).toContain("did you mean 'volatility'?");
  });
});

describe('an overflow names the input that overflowed, with its value (CONTRIBUTING; issue 13)', () => {
  test('fractionalKelly: a tiny volatility (k·μ/σ² = 0.04e400)', () => {
    expect(() => fractionalKelly({ fraction: 0.5, drift: 0.08, volatility: 1e-200 })).toThrow(
      'options.volatility makes fraction × (drift − rate) / volatility² overflow a double, got 1e-200 [NON_FINITE]',
    );
  });

  test('growthShortfall: a huge leverage (σ²L²/2 = 2e398) or a tiny volatility ((μ/σ)²/2 = 3.2e397)', () => {
    expect(() => growthShortfall({ leverage: 1e200, drift: 0.08, volatility: 0.2 })).toThrow(
      'options.leverage makes the growth shortfall overflow a double, got 1e+200 [NON_FINITE]',
    );
    expect(() => growthShortfall({ leverage: 1, drift: 0.08, volatility: 1e-200 })).toThrow(
      'options.volatility makes the growth shortfall overflow a double, got 1e-200 [NON_FINITE]',
    );
  });
});
