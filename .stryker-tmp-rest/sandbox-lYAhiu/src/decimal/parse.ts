/**
 * Input guards of the decimal entry: read a `Decimal.Value` (string, number,
 * bigint or Decimal) into a Decimal of a private constructor, with the same
 * error codes as the float API (`NON_FINITE`, `NOT_POSITIVE`, …) plus
 * `INVALID_DECIMAL` for a string that is not a decimal number.
 *
 * Reading is exact: a string keeps every digit written (`'0.1'` is one
 * tenth), a number is read as its shortest round-trip decimal (`0.1` → `0.1`,
 * as decimal.js does), a Decimal of any constructor is copied digit for
 * digit. Nothing is rounded to the context's precision on the way in.
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
import Decimal from 'decimal.js';
import * as guard from '../internal/guards.ts';

/**
 * A value the decimal entry reads as a decimal number: a decimal string
 * (`'12.5'`, `'-1e-4'`; plain notation, no hex, no spaces), a finite number
 * (read as its shortest round-trip decimal), a bigint or a decimal.js
 * `Decimal` of any constructor (copied digit for digit). Zero or a magnitude
 * within `1e±10000`.
 */
export type DecimalValue = Decimal.Value;

// Plain decimal notation only: no hex/binary/octal literals, no spaces, no separators.
const DECIMAL_STRING = stryMutAct_9fa48("223") ? /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\D+)?$/i : stryMutAct_9fa48("222") ? /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d)?$/i : stryMutAct_9fa48("221") ? /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[^+-]?\d+)?$/i : stryMutAct_9fa48("220") ? /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]\d+)?$/i : stryMutAct_9fa48("219") ? /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)$/i : stryMutAct_9fa48("218") ? /^[+-]?(?:\d+\.?\d*|\.\D+)(?:e[+-]?\d+)?$/i : stryMutAct_9fa48("217") ? /^[+-]?(?:\d+\.?\d*|\.\d)(?:e[+-]?\d+)?$/i : stryMutAct_9fa48("216") ? /^[+-]?(?:\d+\.?\D*|\.\d+)(?:e[+-]?\d+)?$/i : stryMutAct_9fa48("215") ? /^[+-]?(?:\d+\.?\d|\.\d+)(?:e[+-]?\d+)?$/i : stryMutAct_9fa48("214") ? /^[+-]?(?:\d+\.\d*|\.\d+)(?:e[+-]?\d+)?$/i : stryMutAct_9fa48("213") ? /^[+-]?(?:\D+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i : stryMutAct_9fa48("212") ? /^[+-]?(?:\d\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i : stryMutAct_9fa48("211") ? /^[^+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i : stryMutAct_9fa48("210") ? /^[+-](?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i : stryMutAct_9fa48("209") ? /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?/i : stryMutAct_9fa48("208") ? /[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i : (stryCov_9fa48("208", "209", "210", "211", "212", "213", "214", "215", "216", "217", "218", "219", "220", "221", "222", "223"), /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i);
const NON_FINITE_STRING = stryMutAct_9fa48("227") ? /^[^+-]?(?:NaN|Infinity)$/ : stryMutAct_9fa48("226") ? /^[+-](?:NaN|Infinity)$/ : stryMutAct_9fa48("225") ? /^[+-]?(?:NaN|Infinity)/ : stryMutAct_9fa48("224") ? /[+-]?(?:NaN|Infinity)$/ : (stryCov_9fa48("224", "225", "226", "227"), /^[+-]?(?:NaN|Infinity)$/);

/** Largest decimal exponent accepted: far beyond money and the double range, small enough that no operation explodes. */
const MAX_EXPONENT = 10_000;
function checked(x: Decimal, argument: string, value: unknown, index?: number): Decimal {
  if (stryMutAct_9fa48("228")) {
    {}
  } else {
    stryCov_9fa48("228");
    if (stryMutAct_9fa48("231") ? false : stryMutAct_9fa48("230") ? true : stryMutAct_9fa48("229") ? x.isFinite() : (stryCov_9fa48("229", "230", "231"), !x.isFinite())) guard.fail(stryMutAct_9fa48("232") ? "" : (stryCov_9fa48("232"), 'NON_FINITE'), stryMutAct_9fa48("233") ? "" : (stryCov_9fa48("233"), 'must be a finite number'), argument, value, index);
    if (stryMutAct_9fa48("236") ? !x.isZero() || x.e > MAX_EXPONENT || x.e < -MAX_EXPONENT : stryMutAct_9fa48("235") ? false : stryMutAct_9fa48("234") ? true : (stryCov_9fa48("234", "235", "236"), (stryMutAct_9fa48("237") ? x.isZero() : (stryCov_9fa48("237"), !x.isZero())) && (stryMutAct_9fa48("239") ? x.e > MAX_EXPONENT && x.e < -MAX_EXPONENT : stryMutAct_9fa48("238") ? true : (stryCov_9fa48("238", "239"), (stryMutAct_9fa48("242") ? x.e <= MAX_EXPONENT : stryMutAct_9fa48("241") ? x.e >= MAX_EXPONENT : stryMutAct_9fa48("240") ? false : (stryCov_9fa48("240", "241", "242"), x.e > MAX_EXPONENT)) || (stryMutAct_9fa48("245") ? x.e >= -MAX_EXPONENT : stryMutAct_9fa48("244") ? x.e <= -MAX_EXPONENT : stryMutAct_9fa48("243") ? false : (stryCov_9fa48("243", "244", "245"), x.e < (stryMutAct_9fa48("246") ? +MAX_EXPONENT : (stryCov_9fa48("246"), -MAX_EXPONENT)))))))) {
      if (stryMutAct_9fa48("247")) {
        {}
      } else {
        stryCov_9fa48("247");
        guard.fail(stryMutAct_9fa48("248") ? "" : (stryCov_9fa48("248"), 'OUT_OF_RANGE'), stryMutAct_9fa48("249") ? `` : (stryCov_9fa48("249"), `must be zero or of magnitude between 1e-${MAX_EXPONENT} and 1e${MAX_EXPONENT}`), argument, value, index);
      }
    }
    return x;
  }
}

/** Any finite decimal. */
export function dec(D: Decimal.Constructor, value: unknown, argument: string, index?: number): Decimal {
  if (stryMutAct_9fa48("250")) {
    {}
  } else {
    stryCov_9fa48("250");
    if (stryMutAct_9fa48("253") ? typeof value !== 'string' : stryMutAct_9fa48("252") ? false : stryMutAct_9fa48("251") ? true : (stryCov_9fa48("251", "252", "253"), typeof value === (stryMutAct_9fa48("254") ? "" : (stryCov_9fa48("254"), 'string')))) {
      if (stryMutAct_9fa48("255")) {
        {}
      } else {
        stryCov_9fa48("255");
        if (stryMutAct_9fa48("257") ? false : stryMutAct_9fa48("256") ? true : (stryCov_9fa48("256", "257"), NON_FINITE_STRING.test(value))) guard.fail(stryMutAct_9fa48("258") ? "" : (stryCov_9fa48("258"), 'NON_FINITE'), stryMutAct_9fa48("259") ? "" : (stryCov_9fa48("259"), 'must be a finite number'), argument, value, index);
        if (stryMutAct_9fa48("262") ? false : stryMutAct_9fa48("261") ? true : stryMutAct_9fa48("260") ? DECIMAL_STRING.test(value) : (stryCov_9fa48("260", "261", "262"), !DECIMAL_STRING.test(value))) guard.fail(stryMutAct_9fa48("263") ? "" : (stryCov_9fa48("263"), 'INVALID_DECIMAL'), stryMutAct_9fa48("264") ? "" : (stryCov_9fa48("264"), 'must be a decimal number such as "12.5" or "-1e-4"'), argument, value, index);
        return checked(new D(value), argument, value, index);
      }
    }
    if (stryMutAct_9fa48("267") ? typeof value !== 'number' : stryMutAct_9fa48("266") ? false : stryMutAct_9fa48("265") ? true : (stryCov_9fa48("265", "266", "267"), typeof value === (stryMutAct_9fa48("268") ? "" : (stryCov_9fa48("268"), 'number')))) {
      if (stryMutAct_9fa48("269")) {
        {}
      } else {
        stryCov_9fa48("269");
        if (stryMutAct_9fa48("272") ? false : stryMutAct_9fa48("271") ? true : stryMutAct_9fa48("270") ? Number.isFinite(value) : (stryCov_9fa48("270", "271", "272"), !Number.isFinite(value))) guard.fail(stryMutAct_9fa48("273") ? "" : (stryCov_9fa48("273"), 'NON_FINITE'), stryMutAct_9fa48("274") ? "" : (stryCov_9fa48("274"), 'must be a finite number'), argument, value, index);
        return new D(value);
      }
    }
    if (stryMutAct_9fa48("277") ? typeof value !== 'bigint' : stryMutAct_9fa48("276") ? false : stryMutAct_9fa48("275") ? true : (stryCov_9fa48("275", "276", "277"), typeof value === (stryMutAct_9fa48("278") ? "" : (stryCov_9fa48("278"), 'bigint')))) return checked(new D(value.toString()), argument, value, index);
    if (stryMutAct_9fa48("280") ? false : stryMutAct_9fa48("279") ? true : (stryCov_9fa48("279", "280"), Decimal.isDecimal(value))) {
      if (stryMutAct_9fa48("281")) {
        {}
      } else {
        stryCov_9fa48("281");
        // a Decimal of any clone or copy of decimal.js; an object that only carries its tag is rejected
        const v = value as {
          d?: unknown;
          e?: unknown;
          s?: unknown;
        };
        const digits = stryMutAct_9fa48("284") ? v.d === null && Array.isArray(v.d) && v.d.every(w => Number.isInteger(w) && w >= 0 && w < 1e7) : stryMutAct_9fa48("283") ? false : stryMutAct_9fa48("282") ? true : (stryCov_9fa48("282", "283", "284"), (stryMutAct_9fa48("286") ? v.d !== null : stryMutAct_9fa48("285") ? false : (stryCov_9fa48("285", "286"), v.d === null)) || (stryMutAct_9fa48("288") ? Array.isArray(v.d) || v.d.every(w => Number.isInteger(w) && w >= 0 && w < 1e7) : stryMutAct_9fa48("287") ? false : (stryCov_9fa48("287", "288"), Array.isArray(v.d) && (stryMutAct_9fa48("289") ? v.d.some(w => Number.isInteger(w) && w >= 0 && w < 1e7) : (stryCov_9fa48("289"), v.d.every(stryMutAct_9fa48("290") ? () => undefined : (stryCov_9fa48("290"), w => stryMutAct_9fa48("293") ? Number.isInteger(w) && w >= 0 || w < 1e7 : stryMutAct_9fa48("292") ? false : stryMutAct_9fa48("291") ? true : (stryCov_9fa48("291", "292", "293"), (stryMutAct_9fa48("295") ? Number.isInteger(w) || w >= 0 : stryMutAct_9fa48("294") ? true : (stryCov_9fa48("294", "295"), Number.isInteger(w) && (stryMutAct_9fa48("298") ? w < 0 : stryMutAct_9fa48("297") ? w > 0 : stryMutAct_9fa48("296") ? true : (stryCov_9fa48("296", "297", "298"), w >= 0)))) && (stryMutAct_9fa48("301") ? w >= 1e7 : stryMutAct_9fa48("300") ? w <= 1e7 : stryMutAct_9fa48("299") ? true : (stryCov_9fa48("299", "300", "301"), w < 1e7))))))))));
        const sign = stryMutAct_9fa48("304") ? (v.s === 1 || v.s === -1) && Number.isNaN(v.s) : stryMutAct_9fa48("303") ? false : stryMutAct_9fa48("302") ? true : (stryCov_9fa48("302", "303", "304"), (stryMutAct_9fa48("306") ? v.s === 1 && v.s === -1 : stryMutAct_9fa48("305") ? false : (stryCov_9fa48("305", "306"), (stryMutAct_9fa48("308") ? v.s !== 1 : stryMutAct_9fa48("307") ? false : (stryCov_9fa48("307", "308"), v.s === 1)) || (stryMutAct_9fa48("310") ? v.s !== -1 : stryMutAct_9fa48("309") ? false : (stryCov_9fa48("309", "310"), v.s === (stryMutAct_9fa48("311") ? +1 : (stryCov_9fa48("311"), -1)))))) || Number.isNaN(v.s));
        const exponent = stryMutAct_9fa48("314") ? v.d === null && typeof v.e === 'number' && Number.isInteger(v.e) : stryMutAct_9fa48("313") ? false : stryMutAct_9fa48("312") ? true : (stryCov_9fa48("312", "313", "314"), (stryMutAct_9fa48("316") ? v.d !== null : stryMutAct_9fa48("315") ? false : (stryCov_9fa48("315", "316"), v.d === null)) || (stryMutAct_9fa48("318") ? typeof v.e === 'number' || Number.isInteger(v.e) : stryMutAct_9fa48("317") ? false : (stryCov_9fa48("317", "318"), (stryMutAct_9fa48("320") ? typeof v.e !== 'number' : stryMutAct_9fa48("319") ? true : (stryCov_9fa48("319", "320"), typeof v.e === (stryMutAct_9fa48("321") ? "" : (stryCov_9fa48("321"), 'number')))) && Number.isInteger(v.e))));
        if (stryMutAct_9fa48("324") ? (!digits || !sign) && !exponent : stryMutAct_9fa48("323") ? false : stryMutAct_9fa48("322") ? true : (stryCov_9fa48("322", "323", "324"), (stryMutAct_9fa48("326") ? !digits && !sign : stryMutAct_9fa48("325") ? false : (stryCov_9fa48("325", "326"), (stryMutAct_9fa48("327") ? digits : (stryCov_9fa48("327"), !digits)) || (stryMutAct_9fa48("328") ? sign : (stryCov_9fa48("328"), !sign)))) || (stryMutAct_9fa48("329") ? exponent : (stryCov_9fa48("329"), !exponent)))) guard.fail(stryMutAct_9fa48("330") ? "" : (stryCov_9fa48("330"), 'INVALID_DECIMAL'), stryMutAct_9fa48("331") ? "" : (stryCov_9fa48("331"), 'is not a valid Decimal'), argument, value, index);
        return checked(new D(value as Decimal), argument, value, index);
      }
    }
    return guard.fail(stryMutAct_9fa48("332") ? "" : (stryCov_9fa48("332"), 'INVALID_TYPE'), stryMutAct_9fa48("333") ? "" : (stryCov_9fa48("333"), 'must be a decimal string, a number, a bigint or a Decimal'), argument, value, index);
  }
}

/** A finite decimal `> 0`. */
export function decPositive(D: Decimal.Constructor, value: unknown, argument: string, index?: number): Decimal {
  if (stryMutAct_9fa48("334")) {
    {}
  } else {
    stryCov_9fa48("334");
    const x = dec(D, value, argument, index);
    if (stryMutAct_9fa48("337") ? false : stryMutAct_9fa48("336") ? true : stryMutAct_9fa48("335") ? x.gt(0) : (stryCov_9fa48("335", "336", "337"), !x.gt(0))) guard.fail(stryMutAct_9fa48("338") ? "" : (stryCov_9fa48("338"), 'NOT_POSITIVE'), stryMutAct_9fa48("339") ? "" : (stryCov_9fa48("339"), 'must be greater than zero'), argument, value, index);
    return x;
  }
}

/** A finite decimal `≥ 0`. */
export function decNonNegative(D: Decimal.Constructor, value: unknown, argument: string, index?: number): Decimal {
  if (stryMutAct_9fa48("340")) {
    {}
  } else {
    stryCov_9fa48("340");
    const x = dec(D, value, argument, index);
    if (stryMutAct_9fa48("342") ? false : stryMutAct_9fa48("341") ? true : (stryCov_9fa48("341", "342"), x.lt(0))) guard.fail(stryMutAct_9fa48("343") ? "" : (stryCov_9fa48("343"), 'NEGATIVE'), stryMutAct_9fa48("344") ? "" : (stryCov_9fa48("344"), 'must be zero or greater'), argument, value, index);
    return x;
  }
}

/** A finite simple return `> −1`. */
export function decReturn(D: Decimal.Constructor, value: unknown, argument: string, index?: number): Decimal {
  if (stryMutAct_9fa48("345")) {
    {}
  } else {
    stryCov_9fa48("345");
    const x = dec(D, value, argument, index);
    if (stryMutAct_9fa48("348") ? false : stryMutAct_9fa48("347") ? true : stryMutAct_9fa48("346") ? x.gt(-1) : (stryCov_9fa48("346", "347", "348"), !x.gt(stryMutAct_9fa48("349") ? +1 : (stryCov_9fa48("349"), -1)))) guard.fail(stryMutAct_9fa48("350") ? "" : (stryCov_9fa48("350"), 'RETURN_OUT_OF_DOMAIN'), stryMutAct_9fa48("351") ? "" : (stryCov_9fa48("351"), 'a simple return must be greater than -1'), argument, value, index);
    return x;
  }
}

/** A whole number `≥ 0` (a share count). */
export function decWholeNonNegative(D: Decimal.Constructor, value: unknown, argument: string, index?: number): Decimal {
  if (stryMutAct_9fa48("352")) {
    {}
  } else {
    stryCov_9fa48("352");
    const x = decNonNegative(D, value, argument, index);
    if (stryMutAct_9fa48("355") ? false : stryMutAct_9fa48("354") ? true : stryMutAct_9fa48("353") ? x.isInteger() : (stryCov_9fa48("353", "354", "355"), !x.isInteger())) guard.fail(stryMutAct_9fa48("356") ? "" : (stryCov_9fa48("356"), 'OUT_OF_RANGE'), stryMutAct_9fa48("357") ? "" : (stryCov_9fa48("357"), 'must be a whole number'), argument, value, index);
    return x;
  }
}

/** A whole number (a signed share count). */
export function decWhole(D: Decimal.Constructor, value: unknown, argument: string, index?: number): Decimal {
  if (stryMutAct_9fa48("358")) {
    {}
  } else {
    stryCov_9fa48("358");
    const x = dec(D, value, argument, index);
    if (stryMutAct_9fa48("361") ? false : stryMutAct_9fa48("360") ? true : stryMutAct_9fa48("359") ? x.isInteger() : (stryCov_9fa48("359", "360", "361"), !x.isInteger())) guard.fail(stryMutAct_9fa48("362") ? "" : (stryCov_9fa48("362"), 'OUT_OF_RANGE'), stryMutAct_9fa48("363") ? "" : (stryCov_9fa48("363"), 'must be a whole number'), argument, value, index);
    return x;
  }
}

/** An `Array` or typed array, at least `minLength` long, each element read by `read`. Never mutated. */
export function decSeries(D: Decimal.Constructor, value: unknown, argument: string, minLength: number, read: (D: Decimal.Constructor, value: unknown, argument: string, index?: number) => Decimal = dec): Decimal[] {
  if (stryMutAct_9fa48("364")) {
    {}
  } else {
    stryCov_9fa48("364");
    const ok = stryMutAct_9fa48("367") ? Array.isArray(value) && ArrayBuffer.isView(value) && !(value instanceof DataView) : stryMutAct_9fa48("366") ? false : stryMutAct_9fa48("365") ? true : (stryCov_9fa48("365", "366", "367"), Array.isArray(value) || (stryMutAct_9fa48("369") ? ArrayBuffer.isView(value) || !(value instanceof DataView) : stryMutAct_9fa48("368") ? false : (stryCov_9fa48("368", "369"), ArrayBuffer.isView(value) && (stryMutAct_9fa48("370") ? value instanceof DataView : (stryCov_9fa48("370"), !(value instanceof DataView))))));
    if (stryMutAct_9fa48("373") ? false : stryMutAct_9fa48("372") ? true : stryMutAct_9fa48("371") ? ok : (stryCov_9fa48("371", "372", "373"), !ok)) guard.fail(stryMutAct_9fa48("374") ? "" : (stryCov_9fa48("374"), 'INVALID_TYPE'), stryMutAct_9fa48("375") ? "" : (stryCov_9fa48("375"), 'must be an array of decimal values'), argument, value);
    const s = value as ArrayLike<unknown>;
    if (stryMutAct_9fa48("378") ? s.length === 0 || minLength > 0 : stryMutAct_9fa48("377") ? false : stryMutAct_9fa48("376") ? true : (stryCov_9fa48("376", "377", "378"), (stryMutAct_9fa48("380") ? s.length !== 0 : stryMutAct_9fa48("379") ? true : (stryCov_9fa48("379", "380"), s.length === 0)) && (stryMutAct_9fa48("383") ? minLength <= 0 : stryMutAct_9fa48("382") ? minLength >= 0 : stryMutAct_9fa48("381") ? true : (stryCov_9fa48("381", "382", "383"), minLength > 0)))) guard.fail(stryMutAct_9fa48("384") ? "" : (stryCov_9fa48("384"), 'EMPTY_SERIES'), stryMutAct_9fa48("385") ? "" : (stryCov_9fa48("385"), 'must not be empty'), argument, value);
    if (stryMutAct_9fa48("389") ? s.length >= minLength : stryMutAct_9fa48("388") ? s.length <= minLength : stryMutAct_9fa48("387") ? false : stryMutAct_9fa48("386") ? true : (stryCov_9fa48("386", "387", "388", "389"), s.length < minLength)) guard.fail(stryMutAct_9fa48("390") ? "" : (stryCov_9fa48("390"), 'SERIES_TOO_SHORT'), stryMutAct_9fa48("391") ? `` : (stryCov_9fa48("391"), `must have at least ${minLength} elements`), argument, value);
    const out = stryMutAct_9fa48("392") ? new Array() : (stryCov_9fa48("392"), new Array<Decimal>(s.length));
    for (let i = 0; stryMutAct_9fa48("395") ? i >= s.length : stryMutAct_9fa48("394") ? i <= s.length : stryMutAct_9fa48("393") ? false : (stryCov_9fa48("393", "394", "395"), i < s.length); stryMutAct_9fa48("396") ? i-- : (stryCov_9fa48("396"), i++)) {
      if (stryMutAct_9fa48("397")) {
        {}
      } else {
        stryCov_9fa48("397");
        if (stryMutAct_9fa48("400") ? Array.isArray(value) || !(i in value) : stryMutAct_9fa48("399") ? false : stryMutAct_9fa48("398") ? true : (stryCov_9fa48("398", "399", "400"), Array.isArray(value) && (stryMutAct_9fa48("401") ? i in value : (stryCov_9fa48("401"), !(i in value))))) guard.fail(stryMutAct_9fa48("402") ? "" : (stryCov_9fa48("402"), 'INVALID_TYPE'), stryMutAct_9fa48("403") ? "" : (stryCov_9fa48("403"), 'must not have holes'), argument, undefined, i);
        out[i] = read(D, s[i], argument, i);
      }
    }
    return out;
  }
}