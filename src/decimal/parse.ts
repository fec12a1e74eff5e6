/**
 * Input guards of the decimal entry: read a `Decimal.Value` (string, number,
 * bigint or Decimal) into a Decimal of a private constructor, with the same
 * error codes as the float API (`NON_FINITE`, `NOT_POSITIVE`, …) plus
 * `INVALID_DECIMAL` for a string that is not a decimal number.
 *
 * Reading is exact: a string keeps every digit written (`'0.1'` is one
 * tenth), a number is read as its shortest round-trip decimal (`0.1` → `0.1`,
 * as decimal.js does), a Decimal of any constructor is copied digit for
 * digit. Nothing is rounded to the context's precision on the way in.
 *
 * @internal
 * @module
 */
import { Decimal } from 'decimal.js';
import * as guard from '../internal/guards.ts';
import { decimalOfWhole } from './decimal-maker.ts';

/**
 * A value the decimal entry reads as a decimal number: a decimal string
 * (`'12.5'`, `'-1e-4'`; plain notation, no hex, no spaces), a finite number
 * (read as its shortest round-trip decimal), a bigint or a decimal.js
 * `Decimal` of any constructor (copied digit for digit). Zero or a magnitude
 * within `1e±10000`.
 */
export type DecimalValue = Decimal.Value;

// Plain decimal notation only: no hex/binary/octal literals, no spaces, no separators.
const DECIMAL_STRING = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const NON_FINITE_STRING = /^[+-]?(?:NaN|Infinity)$/;

/** Largest decimal exponent accepted: far beyond money and the double range, small enough that no operation explodes. */
const MAX_EXPONENT = 10_000;

function checked(x: Decimal, argument: string, value: unknown, index?: number): Decimal {
  if (!x.isFinite()) guard.fail('NON_FINITE', 'must be a finite number', argument, value, index);
  if (!x.isZero() && (x.e > MAX_EXPONENT || x.e < -MAX_EXPONENT)) {
    guard.fail(
      'OUT_OF_RANGE',
      `must be zero or of magnitude between 1e-${MAX_EXPONENT} and 1e${MAX_EXPONENT}`,
      argument,
      value,
      index,
    );
  }
  return x;
}

/**
 * `value` as a Decimal of `D` when it is a short number in plain notation
 * (`[+-]digits[.digits]`, at most 15 digits, not zero), else `null`: read as
 * a whole double and made in decimal.js's own form (./decimal-maker.ts), the
 * same Decimal as `new D(value)` (test/decimal/parse.test.ts compares them
 * field by field) without its parser. Prices, flows and rates are written so.
 */
function shortPlain(D: Decimal.Constructor, value: string): Decimal | null {
  const len = value.length;
  if (len > 18) return null; // a sign, 15 digits and a point at most
  const c0 = value.charCodeAt(0);
  const signed = c0 === 45 || c0 === 43; // '-', '+'
  let n = 0;
  let digits = 0;
  let point = -1; // digits before the point
  for (let i = signed ? 1 : 0; i < len; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      digits++;
    } else if (c === 46 && point < 0) point = digits;
    else return null;
  }
  // at most 15 digits: n < 10^15 < 2^52, exact; '5.', '.5', 0 and −0 are left to decimal.js
  if (digits > 15 || n === 0 || point === 0 || point === digits) return null;
  return decimalOfWhole(D, c0 === 45 ? -1 : 1, n, point < 0 ? 0 : digits - point);
}

/** Any finite decimal. */
export function dec(D: Decimal.Constructor, value: unknown, argument: string, index?: number): Decimal {
  if (typeof value === 'string') {
    const short = shortPlain(D, value);
    if (short !== null) return short;
    if (NON_FINITE_STRING.test(value)) guard.fail('NON_FINITE', 'must be a finite number', argument, value, index);
    if (!DECIMAL_STRING.test(value))
      guard.fail('INVALID_DECIMAL', 'must be a decimal number such as "12.5" or "-1e-4"', argument, value, index);
    return checked(new D(value), argument, value, index);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) guard.fail('NON_FINITE', 'must be a finite number', argument, value, index);
    return new D(value);
  }
  if (typeof value === 'bigint') return checked(new D(value.toString()), argument, value, index);
  if (Decimal.isDecimal(value)) {
    // a Decimal of any clone or copy of decimal.js; an object that only carries its tag is rejected
    const v = value as { d?: unknown; e?: unknown; s?: unknown };
    const digits = v.d === null || (Array.isArray(v.d) && v.d.every((w) => Number.isInteger(w) && w >= 0 && w < 1e7));
    const sign = v.s === 1 || v.s === -1 || Number.isNaN(v.s);
    const exponent = v.d === null || (typeof v.e === 'number' && Number.isInteger(v.e));
    if (!digits || !sign || !exponent) guard.fail('INVALID_DECIMAL', 'is not a valid Decimal', argument, value, index);
    return checked(new D(value as Decimal), argument, value, index);
  }
  return guard.fail(
    'INVALID_TYPE',
    'must be a decimal string, a number, a bigint or a Decimal',
    argument,
    value,
    index,
  );
}

/** A finite decimal `> 0`. */
export function decPositive(D: Decimal.Constructor, value: unknown, argument: string, index?: number): Decimal {
  const x = dec(D, value, argument, index);
  // x > 0 (x is finite): positive and not zero, without decimal.js making a Decimal of 0 to compare with
  if (x.isNeg() || x.isZero()) guard.fail('NOT_POSITIVE', 'must be greater than zero', argument, value, index);
  return x;
}

/** A finite decimal `≥ 0`. */
export function decNonNegative(D: Decimal.Constructor, value: unknown, argument: string, index?: number): Decimal {
  const x = dec(D, value, argument, index);
  if (x.isNeg() && !x.isZero()) guard.fail('NEGATIVE', 'must be zero or greater', argument, value, index);
  return x;
}

/** A finite simple return `> −1`. */
export function decReturn(D: Decimal.Constructor, value: unknown, argument: string, index?: number): Decimal {
  const x = dec(D, value, argument, index);
  if (!x.gt(-1)) guard.fail('RETURN_OUT_OF_DOMAIN', 'a simple return must be greater than -1', argument, value, index);
  return x;
}

/** A whole number `≥ 0` (a share count). */
export function decWholeNonNegative(D: Decimal.Constructor, value: unknown, argument: string, index?: number): Decimal {
  const x = decNonNegative(D, value, argument, index);
  if (!x.isInteger()) guard.fail('OUT_OF_RANGE', 'must be a whole number', argument, value, index);
  return x;
}

/** A whole number (a signed share count). */
export function decWhole(D: Decimal.Constructor, value: unknown, argument: string, index?: number): Decimal {
  const x = dec(D, value, argument, index);
  if (!x.isInteger()) guard.fail('OUT_OF_RANGE', 'must be a whole number', argument, value, index);
  return x;
}

/** An `Array` or typed array, at least `minLength` long, each element read by `read`. Never mutated. */
export function decSeries(
  D: Decimal.Constructor,
  value: unknown,
  argument: string,
  minLength: number,
  read: (D: Decimal.Constructor, value: unknown, argument: string, index?: number) => Decimal = dec,
): Decimal[] {
  const ok = Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
  if (!ok) guard.fail('INVALID_TYPE', 'must be an array of decimal values', argument, value);
  const s = value as ArrayLike<unknown>;
  const n = s.length; // read once, like every element
  if (n === 0 && minLength > 0) guard.fail('EMPTY_SERIES', 'must not be empty', argument, value);
  if (n < minLength) guard.fail('SERIES_TOO_SHORT', `must have at least ${minLength} elements`, argument, value);
  const out = new Array<Decimal>(n);
  for (let i = 0; i < n; i++) {
    if (Array.isArray(value) && !(i in value))
      guard.fail('INVALID_TYPE', 'must not have holes', argument, undefined, i);
    out[i] = read(D, s[i], argument, i);
  }
  return out;
}
