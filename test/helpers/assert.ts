/** Assertions shared by the test suite. */
import { expect } from 'vitest';
import { InverseMathError, type InverseMathErrorCode } from '../../src/errors.ts';

/** `fn()` throws an `InverseMathError` with this code (and, when given, this argument name). */
export function expectCode(fn: () => unknown, code: InverseMathErrorCode, argument?: string): InverseMathError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected an InverseMathError ${code}`).toBeInstanceOf(InverseMathError);
  const e = caught as InverseMathError;
  expect(e.code).toBe(code);
  expect(e).toBeInstanceOf(RangeError);
  if (argument !== undefined) expect(e.argument).toBe(argument);
  return e;
}

/** Relative closeness: `|actual − expected| ≤ tol·|expected|` (absolute `tol` when `expected` is 0). */
export function expectClose(actual: number, expected: number, tol: number, message?: string): void {
  const bound = expected === 0 ? tol : tol * Math.abs(expected);
  expect(Math.abs(actual - expected), message ?? `${actual} vs ${expected} (rel tol ${tol})`).toBeLessThanOrEqual(
    bound,
  );
}

/**
 * A number a source document states rounded to `decimals` places: the exact
 * value must round to it, i.e. lie within half a unit of the last place.
 */
export function expectStated(actual: number, stated: number, decimals: number, source: string): void {
  const half = 0.5 * 10 ** -decimals;
  expect(Math.abs(actual - stated), `${source}: ${actual} should round to ${stated}`).toBeLessThanOrEqual(
    half * (1 + 1e-12),
  );
}

/** A deep copy of array-likes for non-mutation checks. */
export function snapshot<T>(value: T): T {
  return structuredClone(value);
}

/** The `InverseMathError` that `fn()` throws (the test fails if it throws nothing or something else). */
export function caught(fn: () => unknown): InverseMathError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InverseMathError);
    return error as InverseMathError;
  }
  throw new Error('expected an InverseMathError');
}

/** `fn()` throws exactly this message (argument, rule, value and code). */
export function expectMessage(fn: () => unknown, message: string): InverseMathError {
  const e = caught(fn);
  expect(e.message).toBe(message);
  return e;
}
