/**
 * Input guards shared by every public function: one validation policy at the
 * public boundary. Internal kernels trust their inputs and do not re-validate.
 *
 * @internal
 * @module
 */
import { InverseMathError, type InverseMathErrorCode } from '../errors.ts';

/** Throw an {@link InverseMathError}. */
export function fail(
  ...error: [code: InverseMathErrorCode, message: string, argument: string, value: unknown, index?: number]
): never {
  throw new InverseMathError(...error);
}

/** A finite number. `-0` is accepted and kept. */
export function finite(value: unknown, argument: string, index?: number): number {
  // Number.isFinite does not coerce: a string or an object is not finite either
  if (!Number.isFinite(value))
    fail(typeof value === 'number' ? 'NON_FINITE' : 'INVALID_TYPE', 'must be a finite number', argument, value, index);
  return value as number;
}

/**
 * A result computed from valid inputs that must still be a finite double: an
 * overflow (or `∞ − ∞`) is reported as `NON_FINITE` against `argument`, never
 * returned as `±Infinity` or `NaN`.
 */
export function finiteResult(x: number, argument: string, value: unknown, index?: number): number {
  if (!Number.isFinite(x)) fail('NON_FINITE', 'overflows a double', argument, value, index);
  return x;
}

/** A finite number `≥ 0`. */
export function nonNegative(value: unknown, argument: string, index?: number): number {
  if (finite(value, argument, index) < 0) fail('NEGATIVE', 'must be zero or greater', argument, value, index);
  return value as number;
}

/** A finite number `> 0`. */
export function positive(value: unknown, argument: string, index?: number): number {
  if (!(finite(value, argument, index) > 0)) fail('NOT_POSITIVE', 'must be greater than zero', argument, value, index);
  return value as number;
}

/** A finite simple return `> −1`. */
export function simpleReturn(value: unknown, argument: string, index?: number): number {
  if (!(finite(value, argument, index) > -1)) fail('RETURN_OUT_OF_DOMAIN', 'must be > -1', argument, value, index);
  return value as number;
}

/** A simple return `r` with `1 + L·r > 0` (the fund survives the move). */
export function survivableReturn(value: unknown, leverage: number, argument: string, index?: number): number {
  if (!(1 + leverage * simpleReturn(value, argument, index) > 0)) {
    fail('LEVERAGED_RETURN_OUT_OF_DOMAIN', `must keep 1 + ${leverage}·r > 0`, argument, value, index);
  }
  return value as number;
}

/**
 * A series: an `Array` or a typed array of numbers, each passing `check`
 * (default: finite), at least `minLength` long. Returned as a snapshot: each
 * element is read once, validated and copied, so a getter or a proxy cannot
 * show the check one value and the computation another.
 */
export function series(
  value: unknown,
  argument: string,
  minLength = 1,
  check: (value: unknown, argument: string, index?: number) => number = finite,
): Float64Array {
  const n = checkedLength(value, argument, minLength);
  const s = value as ArrayLike<unknown>;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = check(s[i], argument, i);
  return out;
}

/**
 * A series of finite numbers for a function that only reads it: a plain
 * `Float64Array` ({@link plainFloat64Array}) is checked in place, with no
 * copy, and returned as is (its elements cannot be getters, so a second read
 * gives the same value); any other series is snapshotted by {@link series}.
 * The check is inline (`x − x === 0` is false for `±∞` and `NaN`), so the
 * pass costs a read of the memory and no call per element.
 */
export function finiteSeriesView(value: unknown, argument: string, minLength = 1): Float64Array {
  if (!plainFloat64Array(value)) return series(value, argument, minLength);
  const n = checkedLength(value, argument, minLength);
  for (let i = 0; i < n; i++) {
    const x = value[i] as number;
    if (!(x - x === 0)) finite(x, argument, i);
  }
  return value;
}

/** A series of simple returns, each finite and `> −1`. */
export function returnSeries(value: unknown, argument: string, minLength = 1): Float64Array {
  return series(value, argument, minLength, simpleReturn);
}

/**
 * A `Float64Array` whose elements a loop may read in place: not backed by
 * shared memory (another thread could change an element between two reads)
 * nor by a resizable buffer. Such an array is the one kind of series the
 * batch paths read without a snapshot (its elements cannot be getters), and
 * keeping the other kinds (`Float32Array`, shared or length-tracking arrays:
 * each a different element kind to V8) out of the tight loops keeps those
 * loops monomorphic, and as fast as a bare loop, in a process that also
 * passes the other kinds.
 */
export function plainFloat64Array(value: unknown): value is Float64Array {
  // `instanceof` alone is fooled by Object.create(Float64Array.prototype) or a Proxy of an array: no buffer
  if (!(value instanceof Float64Array) || !ArrayBuffer.isView(value)) return false;
  const buffer = value.buffer as ArrayBuffer & { readonly resizable?: boolean };
  return (
    !(typeof SharedArrayBuffer !== 'undefined' && buffer instanceof SharedArrayBuffer) && buffer.resizable !== true
  );
}

/** A series of prices, each finite and `> 0`. */
export function priceSeries(value: unknown, argument: string, minLength = 2): Float64Array {
  return series(value, argument, minLength, positive);
}

/** Two series that must be aligned element by element; the error shows `value` (the user's series when `b` is a snapshot of it). */
export function sameLength(
  a: ArrayLike<unknown>,
  b: ArrayLike<unknown>,
  argument: string,
  expected = a.length,
  value: unknown = b,
): void {
  if (b.length !== expected) fail('LENGTH_MISMATCH', `must have length ${expected}`, argument, value);
}

/** An `Array` or a typed array (not a `DataView`) of at least `minLength` elements; the elements are not checked. */
export function arrayLike(value: unknown, argument: string, minLength: number): ArrayLike<number> {
  checkedLength(value, argument, minLength);
  return value as ArrayLike<number>;
}

/** An `Array` or a typed array (not a `DataView`): a series rather than one value. */
export function isSeries(value: unknown): boolean {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

/** The length of an `Array` or a typed array (not a `DataView`) of at least `minLength` elements, read once. */
function checkedLength(value: unknown, argument: string, minLength: number): number {
  const n = isSeries(value) ? (value as ArrayLike<unknown>).length : null;
  if (typeof n !== 'number') fail('INVALID_TYPE', 'must be an array or a typed array of numbers', argument, value);
  if (n === 0 && minLength > 0) fail('EMPTY_SERIES', 'must not be empty', argument, value);
  if (n < minLength) fail('SERIES_TOO_SHORT', `must have at least ${minLength} elements`, argument, value);
  return n;
}

/**
 * An options object (a plain object, not `null`, not an array). With `known`,
 * every own enumerable key must be one of them: a misspelled option is
 * `UNKNOWN_OPTION`, and the message names the key and, when one is close, the
 * key that was probably meant.
 */
export function options(
  value: unknown,
  argument = 'options',
  known?: readonly string[],
): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail('INVALID_TYPE', 'must be an options object', argument, value);
  }
  if (known !== undefined) {
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) {
        const near = closest(key, known);
        fail(
          'UNKNOWN_OPTION',
          `is not an option${near === null ? '' : ` (did you mean '${near}'?)`}`,
          `${argument}.${key}`,
          key,
        );
      }
    }
  }
  return value as Record<string, unknown>;
}

/**
 * Option `key` of a validated options object, read once and checked by `read`
 * under the name `options.<key>`; `fallback` when it is absent (without a
 * fallback, an absent option is checked like any other value).
 */
export function option<T>(
  o: Readonly<Record<string, unknown>>,
  key: string,
  read: (value: unknown, argument: string) => T,
  fallback?: T,
): T {
  const value = o[key];
  return value === undefined && fallback !== undefined ? fallback : read(value, `options.${key}`);
}

/** The known key nearest to `key`: case-insensitive edit distance ≤ 2, or `null`. */
function closest(key: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let least = 3;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d < least) [best, least] = [k, d];
  }
  return best;
}

/** Levenshtein distance, one row at a time. */
function distance(a: string, b: string): number {
  let row = [...Array(b.length + 1).keys()];
  for (const x of a) {
    const next = [(row[0] as number) + 1];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        (row[j] as number) + 1,
        (next[j - 1] as number) + 1,
        (row[j - 1] as number) + (x === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[b.length] as number;
}

const NO_OPTIONS: Readonly<Record<string, unknown>> = /* @__PURE__ */ Object.freeze({});

/** An optional options object: `undefined` reads as `{}` (one shared frozen object, so a call allocates nothing). */
export function optionalOptions(
  value: unknown,
  argument = 'options',
  known?: readonly string[],
): Readonly<Record<string, unknown>> {
  return value === undefined ? NO_OPTIONS : options(value, argument, known);
}

/** One of a fixed set of string choices. */
export function oneOf<T extends string>(value: unknown, choices: readonly T[], argument: string): T {
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
    fail('INVALID_OPTION', `must be one of ${choices.map((c) => `'${c}'`).join(', ')}`, argument, value);
  }
  return value as T;
}

/** A whole number `≥ min`. */
export function integer(value: unknown, argument: string, min: number): number {
  const x = finite(value, argument);
  if (!Number.isInteger(x) || x < min) fail('OUT_OF_RANGE', `must be a whole number ≥ ${min}`, argument, value);
  return x;
}
