/**
 * Decimal contexts: a private `Decimal.clone` per precision and rounding,
 * the rounding-mode names, and the per-call options every decimal function
 * accepts. Never `Decimal.set`: the global decimal.js constructor (and any
 * other copy a user holds) is never touched.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import * as guard from '../internal/guards.ts';

/**
 * A named rounding mode (no enums, no decimal.js numbers in the API):
 *
 * - `'half-even'`: to nearest, ties to the even neighbour (banker's rounding; `2.5 → 2`, `3.5 → 4`).
 * - `'half-up'`: to nearest, ties away from zero (`2.5 → 3`, `−2.5 → −3`).
 * - `'half-down'`: to nearest, ties toward zero (`2.5 → 2`, `−2.5 → −2`).
 * - `'half-ceil'`: to nearest, ties toward +∞ (`2.5 → 3`, `−2.5 → −2`).
 * - `'half-floor'`: to nearest, ties toward −∞ (`2.5 → 2`, `−2.5 → −3`).
 * - `'toward-zero'`: truncate (`2.9 → 2`, `−2.9 → −2`).
 * - `'away-from-zero'`: (`2.1 → 3`, `−2.1 → −3`).
 * - `'floor'`: toward −∞ (`−2.1 → −3`).
 * - `'ceil'`: toward +∞ (`2.1 → 3`).
 */
export type RoundingMode =
  | 'half-even'
  | 'half-up'
  | 'half-down'
  | 'half-ceil'
  | 'half-floor'
  | 'toward-zero'
  | 'away-from-zero'
  | 'floor'
  | 'ceil';

/** Every {@link RoundingMode}, in the order documented there. */
export const ROUNDING_MODES: readonly RoundingMode[] = [
  'half-even',
  'half-up',
  'half-down',
  'half-ceil',
  'half-floor',
  'toward-zero',
  'away-from-zero',
  'floor',
  'ceil',
];

const MODE: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  'half-even': Decimal.ROUND_HALF_EVEN,
  'half-up': Decimal.ROUND_HALF_UP,
  'half-down': Decimal.ROUND_HALF_DOWN,
  'half-ceil': Decimal.ROUND_HALF_CEIL,
  'half-floor': Decimal.ROUND_HALF_FLOOR,
  'toward-zero': Decimal.ROUND_DOWN,
  'away-from-zero': Decimal.ROUND_UP,
  floor: Decimal.ROUND_FLOOR,
  ceil: Decimal.ROUND_CEIL,
};

/** The decimal.js rounding constant of a named mode. @internal */
export function roundingConstant(mode: RoundingMode): Decimal.Rounding {
  return MODE[mode];
}

/** Default significant digits of decimal arithmetic (IEEE 754 decimal128 carries 34). */
export const DEFAULT_PRECISION = 34;
/** Default rounding of inexact decimal arithmetic (divisions, the 1/periodsPerYear year fraction). */
export const DEFAULT_ROUNDING: RoundingMode = 'half-even';
/** Largest precision decimal.js accepts. */
const MAX_PRECISION = 1e9;

/**
 * Arithmetic settings of a decimal context.
 *
 * `precision` is the number of significant digits kept by every inexact
 * operation (a division, a year fraction `1/252`); `rounding` is how those
 * operations round. Additions and multiplications of the ledger's money
 * amounts are exact whatever the precision. They do not set how a NAV is
 * struck or how shares are counted: those are options of the functions
 * (`navDecimals`, `navRounding`, `unitRounding`, `rounding` of `toShares`).
 */
export interface DecimalContextOptions {
  /** Significant digits of inexact operations, a whole number in [1, 1e9]; default 34. */
  readonly precision?: number | undefined;
  /** Rounding of inexact operations; default `'half-even'`. */
  readonly rounding?: RoundingMode | undefined;
}

/**
 * Per-call override of the arithmetic settings, accepted by every decimal
 * function in its options. `arithmeticRounding` (not `rounding`) so that it
 * never clashes with a function's own rounding rule (the whole-unit rule of
 * `toShares`, the NAV strike of `simulateFund`).
 */
export interface DecimalArithmeticOptions {
  /** Significant digits of inexact operations for this call, a whole number in [1, 1e9]; default: the context's. */
  readonly precision?: number | undefined;
  /** Rounding of inexact operations for this call; default: the context's. */
  readonly arithmeticRounding?: RoundingMode | undefined;
}

/** A private decimal.js constructor and its settings. @internal */
export interface Arith {
  /** The private clone: `new D(x)`, `D.div`… round to `precision` with `rounding`. */
  readonly D: Decimal.Constructor;
  /** A clone with 1e9 digits: additions and products of finite decimals are exact. */
  readonly X: Decimal.Constructor;
  readonly precision: number;
  readonly rounding: RoundingMode;
}

function cloneWith(precision: number, rounding: RoundingMode): Decimal.Constructor {
  // toExpNeg/toExpPos: money prints in plain notation, never as 1.5e-7.
  return Decimal.clone({ precision, rounding: MODE[rounding], toExpNeg: -9e15, toExpPos: 9e15 });
}

/** Exact products and sums: 1e9 significant digits, never used to divide. @internal */
export const EXACT: Decimal.Constructor = Decimal.clone({
  precision: MAX_PRECISION,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** Build the arithmetic of a context (validated settings). @internal */
export function makeArith(precision: number, rounding: RoundingMode): Arith {
  return { D: cloneWith(precision, rounding), X: EXACT, precision, rounding };
}

function readPrecision(value: unknown, argument: string): number {
  const p = guard.integer(value, argument, 1);
  if (p > MAX_PRECISION) guard.fail('OUT_OF_RANGE', `must be at most ${MAX_PRECISION}`, argument, value);
  return p;
}

/** Validate context settings. @internal */
export function readContextOptions(value: unknown, argument: string): { precision: number; rounding: RoundingMode } {
  const { precision, rounding } = guard.optionalOptions(value, argument, ['precision', 'rounding']);
  return {
    precision: precision === undefined ? DEFAULT_PRECISION : readPrecision(precision, `${argument}.precision`),
    rounding: rounding === undefined ? DEFAULT_ROUNDING : guard.oneOf(rounding, ROUNDING_MODES, `${argument}.rounding`),
  };
}

/**
 * The arithmetic of one call: the context's own when the call overrides
 * nothing, otherwise a fresh private clone (never cached, never shared).
 * @internal
 */
export function arithFor(base: Arith, o: Readonly<Record<string, unknown>>, argument = 'options'): Arith {
  const p = o.precision;
  const r = o.arithmeticRounding;
  if (p === undefined && r === undefined) return base;
  const precision = p === undefined ? base.precision : readPrecision(p, `${argument}.precision`);
  const rounding = r === undefined ? base.rounding : guard.oneOf(r, ROUNDING_MODES, `${argument}.arithmeticRounding`);
  if (precision === base.precision && rounding === base.rounding) return base;
  return makeArith(precision, rounding);
}

/** The default context's arithmetic: 34 significant digits, half-even. @internal */
export const DEFAULT_ARITH: Arith = makeArith(DEFAULT_PRECISION, DEFAULT_ROUNDING);
