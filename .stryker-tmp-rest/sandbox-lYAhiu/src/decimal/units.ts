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
import { arithFor, DEFAULT_ARITH, ROUNDING_MODES, type Arith, type DecimalArithmeticOptions, type RoundingMode } from './context.ts';
import { dec, decPositive, type DecimalValue } from './parse.ts';
import { roundQuotient } from './round.ts';

/** Options of the decimal {@link toShares} and {@link toContracts}. */
export interface DecimalUnitOptions extends DecimalArithmeticOptions {
  /** How a fractional quantity becomes whole units; default `'toward-zero'` (never trade more than asked). Any {@link RoundingMode}. */
  readonly rounding?: RoundingMode | undefined;
}

/** Result of the decimal {@link toShares} and {@link toContracts}; Decimal amounts in the currency of the notional. */
export interface DecimalUnitTrade {
  /** Whole units, signed like the notional (sells `< 0`); never `−0`. */
  readonly units: Decimal;
  /** `units × price` (× `multiplier` for contracts), exactly. */
  readonly filledNotional: Decimal;
  /** `notional − filledNotional`, exactly: tracked, never lost. */
  readonly residual: Decimal;
}

/** @internal */
export function unitsIn(base: Arith, notional: unknown, price: unknown, multiplier: unknown, options: unknown): DecimalUnitTrade {
  if (stryMutAct_9fa48("824")) {
    {}
  } else {
    stryCov_9fa48("824");
    const o = guard.optionalOptions(options);
    const {
      D,
      X
    } = arithFor(base, o);
    const n = dec(D, notional, stryMutAct_9fa48("825") ? "" : (stryCov_9fa48("825"), 'notional'));
    const p = decPositive(D, price, stryMutAct_9fa48("826") ? "" : (stryCov_9fa48("826"), 'price'));
    const m = (stryMutAct_9fa48("829") ? multiplier !== null : stryMutAct_9fa48("828") ? false : stryMutAct_9fa48("827") ? true : (stryCov_9fa48("827", "828", "829"), multiplier === null)) ? new D(1) : decPositive(D, multiplier, stryMutAct_9fa48("830") ? "" : (stryCov_9fa48("830"), 'multiplier'));
    const rounding = (stryMutAct_9fa48("833") ? o['rounding'] !== undefined : stryMutAct_9fa48("832") ? false : stryMutAct_9fa48("831") ? true : (stryCov_9fa48("831", "832", "833"), o[stryMutAct_9fa48("834") ? "" : (stryCov_9fa48("834"), 'rounding')] === undefined)) ? stryMutAct_9fa48("835") ? "" : (stryCov_9fa48("835"), 'toward-zero') : guard.oneOf(o[stryMutAct_9fa48("836") ? "" : (stryCov_9fa48("836"), 'rounding')], ROUNDING_MODES, stryMutAct_9fa48("837") ? "" : (stryCov_9fa48("837"), 'options.rounding'));
    const v = new X(p).times(m); // the contract value, exact
    const units = roundQuotient(n, v, rounding);
    const filled = units.times(v);
    const residual = new X(n).minus(filled);
    return stryMutAct_9fa48("838") ? {} : (stryCov_9fa48("838"), {
      units: new D(units),
      filledNotional: new D(filled.isZero() ? 0 : filled),
      residual: new D(residual.isZero() ? 0 : residual)
    });
  }
}

/**
 * Whole shares for a notional, with an explicit rounding rule, exactly.
 *
 * Formula: `units = round(notional / price)` under `rounding`, decided on
 * the exact quotient (a tie is a tie only when `notional = (k + ½)·price`
 * exactly); `filledNotional = units × price` and
 * `residual = notional − filledNotional`, both exact. The decimal counterpart
 * of the float `toShares` (`@inverse-math/core/rebalance`); it accepts every
 * {@link RoundingMode} (the float one the six most common).
 *
 * @param notional - the amount to trade, in currency (buy `> 0`, sell `< 0`)
 * @param price - price of one share, `> 0`
 * @param options - `rounding` (default `'toward-zero'`), optional `precision` / `arithmeticRounding`
 * @returns whole units, the filled notional and the residual, as Decimals
 * @throws {@link InverseMathError} `INVALID_TYPE`, `INVALID_DECIMAL`, `NON_FINITE`, `NOT_POSITIVE` (`price ≤ 0`), `INVALID_OPTION` (unknown `rounding`)
 * @see docs/concepts.md §4 (in units), §7
 * @example
 * ```ts
 * import { toShares } from '@inverse-math/core/decimal';
 * const s = toShares('1000', '33.33');
 * [s.units, s.filledNotional, s.residual].map(String);
 * //=> ['30', '999.9', '0.1']
 * // an exact tie: 250 / 100 = 2.5 shares
 * [toShares('250', '100', { rounding: 'half-even' }).units, toShares('250', '100', { rounding: 'half-up' }).units].map(String);
 * //=> ['2', '3']
 * ```
 */
export function toShares(notional: DecimalValue, price: DecimalValue, options?: DecimalUnitOptions): DecimalUnitTrade {
  if (stryMutAct_9fa48("839")) {
    {}
  } else {
    stryCov_9fa48("839");
    return unitsIn(DEFAULT_ARITH, notional, price, null, options);
  }
}

/**
 * Whole futures contracts for a notional, with an explicit rounding rule, exactly.
 *
 * Formula: contract value `v = price × multiplier` (exact),
 * `units = round(notional / v)` under `rounding` (decided exactly),
 * `filledNotional = units × v`, `residual = notional − filledNotional`. The
 * decimal counterpart of the float `toContracts`.
 *
 * @param notional - the amount to trade, in currency (buy `> 0`, sell `< 0`)
 * @param price - the futures price, in index points, `> 0`
 * @param multiplier - currency per index point of one contract, `> 0` (e.g. 50 for the E-mini S&P 500)
 * @param options - `rounding` (default `'toward-zero'`), optional `precision` / `arithmeticRounding`
 * @returns whole contracts, the filled notional and the residual, as Decimals
 * @throws {@link InverseMathError} `INVALID_TYPE`, `INVALID_DECIMAL`, `NON_FINITE`, `NOT_POSITIVE` (`price` or `multiplier ≤ 0`), `INVALID_OPTION`
 * @see docs/concepts.md §4 (in units), §7
 * @example
 * ```ts
 * import { toContracts } from '@inverse-math/core/decimal';
 * // sell $6mm of E-mini S&P 500 at 5000.25 (× $50): 23.9988… contracts
 * const c = toContracts('-6000000', '5000.25', 50, { rounding: 'half-even' });
 * [c.units, c.filledNotional, c.residual].map(String);
 * //=> ['-24', '-6000300', '300']
 * ```
 */
export function toContracts(notional: DecimalValue, price: DecimalValue, multiplier: DecimalValue, options?: DecimalUnitOptions): DecimalUnitTrade {
  if (stryMutAct_9fa48("840")) {
    {}
  } else {
    stryCov_9fa48("840");
    return unitsIn(DEFAULT_ARITH, notional, price, multiplier, options);
  }
}