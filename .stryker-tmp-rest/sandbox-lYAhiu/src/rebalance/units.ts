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
import { shortestDecimal, signOfScaledMinus } from '../internal/exact.ts';
import { zero } from '../internal/trade.ts';

/** The rounding rules for whole units; see {@link toShares}. */
export type UnitRounding = 'toward-zero' | 'away-from-zero' | 'floor' | 'ceil' | 'half-even' | 'half-up';
const ROUNDINGS: readonly UnitRounding[] = stryMutAct_9fa48("1756") ? [] : (stryCov_9fa48("1756"), [stryMutAct_9fa48("1757") ? "" : (stryCov_9fa48("1757"), 'toward-zero'), stryMutAct_9fa48("1758") ? "" : (stryCov_9fa48("1758"), 'away-from-zero'), stryMutAct_9fa48("1759") ? "" : (stryCov_9fa48("1759"), 'floor'), stryMutAct_9fa48("1760") ? "" : (stryCov_9fa48("1760"), 'ceil'), stryMutAct_9fa48("1761") ? "" : (stryCov_9fa48("1761"), 'half-even'), stryMutAct_9fa48("1762") ? "" : (stryCov_9fa48("1762"), 'half-up')]);

/** Options of {@link toShares} and {@link toContracts}. */
export interface UnitOptions {
  /**
   * How a fractional quantity becomes whole units (default `'toward-zero'`:
   * never trade more than asked). `'floor'`/`'ceil'` round toward −∞/+∞
   * (mind the sign of a sell); `'half-even'` and `'half-up'` round to the
   * nearest unit, ties to the even unit or away from zero (decimal.js
   * `ROUND_HALF_EVEN` / `ROUND_HALF_UP`).
   */
  readonly rounding?: UnitRounding;
}

/** Result of {@link toShares} and {@link toContracts}; amounts in the currency of the notional. */
export interface UnitTrade {
  /** Whole units, signed like the notional (sells `< 0`); never `−0`. */
  readonly units: number;
  /** `units × price` (× `multiplier` for contracts): the notional actually traded. */
  readonly filledNotional: number;
  /** `notional − filledNotional`: what is left untraded, tracked rather than lost. */
  readonly residual: number;
}

/**
 * A notional trade in whole shares of a reference priced at `price`.
 *
 * Formula: `units = round(notional / price)` by the chosen rule,
 * `filledNotional = units·price`, `residual = notional − filledNotional`.
 * The rounding is decided exactly on the decimal values the two numbers
 * print as (`String(x)`: what was typed, and what the decimal entry reads),
 * not on the rounded float quotient: `toShares(44220, 13.4)` is 3,300
 * shares with `'toward-zero'` although the double nearest 13.4 is slightly
 * larger than 13.4, and a tie for the `half-*` rules is an exact decimal
 * tie. So `'toward-zero'` never asks for more than the notional:
 * `|units·price| ≤ |notional|` in those decimals. `filledNotional` and
 * `residual` are then one float operation each (within an ulp of the
 * notional); for cent-exact cash use the decimal entry.
 *
 * @param notional - the trade in currency, signed: buy `> 0`, sell `< 0` (e.g. a `rebalanceTrade`)
 * @param price - the price of one share, in currency, `> 0`
 * @param options - `rounding` (default `'toward-zero'`)
 * @returns whole units, the filled notional and the residual
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE`, `NOT_POSITIVE` (`price ≤ 0`), `INVALID_OPTION` (unknown rounding), `NON_FINITE` (also when `notional / price` overflows a double)
 * @see docs/concepts.md §4 ("in units: shares = Δ / price … with an explicit rounding rule"), §7
 * @example
 * ```ts
 * import { toShares } from '@inverse-math/core/rebalance';
 * toShares(-1_000_000, 33.7); // sell $1mm of a $33.70 stock: never more than asked
 * //=> { units: -29673, filledNotional: -29673 * 33.7, residual: -1_000_000 - -29673 * 33.7 }
 * toShares(44220, 13.4).units; // decided on the decimals 44220 and 13.4, not on the binary 13.4000000000000004
 * //=> 3300
 * toShares(250, 100, { rounding: 'half-even' }).units;
 * //=> 2
 * toShares(250, 100, { rounding: 'half-up' }).units;
 * //=> 3
 * ```
 */
export function toShares(notional: number, price: number, options?: UnitOptions): UnitTrade {
  if (stryMutAct_9fa48("1763")) {
    {}
  } else {
    stryCov_9fa48("1763");
    const n = guard.finite(notional, stryMutAct_9fa48("1764") ? "" : (stryCov_9fa48("1764"), 'notional'));
    const p = guard.positive(price, stryMutAct_9fa48("1765") ? "" : (stryCov_9fa48("1765"), 'price'));
    const rounding = readRounding(options);
    const units = wholeUnits(n, p, rounding, stryMutAct_9fa48("1766") ? "" : (stryCov_9fa48("1766"), 'notional'));
    const filledNotional = zero(stryMutAct_9fa48("1767") ? units / p : (stryCov_9fa48("1767"), units * p));
    return stryMutAct_9fa48("1768") ? {} : (stryCov_9fa48("1768"), {
      units,
      filledNotional,
      residual: stryMutAct_9fa48("1769") ? n + filledNotional : (stryCov_9fa48("1769"), n - filledNotional)
    });
  }
}

/**
 * A notional trade in whole futures contracts.
 *
 * Formula: contract value `v = price × multiplier` (one double rounding),
 * `units = round(notional / v)` by the chosen rule (decided exactly on the
 * decimals of `notional` and `v`, as in {@link toShares}),
 * `filledNotional = units·v`, `residual = notional − filledNotional`.
 *
 * @param notional - the trade in currency, signed: buy `> 0`, sell `< 0`
 * @param price - the futures price in index points, `> 0`
 * @param multiplier - currency per index point of one contract, `> 0` (E-mini S&P 500: 50)
 * @param options - `rounding` (default `'toward-zero'`)
 * @returns whole contracts, the filled notional and the residual
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE`, `NOT_POSITIVE` (`price ≤ 0`, `multiplier ≤ 0`), `INVALID_OPTION`, `NON_FINITE` (also when `price × multiplier` or `notional / (price × multiplier)` overflows a double), `OUT_OF_RANGE` (`price × multiplier` underflows to 0)
 * @see docs/concepts.md §4 ("futures contracts = Δ / (price × multiplier), with an explicit rounding rule")
 * @example
 * ```ts
 * import { toContracts } from '@inverse-math/core/rebalance';
 * // buy $6mm (docs/concepts.md W4) in E-mini S&P 500 futures at 5000 points × $50: 24 contracts exactly
 * toContracts(6_000_000, 5000, 50);
 * //=> { units: 24, filledNotional: 6000000, residual: 0 }
 * toContracts(-1_000_000, 5000, 50, { rounding: 'away-from-zero' });
 * //=> { units: -4, filledNotional: -1000000, residual: 0 }
 * toContracts(-1_100_000, 5000, 50, { rounding: 'away-from-zero' });
 * //=> { units: -5, filledNotional: -1250000, residual: 150000 }
 * ```
 */
export function toContracts(notional: number, price: number, multiplier: number, options?: UnitOptions): UnitTrade {
  if (stryMutAct_9fa48("1770")) {
    {}
  } else {
    stryCov_9fa48("1770");
    const n = guard.finite(notional, stryMutAct_9fa48("1771") ? "" : (stryCov_9fa48("1771"), 'notional'));
    const p = guard.positive(price, stryMutAct_9fa48("1772") ? "" : (stryCov_9fa48("1772"), 'price'));
    const m = guard.positive(multiplier, stryMutAct_9fa48("1773") ? "" : (stryCov_9fa48("1773"), 'multiplier'));
    const rounding = readRounding(options);
    const v = stryMutAct_9fa48("1774") ? p / m : (stryCov_9fa48("1774"), p * m);
    if (stryMutAct_9fa48("1777") ? false : stryMutAct_9fa48("1776") ? true : stryMutAct_9fa48("1775") ? Number.isFinite(v) : (stryCov_9fa48("1775", "1776", "1777"), !Number.isFinite(v))) guard.fail(stryMutAct_9fa48("1778") ? "" : (stryCov_9fa48("1778"), 'NON_FINITE'), stryMutAct_9fa48("1779") ? "" : (stryCov_9fa48("1779"), 'price × multiplier overflows a double'), stryMutAct_9fa48("1780") ? "" : (stryCov_9fa48("1780"), 'multiplier'), multiplier);
    if (stryMutAct_9fa48("1783") ? v !== 0 : stryMutAct_9fa48("1782") ? false : stryMutAct_9fa48("1781") ? true : (stryCov_9fa48("1781", "1782", "1783"), v === 0)) guard.fail(stryMutAct_9fa48("1784") ? "" : (stryCov_9fa48("1784"), 'OUT_OF_RANGE'), stryMutAct_9fa48("1785") ? "" : (stryCov_9fa48("1785"), 'price × multiplier underflows to 0'), stryMutAct_9fa48("1786") ? "" : (stryCov_9fa48("1786"), 'multiplier'), multiplier);
    const units = wholeUnits(n, v, rounding, stryMutAct_9fa48("1787") ? "" : (stryCov_9fa48("1787"), 'notional'));
    const filledNotional = zero(stryMutAct_9fa48("1788") ? units / v : (stryCov_9fa48("1788"), units * v));
    return stryMutAct_9fa48("1789") ? {} : (stryCov_9fa48("1789"), {
      units,
      filledNotional,
      residual: stryMutAct_9fa48("1790") ? n + filledNotional : (stryCov_9fa48("1790"), n - filledNotional)
    });
  }
}
function readRounding(options: unknown): UnitRounding {
  if (stryMutAct_9fa48("1791")) {
    {}
  } else {
    stryCov_9fa48("1791");
    const o = guard.optionalOptions(options);
    return (stryMutAct_9fa48("1794") ? o['rounding'] !== undefined : stryMutAct_9fa48("1793") ? false : stryMutAct_9fa48("1792") ? true : (stryCov_9fa48("1792", "1793", "1794"), o[stryMutAct_9fa48("1795") ? "" : (stryCov_9fa48("1795"), 'rounding')] === undefined)) ? stryMutAct_9fa48("1796") ? "" : (stryCov_9fa48("1796"), 'toward-zero') : guard.oneOf(o[stryMutAct_9fa48("1797") ? "" : (stryCov_9fa48("1797"), 'rounding')], ROUNDINGS, stryMutAct_9fa48("1798") ? "" : (stryCov_9fa48("1798"), 'options.rounding'));
  }
}

/** Beyond 2^52 every double is an integer: the float quotient is already whole. */
const WHOLE = 2 ** 52;

/**
 * `round(n / p)` under `rule` (p > 0), decided exactly on the decimal values
 * `String(n)` and `String(p)`: the float quotient only proposes a candidate,
 * which is corrected by one unit where it straddles an integer or a half.
 */
function wholeUnits(n: number, p: number, rule: UnitRounding, argument: string): number {
  if (stryMutAct_9fa48("1799")) {
    {}
  } else {
    stryCov_9fa48("1799");
    const q = stryMutAct_9fa48("1800") ? n * p : (stryCov_9fa48("1800"), n / p);
    if (stryMutAct_9fa48("1803") ? false : stryMutAct_9fa48("1802") ? true : stryMutAct_9fa48("1801") ? Number.isFinite(q) : (stryCov_9fa48("1801", "1802", "1803"), !Number.isFinite(q))) guard.fail(stryMutAct_9fa48("1804") ? "" : (stryCov_9fa48("1804"), 'NON_FINITE'), stryMutAct_9fa48("1805") ? "" : (stryCov_9fa48("1805"), 'notional / price overflows a double'), argument, n);
    if (stryMutAct_9fa48("1809") ? Math.abs(q) < WHOLE : stryMutAct_9fa48("1808") ? Math.abs(q) > WHOLE : stryMutAct_9fa48("1807") ? false : stryMutAct_9fa48("1806") ? true : (stryCov_9fa48("1806", "1807", "1808", "1809"), Math.abs(q) >= WHOLE)) return zero(q);
    const N = shortestDecimal(n);
    const P = shortestDecimal(p);
    const N2 = stryMutAct_9fa48("1810") ? {} : (stryCov_9fa48("1810"), {
      m: stryMutAct_9fa48("1811") ? 2n / N.m : (stryCov_9fa48("1811"), 2n * N.m),
      e: N.e
    });
    // lo = ⌊n / p⌋ exactly
    let lo = Math.floor(q);
    if (stryMutAct_9fa48("1815") ? signOfScaledMinus(BigInt(lo), P, N) <= 0 : stryMutAct_9fa48("1814") ? signOfScaledMinus(BigInt(lo), P, N) >= 0 : stryMutAct_9fa48("1813") ? false : stryMutAct_9fa48("1812") ? true : (stryCov_9fa48("1812", "1813", "1814", "1815"), signOfScaledMinus(BigInt(lo), P, N) > 0)) stryMutAct_9fa48("1816") ? lo += 1 : (stryCov_9fa48("1816"), lo -= 1);else if (stryMutAct_9fa48("1820") ? signOfScaledMinus(BigInt(lo + 1), P, N) > 0 : stryMutAct_9fa48("1819") ? signOfScaledMinus(BigInt(lo + 1), P, N) < 0 : stryMutAct_9fa48("1818") ? false : stryMutAct_9fa48("1817") ? true : (stryCov_9fa48("1817", "1818", "1819", "1820"), signOfScaledMinus(BigInt(stryMutAct_9fa48("1821") ? lo - 1 : (stryCov_9fa48("1821"), lo + 1)), P, N) <= 0)) stryMutAct_9fa48("1822") ? lo -= 1 : (stryCov_9fa48("1822"), lo += 1);
    if (stryMutAct_9fa48("1825") ? signOfScaledMinus(BigInt(lo), P, N) !== 0 : stryMutAct_9fa48("1824") ? false : stryMutAct_9fa48("1823") ? true : (stryCov_9fa48("1823", "1824", "1825"), signOfScaledMinus(BigInt(lo), P, N) === 0)) return zero(lo);
    const hi = stryMutAct_9fa48("1826") ? lo - 1 : (stryCov_9fa48("1826"), lo + 1);
    let units: number;
    switch (rule) {
      case stryMutAct_9fa48("1828") ? "" : (stryCov_9fa48("1828"), 'floor'):
        if (stryMutAct_9fa48("1827")) {} else {
          stryCov_9fa48("1827");
          units = lo;
          break;
        }
      case stryMutAct_9fa48("1830") ? "" : (stryCov_9fa48("1830"), 'ceil'):
        if (stryMutAct_9fa48("1829")) {} else {
          stryCov_9fa48("1829");
          units = hi;
          break;
        }
      case stryMutAct_9fa48("1832") ? "" : (stryCov_9fa48("1832"), 'toward-zero'):
        if (stryMutAct_9fa48("1831")) {} else {
          stryCov_9fa48("1831");
          units = (stryMutAct_9fa48("1836") ? n <= 0 : stryMutAct_9fa48("1835") ? n >= 0 : stryMutAct_9fa48("1834") ? false : stryMutAct_9fa48("1833") ? true : (stryCov_9fa48("1833", "1834", "1835", "1836"), n > 0)) ? lo : hi;
          break;
        }
      case stryMutAct_9fa48("1838") ? "" : (stryCov_9fa48("1838"), 'away-from-zero'):
        if (stryMutAct_9fa48("1837")) {} else {
          stryCov_9fa48("1837");
          units = (stryMutAct_9fa48("1842") ? n <= 0 : stryMutAct_9fa48("1841") ? n >= 0 : stryMutAct_9fa48("1840") ? false : stryMutAct_9fa48("1839") ? true : (stryCov_9fa48("1839", "1840", "1841", "1842"), n > 0)) ? hi : lo;
          break;
        }
      default:
        if (stryMutAct_9fa48("1843")) {} else {
          stryCov_9fa48("1843");
          {
            if (stryMutAct_9fa48("1844")) {
              {}
            } else {
              stryCov_9fa48("1844");
              // n against the midpoint (lo + ½)·p, i.e. 2n against (2·lo + 1)·p
              const side = signOfScaledMinus(BigInt(stryMutAct_9fa48("1845") ? 2 * lo - 1 : (stryCov_9fa48("1845"), (stryMutAct_9fa48("1846") ? 2 / lo : (stryCov_9fa48("1846"), 2 * lo)) + 1)), P, N2); // > 0: n below the midpoint
              if (stryMutAct_9fa48("1850") ? side <= 0 : stryMutAct_9fa48("1849") ? side >= 0 : stryMutAct_9fa48("1848") ? false : stryMutAct_9fa48("1847") ? true : (stryCov_9fa48("1847", "1848", "1849", "1850"), side > 0)) units = lo;else if (stryMutAct_9fa48("1854") ? side >= 0 : stryMutAct_9fa48("1853") ? side <= 0 : stryMutAct_9fa48("1852") ? false : stryMutAct_9fa48("1851") ? true : (stryCov_9fa48("1851", "1852", "1853", "1854"), side < 0)) units = hi;else if (stryMutAct_9fa48("1857") ? rule !== 'half-even' : stryMutAct_9fa48("1856") ? false : stryMutAct_9fa48("1855") ? true : (stryCov_9fa48("1855", "1856", "1857"), rule === (stryMutAct_9fa48("1858") ? "" : (stryCov_9fa48("1858"), 'half-even')))) units = (stryMutAct_9fa48("1861") ? lo % 2 !== 0 : stryMutAct_9fa48("1860") ? false : stryMutAct_9fa48("1859") ? true : (stryCov_9fa48("1859", "1860", "1861"), (stryMutAct_9fa48("1862") ? lo * 2 : (stryCov_9fa48("1862"), lo % 2)) === 0)) ? lo : hi;else units = (stryMutAct_9fa48("1866") ? n <= 0 : stryMutAct_9fa48("1865") ? n >= 0 : stryMutAct_9fa48("1864") ? false : stryMutAct_9fa48("1863") ? true : (stryCov_9fa48("1863", "1864", "1865", "1866"), n > 0)) ? hi : lo; // half-up: ties away from zero
            }
          }
        }
    }
    return zero(units);
  }
}