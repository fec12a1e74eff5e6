/**
 * Exact integer arithmetic on decimals: a finite `Decimal` as a `bigint`
 * scaled by a power of ten, the division of two of them rounded once under a
 * named mode, and the way back to a `Decimal`. The ledger's roundings
 * (./round.ts) decide on these integers: one exact integer division instead of
 * decimal.js's integer division, product, difference and comparison.
 *
 * @internal
 * @module
 */
import type { Decimal } from 'decimal.js';
import type { RoundingMode } from './context.ts';

/** A finite decimal `int × 10^−scale` (`scale ≥ 0`). */
export interface Scaled {
  readonly int: bigint;
  readonly scale: number;
}

/** `x` as `int × 10^−scale`, exactly, with the fewest decimals (a finite decimal). */
export function toScaled(x: Decimal): Scaled {
  const s = x.toFixed(); // plain notation, every digit: exact
  const point = s.indexOf('.');
  return point < 0
    ? { int: BigInt(s), scale: 0 }
    : { int: BigInt(s.slice(0, point) + s.slice(point + 1)), scale: s.length - point - 1 };
}

/** `10^k` as a bigint (`k ≥ 0`). */
export function pow10(k: number): bigint {
  return 10n ** BigInt(k);
}

/**
 * `n / d` (`d > 0`) rounded to a whole number under `mode`, exactly: the
 * truncated quotient `k`, then the remainder `ρ = |n| − k·d` against `d/2`
 * (`2ρ` against `d`) decides the direction and the ties.
 */
export function roundDivide(n: bigint, d: bigint, mode: RoundingMode): bigint {
  const negative = n < 0n;
  const a = negative ? -n : n;
  const k = a / d; // truncated toward zero: exact
  const rem = a - k * d;
  if (rem === 0n) return negative ? -k : k;
  let up: boolean; // away from zero, in magnitude
  switch (mode) {
    case 'toward-zero':
      up = false;
      break;
    case 'away-from-zero':
      up = true;
      break;
    case 'floor':
      up = negative;
      break;
    case 'ceil':
      up = !negative;
      break;
    default: {
      const twice = 2n * rem;
      if (twice !== d) up = twice > d;
      else if (mode === 'half-up') up = true;
      else if (mode === 'half-down') up = false;
      else if (mode === 'half-ceil') up = !negative;
      else if (mode === 'half-floor') up = negative;
      else up = (k & 1n) === 1n; // half-even: away from zero when k is odd
    }
  }
  const u = up ? k + 1n : k;
  return negative ? -u : u;
}

/** `int × 10^−scale` as a Decimal of the constructor `X` (`0` for `0`, never `−0`). */
export function fromScaled(X: Decimal.Constructor, int: bigint, scale: number): Decimal {
  if (int === 0n) return new X(0);
  return new X(scale === 0 ? int.toString() : `${int}e-${scale}`);
}
