// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
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
  if (stryMutAct_9fa48("1665")) {
    {}
  } else {
    stryCov_9fa48("1665");
    const a = guard.positive(p0, stryMutAct_9fa48("1666") ? "" : (stryCov_9fa48("1666"), 'p0'));
    const b = guard.positive(p1, stryMutAct_9fa48("1667") ? "" : (stryCov_9fa48("1667"), 'p1'));
    return guard.finiteResult(stryMutAct_9fa48("1668") ? (b - a) * a : (stryCov_9fa48("1668"), (stryMutAct_9fa48("1669") ? b + a : (stryCov_9fa48("1669"), b - a)) / a), stryMutAct_9fa48("1670") ? "" : (stryCov_9fa48("1670"), 'p0'), p0);
  }
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
  if (stryMutAct_9fa48("1671")) {
    {}
  } else {
    stryCov_9fa48("1671");
    const a = guard.positive(p0, stryMutAct_9fa48("1672") ? "" : (stryCov_9fa48("1672"), 'p0'));
    const b = guard.positive(p1, stryMutAct_9fa48("1673") ? "" : (stryCov_9fa48("1673"), 'p1'));
    return guard.finiteResult(Math.log1p(stryMutAct_9fa48("1674") ? (b - a) * a : (stryCov_9fa48("1674"), (stryMutAct_9fa48("1675") ? b + a : (stryCov_9fa48("1675"), b - a)) / a)), stryMutAct_9fa48("1676") ? "" : (stryCov_9fa48("1676"), 'p0'), p0);
  }
}

/**
 * Convert a simple return to a log return.
 *
 * Formula: `ρ = ln(1 + r)` (`Math.log1p`, exact to the last digit near 0).
 *
 * @param r - simple return as a fraction, `> −1`
 * @returns the log return `ρ`
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE`, `RETURN_OUT_OF_DOMAIN` (`r ≤ −1`)
 * @see seed 002 ("Are −1x inverse funds 'leveraged'?"): `a_i` is the simple and `r_i` the log return
 * @example
 * ```ts
 * import { simpleToLog } from '@inverse-math/core/leverage';
 * simpleToLog(0.0408);
 * //≈ 0.03999
 * ```
 */
export function simpleToLog(r: number): number {
  if (stryMutAct_9fa48("1677")) {
    {}
  } else {
    stryCov_9fa48("1677");
    return Math.log1p(guard.simpleReturn(r, stryMutAct_9fa48("1678") ? "" : (stryCov_9fa48("1678"), 'r')));
  }
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
  if (stryMutAct_9fa48("1679")) {
    {}
  } else {
    stryCov_9fa48("1679");
    const r = Math.expm1(guard.finite(rho, stryMutAct_9fa48("1680") ? "" : (stryCov_9fa48("1680"), 'rho')));
    if (stryMutAct_9fa48("1683") ? false : stryMutAct_9fa48("1682") ? true : stryMutAct_9fa48("1681") ? Number.isFinite(r) : (stryCov_9fa48("1681", "1682", "1683"), !Number.isFinite(r))) guard.fail(stryMutAct_9fa48("1684") ? "" : (stryCov_9fa48("1684"), 'NON_FINITE'), stryMutAct_9fa48("1685") ? "" : (stryCov_9fa48("1685"), 'e^rho overflows'), stryMutAct_9fa48("1686") ? "" : (stryCov_9fa48("1686"), 'rho'), rho);
    return r;
  }
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
 * @throws {@link InverseMathError} `INVALID_TYPE`, `EMPTY_SERIES`, `SERIES_TOO_SHORT` (one price), `NON_FINITE` (also when the result overflows), `NOT_POSITIVE` (with the index), `INVALID_OPTION` (unknown `kind`)
 * @example
 * ```ts
 * import { returnsFromPrices } from '@inverse-math/core/leverage';
 * Array.from(returnsFromPrices([100, 90, 100]));
 * //≈ [-0.1, 0.11111]
 * ```
 */
export function returnsFromPrices(prices: ArrayLike<number>, options?: ReturnsFromPricesOptions): Float64Array {
  if (stryMutAct_9fa48("1687")) {
    {}
  } else {
    stryCov_9fa48("1687");
    const p = guard.priceSeries(prices, stryMutAct_9fa48("1688") ? "" : (stryCov_9fa48("1688"), 'prices'), 2);
    const o = guard.optionalOptions(options);
    const kind = (stryMutAct_9fa48("1691") ? o.kind !== undefined : stryMutAct_9fa48("1690") ? false : stryMutAct_9fa48("1689") ? true : (stryCov_9fa48("1689", "1690", "1691"), o.kind === undefined)) ? stryMutAct_9fa48("1692") ? "" : (stryCov_9fa48("1692"), 'simple') : guard.oneOf(o.kind, ['simple', 'log'] as const, stryMutAct_9fa48("1693") ? "" : (stryCov_9fa48("1693"), 'options.kind'));
    const out = new Float64Array(stryMutAct_9fa48("1694") ? p.length + 1 : (stryCov_9fa48("1694"), p.length - 1));
    let prev = p[0] as number;
    for (let i = 1; stryMutAct_9fa48("1697") ? i >= p.length : stryMutAct_9fa48("1696") ? i <= p.length : stryMutAct_9fa48("1695") ? false : (stryCov_9fa48("1695", "1696", "1697"), i < p.length); stryMutAct_9fa48("1698") ? i-- : (stryCov_9fa48("1698"), i++)) {
      if (stryMutAct_9fa48("1699")) {
        {}
      } else {
        stryCov_9fa48("1699");
        const cur = p[i] as number;
        const r = stryMutAct_9fa48("1700") ? (cur - prev) * prev : (stryCov_9fa48("1700"), (stryMutAct_9fa48("1701") ? cur + prev : (stryCov_9fa48("1701"), cur - prev)) / prev);
        out[stryMutAct_9fa48("1702") ? i + 1 : (stryCov_9fa48("1702"), i - 1)] = guard.finiteResult((stryMutAct_9fa48("1705") ? kind !== 'log' : stryMutAct_9fa48("1704") ? false : stryMutAct_9fa48("1703") ? true : (stryCov_9fa48("1703", "1704", "1705"), kind === (stryMutAct_9fa48("1706") ? "" : (stryCov_9fa48("1706"), 'log')))) ? Math.log1p(r) : r, stryMutAct_9fa48("1707") ? "" : (stryCov_9fa48("1707"), 'prices'), prev, stryMutAct_9fa48("1708") ? i + 1 : (stryCov_9fa48("1708"), i - 1));
        prev = cur;
      }
    }
    return out;
  }
}