/**
 * The one validation layer: each guard's code, argument name, value and
 * index, the options guard's unknown keys (with the nearest option), and the
 * shared empty options of an absent optional object.
 */
import { describe, expect, test } from 'vitest';
import * as guard from '../../src/internal/guards.ts';
import { expectCode } from '../helpers/assert.ts';

describe('number guards', () => {
  test('finite: a string is INVALID_TYPE, NaN is NON_FINITE; −0 is kept', () => {
    expectCode(() => guard.finite('1', 'x'), 'INVALID_TYPE', 'x');
    expectCode(() => guard.finite(Number.NaN, 'x', 2), 'NON_FINITE', 'x');
    expect(Object.is(guard.finite(-0, 'x'), -0)).toBe(true);
  });

  test('nonNegative, positive, simpleReturn, survivableReturn: the boundary is refused', () => {
    expectCode(() => guard.nonNegative(-1e-300, 'x'), 'NEGATIVE', 'x');
    expectCode(() => guard.positive(0, 'x'), 'NOT_POSITIVE', 'x');
    expectCode(() => guard.simpleReturn(-1, 'x'), 'RETURN_OUT_OF_DOMAIN', 'x');
    expectCode(() => guard.survivableReturn(1 / 3, -3, 'r'), 'LEVERAGED_RETURN_OUT_OF_DOMAIN', 'r');
    expect(guard.survivableReturn(0.3, -3, 'r')).toBe(0.3);
  });

  test('integer: a whole number ≥ min', () => {
    expect(guard.integer(2, 'k', 1)).toBe(2);
    expectCode(() => guard.integer(1.5, 'k', 1), 'OUT_OF_RANGE', 'k');
    expectCode(() => guard.integer(0, 'k', 1), 'OUT_OF_RANGE', 'k');
  });

  test('finiteResult: an overflow names the input given', () => {
    expectCode(() => guard.finiteResult(Number.POSITIVE_INFINITY, 'options.aum', 1e308), 'NON_FINITE', 'options.aum');
  });
});

describe('series guards', () => {
  test('an element is checked with its index; a DataView is not a series', () => {
    const e = expectCode(() => guard.series([1, Number.NaN], 'xs'), 'NON_FINITE', 'xs');
    expect(e.index).toBe(1);
    expectCode(() => guard.arrayLike(new DataView(new ArrayBuffer(8)), 'xs', 1), 'INVALID_TYPE', 'xs');
    expectCode(() => guard.arrayLike([], 'xs', 1), 'EMPTY_SERIES', 'xs');
    expectCode(() => guard.priceSeries([1], 'p'), 'SERIES_TOO_SHORT', 'p');
    expectCode(() => guard.sameLength([1, 2], [1], 'b'), 'LENGTH_MISMATCH', 'b');
  });

  test('finiteSeriesView: a plain Float64Array is checked in place and returned as is; anything else is snapshotted', () => {
    const typed = new Float64Array([0.01, -0.02]);
    expect(guard.finiteSeriesView(typed, 'x')).toBe(typed);
    const plain = [0.01, -0.02];
    const view = guard.finiteSeriesView(plain, 'x');
    expect(view).not.toBe(plain);
    expect(Array.from(view)).toEqual(plain);
    const shared = new Float64Array(new SharedArrayBuffer(16));
    expect(guard.finiteSeriesView(shared, 'x')).not.toBe(shared);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const e = expectCode(() => guard.finiteSeriesView(new Float64Array([0.01, 0.02, bad]), 'x'), 'NON_FINITE', 'x');
      expect(e.index).toBe(2);
    }
    expectCode(() => guard.finiteSeriesView(new Float64Array(0), 'x'), 'EMPTY_SERIES', 'x');
  });

  test('plainFloat64Array: only a Float64Array on an ordinary, fixed-length buffer is read in place', () => {
    expect(guard.plainFloat64Array(new Float64Array(2))).toBe(true);
    expect(guard.plainFloat64Array(new Float64Array(4).subarray(1, 3))).toBe(true);
    expect(guard.plainFloat64Array([0.01, 0.02])).toBe(false);
    expect(guard.plainFloat64Array(new Float32Array(2))).toBe(false);
    // they pass `instanceof Float64Array` but are no typed arrays: snapshotted (and refused) like any other value
    expect(guard.plainFloat64Array(Object.create(Float64Array.prototype))).toBe(false);
    expect(guard.plainFloat64Array(new Proxy(new Float64Array(2), {}))).toBe(false);
    expectCode(() => guard.finiteSeriesView(Object.create(Float64Array.prototype), 'x'), 'INVALID_TYPE', 'x');
    expect(guard.plainFloat64Array(new Float64Array(new SharedArrayBuffer(16)))).toBe(false);
    // a resizable buffer (Node ≥ 20): its arrays can change length, so they are snapshotted like the rest
    const Resizable = ArrayBuffer as unknown as new (n: number, o: { maxByteLength: number }) => ArrayBuffer;
    const rab = new Resizable(16, { maxByteLength: 32 });
    expect(guard.plainFloat64Array(new Float64Array(rab))).toBe(!('resizable' in rab));
  });
});

describe('options guards', () => {
  test('not an object, null or an array is INVALID_TYPE', () => {
    expectCode(() => guard.options(null), 'INVALID_TYPE', 'options');
    expectCode(() => guard.options([], 'inputs'), 'INVALID_TYPE', 'inputs');
  });

  test('an unknown key is UNKNOWN_OPTION, naming the key and the option within two edits', () => {
    const e = expectCode(
      () => guard.options({ levrage: 2 }, 'options', ['leverage', 'rebalance']),
      'UNKNOWN_OPTION',
      'options.levrage',
    );
    expect(e.message).toBe(
      'options.levrage is not an option (did you mean \'leverage\'?), got "levrage" [UNKNOWN_OPTION]',
    );
    const far = expectCode(() => guard.options({ zzz: 1 }, 'options', ['leverage']), 'UNKNOWN_OPTION', 'options.zzz');
    expect(far.message).not.toContain('did you mean');
  });

  test('the case of a key does not count against it', () => {
    expect(
      expectCode(() => guard.options({ InitialNav: 1 }, 'options', ['initialNav']), 'UNKNOWN_OPTION').message,
    ).toContain("'initialNav'");
  });

  test('an absent optional object reads as one shared frozen empty object', () => {
    const a = guard.optionalOptions(undefined);
    expect(a).toBe(guard.optionalOptions(undefined, 'period', ['from']));
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.keys(a)).toEqual([]);
  });

  test('option: one read of the key, checked under options.<key>; the fallback only when it is absent', () => {
    let reads = 0;
    const o = {
      get rate(): number {
        reads += 1;
        return reads === 1 ? 0.05 : Number.NaN;
      },
    };
    expect(guard.option(o, 'rate', guard.finite, 0)).toBe(0.05);
    expect(reads).toBe(1);
    expect(guard.option({}, 'rate', guard.finite, 0.02)).toBe(0.02);
    expectCode(() => guard.option({ rate: -1 }, 'rate', guard.nonNegative, 0), 'NEGATIVE', 'options.rate');
    expectCode(() => guard.option({}, 'leverage', guard.finite), 'INVALID_TYPE', 'options.leverage');
  });

  test('oneOf names the choices', () => {
    expect(expectCode(() => guard.oneOf('up', ['simple', 'log'], 'options.kind'), 'INVALID_OPTION').message).toContain(
      "'simple', 'log'",
    );
  });
});
