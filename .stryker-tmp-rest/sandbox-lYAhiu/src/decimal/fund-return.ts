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
import type Decimal from 'decimal.js';
import * as guard from '../internal/guards.ts';
import { arithFor, DEFAULT_ARITH, type Arith, type DecimalArithmeticOptions } from './context.ts';
import { dec, decReturn, type DecimalValue } from './parse.ts';

/** @internal */
export function fundReturnIn(base: Arith, indexReturn: DecimalValue, leverage: DecimalValue, options?: DecimalArithmeticOptions): Decimal {
  if (stryMutAct_9fa48("77")) {
    {}
  } else {
    stryCov_9fa48("77");
    const {
      D
    } = arithFor(base, guard.optionalOptions(options));
    const r = decReturn(D, indexReturn, stryMutAct_9fa48("78") ? "" : (stryCov_9fa48("78"), 'indexReturn'));
    const L = dec(D, leverage, stryMutAct_9fa48("79") ? "" : (stryCov_9fa48("79"), 'leverage'));
    const R = L.times(r);
    if (stryMutAct_9fa48("81") ? false : stryMutAct_9fa48("80") ? true : (stryCov_9fa48("80", "81"), R.isZero())) return new D(0);
    return R.gt(stryMutAct_9fa48("82") ? +1 : (stryCov_9fa48("82"), -1)) ? R : new D(stryMutAct_9fa48("83") ? +1 : (stryCov_9fa48("83"), -1));
  }
}

/**
 * One-period return of a frictionless daily-reset fund, in decimal.
 *
 * Formula: `R = max(L·r, −1)`, the decimal counterpart of the float
 * `fundReturn` (`@inverse-math/core/leverage`). Inputs are read exactly
 * (`'0.1'` is one tenth); the product is rounded to the context's precision
 * (34 significant digits by default), so it is exact for inputs with up to
 * 34 significant digits between them. A move with `1 + L·r ≤ 0` wipes the
 * fund out: the return is `−1`, never less.
 *
 * @param indexReturn - the index simple return `r` over the period, `> −1` (a decimal string, number, bigint or Decimal)
 * @param leverage - the daily multiple `L` (signed)
 * @param options - per-call `precision` / `arithmeticRounding` (default: the context's)
 * @returns the fund's simple return as a Decimal fraction, `≥ −1`
 * @throws {@link InverseMathError} `INVALID_TYPE`, `INVALID_DECIMAL` (a string that is not a decimal number), `NON_FINITE`, `RETURN_OUT_OF_DOMAIN` (`r ≤ −1`), `OUT_OF_RANGE` / `INVALID_OPTION` (bad `precision` / `arithmeticRounding`)
 * @see docs/concepts.md §1, §7
 * @example
 * ```ts
 * import { fundReturn } from '@inverse-math/core/decimal';
 * fundReturn('0.01', 3).toString();
 * //=> '0.03'
 * fundReturn('0.1', '-1').toString(); // exactly −10 %, no binary 0.1
 * //=> '-0.1'
 * fundReturn('0.5', -3).toString(); // wiped out
 * //=> '-1'
 * ```
 */
export function fundReturn(indexReturn: DecimalValue, leverage: DecimalValue, options?: DecimalArithmeticOptions): Decimal {
  if (stryMutAct_9fa48("84")) {
    {}
  } else {
    stryCov_9fa48("84");
    return fundReturnIn(DEFAULT_ARITH, indexReturn, leverage, options);
  }
}