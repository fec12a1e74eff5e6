/**
 * The ledger's arithmetic on scaled integers (./scaled.ts): a finite decimal
 * `int × 10^−scale` held as a `bigint` and a scale, with exact sums,
 * differences and products, and the context's inexact operations (a product
 * or sum rounded to `p` significant digits, a quotient rounded to `p`
 * significant digits) decided exactly on integers, as decimal.js rounds them
 * (correctly rounded under the named mode). A `Decimal` is made only for a
 * value the caller returns (./decimal-maker.ts).
 *
 * Why: a decimal.js operation costs about 200 ns (a division 1.4 µs) and
 * allocates a digit array and a copy of its argument; the same sum on
 * `bigint`s costs about 10 ns. The ledger makes some 80 of them a day.
 *
 * @internal
 * @module
 */
import type { RoundingMode } from './context.ts';
import { pow10, roundDivide, type Scaled } from './scaled.ts';

/** `0` (scale 0). */
export const ZERO: Scaled = { int: 0n, scale: 0 };
/** `1` (scale 0). */
export const ONE: Scaled = { int: 1n, scale: 0 };

/** `10^k` (`k ≥ 0`), from a table for the scales the ledger meets. */
const POW: bigint[] = Array.from({ length: 128 }, (_, k) => pow10(k));
function p10(k: number): bigint {
  return k < POW.length ? (POW[k] as bigint) : pow10(k);
}
/** `10^k / 2` and its negative, `k = 1 … 127` (index 0 unused: 1 is odd). */
const HALF: bigint[] = POW.map((x) => x / 2n);
const NEG_HALF: bigint[] = HALF.map((x) => -x);

/** `n / 10^k` (`k ≥ 1`) rounded to a whole number under `mode` (./scaled.ts), the half from the tables. */
function roundPow10(n: bigint, k: number, mode: RoundingMode): bigint {
  return k < POW.length ? roundDivide(n, POW[k] as bigint, mode, HALF[k], NEG_HALF[k]) : roundDivide(n, pow10(k), mode);
}

/** A whole number as a scaled integer. */
export function whole(n: number): Scaled {
  return { int: BigInt(n), scale: 0 };
}

export function isZero(a: Scaled): boolean {
  return a.int === 0n;
}

/** The sign of `a`: `−1`, `0` or `1`. */
export function sign(a: Scaled): number {
  return a.int > 0n ? 1 : a.int < 0n ? -1 : 0;
}

export function neg(a: Scaled): Scaled {
  return a.int === 0n ? a : { int: -a.int, scale: a.scale };
}

/** `|a|`. */
export function abs(a: Scaled): Scaled {
  return a.int < 0n ? { int: -a.int, scale: a.scale } : a;
}

/** `a + b`, exactly. */
export function add(a: Scaled, b: Scaled): Scaled {
  if (b.int === 0n) return a;
  if (a.int === 0n) return b;
  const d = a.scale - b.scale;
  if (d === 0) return { int: a.int + b.int, scale: a.scale };
  return d > 0 ? { int: a.int + b.int * p10(d), scale: a.scale } : { int: a.int * p10(-d) + b.int, scale: b.scale };
}

/** `a + 1`, exactly (1 scaled to `a`'s scale from the table: no multiplication). */
export function addOne(a: Scaled): Scaled {
  return { int: a.int + p10(a.scale), scale: a.scale };
}

/** `a − 1`, exactly. */
export function subOne(a: Scaled): Scaled {
  return { int: a.int - p10(a.scale), scale: a.scale };
}

/** `a − b`, exactly. */
export function sub(a: Scaled, b: Scaled): Scaled {
  if (b.int === 0n) return a;
  if (a.int === 0n) return neg(b);
  const d = a.scale - b.scale;
  if (d === 0) return { int: a.int - b.int, scale: a.scale };
  return d > 0 ? { int: a.int - b.int * p10(d), scale: a.scale } : { int: a.int * p10(-d) - b.int, scale: b.scale };
}

/** `a × b`, exactly. */
export function mul(a: Scaled, b: Scaled): Scaled {
  if (a.int === 0n || b.int === 0n) return ZERO;
  return { int: a.int * b.int, scale: a.scale + b.scale };
}

/** `a` and `b` written alike: the same integer at the same scale (a Decimal made of one serves the other). */
export function sameScaled(a: Scaled, b: Scaled): boolean {
  return a.int === b.int && a.scale === b.scale;
}

/** The sign of `a − b`. */
export function compare(a: Scaled, b: Scaled): number {
  return sign(sub(a, b));
}

/** `|n| < 2^52`: a whole double holds it, and the products of the fast paths below stay exact. */
export const SAFE = 2n ** 52n;
/** `10^k` as doubles, `k = 0 … 22` (each exact). */
export const POW_F: number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** Decimal digits of the whole double `0 < n < 2^52`: at most five comparisons with powers of ten. */
export function digitsOf(n: number): number {
  if (n < 1e8) {
    if (n < 1e4) return n < 1e2 ? (n < 10 ? 1 : 2) : n < 1e3 ? 3 : 4;
    return n < 1e6 ? (n < 1e5 ? 5 : 6) : n < 1e7 ? 7 : 8;
  }
  if (n < 1e12) return n < 1e10 ? (n < 1e9 ? 9 : 10) : n < 1e11 ? 11 : 12;
  return n < 1e14 ? (n < 1e13 ? 13 : 14) : n < 1e15 ? 15 : 16;
}

/** `log2(10)`: the bits a decimal digit is worth. */
const LOG2_10 = Math.log2(10);

/** `log10(16)`: the decimal digits a hexadecimal digit is worth. */
const DIGITS_PER_HEX = Math.log10(16);

/**
 * Decimal digits of `n ≠ 0`: counted on a double below 2^52; else estimated
 * from the nearest double's logarithm (off by at most one near a power of
 * ten) and settled by comparisons with powers of ten; beyond the doubles'
 * range (about 308 digits), bounded by the hexadecimal length
 * (`16^(h−1) ≤ |n| < 16^h`) and settled the same way.
 */
function digits(n: bigint): number {
  if (n < SAFE && n > -SAFE) return digitsOf(Math.abs(Number(n)));
  const a = n < 0n ? -n : n;
  const x = Number(a);
  let k =
    x < Number.MAX_VALUE ? Math.floor(Math.log10(x)) + 1 : Math.floor((a.toString(16).length - 1) * DIGITS_PER_HEX) + 1; // |n| ≥ 10^(k−1)
  while (k > 1 && a < p10(k - 1)) k--;
  while (a >= p10(k)) k++;
  return k;
}

/** `int × 10^−scale` with a scale that may be negative, as a scaled integer (scale ≥ 0). */
function scaled(int: bigint, scale: number): Scaled {
  return scale >= 0 ? { int, scale } : { int: int * p10(-scale), scale: 0 };
}

/**
 * `a` rounded to `p` significant digits under `mode`: decimal.js's rounding
 * of a sum or product to its precision. Exact: `a` when it has at most `p`
 * digits, else one integer division by `10^k` whose remainder decides.
 */
export function roundSignificant(a: Scaled, p: number, mode: RoundingMode): Scaled {
  if (a.int === 0n) return ZERO;
  const k = digits(a.int) - p;
  if (k <= 0) return a;
  return scaled(roundPow10(a.int, k, mode), a.scale - k);
}

/**
 * Whether `num·10^k / den ≥ 10^p` (`num, den > 0`): decided on the doubles'
 * logarithms when they are more than `10^−9` from the boundary (their error
 * is below `10^−12` for numbers within the doubles' range), else by the
 * exact quotient (`⌊x⌋ ≥ 10^p` exactly when `x ≥ 10^p`).
 */
function quotientReaches(num: bigint, den: bigint, k: number, p: number): boolean {
  const x = Number(num);
  const y = Number(den);
  if (x < Number.MAX_VALUE && y < Number.MAX_VALUE) {
    const excess = Math.log10(x) - Math.log10(y) + k - p;
    if (excess > 1e-9) return true;
    if (excess < -1e-9) return false;
  }
  const q = k >= 0 ? (num * p10(k)) / den : num / (den * p10(-k));
  return q >= p10(p);
}

/**
 * `a / b` (`b ≠ 0`) rounded to `p` significant digits under `mode`, exactly:
 * the quotient of the integers scaled by `10^k` so that it has `p` digits,
 * rounded by its remainder (decimal.js's correctly rounded division). A
 * quotient that terminates well short of `p` digits is returned in its short
 * form (as decimal.js keeps it), so that the ledger's next operations do not
 * carry `p` digits of trailing zeros.
 */
export function divideSignificant(a: Scaled, b: Scaled, p: number, mode: RoundingMode): Scaled {
  if (a.int === 0n) return ZERO;
  const num = a.int < 0n ? -a.int : a.int;
  const den = b.int < 0n ? -b.int : b.int;
  const dd = digits(den);
  // num/den lies in (10^(na−nb−1), 10^(na−nb+1)): scaled by 10^k it has p or p + 1 whole digits
  let k = p - (digits(num) - dd);
  if (quotientReaches(num, den, k, p)) k -= 1;
  // A quotient that terminates has at most max(v2(den), v5(den)) ≤ log2(den) < m decimals: when the p-digit
  // form would carry 64 or more digits past that, try the short form first (exact, so correctly rounded)
  const m = Math.ceil(dd * LOG2_10);
  if (k - m >= 64) {
    const n0 = num * p10(m);
    const q0 = n0 / den;
    if (q0 * den === n0) return scaled(a.int < 0n !== b.int < 0n ? -q0 : q0, m + a.scale - b.scale);
  }
  const n = k >= 0 ? num * p10(k) : num;
  const d = k >= 0 ? den : den * p10(-k);
  const u = roundDivide(a.int < 0n !== b.int < 0n ? -n : n, d, mode);
  // a/b = (a.int/b.int)·10^(b.scale − a.scale) ≈ u·10^−(k + a.scale − b.scale)
  return scaled(u, k + a.scale - b.scale);
}

/** `a` rounded to `decimals` places under `mode` (exact). */
export function roundTo(a: Scaled, decimals: number, mode: RoundingMode): Scaled {
  if (a.scale <= decimals) return a;
  const u = roundPow10(a.int, a.scale - decimals, mode);
  return u === 0n ? ZERO : { int: u, scale: decimals };
}

/**
 * `n / d` (`d > 0`) rounded to `decimals` places under `mode`, exactly:
 * `round(n·10^decimals / d)`, decided on integers (./round.ts's rule).
 */
export function quotientTo(n: Scaled, d: Scaled, decimals: number, mode: RoundingMode): Scaled {
  if (n.int === 0n) return ZERO;
  const u = roundDivide(n.int * p10(d.scale + decimals), d.int * p10(n.scale), mode);
  return u === 0n ? ZERO : { int: u, scale: decimals };
}
