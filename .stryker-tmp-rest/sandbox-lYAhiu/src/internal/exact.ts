/**
 * Exact comparisons on the decimal values that doubles print as, for
 * whole-unit rounding. `String(x)` is the shortest decimal that reads back
 * as `x` — what a user typed, and what `new Decimal(x)` reads — so deciding
 * on it makes `toShares(44220, 13.4)` 3,300 shares (the binary 13.4 is a
 * hair above 13.4, so the exact binary quotient is below 3,300) and agrees
 * with the decimal entry on the same numbers.
 *
 * @internal
 * @module
 */
// @ts-nocheck


/** A finite double's shortest round-trip decimal as `m·10^e` (BigInt `m`). */function stryNS_9fa48() {
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
export interface ScaledDecimal {
  readonly m: bigint;
  readonly e: number;
}
const NUMBER = stryMutAct_9fa48("1315") ? /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\D+))?$/ : stryMutAct_9fa48("1314") ? /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d))?$/ : stryMutAct_9fa48("1313") ? /^(-?)(\d+)(?:\.(\d+))?(?:e([^+-]\d+))?$/ : stryMutAct_9fa48("1312") ? /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))$/ : stryMutAct_9fa48("1311") ? /^(-?)(\d+)(?:\.(\D+))?(?:e([+-]\d+))?$/ : stryMutAct_9fa48("1310") ? /^(-?)(\d+)(?:\.(\d))?(?:e([+-]\d+))?$/ : stryMutAct_9fa48("1309") ? /^(-?)(\d+)(?:\.(\d+))(?:e([+-]\d+))?$/ : stryMutAct_9fa48("1308") ? /^(-?)(\D+)(?:\.(\d+))?(?:e([+-]\d+))?$/ : stryMutAct_9fa48("1307") ? /^(-?)(\d)(?:\.(\d+))?(?:e([+-]\d+))?$/ : stryMutAct_9fa48("1306") ? /^(-)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/ : stryMutAct_9fa48("1305") ? /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?/ : stryMutAct_9fa48("1304") ? /(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/ : (stryCov_9fa48("1304", "1305", "1306", "1307", "1308", "1309", "1310", "1311", "1312", "1313", "1314", "1315"), /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/);

/** `x` as `m·10^e`, read from `String(x)` (finite `x` only). */
export function shortestDecimal(x: number): ScaledDecimal {
  if (stryMutAct_9fa48("1316")) {
    {}
  } else {
    stryCov_9fa48("1316");
    const match = NUMBER.exec(String(x));
    if (stryMutAct_9fa48("1319") ? match !== null : stryMutAct_9fa48("1318") ? false : stryMutAct_9fa48("1317") ? true : (stryCov_9fa48("1317", "1318", "1319"), match === null)) throw new Error(stryMutAct_9fa48("1320") ? `` : (stryCov_9fa48("1320"), `not a finite number: ${x}`));
    const frac = stryMutAct_9fa48("1321") ? match[3] && '' : (stryCov_9fa48("1321"), match[3] ?? (stryMutAct_9fa48("1322") ? "Stryker was here!" : (stryCov_9fa48("1322"), '')));
    const m = BigInt(stryMutAct_9fa48("1323") ? `` : (stryCov_9fa48("1323"), `${match[1]}${match[2]}${frac}`));
    return stryMutAct_9fa48("1324") ? {} : (stryCov_9fa48("1324"), {
      m,
      e: stryMutAct_9fa48("1325") ? Number(match[4] ?? 0) + frac.length : (stryCov_9fa48("1325"), Number(stryMutAct_9fa48("1326") ? match[4] && 0 : (stryCov_9fa48("1326"), match[4] ?? 0)) - frac.length)
    });
  }
}

/** Sign (−1, 0, 1) of `k·a − b` for an integer `k` and decimals `a`, `b`. */
export function signOfScaledMinus(k: bigint, a: ScaledDecimal, b: ScaledDecimal): number {
  if (stryMutAct_9fa48("1327")) {
    {}
  } else {
    stryCov_9fa48("1327");
    let p = stryMutAct_9fa48("1328") ? k / a.m : (stryCov_9fa48("1328"), k * a.m);
    let q = b.m;
    if (stryMutAct_9fa48("1332") ? a.e <= b.e : stryMutAct_9fa48("1331") ? a.e >= b.e : stryMutAct_9fa48("1330") ? false : stryMutAct_9fa48("1329") ? true : (stryCov_9fa48("1329", "1330", "1331", "1332"), a.e > b.e)) stryMutAct_9fa48("1333") ? p /= 10n ** BigInt(a.e - b.e) : (stryCov_9fa48("1333"), p *= 10n ** BigInt(stryMutAct_9fa48("1334") ? a.e + b.e : (stryCov_9fa48("1334"), a.e - b.e)));else if (stryMutAct_9fa48("1338") ? b.e <= a.e : stryMutAct_9fa48("1337") ? b.e >= a.e : stryMutAct_9fa48("1336") ? false : stryMutAct_9fa48("1335") ? true : (stryCov_9fa48("1335", "1336", "1337", "1338"), b.e > a.e)) stryMutAct_9fa48("1339") ? q /= 10n ** BigInt(b.e - a.e) : (stryCov_9fa48("1339"), q *= 10n ** BigInt(stryMutAct_9fa48("1340") ? b.e + a.e : (stryCov_9fa48("1340"), b.e - a.e)));
    return (stryMutAct_9fa48("1344") ? p <= q : stryMutAct_9fa48("1343") ? p >= q : stryMutAct_9fa48("1342") ? false : stryMutAct_9fa48("1341") ? true : (stryCov_9fa48("1341", "1342", "1343", "1344"), p > q)) ? 1 : (stryMutAct_9fa48("1348") ? p >= q : stryMutAct_9fa48("1347") ? p <= q : stryMutAct_9fa48("1346") ? false : stryMutAct_9fa48("1345") ? true : (stryCov_9fa48("1345", "1346", "1347", "1348"), p < q)) ? stryMutAct_9fa48("1349") ? +1 : (stryCov_9fa48("1349"), -1) : 0;
  }
}