/**
 * The decimal entry's number reader: the option layer reads `Decimal`s
 * exactly through it, with the codes of the float entry.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { decimalReader } from '../../src/decimal/reader.ts';
import { FLOAT, readSeries } from '../../src/internal/options/reader.ts';
import { expectCode } from '../helpers/assert.ts';

const R = decimalReader(Decimal.clone({ precision: 34 }));

describe('decimalReader', () => {
  test("'0.1' is one tenth, exactly", () => {
    expect(R.finite('0.1', 'x').times(3).toString()).toBe('0.3');
    expect(R.zero.isZero()).toBe(true);
  });

  test('the same codes as the float reader for the same bad values', () => {
    for (const [read, fread, value] of [
      [R.nonNegative, FLOAT.nonNegative, -1],
      [R.positive, FLOAT.positive, 0],
      [R.simpleReturn, FLOAT.simpleReturn, -1],
      [R.finite, FLOAT.finite, Number.NaN],
    ] as const) {
      let code = '';
      try {
        fread(value, 'x');
      } catch (e) {
        code = (e as { code: string }).code;
      }
      expect(code).not.toBe('');
      expectCode(() => read(value, 'x'), code as never, 'x');
    }
  });

  test('a series is read element by element into Decimals, the bad one named by index', () => {
    expect(Array.from(readSeries(R, ['1', 2], 'xs', 1, R.positive), String)).toEqual(['1', '2']);
    expect(expectCode(() => readSeries(R, ['1', '-2'], 'xs', 1, R.positive), 'NOT_POSITIVE', 'xs').index).toBe(1);
  });
});
