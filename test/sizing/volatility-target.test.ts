/** src/sizing/volatility-target.ts: exposure min(cap, σ_target/σ_forecast) (docs/concepts.md §6.3). */
import { fc, it } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { volatilityTarget } from '../../src/sizing/index.ts';
import { expectClose, expectCode, snapshot } from '../helpers/assert.ts';

describe('volatilityTarget', () => {
  test('docs/concepts.md §6.3: σ_target/σ_forecast below the cap, the cap above it', () => {
    expect(volatilityTarget({ target: 0.15, forecast: 0.3 })).toBe(0.5);
    expect(volatilityTarget({ target: 0.15, forecast: 0.1 })).toBe(1);
    expectClose(volatilityTarget({ target: 0.15, forecast: 0.1, cap: 2 }), 1.5, 2e-16);
    expect(volatilityTarget({ target: 0, forecast: 0.1 })).toBe(0);
  });

  test('a series of forecasts gives a Float64Array element by element, and the input is untouched', () => {
    const forecast = [0.1, 0.2, 0.4];
    const before = snapshot(forecast);
    const out = volatilityTarget({ target: 0.2, forecast, cap: 1.5 });
    expect(out).toBeInstanceOf(Float64Array);
    expect(Array.from(out)).toEqual([1.5, 1, 0.5]);
    expect(forecast).toEqual(before);
    expect(Array.from(volatilityTarget({ target: 0.2, forecast: new Float64Array([0.25]) }))).toEqual([0.8]);
  });

  it.prop([
    fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 2, noNaN: true })),
    fc.double({ min: 1e-4, max: 5, noNaN: true }),
    fc.double({ min: 1e-3, max: 5, noNaN: true }),
  ])('0 ≤ exposure ≤ cap, and exposure·σ_forecast = σ_target below the cap', (target, forecast, cap) => {
    const e = volatilityTarget({ target, forecast, cap });
    expect(e).toBeGreaterThanOrEqual(0);
    expect(e).toBeLessThanOrEqual(cap);
    if (e < cap) expect(Math.abs(e * forecast - target)).toBeLessThanOrEqual(4e-16 * target);
  });

  test.each([
    ['forecast 0', () => volatilityTarget({ target: 0.1, forecast: 0 }), 'NOT_POSITIVE', 'options.forecast'],
    [
      'forecast series with a 0',
      () => volatilityTarget({ target: 0.1, forecast: [0.2, 0] }),
      'NOT_POSITIVE',
      'options.forecast',
    ],
    ['empty series', () => volatilityTarget({ target: 0.1, forecast: [] }), 'EMPTY_SERIES', 'options.forecast'],
    ['target < 0', () => volatilityTarget({ target: -0.1, forecast: 0.2 }), 'NEGATIVE', 'options.target'],
    ['cap 0', () => volatilityTarget({ target: 0.1, forecast: 0.2, cap: 0 }), 'NOT_POSITIVE', 'options.cap'],
    [
      'forecast a string',
      () => volatilityTarget({ target: 0.1, forecast: '0.2' } as never),
      'INVALID_TYPE',
      'options.forecast',
    ],
    [
      'unknown option',
      () => volatilityTarget({ target: 0.1, forecast: 0.2, caps: 2 } as never),
      'UNKNOWN_OPTION',
      'options.caps',
    ],
  ] as const)('bad input: %s', (_name, fn, code, argument) => {
    const e = expectCode(fn, code, argument);
    if (_name === 'forecast series with a 0') expect(e.index).toBe(1);
  });
});
