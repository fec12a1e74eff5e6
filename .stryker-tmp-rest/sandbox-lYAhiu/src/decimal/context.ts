/**
 * Decimal contexts: a private `Decimal.clone` per precision and rounding,
 * the rounding-mode names, and the per-call options every decimal function
 * accepts. Never `Decimal.set`: the global decimal.js constructor (and any
 * other copy a user holds) is never touched.
 *
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
import Decimal from 'decimal.js';
import * as guard from '../internal/guards.ts';

/**
 * A named rounding mode (no enums, no decimal.js numbers in the API):
 *
 * - `'half-even'`: to nearest, ties to the even neighbour (banker's rounding; `2.5 → 2`, `3.5 → 4`).
 * - `'half-up'`: to nearest, ties away from zero (`2.5 → 3`, `−2.5 → −3`).
 * - `'half-down'`: to nearest, ties toward zero (`2.5 → 2`, `−2.5 → −2`).
 * - `'half-ceil'`: to nearest, ties toward +∞ (`2.5 → 3`, `−2.5 → −2`).
 * - `'half-floor'`: to nearest, ties toward −∞ (`2.5 → 2`, `−2.5 → −3`).
 * - `'toward-zero'`: truncate (`2.9 → 2`, `−2.9 → −2`).
 * - `'away-from-zero'`: (`2.1 → 3`, `−2.1 → −3`).
 * - `'floor'`: toward −∞ (`−2.1 → −3`).
 * - `'ceil'`: toward +∞ (`2.1 → 3`).
 */
export type RoundingMode = 'half-even' | 'half-up' | 'half-down' | 'half-ceil' | 'half-floor' | 'toward-zero' | 'away-from-zero' | 'floor' | 'ceil';

/** Every {@link RoundingMode}, in the order documented there. */
export const ROUNDING_MODES: readonly RoundingMode[] = stryMutAct_9fa48("0") ? [] : (stryCov_9fa48("0"), [stryMutAct_9fa48("1") ? "" : (stryCov_9fa48("1"), 'half-even'), stryMutAct_9fa48("2") ? "" : (stryCov_9fa48("2"), 'half-up'), stryMutAct_9fa48("3") ? "" : (stryCov_9fa48("3"), 'half-down'), stryMutAct_9fa48("4") ? "" : (stryCov_9fa48("4"), 'half-ceil'), stryMutAct_9fa48("5") ? "" : (stryCov_9fa48("5"), 'half-floor'), stryMutAct_9fa48("6") ? "" : (stryCov_9fa48("6"), 'toward-zero'), stryMutAct_9fa48("7") ? "" : (stryCov_9fa48("7"), 'away-from-zero'), stryMutAct_9fa48("8") ? "" : (stryCov_9fa48("8"), 'floor'), stryMutAct_9fa48("9") ? "" : (stryCov_9fa48("9"), 'ceil')]);
const MODE: Readonly<Record<RoundingMode, Decimal.Rounding>> = stryMutAct_9fa48("10") ? {} : (stryCov_9fa48("10"), {
  'half-even': Decimal.ROUND_HALF_EVEN,
  'half-up': Decimal.ROUND_HALF_UP,
  'half-down': Decimal.ROUND_HALF_DOWN,
  'half-ceil': Decimal.ROUND_HALF_CEIL,
  'half-floor': Decimal.ROUND_HALF_FLOOR,
  'toward-zero': Decimal.ROUND_DOWN,
  'away-from-zero': Decimal.ROUND_UP,
  floor: Decimal.ROUND_FLOOR,
  ceil: Decimal.ROUND_CEIL
});

/** The decimal.js rounding constant of a named mode. @internal */
export function roundingConstant(mode: RoundingMode): Decimal.Rounding {
  if (stryMutAct_9fa48("11")) {
    {}
  } else {
    stryCov_9fa48("11");
    return MODE[mode];
  }
}

/** Default significant digits of decimal arithmetic (IEEE 754 decimal128 carries 34). */
export const DEFAULT_PRECISION = 34;
/** Default rounding of inexact decimal arithmetic (divisions, the 1/periodsPerYear year fraction). */
export const DEFAULT_ROUNDING: RoundingMode = stryMutAct_9fa48("12") ? "" : (stryCov_9fa48("12"), 'half-even');
/** Largest precision decimal.js accepts. */
const MAX_PRECISION = 1e9;

/**
 * Arithmetic settings of a decimal context.
 *
 * `precision` is the number of significant digits kept by every inexact
 * operation (a division, a year fraction `1/252`); `rounding` is how those
 * operations round. Additions and multiplications of the ledger's money
 * amounts are exact whatever the precision. They do not set how a NAV is
 * struck or how shares are counted: those are options of the functions
 * (`navDecimals`, `navRounding`, `unitRounding`, `rounding` of `toShares`).
 */
export interface DecimalContextOptions {
  /** Significant digits of inexact operations, a whole number in [1, 1e9]; default 34. */
  readonly precision?: number | undefined;
  /** Rounding of inexact operations; default `'half-even'`. */
  readonly rounding?: RoundingMode | undefined;
}

/**
 * Per-call override of the arithmetic settings, accepted by every decimal
 * function in its options. `arithmeticRounding` (not `rounding`) so that it
 * never clashes with a function's own rounding rule (the whole-unit rule of
 * `toShares`, the NAV strike of `simulateFund`).
 */
export interface DecimalArithmeticOptions {
  /** Significant digits of inexact operations for this call, a whole number in [1, 1e9]; default: the context's. */
  readonly precision?: number | undefined;
  /** Rounding of inexact operations for this call; default: the context's. */
  readonly arithmeticRounding?: RoundingMode | undefined;
}

/** A private decimal.js constructor and its settings. @internal */
export interface Arith {
  /** The private clone: `new D(x)`, `D.div`… round to `precision` with `rounding`. */
  readonly D: Decimal.Constructor;
  /** A clone with 1e9 digits: additions and products of finite decimals are exact. */
  readonly X: Decimal.Constructor;
  readonly precision: number;
  readonly rounding: RoundingMode;
}
function cloneWith(precision: number, rounding: RoundingMode): Decimal.Constructor {
  if (stryMutAct_9fa48("13")) {
    {}
  } else {
    stryCov_9fa48("13");
    // toExpNeg/toExpPos: money prints in plain notation, never as 1.5e-7.
    return Decimal.clone(stryMutAct_9fa48("14") ? {} : (stryCov_9fa48("14"), {
      precision,
      rounding: MODE[rounding],
      toExpNeg: stryMutAct_9fa48("15") ? +9e15 : (stryCov_9fa48("15"), -9e15),
      toExpPos: 9e15
    }));
  }
}

/** Exact products and sums: 1e9 significant digits, never used to divide. @internal */
export const EXACT: Decimal.Constructor = Decimal.clone(stryMutAct_9fa48("16") ? {} : (stryCov_9fa48("16"), {
  precision: MAX_PRECISION,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: stryMutAct_9fa48("17") ? +9e15 : (stryCov_9fa48("17"), -9e15),
  toExpPos: 9e15
}));

/** Build the arithmetic of a context (validated settings). @internal */
export function makeArith(precision: number, rounding: RoundingMode): Arith {
  if (stryMutAct_9fa48("18")) {
    {}
  } else {
    stryCov_9fa48("18");
    return stryMutAct_9fa48("19") ? {} : (stryCov_9fa48("19"), {
      D: cloneWith(precision, rounding),
      X: EXACT,
      precision,
      rounding
    });
  }
}
function readPrecision(value: unknown, argument: string): number {
  if (stryMutAct_9fa48("20")) {
    {}
  } else {
    stryCov_9fa48("20");
    const p = guard.integer(value, argument, 1);
    if (stryMutAct_9fa48("24") ? p <= MAX_PRECISION : stryMutAct_9fa48("23") ? p >= MAX_PRECISION : stryMutAct_9fa48("22") ? false : stryMutAct_9fa48("21") ? true : (stryCov_9fa48("21", "22", "23", "24"), p > MAX_PRECISION)) guard.fail(stryMutAct_9fa48("25") ? "" : (stryCov_9fa48("25"), 'OUT_OF_RANGE'), stryMutAct_9fa48("26") ? `` : (stryCov_9fa48("26"), `must be at most ${MAX_PRECISION}`), argument, value);
    return p;
  }
}

/** Validate context settings. @internal */
export function readContextOptions(value: unknown, argument: string): {
  precision: number;
  rounding: RoundingMode;
} {
  if (stryMutAct_9fa48("27")) {
    {}
  } else {
    stryCov_9fa48("27");
    const o = guard.optionalOptions(value, argument);
    return stryMutAct_9fa48("28") ? {} : (stryCov_9fa48("28"), {
      precision: (stryMutAct_9fa48("31") ? o['precision'] !== undefined : stryMutAct_9fa48("30") ? false : stryMutAct_9fa48("29") ? true : (stryCov_9fa48("29", "30", "31"), o[stryMutAct_9fa48("32") ? "" : (stryCov_9fa48("32"), 'precision')] === undefined)) ? DEFAULT_PRECISION : readPrecision(o[stryMutAct_9fa48("33") ? "" : (stryCov_9fa48("33"), 'precision')], stryMutAct_9fa48("34") ? `` : (stryCov_9fa48("34"), `${argument}.precision`)),
      rounding: (stryMutAct_9fa48("37") ? o['rounding'] !== undefined : stryMutAct_9fa48("36") ? false : stryMutAct_9fa48("35") ? true : (stryCov_9fa48("35", "36", "37"), o[stryMutAct_9fa48("38") ? "" : (stryCov_9fa48("38"), 'rounding')] === undefined)) ? DEFAULT_ROUNDING : guard.oneOf(o[stryMutAct_9fa48("39") ? "" : (stryCov_9fa48("39"), 'rounding')], ROUNDING_MODES, stryMutAct_9fa48("40") ? `` : (stryCov_9fa48("40"), `${argument}.rounding`))
    });
  }
}

/**
 * The arithmetic of one call: the context's own when the call overrides
 * nothing, otherwise a fresh private clone (never cached, never shared).
 * @internal
 */
export function arithFor(base: Arith, o: Readonly<Record<string, unknown>>, argument = stryMutAct_9fa48("41") ? "" : (stryCov_9fa48("41"), 'options')): Arith {
  if (stryMutAct_9fa48("42")) {
    {}
  } else {
    stryCov_9fa48("42");
    const p = o[stryMutAct_9fa48("43") ? "" : (stryCov_9fa48("43"), 'precision')];
    const r = o[stryMutAct_9fa48("44") ? "" : (stryCov_9fa48("44"), 'arithmeticRounding')];
    if (stryMutAct_9fa48("47") ? p === undefined || r === undefined : stryMutAct_9fa48("46") ? false : stryMutAct_9fa48("45") ? true : (stryCov_9fa48("45", "46", "47"), (stryMutAct_9fa48("49") ? p !== undefined : stryMutAct_9fa48("48") ? true : (stryCov_9fa48("48", "49"), p === undefined)) && (stryMutAct_9fa48("51") ? r !== undefined : stryMutAct_9fa48("50") ? true : (stryCov_9fa48("50", "51"), r === undefined)))) return base;
    const precision = (stryMutAct_9fa48("54") ? p !== undefined : stryMutAct_9fa48("53") ? false : stryMutAct_9fa48("52") ? true : (stryCov_9fa48("52", "53", "54"), p === undefined)) ? base.precision : readPrecision(p, stryMutAct_9fa48("55") ? `` : (stryCov_9fa48("55"), `${argument}.precision`));
    const rounding = (stryMutAct_9fa48("58") ? r !== undefined : stryMutAct_9fa48("57") ? false : stryMutAct_9fa48("56") ? true : (stryCov_9fa48("56", "57", "58"), r === undefined)) ? base.rounding : guard.oneOf(r, ROUNDING_MODES, stryMutAct_9fa48("59") ? `` : (stryCov_9fa48("59"), `${argument}.arithmeticRounding`));
    if (stryMutAct_9fa48("62") ? precision === base.precision || rounding === base.rounding : stryMutAct_9fa48("61") ? false : stryMutAct_9fa48("60") ? true : (stryCov_9fa48("60", "61", "62"), (stryMutAct_9fa48("64") ? precision !== base.precision : stryMutAct_9fa48("63") ? true : (stryCov_9fa48("63", "64"), precision === base.precision)) && (stryMutAct_9fa48("66") ? rounding !== base.rounding : stryMutAct_9fa48("65") ? true : (stryCov_9fa48("65", "66"), rounding === base.rounding)))) return base;
    return makeArith(precision, rounding);
  }
}

/** The default context's arithmetic: 34 significant digits, half-even. @internal */
export const DEFAULT_ARITH: Arith = makeArith(DEFAULT_PRECISION, DEFAULT_ROUNDING);