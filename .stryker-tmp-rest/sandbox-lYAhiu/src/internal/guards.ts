/**
 * Input guards shared by every public function: one validation policy at the
 * public boundary. Internal kernels trust their inputs and do not re-validate.
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
import { InverseMathError, type InverseMathErrorCode } from '../errors.ts';

/** Throw an {@link InverseMathError}. */
export function fail(...error: [code: InverseMathErrorCode, message: string, argument: string, value: unknown, index?: number]): never {
  if (stryMutAct_9fa48("1383")) {
    {}
  } else {
    stryCov_9fa48("1383");
    throw new InverseMathError(...error);
  }
}

/** A finite number. `-0` is accepted and kept. */
export function finite(value: unknown, argument: string, index?: number): number {
  if (stryMutAct_9fa48("1384")) {
    {}
  } else {
    stryCov_9fa48("1384");
    // Number.isFinite does not coerce: a string or an object is not finite either
    if (stryMutAct_9fa48("1387") ? false : stryMutAct_9fa48("1386") ? true : stryMutAct_9fa48("1385") ? Number.isFinite(value) : (stryCov_9fa48("1385", "1386", "1387"), !Number.isFinite(value))) fail((stryMutAct_9fa48("1390") ? typeof value !== 'number' : stryMutAct_9fa48("1389") ? false : stryMutAct_9fa48("1388") ? true : (stryCov_9fa48("1388", "1389", "1390"), typeof value === (stryMutAct_9fa48("1391") ? "" : (stryCov_9fa48("1391"), 'number')))) ? stryMutAct_9fa48("1392") ? "" : (stryCov_9fa48("1392"), 'NON_FINITE') : stryMutAct_9fa48("1393") ? "" : (stryCov_9fa48("1393"), 'INVALID_TYPE'), stryMutAct_9fa48("1394") ? "" : (stryCov_9fa48("1394"), 'must be a finite number'), argument, value, index);
    return value as number;
  }
}

/**
 * A result computed from valid inputs that must still be a finite double: an
 * overflow (or `∞ − ∞`) is reported as `NON_FINITE` against `argument`, never
 * returned as `±Infinity` or `NaN`.
 */
export function finiteResult(x: number, argument: string, value: unknown, index?: number): number {
  if (stryMutAct_9fa48("1395")) {
    {}
  } else {
    stryCov_9fa48("1395");
    if (stryMutAct_9fa48("1398") ? false : stryMutAct_9fa48("1397") ? true : stryMutAct_9fa48("1396") ? Number.isFinite(x) : (stryCov_9fa48("1396", "1397", "1398"), !Number.isFinite(x))) fail(stryMutAct_9fa48("1399") ? "" : (stryCov_9fa48("1399"), 'NON_FINITE'), stryMutAct_9fa48("1400") ? "" : (stryCov_9fa48("1400"), 'overflows a double'), argument, value, index);
    return x;
  }
}

/** A finite number `≥ 0`. */
export function nonNegative(value: unknown, argument: string, index?: number): number {
  if (stryMutAct_9fa48("1401")) {
    {}
  } else {
    stryCov_9fa48("1401");
    if (stryMutAct_9fa48("1405") ? finite(value, argument, index) >= 0 : stryMutAct_9fa48("1404") ? finite(value, argument, index) <= 0 : stryMutAct_9fa48("1403") ? false : stryMutAct_9fa48("1402") ? true : (stryCov_9fa48("1402", "1403", "1404", "1405"), finite(value, argument, index) < 0)) fail(stryMutAct_9fa48("1406") ? "" : (stryCov_9fa48("1406"), 'NEGATIVE'), stryMutAct_9fa48("1407") ? "" : (stryCov_9fa48("1407"), 'must be zero or greater'), argument, value, index);
    return value as number;
  }
}

/** A finite number `> 0`. */
export function positive(value: unknown, argument: string, index?: number): number {
  if (stryMutAct_9fa48("1408")) {
    {}
  } else {
    stryCov_9fa48("1408");
    if (stryMutAct_9fa48("1411") ? false : stryMutAct_9fa48("1410") ? true : stryMutAct_9fa48("1409") ? finite(value, argument, index) > 0 : (stryCov_9fa48("1409", "1410", "1411"), !(stryMutAct_9fa48("1415") ? finite(value, argument, index) <= 0 : stryMutAct_9fa48("1414") ? finite(value, argument, index) >= 0 : stryMutAct_9fa48("1413") ? false : stryMutAct_9fa48("1412") ? true : (stryCov_9fa48("1412", "1413", "1414", "1415"), finite(value, argument, index) > 0)))) fail(stryMutAct_9fa48("1416") ? "" : (stryCov_9fa48("1416"), 'NOT_POSITIVE'), stryMutAct_9fa48("1417") ? "" : (stryCov_9fa48("1417"), 'must be greater than zero'), argument, value, index);
    return value as number;
  }
}

/** A finite simple return `> −1`. */
export function simpleReturn(value: unknown, argument: string, index?: number): number {
  if (stryMutAct_9fa48("1418")) {
    {}
  } else {
    stryCov_9fa48("1418");
    if (stryMutAct_9fa48("1421") ? false : stryMutAct_9fa48("1420") ? true : stryMutAct_9fa48("1419") ? finite(value, argument, index) > -1 : (stryCov_9fa48("1419", "1420", "1421"), !(stryMutAct_9fa48("1425") ? finite(value, argument, index) <= -1 : stryMutAct_9fa48("1424") ? finite(value, argument, index) >= -1 : stryMutAct_9fa48("1423") ? false : stryMutAct_9fa48("1422") ? true : (stryCov_9fa48("1422", "1423", "1424", "1425"), finite(value, argument, index) > (stryMutAct_9fa48("1426") ? +1 : (stryCov_9fa48("1426"), -1)))))) fail(stryMutAct_9fa48("1427") ? "" : (stryCov_9fa48("1427"), 'RETURN_OUT_OF_DOMAIN'), stryMutAct_9fa48("1428") ? "" : (stryCov_9fa48("1428"), 'must be > -1'), argument, value, index);
    return value as number;
  }
}

/** A simple return `r` with `1 + L·r > 0` (the fund survives the move). */
export function survivableReturn(value: unknown, leverage: number, argument: string, index?: number): number {
  if (stryMutAct_9fa48("1429")) {
    {}
  } else {
    stryCov_9fa48("1429");
    if (stryMutAct_9fa48("1432") ? false : stryMutAct_9fa48("1431") ? true : stryMutAct_9fa48("1430") ? 1 + leverage * simpleReturn(value, argument, index) > 0 : (stryCov_9fa48("1430", "1431", "1432"), !(stryMutAct_9fa48("1436") ? 1 + leverage * simpleReturn(value, argument, index) <= 0 : stryMutAct_9fa48("1435") ? 1 + leverage * simpleReturn(value, argument, index) >= 0 : stryMutAct_9fa48("1434") ? false : stryMutAct_9fa48("1433") ? true : (stryCov_9fa48("1433", "1434", "1435", "1436"), (stryMutAct_9fa48("1437") ? 1 - leverage * simpleReturn(value, argument, index) : (stryCov_9fa48("1437"), 1 + (stryMutAct_9fa48("1438") ? leverage / simpleReturn(value, argument, index) : (stryCov_9fa48("1438"), leverage * simpleReturn(value, argument, index))))) > 0)))) {
      if (stryMutAct_9fa48("1439")) {
        {}
      } else {
        stryCov_9fa48("1439");
        fail(stryMutAct_9fa48("1440") ? "" : (stryCov_9fa48("1440"), 'LEVERAGED_RETURN_OUT_OF_DOMAIN'), stryMutAct_9fa48("1441") ? `` : (stryCov_9fa48("1441"), `must keep 1 + ${leverage}·r > 0`), argument, value, index);
      }
    }
    return value as number;
  }
}

/** A series: an `Array` or a typed array of finite numbers, at least `minLength` long. Returned as is, never copied. */
export function series(value: unknown, argument: string, minLength = 1, check: (value: unknown, argument: string, index?: number) => number = finite): ArrayLike<number> {
  if (stryMutAct_9fa48("1442")) {
    {}
  } else {
    stryCov_9fa48("1442");
    const s = arrayLike(value, argument, minLength);
    for (let i = 0; stryMutAct_9fa48("1445") ? i >= s.length : stryMutAct_9fa48("1444") ? i <= s.length : stryMutAct_9fa48("1443") ? false : (stryCov_9fa48("1443", "1444", "1445"), i < s.length); stryMutAct_9fa48("1446") ? i-- : (stryCov_9fa48("1446"), i++)) check(s[i], argument, i);
    return s;
  }
}

/** A series of simple returns, each finite and `> −1`. */
export function returnSeries(value: unknown, argument: string, minLength = 1): ArrayLike<number> {
  if (stryMutAct_9fa48("1447")) {
    {}
  } else {
    stryCov_9fa48("1447");
    return series(value, argument, minLength, simpleReturn);
  }
}

/** A series of prices, each finite and `> 0`. */
export function priceSeries(value: unknown, argument: string, minLength = 2): ArrayLike<number> {
  if (stryMutAct_9fa48("1448")) {
    {}
  } else {
    stryCov_9fa48("1448");
    return series(value, argument, minLength, positive);
  }
}

/** Two series that must be aligned element by element. */
export function sameLength(a: ArrayLike<unknown>, b: ArrayLike<unknown>, argument: string, expected = a.length): void {
  if (stryMutAct_9fa48("1449")) {
    {}
  } else {
    stryCov_9fa48("1449");
    if (stryMutAct_9fa48("1452") ? b.length === expected : stryMutAct_9fa48("1451") ? false : stryMutAct_9fa48("1450") ? true : (stryCov_9fa48("1450", "1451", "1452"), b.length !== expected)) fail(stryMutAct_9fa48("1453") ? "" : (stryCov_9fa48("1453"), 'LENGTH_MISMATCH'), stryMutAct_9fa48("1454") ? `` : (stryCov_9fa48("1454"), `must have length ${expected}`), argument, b);
  }
}

/** An `Array` or a typed array (not a `DataView`) of at least `minLength` elements; the elements are not checked. */
export function arrayLike(value: unknown, argument: string, minLength: number): ArrayLike<number> {
  if (stryMutAct_9fa48("1455")) {
    {}
  } else {
    stryCov_9fa48("1455");
    const ok = stryMutAct_9fa48("1458") ? Array.isArray(value) && ArrayBuffer.isView(value) && !(value instanceof DataView) && typeof (value as {
      length?: unknown;
    }).length === 'number' : stryMutAct_9fa48("1457") ? false : stryMutAct_9fa48("1456") ? true : (stryCov_9fa48("1456", "1457", "1458"), Array.isArray(value) || (stryMutAct_9fa48("1460") ? ArrayBuffer.isView(value) && !(value instanceof DataView) || typeof (value as {
      length?: unknown;
    }).length === 'number' : stryMutAct_9fa48("1459") ? false : (stryCov_9fa48("1459", "1460"), (stryMutAct_9fa48("1462") ? ArrayBuffer.isView(value) || !(value instanceof DataView) : stryMutAct_9fa48("1461") ? true : (stryCov_9fa48("1461", "1462"), ArrayBuffer.isView(value) && (stryMutAct_9fa48("1463") ? value instanceof DataView : (stryCov_9fa48("1463"), !(value instanceof DataView))))) && (stryMutAct_9fa48("1465") ? typeof (value as {
      length?: unknown;
    }).length !== 'number' : stryMutAct_9fa48("1464") ? true : (stryCov_9fa48("1464", "1465"), typeof (value as {
      length?: unknown;
    }).length === (stryMutAct_9fa48("1466") ? "" : (stryCov_9fa48("1466"), 'number')))))));
    if (stryMutAct_9fa48("1469") ? false : stryMutAct_9fa48("1468") ? true : stryMutAct_9fa48("1467") ? ok : (stryCov_9fa48("1467", "1468", "1469"), !ok)) fail(stryMutAct_9fa48("1470") ? "" : (stryCov_9fa48("1470"), 'INVALID_TYPE'), stryMutAct_9fa48("1471") ? "" : (stryCov_9fa48("1471"), 'must be an array or a typed array of numbers'), argument, value);
    const s = value as ArrayLike<number>;
    if (stryMutAct_9fa48("1474") ? s.length === 0 || minLength > 0 : stryMutAct_9fa48("1473") ? false : stryMutAct_9fa48("1472") ? true : (stryCov_9fa48("1472", "1473", "1474"), (stryMutAct_9fa48("1476") ? s.length !== 0 : stryMutAct_9fa48("1475") ? true : (stryCov_9fa48("1475", "1476"), s.length === 0)) && (stryMutAct_9fa48("1479") ? minLength <= 0 : stryMutAct_9fa48("1478") ? minLength >= 0 : stryMutAct_9fa48("1477") ? true : (stryCov_9fa48("1477", "1478", "1479"), minLength > 0)))) fail(stryMutAct_9fa48("1480") ? "" : (stryCov_9fa48("1480"), 'EMPTY_SERIES'), stryMutAct_9fa48("1481") ? "" : (stryCov_9fa48("1481"), 'must not be empty'), argument, value);
    if (stryMutAct_9fa48("1485") ? s.length >= minLength : stryMutAct_9fa48("1484") ? s.length <= minLength : stryMutAct_9fa48("1483") ? false : stryMutAct_9fa48("1482") ? true : (stryCov_9fa48("1482", "1483", "1484", "1485"), s.length < minLength)) fail(stryMutAct_9fa48("1486") ? "" : (stryCov_9fa48("1486"), 'SERIES_TOO_SHORT'), stryMutAct_9fa48("1487") ? `` : (stryCov_9fa48("1487"), `must have at least ${minLength} elements`), argument, value);
    return s;
  }
}

/** An options object (a plain object, not `null`, not an array). */
export function options(value: unknown, argument = stryMutAct_9fa48("1488") ? "" : (stryCov_9fa48("1488"), 'options')): Readonly<Record<string, unknown>> {
  if (stryMutAct_9fa48("1489")) {
    {}
  } else {
    stryCov_9fa48("1489");
    if (stryMutAct_9fa48("1492") ? (typeof value !== 'object' || value === null) && Array.isArray(value) : stryMutAct_9fa48("1491") ? false : stryMutAct_9fa48("1490") ? true : (stryCov_9fa48("1490", "1491", "1492"), (stryMutAct_9fa48("1494") ? typeof value !== 'object' && value === null : stryMutAct_9fa48("1493") ? false : (stryCov_9fa48("1493", "1494"), (stryMutAct_9fa48("1496") ? typeof value === 'object' : stryMutAct_9fa48("1495") ? false : (stryCov_9fa48("1495", "1496"), typeof value !== (stryMutAct_9fa48("1497") ? "" : (stryCov_9fa48("1497"), 'object')))) || (stryMutAct_9fa48("1499") ? value !== null : stryMutAct_9fa48("1498") ? false : (stryCov_9fa48("1498", "1499"), value === null)))) || Array.isArray(value))) {
      if (stryMutAct_9fa48("1500")) {
        {}
      } else {
        stryCov_9fa48("1500");
        fail(stryMutAct_9fa48("1501") ? "" : (stryCov_9fa48("1501"), 'INVALID_TYPE'), stryMutAct_9fa48("1502") ? "" : (stryCov_9fa48("1502"), 'must be an options object'), argument, value);
      }
    }
    return value as Record<string, unknown>;
  }
}
const NO_OPTIONS: Readonly<Record<string, unknown>> = /* @__PURE__ */Object.freeze({});

/** An optional options object: `undefined` reads as `{}` (one shared frozen object, so a call allocates nothing). */
export function optionalOptions(value: unknown, argument = stryMutAct_9fa48("1503") ? "" : (stryCov_9fa48("1503"), 'options')): Readonly<Record<string, unknown>> {
  if (stryMutAct_9fa48("1504")) {
    {}
  } else {
    stryCov_9fa48("1504");
    return (stryMutAct_9fa48("1507") ? value !== undefined : stryMutAct_9fa48("1506") ? false : stryMutAct_9fa48("1505") ? true : (stryCov_9fa48("1505", "1506", "1507"), value === undefined)) ? NO_OPTIONS : options(value, argument);
  }
}

/** One of a fixed set of string choices. */
export function oneOf<T extends string>(value: unknown, choices: readonly T[], argument: string): T {
  if (stryMutAct_9fa48("1508")) {
    {}
  } else {
    stryCov_9fa48("1508");
    if (stryMutAct_9fa48("1511") ? typeof value !== 'string' && !(choices as readonly string[]).includes(value) : stryMutAct_9fa48("1510") ? false : stryMutAct_9fa48("1509") ? true : (stryCov_9fa48("1509", "1510", "1511"), (stryMutAct_9fa48("1513") ? typeof value === 'string' : stryMutAct_9fa48("1512") ? false : (stryCov_9fa48("1512", "1513"), typeof value !== (stryMutAct_9fa48("1514") ? "" : (stryCov_9fa48("1514"), 'string')))) || (stryMutAct_9fa48("1515") ? (choices as readonly string[]).includes(value) : (stryCov_9fa48("1515"), !(choices as readonly string[]).includes(value))))) {
      if (stryMutAct_9fa48("1516")) {
        {}
      } else {
        stryCov_9fa48("1516");
        fail(stryMutAct_9fa48("1517") ? "" : (stryCov_9fa48("1517"), 'INVALID_OPTION'), stryMutAct_9fa48("1518") ? `` : (stryCov_9fa48("1518"), `must be one of ${choices.map(stryMutAct_9fa48("1519") ? () => undefined : (stryCov_9fa48("1519"), c => stryMutAct_9fa48("1520") ? `` : (stryCov_9fa48("1520"), `'${c}'`))).join(stryMutAct_9fa48("1521") ? "" : (stryCov_9fa48("1521"), ', '))}`), argument, value);
      }
    }
    return value as T;
  }
}

/** A whole number `≥ min`. */
export function integer(value: unknown, argument: string, min: number): number {
  if (stryMutAct_9fa48("1522")) {
    {}
  } else {
    stryCov_9fa48("1522");
    const x = finite(value, argument);
    if (stryMutAct_9fa48("1525") ? !Number.isInteger(x) && x < min : stryMutAct_9fa48("1524") ? false : stryMutAct_9fa48("1523") ? true : (stryCov_9fa48("1523", "1524", "1525"), (stryMutAct_9fa48("1526") ? Number.isInteger(x) : (stryCov_9fa48("1526"), !Number.isInteger(x))) || (stryMutAct_9fa48("1529") ? x >= min : stryMutAct_9fa48("1528") ? x <= min : stryMutAct_9fa48("1527") ? false : (stryCov_9fa48("1527", "1528", "1529"), x < min)))) fail(stryMutAct_9fa48("1530") ? "" : (stryCov_9fa48("1530"), 'OUT_OF_RANGE'), stryMutAct_9fa48("1531") ? `` : (stryCov_9fa48("1531"), `must be a whole number ≥ ${min}`), argument, value);
    return x;
  }
}