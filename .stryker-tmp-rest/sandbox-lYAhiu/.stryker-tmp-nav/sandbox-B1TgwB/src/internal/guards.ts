/**
 * Input guards shared by every public function: one validation policy at the
 * public boundary. Internal kernels trust their inputs and do not re-validate.
 *
 * @internal
 * @module
 */
// @ts-nocheck

// 

import { InverseMathError, type InverseMathErrorCode } from '../errors.ts';

/** Throw an {@link InverseMathError}. */
export function fail(code: InverseMathErrorCode, message: string, argument: string, value: unknown, index?: number): never {
  throw new InverseMathError(code, message, { argument, value, index });
}

/** A finite number. `-0` is accepted and kept. */
export function finite(value: unknown, argument: string, index?: number): number {
  // Number.isFinite does not coerce: a string or an object is not finite either
  if (!Number.isFinite(value)) {
    if (typeof value === 'number') fail('NON_FINITE', 'must be finite', argument, value, index);
    fail('INVALID_TYPE', 'must be a number', argument, value, index);
  }
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
  const x = finite(value, argument, index);
  if (x < 0) fail('NEGATIVE', 'must be zero or greater', argument, value, index);
  return x;
}

/** A finite number `> 0`. */
export function positive(value: unknown, argument: string, index?: number): number {
  const x = finite(value, argument, index);
  if (!(x > 0)) fail('NOT_POSITIVE', 'must be greater than zero', argument, value, index);
  return x;
}

/** A finite simple return `> −1`. */
export function simpleReturn(value: unknown, argument: string, index?: number): number {
  const x = finite(value, argument, index);
  if (!(x > -1)) fail('RETURN_OUT_OF_DOMAIN', 'must be > -1', argument, value, index);
  return x;
}

/** A simple return `r` with `1 + L·r > 0` (the fund survives the move). */
export function survivableReturn(value: unknown, leverage: number, argument: string, index?: number): number {
  const r = simpleReturn(value, argument, index);
  if (!(1 + leverage * r > 0)) {
    fail('LEVERAGED_RETURN_OUT_OF_DOMAIN', `must keep 1 + ${leverage}·r > 0`, argument, value, index);
  }
  return r;
}

/** A series: an `Array` or a typed array of finite numbers, at least `minLength` long. Returned as is, never copied. */
export function series(value: unknown, argument: string, minLength = 1, check: (value: unknown, argument: string, index?: number) => number = finite): ArrayLike<number> {
  const s = arrayLike(value, argument, minLength);
  for (let i = 0; i < s.length; i++) check(s[i], argument, i);
  return s;
}

/** A series of simple returns, each finite and `> −1`. */
export function returnSeries(value: unknown, argument: string, minLength = 1): ArrayLike<number> {
  return series(value, argument, minLength, simpleReturn);
}

/** A series of prices, each finite and `> 0`. */
export function priceSeries(value: unknown, argument: string, minLength = 2): ArrayLike<number> {
  return series(value, argument, minLength, positive);
}

/** Two series that must be aligned element by element. */
export function sameLength(a: ArrayLike<unknown>, b: ArrayLike<unknown>, argument: string, expected = a.length): void {
  if (b.length !== expected) fail('LENGTH_MISMATCH', `must have length ${expected}`, argument, b);
}

/** An `Array` or a typed array (not a `DataView`) of at least `minLength` elements; the elements are not checked. */
export function arrayLike(value: unknown, argument: string, minLength: number): ArrayLike<number> {
  const ok =
    Array.isArray(value) ||
    (ArrayBuffer.isView(value) && !(value instanceof DataView) && typeof (value as { length?: unknown }).length === 'number');
  if (!ok) fail('INVALID_TYPE', 'must be an array or a typed array of numbers', argument, value);
  const s = value as ArrayLike<number>;
  if (s.length === 0 && minLength > 0) fail('EMPTY_SERIES', 'must not be empty', argument, value);
  if (s.length < minLength) fail('SERIES_TOO_SHORT', `must have at least ${minLength} elements`, argument, value);
  return s;
}

/** An options object (a plain object, not `null`, not an array). */
export function options(value: unknown, argument = 'options'): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail('INVALID_TYPE', 'must be an options object', argument, value);
  }
  return value as Record<string, unknown>;
}

const NO_OPTIONS: Readonly<Record<string, unknown>> = /* @__PURE__ */ Object.freeze({});

/** An optional options object: `undefined` reads as `{}` (one shared frozen object, so a call allocates nothing). */
export function optionalOptions(value: unknown, argument = 'options'): Readonly<Record<string, unknown>> {
  return value === undefined ? NO_OPTIONS : options(value, argument);
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
