/**
 * The InverseMathError contract (src/errors.ts): fields, the message format
 * `<argument>[<index>] <what it must be>, got <value> [<CODE>]`, a value
 * description that never calls user code, and instanceof across copies.
 */
import { describe, expect, test } from 'vitest';
import { InverseMathError, isInverseMathError } from '../src/errors.ts';
import { effectiveLogLeverage, logLeverageSeries, returnsFromPrices } from '../src/leverage/index.ts';
import { compoundingDecay, continuousDrag } from '../src/drag/index.ts';
import { navPath } from '../src/nav/index.ts';
import { fail } from '../src/internal/guards.ts';

function caught(fn: () => unknown): InverseMathError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InverseMathError) return error;
    throw error;
  }
  throw new Error('expected an InverseMathError');
}

describe('fields and identity', () => {
  test('name, code, argument, value, index; a RangeError', () => {
    const e = caught(() => logLeverageSeries([0.01, 0.5], -3));
    expect(e.name).toBe('InverseMathError');
    expect(e.code).toBe('LEVERAGED_RETURN_OUT_OF_DOMAIN');
    expect(e.argument).toBe('indexReturns');
    expect(e.value).toBe(0.5);
    expect(e.index).toBe(1);
    expect(e).toBeInstanceOf(RangeError);
    expect(e).toBeInstanceOf(Error);
    expect(isInverseMathError(e)).toBe(true);
  });

  test('instanceof holds for a copy of the class (another bundle) and fails for look-alikes', () => {
    const e = caught(() => effectiveLogLeverage(-2, 1));
    // the brand and the name are on the prototype, not enumerable; the instance's own keys are its fields
    const brand = Object.getOwnPropertySymbols(Object.getPrototypeOf(e))[0] as symbol;
    expect(brand).toBe(Symbol.for('inverse-math.error'));
    expect(Object.keys(e)).toStrictEqual(['code', 'argument', 'value', 'index']);
    expect(Object.getOwnPropertySymbols(e)).toStrictEqual([]);
    const copy = Object.defineProperty(new RangeError('x'), brand, { value: true });
    expect(copy instanceof InverseMathError).toBe(true);
    for (const other of [null, undefined, 0, 'InverseMathError', {}, new RangeError('x'), { code: 'NON_FINITE' }]) {
      expect(other instanceof InverseMathError).toBe(false);
      expect(isInverseMathError(other)).toBe(false);
    }
  });
});

describe('message format', () => {
  test.each([
    [
      'a scalar',
      () => effectiveLogLeverage(Number.NaN, -1),
      'indexReturn must be a finite number, got NaN [NON_FINITE]',
    ],
    [
      'not a number',
      () => effectiveLogLeverage(0.1, '2' as unknown as number),
      'leverage must be a finite number, got "2" [INVALID_TYPE]',
    ],
    [
      'a series element',
      () => returnsFromPrices([1, 2, -3]),
      'prices[2] must be greater than zero, got -3 [NOT_POSITIVE]',
    ],
    [
      'a return ≤ −1',
      () => compoundingDecay([0.1, -1], 2),
      'indexReturns[1] must be > -1, got -1 [RETURN_OUT_OF_DOMAIN]',
    ],
    [
      'a wipe-out where γ is undefined',
      () => effectiveLogLeverage(0.5, -3),
      'indexReturn must keep 1 + -3·r > 0, got 0.5 [LEVERAGED_RETURN_OUT_OF_DOMAIN]',
    ],
    [
      'a negative option',
      () => continuousDrag({ leverage: 2, volatility: -0.1, years: 1 }),
      'options.volatility must be zero or greater, got -0.1 [NEGATIVE]',
    ],
    [
      'an empty series',
      () => navPath([], { leverage: 2 }),
      'indexReturns must not be empty, got length 0 [EMPTY_SERIES]',
    ],
    [
      'a missing options object',
      () => continuousDrag(null as never),
      'options must be an options object, got null [INVALID_TYPE]',
    ],
    [
      'an unknown choice',
      () => returnsFromPrices([1, 2], { kind: 'pct' as 'log' }),
      "options.kind must be one of 'simple', 'log', got \"pct\" [INVALID_OPTION]",
    ],
    [
      'an array-like that is not an array',
      () => returnsFromPrices({ length: 2, 0: 1, 1: 2 } as unknown as number[]),
      'prices must be an array or a typed array of numbers, got object [INVALID_TYPE]',
    ],
    [
      'a DataView',
      () => returnsFromPrices(new DataView(new ArrayBuffer(16)) as unknown as number[]),
      'prices must be an array or a typed array of numbers, got object [INVALID_TYPE]',
    ],
    [
      'a series too short',
      () => returnsFromPrices([1]),
      'prices must have at least 2 elements, got length 1 [SERIES_TOO_SHORT]',
    ],
  ])('%s', (_name, fn, message) => {
    expect(caught(fn).message).toBe(message);
  });

  test('values are described without calling user code; long strings are cut', () => {
    const describe = (value: unknown): string => caught(() => fail('INVALID_TYPE', 'x', 'a', value)).message;
    expect(describe('a'.repeat(100))).toBe(`a x, got "${'a'.repeat(29)} [INVALID_TYPE]`); // the first 30 characters of the JSON string
    expect(describe(undefined)).toBe('a x, got undefined [INVALID_TYPE]');
    expect(describe(true)).toBe('a x, got true [INVALID_TYPE]');
    expect(describe(12n)).toBe('a x, got 12 [INVALID_TYPE]');
    expect(describe(Symbol('s'))).toBe('a x, got Symbol(s) [INVALID_TYPE]');
    expect(describe(() => 1)).toBe('a x, got function [INVALID_TYPE]');
    const hostile = {
      toString: () => {
        throw new Error('called');
      },
      [Symbol.toPrimitive]: () => {
        throw new Error('called');
      },
    };
    expect(describe(hostile)).toBe('a x, got object [INVALID_TYPE]');
    expect(describe(Object.create(null))).toBe('a x, got object [INVALID_TYPE]');
    expect(caught(() => fail('EMPTY_SERIES', 'x', 'a', [], 3)).message).toBe('a[3] x, got length 0 [EMPTY_SERIES]');
  });
});
