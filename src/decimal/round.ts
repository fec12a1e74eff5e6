/**
 * Exact rounding of a quotient to a whole number or to decimal places:
 * `round(n / p)` under a named mode, decided on exact integers (./scaled.ts),
 * never by a quotient rounded to some precision first (which can turn
 * `k + ½ − 10⁻⁴⁰` into an exact tie).
 *
 * @internal
 * @module
 */
import type { Decimal } from 'decimal.js';
import * as guard from '../internal/guards.ts';
import { EXACT as X, ROUNDING_MODES, roundingConstant, type RoundingMode } from './context.ts';
import { fromScaled, pow10, roundDivide, toScaled, type Scaled } from './scaled.ts';

/**
 * The whole number `u` nearest `n / p` under `mode` (for `p > 0`), exactly.
 *
 * Method: both as integers scaled by powers of ten (./scaled.ts), then one
 * exact integer division whose remainder decides the direction and the ties.
 */
export function roundQuotient(n: Decimal, p: Decimal, mode: RoundingMode): Decimal {
  return roundQuotientTo(n, toScaled(p), 0, mode);
}

/**
 * `n / p` (`p > 0`, given scaled) rounded to `decimals` places under `mode`,
 * exactly, in the exact constructor: `round(n·10^decimals / p) × 10^−decimals`,
 * decided on integers (a tie only when the quotient is exactly half-way).
 */
export function roundQuotientTo(n: Decimal, p: Scaled, decimals: number, mode: RoundingMode): Decimal {
  if (n.isZero()) return new X(0);
  const a = toScaled(n);
  // n/p · 10^decimals = (a.int · 10^(p.scale + decimals)) / (p.int · 10^a.scale)
  const u = roundDivide(a.int * pow10(p.scale + decimals), p.int * pow10(a.scale), mode);
  return fromScaled(X, u, decimals);
}

/** `x` rounded to `decimals` places under `mode` (exact: decimal.js rounds a finite decimal exactly). */
export function roundToDecimals(x: Decimal, decimals: number, mode: RoundingMode): Decimal {
  // exact whatever x's constructor: rounding to decimal places is not limited by the precision
  return x.toDecimalPlaces(decimals, roundingConstant(mode));
}

/** The rounding settings of the decimal ledger, each with its default. */
export interface LedgerRounding {
  readonly navDecimals: number;
  readonly navRounding: RoundingMode;
  readonly unitRounding: RoundingMode;
  readonly shareRounding: RoundingMode;
  readonly accrualDecimals: number;
  readonly accrualRounding: RoundingMode;
}

function readDecimals(value: unknown, argument: string, fallback: number): number {
  if (value === undefined) return fallback;
  const x = guard.integer(value, argument, 0);
  if (x > 100) guard.fail('OUT_OF_RANGE', 'must be at most 100', argument, value);
  return x;
}

function readMode(value: unknown, argument: string, fallback: RoundingMode): RoundingMode {
  return value === undefined ? fallback : guard.oneOf(value, ROUNDING_MODES, argument);
}

/** The ledger's rounding settings (each option read once), with their defaults. */
export function readRounding(o: Readonly<Record<string, unknown>>): LedgerRounding {
  const { navDecimals, navRounding, unitRounding, shareRounding, accrualDecimals, accrualRounding } = o;
  return {
    navDecimals: readDecimals(navDecimals, 'options.navDecimals', 4),
    navRounding: readMode(navRounding, 'options.navRounding', 'half-even'),
    unitRounding: readMode(unitRounding, 'options.unitRounding', 'half-even'),
    shareRounding: readMode(shareRounding, 'options.shareRounding', 'toward-zero'),
    accrualDecimals: readDecimals(accrualDecimals, 'options.accrualDecimals', 2),
    accrualRounding: readMode(accrualRounding, 'options.accrualRounding', 'half-even'),
  };
}
