/**
 * Decimals made from scaled integers (./scaled-math.ts) and from short whole
 * doubles without decimal.js's parser: decimal.js's own normal form (its sign
 * `s`, the exponent `e` of the leading digit, base-10^7 words `d` aligned on
 * the point, no trailing zero word) written into an instance of the
 * constructor's prototype. One maker per constructor.
 *
 * @internal
 * @module
 */
import type { Decimal } from 'decimal.js';
import type { Scaled } from './scaled.ts';
import { digitsOf, POW_F, SAFE } from './scaled-math.ts';

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
 * method); test/decimal/decimal-maker.test.ts checks it field by field against
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

/** `'0' × 1111111`: the character codes' offset in a word of seven digits read at once. */
const ZEROS7 = 48 * 1111111;

/**
 * decimal.js's words of the digits of `str` from index `from` on (no leading
 * zero), the leading one of exponent `e` (its parseDecimal): the first word
 * of `firstWord(e)` digits (a whole word when 0), then whole words of
 * LOG_BASE digits read at once, then the last one padded with zeros; trailing
 * zero digits are dropped first (no trailing zero word).
 */
function wordsOfString(str: string, from: number, e: number): number[] {
  let stop = str.length;
  while (str.charCodeAt(stop - 1) === 48) stop--;
  const len = stop - from;
  const first = firstWord(e) || LOG_BASE;
  // exactly as many words as the digits fill: an array of that length, every element written below
  const d = new Array<number>(first >= len ? 1 : 1 + Math.ceil((len - first) / LOG_BASE));
  const firstEnd = from + Math.min(first, len);
  let j = from;
  let w = 0;
  for (; j < firstEnd; j++) w = w * 10 + str.charCodeAt(j) - 48;
  if (first >= len) {
    d[0] = w * (POW_F[first - len] as number);
    return d;
  }
  d[0] = w;
  let i = 1;
  for (; j + LOG_BASE <= stop; j += LOG_BASE)
    d[i++] =
      str.charCodeAt(j) * 1e6 +
      str.charCodeAt(j + 1) * 1e5 +
      str.charCodeAt(j + 2) * 1e4 +
      str.charCodeAt(j + 3) * 1e3 +
      str.charCodeAt(j + 4) * 100 +
      str.charCodeAt(j + 5) * 10 +
      str.charCodeAt(j + 6) -
      ZEROS7;
  if (j < stop) {
    const rest = stop - j;
    w = 0;
    for (; j < stop; j++) w = w * 10 + str.charCodeAt(j) - 48;
    d[i] = w * (POW_F[LOG_BASE - rest] as number);
  }
  return d;
}
