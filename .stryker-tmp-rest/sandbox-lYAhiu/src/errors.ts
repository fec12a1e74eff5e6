/**
 * The one error type of the library, and its stable codes.
 *
 * @module
 */
// @ts-nocheck


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
 */function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
export type InverseMathErrorCode = 'INVALID_TYPE' | 'NON_FINITE' | 'RETURN_OUT_OF_DOMAIN' | 'LEVERAGED_RETURN_OUT_OF_DOMAIN' | 'EMPTY_SERIES' | 'SERIES_TOO_SHORT' | 'LENGTH_MISMATCH' | 'NOT_POSITIVE' | 'NEGATIVE' | 'OUT_OF_RANGE' | 'INVALID_OPTION' | 'INVALID_DATE' | 'INVALID_DECIMAL';

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
    if (stryMutAct_9fa48("1004")) {
      {}
    } else {
      stryCov_9fa48("1004");
      // the value is described without calling user code: objects and functions by their type, strings
      // quoted and cut to 30 characters, other primitives (numbers, null, undefined, booleans, bigints, symbols) by String
      const shown = (stryMutAct_9fa48("1007") ? typeof value !== 'string' : stryMutAct_9fa48("1006") ? false : stryMutAct_9fa48("1005") ? true : (stryCov_9fa48("1005", "1006", "1007"), typeof value === (stryMutAct_9fa48("1008") ? "" : (stryCov_9fa48("1008"), 'string')))) ? stryMutAct_9fa48("1009") ? JSON.stringify(value) : (stryCov_9fa48("1009"), JSON.stringify(value).slice(0, 30)) : (stryMutAct_9fa48("1012") ? Object(value) !== value : stryMutAct_9fa48("1011") ? false : stryMutAct_9fa48("1010") ? true : (stryCov_9fa48("1010", "1011", "1012"), Object(value) === value)) ? typeof value : String(value);
      super(stryMutAct_9fa48("1013") ? `` : (stryCov_9fa48("1013"), `${argument}${(stryMutAct_9fa48("1016") ? index !== undefined : stryMutAct_9fa48("1015") ? false : stryMutAct_9fa48("1014") ? true : (stryCov_9fa48("1014", "1015", "1016"), index === undefined)) ? stryMutAct_9fa48("1017") ? "Stryker was here!" : (stryCov_9fa48("1017"), '') : stryMutAct_9fa48("1018") ? `` : (stryCov_9fa48("1018"), `[${index}]`)} ${message}, got ${shown} [${code}]`));
      Object.assign(this, stryMutAct_9fa48("1019") ? {} : (stryCov_9fa48("1019"), {
        code,
        argument,
        value,
        index
      }));
    }
  }

  // Accessors on the prototype, not enumerable, so that an instance's own properties are exactly its fields:
  // `name` (read by the stack trace and `toString`) and the brand that `instanceof` checks.
  /** `'InverseMathError'`. */
  override get name(): string {
    if (stryMutAct_9fa48("1020")) {
      {}
    } else {
      stryCov_9fa48("1020");
      return stryMutAct_9fa48("1021") ? "" : (stryCov_9fa48("1021"), 'InverseMathError');
    }
  }

  /** @internal The brand shared by every copy of the class. */
  get [BRAND](): true {
    if (stryMutAct_9fa48("1022")) {
      {}
    } else {
      stryCov_9fa48("1022");
      return stryMutAct_9fa48("1023") ? false : (stryCov_9fa48("1023"), true);
    }
  }

  /** `instanceof` that works across bundled copies of this class (ESM and CJS entries). */
  static override [Symbol.hasInstance](candidate: unknown): boolean {
    if (stryMutAct_9fa48("1024")) {
      {}
    } else {
      stryCov_9fa48("1024");
      return stryMutAct_9fa48("1027") ? (candidate as Record<symbol, unknown> | null)?.[BRAND] !== true : stryMutAct_9fa48("1026") ? false : stryMutAct_9fa48("1025") ? true : (stryCov_9fa48("1025", "1026", "1027"), (stryMutAct_9fa48("1028") ? (candidate as Record<symbol, unknown> | null)[BRAND] : (stryCov_9fa48("1028"), (candidate as Record<symbol, unknown> | null)?.[BRAND])) === (stryMutAct_9fa48("1029") ? false : (stryCov_9fa48("1029"), true)));
    }
  }
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
  if (stryMutAct_9fa48("1030")) {
    {}
  } else {
    stryCov_9fa48("1030");
    return error instanceof InverseMathError;
  }
}