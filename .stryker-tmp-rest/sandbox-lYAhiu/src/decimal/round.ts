/**
 * Exact rounding of a quotient to a whole number: `round(n / p)` under a
 * named mode, decided by exact products, never by a quotient rounded to some
 * precision first (which can turn `k + ½ − 10⁻⁴⁰` into an exact tie).
 *
 * @internal
 * @module
 */
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
import { EXACT as X, roundingConstant, type RoundingMode } from './context.ts';

/**
 * The whole number `u` nearest `n / p` under `mode` (for `p > 0`), exactly.
 *
 * Method: `k = ⌊|n| / p⌋` by decimal.js's integer division (it computes
 * the integer digits only, truncated: exact); then the exact remainder
 * `ρ = |n| − k·p ∈ [0, p)` and the comparison of `2ρ` with `p` decide the
 * direction and the ties.
 */
export function roundQuotient(n: Decimal, p: Decimal, mode: RoundingMode): Decimal {
  if (stryMutAct_9fa48("404")) {
    {}
  } else {
    stryCov_9fa48("404");
    const a = new X(n).abs();
    if (stryMutAct_9fa48("406") ? false : stryMutAct_9fa48("405") ? true : (stryCov_9fa48("405", "406"), a.isZero())) return new X(0);
    let k = a.divToInt(p);
    let rem = a.minus(k.times(p));
    // Defensive: the argument above makes these loops dead, but a wrong k must never escape.
    while (stryMutAct_9fa48("407") ? false : (stryCov_9fa48("407"), rem.isNegative())) {
      if (stryMutAct_9fa48("408")) {
        {}
      } else {
        stryCov_9fa48("408");
        k = k.minus(1);
        rem = rem.plus(p);
      }
    }
    while (stryMutAct_9fa48("409") ? false : (stryCov_9fa48("409"), rem.gte(p))) {
      if (stryMutAct_9fa48("410")) {
        {}
      } else {
        stryCov_9fa48("410");
        k = k.plus(1);
        rem = rem.minus(p);
      }
    }
    const positive = stryMutAct_9fa48("411") ? n.isNegative() : (stryCov_9fa48("411"), !n.isNegative());
    const cmp = rem.times(2).cmp(p); // −1 below half, 0 tie, 1 above half
    const inexact = stryMutAct_9fa48("412") ? rem.isZero() : (stryCov_9fa48("412"), !rem.isZero());
    let up: boolean; // away from zero, in magnitude
    switch (mode) {
      case stryMutAct_9fa48("414") ? "" : (stryCov_9fa48("414"), 'toward-zero'):
        if (stryMutAct_9fa48("413")) {} else {
          stryCov_9fa48("413");
          up = stryMutAct_9fa48("415") ? true : (stryCov_9fa48("415"), false);
          break;
        }
      case stryMutAct_9fa48("417") ? "" : (stryCov_9fa48("417"), 'away-from-zero'):
        if (stryMutAct_9fa48("416")) {} else {
          stryCov_9fa48("416");
          up = inexact;
          break;
        }
      case stryMutAct_9fa48("419") ? "" : (stryCov_9fa48("419"), 'floor'):
        if (stryMutAct_9fa48("418")) {} else {
          stryCov_9fa48("418");
          up = stryMutAct_9fa48("422") ? !positive || inexact : stryMutAct_9fa48("421") ? false : stryMutAct_9fa48("420") ? true : (stryCov_9fa48("420", "421", "422"), (stryMutAct_9fa48("423") ? positive : (stryCov_9fa48("423"), !positive)) && inexact);
          break;
        }
      case stryMutAct_9fa48("425") ? "" : (stryCov_9fa48("425"), 'ceil'):
        if (stryMutAct_9fa48("424")) {} else {
          stryCov_9fa48("424");
          up = stryMutAct_9fa48("428") ? positive || inexact : stryMutAct_9fa48("427") ? false : stryMutAct_9fa48("426") ? true : (stryCov_9fa48("426", "427", "428"), positive && inexact);
          break;
        }
      default:
        if (stryMutAct_9fa48("429")) {} else {
          stryCov_9fa48("429");
          if (stryMutAct_9fa48("432") ? cmp === 0 : stryMutAct_9fa48("431") ? false : stryMutAct_9fa48("430") ? true : (stryCov_9fa48("430", "431", "432"), cmp !== 0)) up = stryMutAct_9fa48("436") ? cmp <= 0 : stryMutAct_9fa48("435") ? cmp >= 0 : stryMutAct_9fa48("434") ? false : stryMutAct_9fa48("433") ? true : (stryCov_9fa48("433", "434", "435", "436"), cmp > 0);else if (stryMutAct_9fa48("439") ? mode !== 'half-up' : stryMutAct_9fa48("438") ? false : stryMutAct_9fa48("437") ? true : (stryCov_9fa48("437", "438", "439"), mode === (stryMutAct_9fa48("440") ? "" : (stryCov_9fa48("440"), 'half-up')))) up = stryMutAct_9fa48("441") ? false : (stryCov_9fa48("441"), true);else if (stryMutAct_9fa48("444") ? mode !== 'half-down' : stryMutAct_9fa48("443") ? false : stryMutAct_9fa48("442") ? true : (stryCov_9fa48("442", "443", "444"), mode === (stryMutAct_9fa48("445") ? "" : (stryCov_9fa48("445"), 'half-down')))) up = stryMutAct_9fa48("446") ? true : (stryCov_9fa48("446"), false);else if (stryMutAct_9fa48("449") ? mode !== 'half-ceil' : stryMutAct_9fa48("448") ? false : stryMutAct_9fa48("447") ? true : (stryCov_9fa48("447", "448", "449"), mode === (stryMutAct_9fa48("450") ? "" : (stryCov_9fa48("450"), 'half-ceil')))) up = positive;else if (stryMutAct_9fa48("453") ? mode !== 'half-floor' : stryMutAct_9fa48("452") ? false : stryMutAct_9fa48("451") ? true : (stryCov_9fa48("451", "452", "453"), mode === (stryMutAct_9fa48("454") ? "" : (stryCov_9fa48("454"), 'half-floor')))) up = stryMutAct_9fa48("455") ? positive : (stryCov_9fa48("455"), !positive);else up = stryMutAct_9fa48("456") ? k.mod(2).isZero() : (stryCov_9fa48("456"), !k.mod(2).isZero());
        }
      // half-even: away from zero when k is odd
    }
    const u = up ? k.plus(1) : k;
    return (stryMutAct_9fa48("459") ? positive && u.isZero() : stryMutAct_9fa48("458") ? false : stryMutAct_9fa48("457") ? true : (stryCov_9fa48("457", "458", "459"), positive || u.isZero())) ? u : u.neg();
  }
}

/** `x` rounded to `decimals` places under `mode` (exact: decimal.js rounds a finite decimal exactly). */
export function roundToDecimals(x: Decimal, decimals: number, mode: RoundingMode): Decimal {
  if (stryMutAct_9fa48("460")) {
    {}
  } else {
    stryCov_9fa48("460");
    // exact whatever x's constructor: rounding to decimal places is not limited by the precision
    return x.toDecimalPlaces(decimals, roundingConstant(mode));
  }
}