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

/**
 * `x` as `int × 10^−scale`, exactly, with the fewest decimals (a finite
 * decimal). Up to 15 digits (every price, flow and rate a ledger is given)
 * the digits are read from decimal.js's own fields (`d`: base-10^7 words, the
 * first unpadded; `e`: the exponent of the leading digit; `s`: the sign) on a
 * double, exactly; longer values through their plain notation.
 */
export function toScaled(x: Decimal): Scaled {
  const { d, e, s: sign } = x as unknown as { d: number[]; e: number; s: number };
  const words = d.length;
  const lead = d[0] as number;
  if (lead === 0) return { int: 0n, scale: 0 };
  const digits =
    (lead < 10 ? 1 : lead < 100 ? 2 : lead < 1e3 ? 3 : lead < 1e4 ? 4 : lead < 1e5 ? 5 : lead < 1e6 ? 6 : 7) +
    7 * (words - 1);
  if (digits <= 15) {
    let n = lead;
    for (let i = 1; i < words; i++) n = n * 1e7 + (d[i] as number); // < 10^15: exact
    let scale = digits - 1 - e; // n·10^−scale
    while (scale > 0 && n % 10 === 0) {
      n /= 10;
      scale--;
    }
    const int = BigInt(sign < 0 ? -n : n);
    return scale >= 0 ? { int, scale } : { int: int * pow10(-scale), scale: 0 };
  }
  return toScaledLong(x);
}

/** `x` as `int × 10^−scale` through its plain notation (every digit, exact). */
function toScaledLong(x: Decimal): Scaled {
  const s = x.toFixed();
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
 * quotient truncated toward zero `k` and its remainder `ρ = n − k·d` (of the
 * sign of `n`, `|ρ| < d`); `|ρ|` against `d/2` decides the direction and the
 * ties. `half` and `negHalf`, when given, are `d/2` and `−d/2` for an even
 * `d` (a power of ten's, from a table): the comparison then allocates nothing.
 */
export function roundDivide(n: bigint, d: bigint, mode: RoundingMode, half?: bigint, negHalf?: bigint): bigint {
  const k = n / d; // truncated toward zero: exact
  const rem = n % d;
  if (rem === 0n) return k;
  const negative = n < 0n;
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
      // the sign of |ρ| − d/2
      const side =
        half === undefined || negHalf === undefined
          ? compareTwice(negative ? -rem : rem, d)
          : negative
            ? rem < negHalf
              ? 1
              : rem === negHalf
                ? 0
                : -1
            : rem > half
              ? 1
              : rem === half
                ? 0
                : -1;
      if (side !== 0) up = side > 0;
      else if (mode === 'half-up') up = true;
      else if (mode === 'half-down') up = false;
      else if (mode === 'half-ceil') up = !negative;
      else if (mode === 'half-floor') up = negative;
      else up = (k & 1n) !== 0n; // half-even: away from zero when k is odd
    }
  }
  return up ? (negative ? k - 1n : k + 1n) : k;
}

/** The sign of `2ρ − d` (`ρ ≥ 0`). */
function compareTwice(rem: bigint, d: bigint): number {
  const twice = 2n * rem;
  return twice > d ? 1 : twice === d ? 0 : -1;
}

/** `int × 10^−scale` as a Decimal of the constructor `X` (`0` for `0`, never `−0`). */
export function fromScaled(X: Decimal.Constructor, int: bigint, scale: number): Decimal {
  if (int === 0n) return new X(0);
  return new X(scale === 0 ? int.toString() : `${int}e-${scale}`);
}
