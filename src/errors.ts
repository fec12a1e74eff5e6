/**
 * The one error type of the library, and its stable codes.
 *
 * @module
 */

/**
 * Stable machine-readable reasons for an {@link InverseMathError}.
 *
 * - `INVALID_TYPE`: a value is not of the expected type (not a number, not an
 *   array-like series, not an options object, a hole in a sparse array).
 * - `NON_FINITE`: `NaN`, `Infinity` or `-Infinity` where a finite number is required.
 * - `RETURN_OUT_OF_DOMAIN`: a simple return `r ≤ −1` (a price cannot reach zero or below).
 * - `LEVERAGED_RETURN_OUT_OF_DOMAIN`: `1 + L·r ≤ 0` where the quantity is undefined
 *   (for example a log leverage of a fund that was wiped out).
 * - `EMPTY_SERIES`: a series with no element.
 * - `SERIES_TOO_SHORT`: a series with fewer elements than the calculation needs.
 * - `LENGTH_MISMATCH`: two series that must be aligned have different lengths.
 * - `NOT_POSITIVE`: a value that must be `> 0` (a price, a multiplier) is not.
 * - `NEGATIVE`: a value that must be `≥ 0` (assets, volatility, a horizon) is negative.
 * - `OUT_OF_RANGE`: a value outside a documented interval (for example a band width).
 * - `INVALID_OPTION`: an option that is not one of the documented choices.
 * - `INVALID_DATE`: a date that cannot be parsed, or dates that do not increase.
 * - `INVALID_DECIMAL`: a value the decimal entry cannot read as a decimal number.
 * - `UNKNOWN_OPTION`: an options object has a key that is not one of its options
 *   (a misspelling: the message names the key and, when one is close, the option
 *   that was probably meant).
 */
export type InverseMathErrorCode =
  | 'INVALID_TYPE'
  | 'NON_FINITE'
  | 'RETURN_OUT_OF_DOMAIN'
  | 'LEVERAGED_RETURN_OUT_OF_DOMAIN'
  | 'EMPTY_SERIES'
  | 'SERIES_TOO_SHORT'
  | 'LENGTH_MISMATCH'
  | 'NOT_POSITIVE'
  | 'NEGATIVE'
  | 'OUT_OF_RANGE'
  | 'INVALID_OPTION'
  | 'INVALID_DATE'
  | 'INVALID_DECIMAL'
  | 'UNKNOWN_OPTION';

/** Where and why an input was rejected; the fields of an {@link InverseMathError}. */
export interface InverseMathErrorDetails {
  /** Name of the argument or option at fault, e.g. `'indexReturns'` or `'options.leverage'`. */
  readonly argument: string;
  /** The offending value, as passed. */
  readonly value: unknown;
  /** For series: the position of the offending element. */
  readonly index?: number | undefined;
}

const BRAND: unique symbol = Symbol.for('inverse-math.error') as never;

/**
 * The error every function of the library throws for bad input.
 *
 * It is a `RangeError` with a stable {@link InverseMathErrorCode} in `code`, the
 * argument's name in `argument`, the bad value in `value` and, for a series,
 * the element's position in `index`. Match on `code`, not on the message,
 * which reads `<argument>[<index>] <what it must be>, got <value> [<CODE>]`.
 *
 * `instanceof InverseMathError` holds for errors thrown by any entry point of
 * the package, in ESM and in CommonJS: the check uses a registered symbol
 * (`Symbol.for`), not the identity of one copy of the class.
 *
 * @example
 * ```ts
 * import { effectiveLogLeverage, InverseMathError } from '@inverse-math/core';
 * let caught: unknown;
 * try { effectiveLogLeverage(Number.NaN, -1); } catch (error) { caught = error; }
 * caught instanceof InverseMathError;
 * //=> true
 * (caught as InverseMathError).code;
 * //=> 'NON_FINITE'
 * (caught as InverseMathError).message;
 * //=> 'indexReturn must be a finite number, got NaN [NON_FINITE]'
 * ```
 */
export class InverseMathError extends RangeError {
  /** The stable reason; see {@link InverseMathErrorCode}. */
  declare readonly code: InverseMathErrorCode;
  /** Name of the argument or option at fault. */
  declare readonly argument: string;
  /** The offending value, as passed. */
  declare readonly value: unknown;
  /** For series: the position of the offending element; otherwise `undefined`. */
  declare readonly index: number | undefined;

  /**
   * @param code - the stable reason
   * @param message - what the value must be, e.g. `'must be > -1'` (the argument, index, value and code are added)
   * @param argument - name of the argument or option at fault, e.g. `'indexReturns'` or `'options.leverage'`
   * @param value - the offending value, as passed
   * @param index - for series: the position of the offending element
   */
  constructor(code: InverseMathErrorCode, message: string, argument: string, value: unknown, index?: number) {
    super(`${argument}${index === undefined ? '' : `[${index}]`} ${message}, got ${describe(value)} [${code}]`);
    Object.assign(this, { code, argument, value, index });
  }

  // Accessors on the prototype, not enumerable, so that an instance's own properties are exactly its fields:
  // `name` (read by the stack trace and `toString`) and the brand that `instanceof` checks.
  /** `'InverseMathError'`. */
  override get name(): string {
    return 'InverseMathError';
  }

  /** @internal The brand shared by every copy of the class. */
  get [BRAND](): true {
    return true;
  }

  /** `instanceof` that works across bundled copies of this class (ESM and CJS entries). */
  static override [Symbol.hasInstance](candidate: unknown): boolean {
    return (candidate as Record<symbol, unknown> | null)?.[BRAND] === true;
  }
}

/**
 * A value as a message shows it, without calling user code: strings quoted and cut to 30 characters, other
 * primitives (numbers, null, undefined, booleans, bigints, symbols) by String, a series by its length
 * (`length 0`; a proxy's trap may run to read it), other objects and functions by their type.
 */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value).slice(0, 30);
  if (Object(value) !== value) return String(value);
  const n: unknown = Array.isArray(value) || ArrayBuffer.isView(value) ? (value as { length?: unknown }).length : 0n;
  return typeof n === 'number' ? `length ${n}` : typeof value;
}

/**
 * Whether a value is an {@link InverseMathError}, thrown by any copy of the library.
 *
 * @param error - any caught value
 * @returns `true` when `error` is an `InverseMathError`
 * @throws never
 * @example
 * ```ts
 * import { isInverseMathError } from '@inverse-math/core';
 * isInverseMathError(new Error('other'));
 * //=> false
 * ```
 */
export function isInverseMathError(error: unknown): error is InverseMathError {
  return error instanceof InverseMathError;
}
