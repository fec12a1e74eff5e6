/**
 * Exact comparisons on the decimal values that doubles print as, for
 * whole-unit rounding. `String(x)` is the shortest decimal that reads back
 * as `x` — what a user typed, and what `new Decimal(x)` reads — so deciding
 * on it makes `toShares(44220, 13.4)` 3,300 shares (the binary 13.4 is a
 * hair above 13.4, so the exact binary quotient is below 3,300) and agrees
 * with the decimal entry on the same numbers.
 *
 * @internal
 * @module
 */
// @ts-nocheck

// 


/** A finite double's shortest round-trip decimal as `m·10^e` (BigInt `m`). */
export interface ScaledDecimal {
  readonly m: bigint;
  readonly e: number;
}

const NUMBER = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** `x` as `m·10^e`, read from `String(x)` (finite `x` only). */
export function shortestDecimal(x: number): ScaledDecimal {
  const match = NUMBER.exec(String(x));
  if (match === null) throw new Error(`not a finite number: ${x}`);
  const frac = match[3] ?? '';
  const m = BigInt(`${match[1]}${match[2]}${frac}`);
  return { m, e: Number(match[4] ?? 0) - frac.length };
}

/** Sign (−1, 0, 1) of `k·a − b` for an integer `k` and decimals `a`, `b`. */
export function signOfScaledMinus(k: bigint, a: ScaledDecimal, b: ScaledDecimal): number {
  let p = k * a.m;
  let q = b.m;
  if (a.e > b.e) p *= 10n ** BigInt(a.e - b.e);
  else if (b.e > a.e) q *= 10n ** BigInt(b.e - a.e);
  return p > q ? 1 : p < q ? -1 : 0;
}
