/**
 * The float entry's number reader: the guards of src/internal/guards.ts
 * behind one interface, and the test that tells a series option from a value.
 */
import { describe, expect, test } from 'vitest';
import { FLOAT, isSeries, readSeries } from '../../../src/internal/options/reader.ts';
import { expectCode } from '../../helpers/assert.ts';

describe('FLOAT', () => {
  test('reads numbers as given, with the guards’ codes', () => {
    expect(FLOAT.finite(-0.5, 'x')).toBe(-0.5);
    expectCode(() => FLOAT.nonNegative(-1, 'x'), 'NEGATIVE', 'x');
    expectCode(() => FLOAT.positive(0, 'x'), 'NOT_POSITIVE', 'x');
    expectCode(() => FLOAT.simpleReturn(-1, 'x'), 'RETURN_OUT_OF_DOMAIN', 'x');
    expect(FLOAT.zero).toBe(0);
  });

  test('a series is returned as a validated snapshot (a new Float64Array, each element read once)', () => {
    const s = new Float64Array([1, 2]);
    const snapshot = readSeries(FLOAT, s, 'xs', 1, FLOAT.positive);
    expect(snapshot).not.toBe(s);
    expect(Array.from(snapshot)).toEqual([1, 2]);
    expect(expectCode(() => readSeries(FLOAT, [1, -1], 'xs', 1, FLOAT.positive), 'NOT_POSITIVE', 'xs').index).toBe(1);
  });
});

test('isSeries: arrays and typed arrays, not a DataView, a number or a plain object', () => {
  expect([[], new Float32Array(1), new DataView(new ArrayBuffer(1)), 1, { length: 1 }].map(isSeries)).toEqual([
    true,
    true,
    false,
    false,
    false,
  ]);
});
