import * as guard from '../internal/guards.ts';

/**
 * Simple return between two prices.
 *
 * Formula: `r = (p1 − p0) / p0`, computed as a difference first so that close
 * prices keep every significant digit.
 *
 * @param p0 - the earlier price, `> 0` (any currency)
 * @param p1 - the later price, `> 0` (same currency)
 * @returns the simple return as a fraction (`0.04` is +4 %), always `> −1`
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when the result overflows), `NOT_POSITIVE` (either price `≤ 0`)
 * @example
 * ```ts
 * import { simpleReturn } from '@inverse-math/core/leverage';
 * simpleReturn(100, 104);
 * //=> 0.04
 * ```
 */
export function simpleReturn(p0: number, p1: number): number {
  const a = guard.positive(p0, 'p0');
  const b = guard.positive(p1, 'p1');
  return guard.finiteResult((b - a) / a, 'p0', p0);
}

/**
 * Log (continuously compounded) return between two prices.
 *
 * Formula: `ρ = ln(p1 / p0)`, computed as `log1p((p1 − p0) / p0)` so that a
 * tiny move keeps full relative precision.
 *
 * @param p0 - the earlier price, `> 0`
 * @param p1 - the later price, `> 0`
 * @returns the log return as a fraction
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when the result overflows), `NOT_POSITIVE`
 * @example
 * ```ts
 * import { logReturn } from '@inverse-math/core/leverage';
 * logReturn(100, 104);
 * //≈ 0.0392207
 * ```
 */
export function logReturn(p0: number, p1: number): number {
  const a = guard.positive(p0, 'p0');
  const b = guard.positive(p1, 'p1');
  return guard.finiteResult(Math.log1p((b - a) / a), 'p0', p0);
}

/**
 * Convert a simple return to a log return.
 *
 * Formula: `ρ = ln(1 + r)` (`Math.log1p`, exact to the last digit near 0).
 *
 * @param r - simple return as a fraction, `> −1`
 * @returns the log return `ρ`
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE`, `RETURN_OUT_OF_DOMAIN` (`r ≤ −1`)
 * @see Kaya, "Are −1x Inverse Funds ‘Leveraged’?": `a_i` is the simple and `r_i` the log return
 * @example
 * ```ts
 * import { simpleToLog } from '@inverse-math/core/leverage';
 * simpleToLog(0.0408);
 * //≈ 0.03999
 * ```
 */
export function simpleToLog(r: number): number {
  return Math.log1p(guard.simpleReturn(r, 'r'));
}

/**
 * Convert a log return to a simple return.
 *
 * Formula: `r = e^ρ − 1` (`Math.expm1`, exact to the last digit near 0).
 *
 * @param rho - log return as a fraction (any finite number)
 * @returns the simple return, `> −1` (it can round to `−1` when `rho < −37`)
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when `e^ρ` overflows)
 * @example
 * ```ts
 * import { logToSimple } from '@inverse-math/core/leverage';
 * logToSimple(0.04);
 * //≈ 0.0408108
 * ```
 */
export function logToSimple(rho: number): number {
  const r = Math.expm1(guard.finite(rho, 'rho'));
  if (!Number.isFinite(r)) guard.fail('NON_FINITE', 'e^rho overflows', 'rho', rho);
  return r;
}

/** Options of {@link returnsFromPrices}. */
export interface ReturnsFromPricesOptions {
  /** `'simple'` (default): `p_i/p_{i−1} − 1`; `'log'`: `ln(p_i/p_{i−1})`. */
  readonly kind?: 'simple' | 'log';
}

/**
 * Period returns of a price series.
 *
 * Formula: `r_i = (p_i − p_{i−1}) / p_{i−1}` for `kind: 'simple'`, or
 * `ρ_i = log1p(r_i)` for `kind: 'log'`, `i = 1 … n−1`.
 *
 * @param prices - `n ≥ 2` prices, each `> 0` (array or typed array; not mutated)
 * @param options - `kind`: `'simple'` (default) or `'log'`
 * @returns a new `Float64Array` of `n − 1` returns (fractions)
 * @throws {@link InverseMathError} `INVALID_TYPE`, `EMPTY_SERIES`, `SERIES_TOO_SHORT` (one price), `NON_FINITE` (also when the result overflows), `NOT_POSITIVE` (with the index), `INVALID_OPTION` (unknown `kind`), `UNKNOWN_OPTION` (a key that is not an option)
 * @example
 * ```ts
 * import { returnsFromPrices } from '@inverse-math/core/leverage';
 * Array.from(returnsFromPrices([100, 90, 100]));
 * //≈ [-0.1, 0.11111]
 * ```
 */
export function returnsFromPrices(prices: ArrayLike<number>, options?: ReturnsFromPricesOptions): Float64Array {
  const p = guard.priceSeries(prices, 'prices', 2);
  const { kind: k } = guard.optionalOptions(options, 'options', ['kind']);
  const kind = k === undefined ? 'simple' : guard.oneOf(k, ['simple', 'log'] as const, 'options.kind');
  const out = new Float64Array(p.length - 1);
  let prev = p[0] as number;
  for (let i = 1; i < p.length; i++) {
    const cur = p[i] as number;
    const r = (cur - prev) / prev;
    out[i - 1] = guard.finiteResult(kind === 'log' ? Math.log1p(r) : r, 'prices', prev, i - 1);
    prev = cur;
  }
  return out;
}
