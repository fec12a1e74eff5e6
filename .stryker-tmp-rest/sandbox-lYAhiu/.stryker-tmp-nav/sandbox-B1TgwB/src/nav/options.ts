// @ts-nocheck
// 
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
import { readCostSchedule, type CostSchedule } from '../internal/schedule.ts';

/**
 * When the fund resets its exposure to `L × NAV`.
 *
 * - `'daily'` (default): at every close, the daily-reset fund of docs/concepts.md §3.
 * - `{ every: k }`: at every `k`-th close (after periods `k, 2k, …`); in
 *   between, the fund holds a fixed position (see {@link NavOptions}).
 * - `{ band: b }`: at a close where the exposure/NAV ratio `ℓ` has left the
 *   band `L·(1 ± b)`, i.e. `|ℓ − L| > b·|L|`.
 */
export type RebalanceRule = 'daily' | {
  /** Rebalance after every `k`-th period (a whole number `≥ 1`; `1` is daily). */
  readonly every: number;
} | {
  /** Half-width `b ≥ 0` of the band, as a fraction of `|L|` (`0` is daily). */
  readonly band: number;
};

/**
 * Options of the NAV functions: the cost model of docs/concepts.md §3 and the
 * rebalancing rule.
 *
 * One period `t` (from close `t` to close `t + 1`) with exposure ratio
 * `ℓ = E/A` at the start of the period:
 *
 * `A_{t+1}/A_t = 1 + ℓ·(r_t + q·τ365) + (1 − ℓ)·rf·τ360 − |ℓ|·s·τ360 − f·τ365`
 *
 * With daily rebalancing `ℓ = L` every period. Between rebalances of a
 * `{ every }` or `{ band }` rule the fund holds a fixed position: the exposure
 * drifts with the index, `E ← E·(1 + r_t)`, the NAV moves by `E·r_t` plus the
 * carry, and costs accrue on the actual exposure `ℓ`, not on `L`. Dividends
 * (`q`) are paid in cash and do not change the exposure.
 */
export interface NavOptions {
  /** The target multiple `L` (signed: −1 inverse, 2, −3 …). */
  readonly leverage: number;
  /** Expense ratio `f`, annual fraction (`0.0089` is 0.89 %), accrued actual/365; default 0. */
  readonly expenseRatio?: number | ArrayLike<number>;
  /** Financing rate `rf`, annual fraction, actual/360; a number or one value per return; default 0. May be negative. */
  readonly financingRate?: number | ArrayLike<number>;
  /** Swap/borrow spread `s` on `|ℓ|` notional, annual fraction, actual/360; default 0. */
  readonly spread?: number | ArrayLike<number>;
  /** Dividend yield `q` of a price index, annual fraction, actual/365; default 0. */
  readonly dividendYield?: number | ArrayLike<number>;
  /** Periods per year when no `dates` are given: every year fraction is `1/periodsPerYear`; default 252. */
  readonly periodsPerYear?: number;
  /** The closes: ISO 8601 strings (`'2024-03-08'`) or `Date`s, one more than the returns, on increasing UTC calendar days. */
  readonly dates?: ReadonlyArray<string | Date>;
  /** The rebalancing rule; default `'daily'`. */
  readonly rebalance?: RebalanceRule;
  /** NAV at the start, `> 0`; default 1. */
  readonly initialNav?: number;
}

/** Validated NAV options. @internal */
export interface NavPlan {
  /** The options object. */
  readonly o: Readonly<Record<string, unknown>>;
  readonly leverage: number;
  readonly initialNav: number;
  readonly rule: RebalanceRule;
  /** The cost schedule of `periods` returns; `null` when read for a streaming state. */
  readonly schedule: CostSchedule | null;
}

/**
 * Validate a rebalancing rule: `'daily'` (or absent), or an object with
 * exactly one field, `every` (a whole number `≥ 1`) or `band` (`≥ 0`).
 * Returns the rule as given (never mutated); the valid case allocates
 * nothing, so the streaming step can check its state's rule every period.
 * @internal
 */
export function readRule(value: unknown, argument: string): RebalanceRule {
  if (stryMutAct_9fa48("394")) {
    {}
  } else {
    stryCov_9fa48("394");
    if (stryMutAct_9fa48("397") ? value === undefined && value === 'daily' : stryMutAct_9fa48("396") ? false : stryMutAct_9fa48("395") ? true : (stryCov_9fa48("395", "396", "397"), (stryMutAct_9fa48("399") ? value !== undefined : stryMutAct_9fa48("398") ? false : (stryCov_9fa48("398", "399"), value === undefined)) || (stryMutAct_9fa48("401") ? value !== 'daily' : stryMutAct_9fa48("400") ? false : (stryCov_9fa48("400", "401"), value === (stryMutAct_9fa48("402") ? "" : (stryCov_9fa48("402"), 'daily')))))) return stryMutAct_9fa48("403") ? "" : (stryCov_9fa48("403"), 'daily');
    const o = value as {
      every?: unknown;
      band?: unknown;
    };
    let keys = 0;
    if (stryMutAct_9fa48("406") ? typeof value === 'object' && value !== null || !Array.isArray(value) : stryMutAct_9fa48("405") ? false : stryMutAct_9fa48("404") ? true : (stryCov_9fa48("404", "405", "406"), (stryMutAct_9fa48("408") ? typeof value === 'object' || value !== null : stryMutAct_9fa48("407") ? true : (stryCov_9fa48("407", "408"), (stryMutAct_9fa48("410") ? typeof value !== 'object' : stryMutAct_9fa48("409") ? true : (stryCov_9fa48("409", "410"), typeof value === (stryMutAct_9fa48("411") ? "" : (stryCov_9fa48("411"), 'object')))) && (stryMutAct_9fa48("413") ? value === null : stryMutAct_9fa48("412") ? true : (stryCov_9fa48("412", "413"), value !== null)))) && (stryMutAct_9fa48("414") ? Array.isArray(value) : (stryCov_9fa48("414"), !Array.isArray(value))))) for (const _ in o) stryMutAct_9fa48("415") ? keys-- : (stryCov_9fa48("415"), keys++);
    if (stryMutAct_9fa48("418") ? keys === 1 || o.every !== undefined : stryMutAct_9fa48("417") ? false : stryMutAct_9fa48("416") ? true : (stryCov_9fa48("416", "417", "418"), (stryMutAct_9fa48("420") ? keys !== 1 : stryMutAct_9fa48("419") ? true : (stryCov_9fa48("419", "420"), keys === 1)) && (stryMutAct_9fa48("422") ? o.every === undefined : stryMutAct_9fa48("421") ? true : (stryCov_9fa48("421", "422"), o.every !== undefined)))) {
      if (stryMutAct_9fa48("423")) {
        {}
      } else {
        stryCov_9fa48("423");
        if (stryMutAct_9fa48("426") ? false : stryMutAct_9fa48("425") ? true : stryMutAct_9fa48("424") ? Number.isInteger(o.every) && o.every as number >= 1 : (stryCov_9fa48("424", "425", "426"), !(stryMutAct_9fa48("429") ? Number.isInteger(o.every) || o.every as number >= 1 : stryMutAct_9fa48("428") ? false : stryMutAct_9fa48("427") ? true : (stryCov_9fa48("427", "428", "429"), Number.isInteger(o.every) && (stryMutAct_9fa48("432") ? o.every as number < 1 : stryMutAct_9fa48("431") ? o.every as number > 1 : stryMutAct_9fa48("430") ? true : (stryCov_9fa48("430", "431", "432"), o.every as number >= 1)))))) guard.integer(o.every, stryMutAct_9fa48("433") ? `` : (stryCov_9fa48("433"), `${argument}.every`), 1);
        return o as RebalanceRule;
      }
    }
    if (stryMutAct_9fa48("436") ? keys === 1 || o.band !== undefined : stryMutAct_9fa48("435") ? false : stryMutAct_9fa48("434") ? true : (stryCov_9fa48("434", "435", "436"), (stryMutAct_9fa48("438") ? keys !== 1 : stryMutAct_9fa48("437") ? true : (stryCov_9fa48("437", "438"), keys === 1)) && (stryMutAct_9fa48("440") ? o.band === undefined : stryMutAct_9fa48("439") ? true : (stryCov_9fa48("439", "440"), o.band !== undefined)))) {
      if (stryMutAct_9fa48("441")) {
        {}
      } else {
        stryCov_9fa48("441");
        if (stryMutAct_9fa48("444") ? false : stryMutAct_9fa48("443") ? true : stryMutAct_9fa48("442") ? typeof o.band === 'number' && o.band >= 0 && o.band < Infinity : (stryCov_9fa48("442", "443", "444"), !(stryMutAct_9fa48("447") ? typeof o.band === 'number' && o.band >= 0 || o.band < Infinity : stryMutAct_9fa48("446") ? false : stryMutAct_9fa48("445") ? true : (stryCov_9fa48("445", "446", "447"), (stryMutAct_9fa48("449") ? typeof o.band === 'number' || o.band >= 0 : stryMutAct_9fa48("448") ? true : (stryCov_9fa48("448", "449"), (stryMutAct_9fa48("451") ? typeof o.band !== 'number' : stryMutAct_9fa48("450") ? true : (stryCov_9fa48("450", "451"), typeof o.band === (stryMutAct_9fa48("452") ? "" : (stryCov_9fa48("452"), 'number')))) && (stryMutAct_9fa48("455") ? o.band < 0 : stryMutAct_9fa48("454") ? o.band > 0 : stryMutAct_9fa48("453") ? true : (stryCov_9fa48("453", "454", "455"), o.band >= 0)))) && (stryMutAct_9fa48("458") ? o.band >= Infinity : stryMutAct_9fa48("457") ? o.band <= Infinity : stryMutAct_9fa48("456") ? true : (stryCov_9fa48("456", "457", "458"), o.band < Infinity)))))) guard.nonNegative(o.band, stryMutAct_9fa48("459") ? `` : (stryCov_9fa48("459"), `${argument}.band`));
        return o as RebalanceRule;
      }
    }
    return guard.fail(stryMutAct_9fa48("460") ? "" : (stryCov_9fa48("460"), 'INVALID_OPTION'), stryMutAct_9fa48("461") ? "" : (stryCov_9fa48("461"), "must be 'daily', { every: k } or { band: b }"), argument, value);
  }
}

/** Validate the options shared by the batch functions and `navState`, and the cost schedule of `periods` returns (`null`: none). @internal */
export function readNavPlan(options: unknown, periods: number | null): NavPlan {
  if (stryMutAct_9fa48("462")) {
    {}
  } else {
    stryCov_9fa48("462");
    const o = guard.options(options);
    return stryMutAct_9fa48("463") ? {} : (stryCov_9fa48("463"), {
      o,
      leverage: guard.finite(o.leverage, stryMutAct_9fa48("464") ? "" : (stryCov_9fa48("464"), 'options.leverage')),
      initialNav: (stryMutAct_9fa48("467") ? o.initialNav !== undefined : stryMutAct_9fa48("466") ? false : stryMutAct_9fa48("465") ? true : (stryCov_9fa48("465", "466", "467"), o.initialNav === undefined)) ? 1 : guard.positive(o.initialNav, stryMutAct_9fa48("468") ? "" : (stryCov_9fa48("468"), 'options.initialNav')),
      rule: readRule(o.rebalance, stryMutAct_9fa48("469") ? "" : (stryCov_9fa48("469"), 'options.rebalance')),
      schedule: (stryMutAct_9fa48("472") ? periods !== null : stryMutAct_9fa48("471") ? false : stryMutAct_9fa48("470") ? true : (stryCov_9fa48("470", "471", "472"), periods === null)) ? null : readCostSchedule(o, periods)
    });
  }
}