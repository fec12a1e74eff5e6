/**
 * The ledger's arithmetic on scaled integers (./scaled.ts): a finite decimal
 * `int × 10^−scale` held as a `bigint` and a scale, with exact sums,
 * differences and products, and the context's inexact operations (a product
 * or sum rounded to `p` significant digits, a quotient rounded to `p`
 * significant digits) decided exactly on integers, as decimal.js rounds them
 * (correctly rounded under the named mode). A `Decimal` is made only for a
 * value the caller returns ({@link decimalOf}).
 *
 * Why: a decimal.js operation costs about 200 ns (a division 1.4 µs) and
 * allocates a digit array and a copy of its argument; the same sum on
 * `bigint`s costs about 10 ns. The ledger makes some 80 of them a day.
 *
 * @internal
 * @module
 */
import type { Decimal } from 'decimal.js';
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

/** The sign of `a − b`. */
export function compare(a: Scaled, b: Scaled): number {
  return sign(sub(a, b));
}

/** `|n| < 2^52`: a whole double holds it, and the products of the fast paths below stay exact. */
const SAFE = 2n ** 52n;
/** `10^k` as doubles, `k = 0 … 22` (each exact). */
const POW_F: number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** Decimal digits of the whole double `0 < n < 2^52`: at most five comparisons with powers of ten. */
function digitsOf(n: number): number {
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

/** decimal.js's digits per word of a Decimal's digit array (base 10^7). */
const LOG_BASE = 7;

/** The fields decimal.js keeps a finite Decimal in: sign, exponent, base-10^7 words. */
interface DecimalFields {
  s: number;
  e: number;
  d: number[];
}

/** A function making Decimals of one constructor from scaled integers ({@link decimalMaker}). */
export type DecimalMaker = (a: Scaled) => Decimal;

/**
 * A maker of Decimals of the constructor `D` from scaled integers (`0` for
 * `0`, never `−0`), exactly, without parsing a string: decimal.js's own
 * normal form (its sign `s`, the exponent `e` of the leading digit, base-10^7
 * words `d` aligned on the point with no trailing zero word, the fields its
 * type declarations expose), in an instance of `D`'s prototype whose own
 * `constructor` is `D`, as decimal.js's constructor leaves it. Such a Decimal
 * is one of `D`'s in every respect (`instanceof`, `Decimal.isDecimal`, every
 * method); test/decimal/scaled-math.test.ts checks it field by field against
 * decimal.js's string constructor. About 5× cheaper than `new D(…)`.
 */
export function decimalMaker(D: Decimal.Constructor): DecimalMaker {
  return makersOf(D).scaled;
}

/**
 * `s × n × 10^−scale` as a Decimal of the constructor `D` (`s` is `1` or
 * `−1`; `0 < n < 2^52` a whole double; `scale ≥ 0`): the maker's
 * path for short numbers ({@link decimalMaker}), for a caller that has the
 * digits as a double (a short decimal string read without decimal.js's parser).
 */
export function decimalOfWhole(D: Decimal.Constructor, s: number, n: number, scale: number): Decimal {
  return makersOf(D).whole(s, n, scale);
}

/** The two paths of a constructor's maker. */
interface Makers {
  readonly scaled: DecimalMaker;
  readonly whole: (s: number, n: number, scale: number) => Decimal;
}

/**
 * The makers of each constructor, made once: its instances share one hidden
 * class across calls, so that decimal.js's methods and the ledger's code see
 * one shape of Decimal per constructor, not a new one per ledger (a maker per
 * call made each run's Decimals a class of their own: the methods' inline
 * caches went polymorphic, then megamorphic, over repeated runs).
 */
const MAKERS = new WeakMap<Decimal.Constructor, Makers>();

function makersOf(D: Decimal.Constructor): Makers {
  let m = MAKERS.get(D);
  if (m === undefined) {
    m = newMakers(D);
    MAKERS.set(D, m);
  }
  return m;
}

function newMakers(D: Decimal.Constructor): Makers {
  const Instance = function (this: DecimalFields & { constructor: unknown }, s: number, e: number, d: number[]) {
    this.constructor = D;
    this.s = s;
    this.e = e;
    this.d = d;
  } as unknown as new (
    s: number,
    e: number,
    d: number[],
  ) => Decimal;
  (Instance as unknown as { prototype: object }).prototype = D.prototype;
  const whole = (s: number, n: number, scale: number): Decimal => {
    const len = digitsOf(n);
    const e = len - 1 - scale;
    return new Instance(s, e, words(n, len, e));
  };
  const scaled = (a: Scaled): Decimal => {
    const int = a.int;
    if (int === 0n) return new Instance(1, 0, [0]);
    const s = int < 0n ? -1 : 1;
    if (int < SAFE && int > -SAFE) return whole(s, Math.abs(Number(int)), a.scale);
    const str = int.toString(); // the digits after a sign
    const from = s < 0 ? 1 : 0;
    const e = str.length - from - 1 - a.scale;
    return new Instance(s, e, wordsOfString(str, from, e));
  };
  return { scaled, whole };
}

/** `a` as a Decimal of the constructor `D` ({@link decimalMaker}; for a few values: a ledger keeps its maker). */
export function decimalOf(D: Decimal.Constructor, a: Scaled): Decimal {
  return decimalMaker(D)(a);
}

/** The place of the first word's last digit: decimal.js aligns its words on multiples of LOG_BASE from the point. */
function firstWord(e: number): number {
  const i = (e + 1) % LOG_BASE;
  return e < 0 ? i + LOG_BASE : i;
}

/**
 * `⌊n / p⌋` for whole doubles `0 ≤ n < 2^52`, `p` a power of ten (exact in a
 * double): the double quotient floored. It never rounds up to the next whole
 * number `m`: below `m` the exact quotient is at most `m − 1/p`, and the
 * rounding error is at most half an ulp of `m`, `m·2^−53 ≤ n/(p·2^53) < 1/(2p)`.
 */
function cut(n: number, p: number): number {
  return Math.floor(n / p);
}

/**
 * The first `k` of the words `w0 … w3` (`w0 ≠ 0`) without the trailing zero
 * words (decimal.js strips trailing zero digits before cutting), as an array
 * literal: exactly as long as its words, and packed.
 */
function packed(w0: number, w1: number, w2: number, w3: number, k: number): number[] {
  if (k === 4 && w3 === 0) k = 3;
  if (k === 3 && w2 === 0) k = 2;
  if (k === 2 && w1 === 0) k = 1;
  return k === 1 ? [w0] : k === 2 ? [w0, w1] : k === 3 ? [w0, w1, w2] : [w0, w1, w2, w3];
}

/**
 * decimal.js's words of the digits of the whole double `0 < n < 2^52` (`len`
 * of them, at most 16), the leading one of exponent `e`: the first word holds
 * `firstWord(e)` digits (a whole word when 0), each next one `LOG_BASE`, the
 * last padded with zeros; at most four words.
 */
function words(n: number, len: number, e: number): number[] {
  const first = firstWord(e) || LOG_BASE;
  if (first >= len) return [n * (POW_F[first - len] as number)];
  let rest = len - first; // 1 … 15 digits after the first word
  let p = POW_F[rest] as number;
  const w0 = cut(n, p);
  n -= w0 * p;
  if (rest <= LOG_BASE) return packed(w0, n * (POW_F[LOG_BASE - rest] as number), 0, 0, 2);
  rest -= LOG_BASE;
  p = POW_F[rest] as number;
  const w1 = cut(n, p);
  n -= w1 * p;
  if (rest <= LOG_BASE) return packed(w0, w1, n * (POW_F[LOG_BASE - rest] as number), 0, 3);
  rest -= LOG_BASE; // 1: len is at most 16
  p = POW_F[rest] as number;
  const w2 = cut(n, p);
  n -= w2 * p;
  return packed(w0, w1, w2, n * (POW_F[LOG_BASE - rest] as number), 4);
}

/**
 * decimal.js's words of the digits of `str` from index `from` on (no leading
 * zero), the leading one of exponent `e` (its parseDecimal).
 */
function wordsOfString(str: string, from: number, e: number): number[] {
  let stop = str.length;
  while (str.charCodeAt(stop - 1) === 48) stop--;
  const len = stop - from;
  // the first word ends `firstWord(e)` digits in (a whole word when 0), then a word every LOG_BASE digits
  let end = firstWord(e) || LOG_BASE;
  // exactly as many words as the digits fill: an array of that length, every element written below
  const d = new Array<number>(end >= len ? 1 : 1 + Math.ceil((len - end) / LOG_BASE));
  let i = 0;
  let w = 0;
  for (let j = 0; j < len; j++) {
    w = w * 10 + (str.charCodeAt(from + j) - 48);
    if (j + 1 === end) {
      d[i++] = w;
      w = 0;
      end += LOG_BASE;
    }
  }
  // the last word, padded with zeros to its end
  if (len > end - LOG_BASE) d[i] = w * (POW_F[end - len] as number);
  return d;
}
