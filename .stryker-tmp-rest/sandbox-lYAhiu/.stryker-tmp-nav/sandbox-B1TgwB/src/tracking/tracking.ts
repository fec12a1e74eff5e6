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
function navSeries(indexReturns: unknown, nav: unknown): {
  r: ArrayLike<number>;
  v: ArrayLike<number>;
} {
  if (stryMutAct_9fa48("651")) {
    {}
  } else {
    stryCov_9fa48("651");
    const r = guard.returnSeries(indexReturns, stryMutAct_9fa48("652") ? "" : (stryCov_9fa48("652"), 'indexReturns'));
    const v = guard.series(nav, stryMutAct_9fa48("653") ? "" : (stryCov_9fa48("653"), 'nav'), 2);
    guard.sameLength(r, v, stryMutAct_9fa48("654") ? "" : (stryCov_9fa48("654"), 'nav'), stryMutAct_9fa48("655") ? r.length - 1 : (stryCov_9fa48("655"), r.length + 1));
    guard.positive(v[0], stryMutAct_9fa48("656") ? "" : (stryCov_9fa48("656"), 'nav'), 0);
    for (let i = 1; stryMutAct_9fa48("659") ? i >= v.length : stryMutAct_9fa48("658") ? i <= v.length : stryMutAct_9fa48("657") ? false : (stryCov_9fa48("657", "658", "659"), i < v.length); stryMutAct_9fa48("660") ? i-- : (stryCov_9fa48("660"), i++)) guard.nonNegative(v[i], stryMutAct_9fa48("661") ? "" : (stryCov_9fa48("661"), 'nav'), i);
    return stryMutAct_9fa48("662") ? {} : (stryCov_9fa48("662"), {
      r,
      v
    });
  }
}

/**
 * Cumulative tracking deviation of a fund against `L` times its index's
 * cumulative return.
 *
 * Formula: `D_t = NAV_t/NAV_0 − (1 + L·(I_t/I_0 − 1))` with
 * `I_t/I_0 = Π_{i<t}(1 + r_i)`. It is `0` at the start, `0` for `L = 1`
 * without costs, and for a daily-reset fund without costs it is the
 * compounding gap of docs/concepts.md §2 (for two periods `(L² − L)·r_1·r_2`).
 *
 * @param indexReturns - `n ≥ 1` index simple returns, each `> −1` (not mutated)
 * @param nav - `n + 1` NAVs (e.g. from {@link navPath}), `NAV_0 > 0`, the rest `≥ 0` (not mutated)
 * @param leverage - the fund's multiple `L`
 * @returns a new `Float64Array` of `n + 1` deviations (fractions of `NAV_0`)
 * @throws {@link InverseMathError} `INVALID_TYPE`, `EMPTY_SERIES`, `NON_FINITE` (also when a deviation overflows, with its index), `RETURN_OUT_OF_DOMAIN`, `LENGTH_MISMATCH` (`nav` not one longer), `NOT_POSITIVE` (`nav[0]`), `NEGATIVE` (a NAV)
 * @see docs/concepts.md §3 ("Tracking diagnostics"); seed 001
 * @example
 * ```ts
 * import { navPath } from '@inverse-math/core/nav';
 * import { trackingDeviation } from '@inverse-math/core/tracking';
 * const r = [-0.1, 1 / 9]; // index 100 → 90 → 100
 * Array.from(trackingDeviation(r, navPath(r, { leverage: -1 }), -1)); // (L² − L)·r1·r2 = 2 · (−0.1) · (1/9)
 * //≈ [0, 0, -0.022222]
 * ```
 */
export function trackingDeviation(indexReturns: ArrayLike<number>, nav: ArrayLike<number>, leverage: number): Float64Array {
  if (stryMutAct_9fa48("663")) {
    {}
  } else {
    stryCov_9fa48("663");
    const L = guard.finite(leverage, stryMutAct_9fa48("664") ? "" : (stryCov_9fa48("664"), 'leverage'));
    const {
      r,
      v
    } = navSeries(indexReturns, nav);
    const v0 = v[0] as number;
    const out = new Float64Array(v.length);
    let index = 1;
    for (let t = 1; stryMutAct_9fa48("667") ? t >= v.length : stryMutAct_9fa48("666") ? t <= v.length : stryMutAct_9fa48("665") ? false : (stryCov_9fa48("665", "666", "667"), t < v.length); stryMutAct_9fa48("668") ? t-- : (stryCov_9fa48("668"), t++)) {
      if (stryMutAct_9fa48("669")) {
        {}
      } else {
        stryCov_9fa48("669");
        stryMutAct_9fa48("670") ? index /= 1 + (r[t - 1] as number) : (stryCov_9fa48("670"), index *= stryMutAct_9fa48("671") ? 1 - (r[t - 1] as number) : (stryCov_9fa48("671"), 1 + (r[t - 1] as number)));
        out[t] = guard.finiteResult(stryMutAct_9fa48("672") ? (v[t] as number) / v0 + (1 + L * (index - 1)) : (stryCov_9fa48("672"), (stryMutAct_9fa48("673") ? (v[t] as number) * v0 : (stryCov_9fa48("673"), (v[t] as number) / v0)) - (stryMutAct_9fa48("674") ? 1 - L * (index - 1) : (stryCov_9fa48("674"), 1 + (stryMutAct_9fa48("675") ? L / (index - 1) : (stryCov_9fa48("675"), L * (stryMutAct_9fa48("676") ? index + 1 : (stryCov_9fa48("676"), index - 1))))))), stryMutAct_9fa48("677") ? "" : (stryCov_9fa48("677"), 'nav'), nav, t);
      }
    }
    return out;
  }
}

/** A holding period of {@link holdingPeriodEfficiency}: closes `from` to `to` (indexes into the NAV series). */
export interface HoldingPeriod {
  /** First close, `≥ 0`; default 0. */
  readonly from?: number;
  /** Last close, `≤ n`; default `n` (the last). */
  readonly to?: number;
}

/**
 * Efficiency of a holding period: the fund's realised return as a fraction of
 * `L` times the index's return over the same period.
 *
 * Formula: `(NAV_to/NAV_from − 1) / (L·(I_to/I_from − 1))`, with
 * `I_to/I_from = Π_{from ≤ i < to}(1 + r_i)`. `1` means the fund delivered
 * exactly `L` times the index's return; below 1 it fell short (drag and
 * costs), above 1 it beat it (a trend). `null` when `L·(I_to/I_from − 1) = 0`
 * (no index move to compare with).
 *
 * @param indexReturns - `n ≥ 1` index simple returns, each `> −1` (not mutated)
 * @param nav - `n + 1` NAVs, `NAV_0 > 0`, the rest `≥ 0` (not mutated)
 * @param leverage - the fund's multiple `L`
 * @param period - `from` and `to` closes, `0 ≤ from < to ≤ n`; default the whole path
 * @returns the efficiency (a ratio), or `null` when it is undefined
 * @throws {@link InverseMathError} as {@link trackingDeviation}, plus `INVALID_TYPE`, `OUT_OF_RANGE` for `period`, `NOT_POSITIVE` when `NAV_from = 0`, `NON_FINITE` (`indexReturns`) when `I_to/I_from` overflows a double
 * @see docs/concepts.md §3 ("Tracking diagnostics")
 * @example
 * ```ts
 * import { navPath } from '@inverse-math/core/nav';
 * import { holdingPeriodEfficiency } from '@inverse-math/core/tracking';
 * const r = [0.1, 0.1]; // a trend: the 2x fund makes 44 % while 2 × 21 % = 42 %
 * holdingPeriodEfficiency(r, navPath(r, { leverage: 2 }), 2);
 * //≈ 1.047619
 * ```
 */
export function holdingPeriodEfficiency(indexReturns: ArrayLike<number>, nav: ArrayLike<number>, leverage: number, period?: HoldingPeriod): number | null {
  if (stryMutAct_9fa48("678")) {
    {}
  } else {
    stryCov_9fa48("678");
    const L = guard.finite(leverage, stryMutAct_9fa48("679") ? "" : (stryCov_9fa48("679"), 'leverage'));
    const {
      r,
      v
    } = navSeries(indexReturns, nav);
    const p = guard.optionalOptions(period, stryMutAct_9fa48("680") ? "" : (stryCov_9fa48("680"), 'period'));
    const n = r.length;
    const from = (stryMutAct_9fa48("683") ? p.from !== undefined : stryMutAct_9fa48("682") ? false : stryMutAct_9fa48("681") ? true : (stryCov_9fa48("681", "682", "683"), p.from === undefined)) ? 0 : guard.integer(p.from, stryMutAct_9fa48("684") ? "" : (stryCov_9fa48("684"), 'period.from'), 0);
    const to = (stryMutAct_9fa48("687") ? p.to !== undefined : stryMutAct_9fa48("686") ? false : stryMutAct_9fa48("685") ? true : (stryCov_9fa48("685", "686", "687"), p.to === undefined)) ? n : guard.integer(p.to, stryMutAct_9fa48("688") ? "" : (stryCov_9fa48("688"), 'period.to'), 0);
    if (stryMutAct_9fa48("692") ? to <= n : stryMutAct_9fa48("691") ? to >= n : stryMutAct_9fa48("690") ? false : stryMutAct_9fa48("689") ? true : (stryCov_9fa48("689", "690", "691", "692"), to > n)) guard.fail(stryMutAct_9fa48("693") ? "" : (stryCov_9fa48("693"), 'OUT_OF_RANGE'), stryMutAct_9fa48("694") ? `` : (stryCov_9fa48("694"), `must be at most ${n}`), stryMutAct_9fa48("695") ? "" : (stryCov_9fa48("695"), 'period.to'), p.to);
    if (stryMutAct_9fa48("698") ? false : stryMutAct_9fa48("697") ? true : stryMutAct_9fa48("696") ? from < to : (stryCov_9fa48("696", "697", "698"), !(stryMutAct_9fa48("702") ? from >= to : stryMutAct_9fa48("701") ? from <= to : stryMutAct_9fa48("700") ? false : stryMutAct_9fa48("699") ? true : (stryCov_9fa48("699", "700", "701", "702"), from < to)))) guard.fail(stryMutAct_9fa48("703") ? "" : (stryCov_9fa48("703"), 'OUT_OF_RANGE'), stryMutAct_9fa48("704") ? "" : (stryCov_9fa48("704"), 'must be less than period.to'), stryMutAct_9fa48("705") ? "" : (stryCov_9fa48("705"), 'period.from'), p.from);
    const start = guard.positive(v[from], stryMutAct_9fa48("706") ? "" : (stryCov_9fa48("706"), 'nav'), from);
    let index = 1;
    for (let i = from; stryMutAct_9fa48("709") ? i >= to : stryMutAct_9fa48("708") ? i <= to : stryMutAct_9fa48("707") ? false : (stryCov_9fa48("707", "708", "709"), i < to); stryMutAct_9fa48("710") ? i-- : (stryCov_9fa48("710"), i++)) stryMutAct_9fa48("711") ? index /= 1 + (r[i] as number) : (stryCov_9fa48("711"), index *= stryMutAct_9fa48("712") ? 1 - (r[i] as number) : (stryCov_9fa48("712"), 1 + (r[i] as number)));
    guard.finiteResult(index, stryMutAct_9fa48("713") ? "" : (stryCov_9fa48("713"), 'indexReturns'), indexReturns, stryMutAct_9fa48("714") ? to + 1 : (stryCov_9fa48("714"), to - 1)); // the index's growth itself overflows
    const denominator = stryMutAct_9fa48("715") ? L / (index - 1) : (stryCov_9fa48("715"), L * (stryMutAct_9fa48("716") ? index + 1 : (stryCov_9fa48("716"), index - 1)));
    if (stryMutAct_9fa48("719") ? denominator !== 0 : stryMutAct_9fa48("718") ? false : stryMutAct_9fa48("717") ? true : (stryCov_9fa48("717", "718", "719"), denominator === 0)) return null;
    return guard.finiteResult(stryMutAct_9fa48("720") ? ((v[to] as number) / start - 1) * denominator : (stryCov_9fa48("720"), (stryMutAct_9fa48("721") ? (v[to] as number) / start + 1 : (stryCov_9fa48("721"), (stryMutAct_9fa48("722") ? (v[to] as number) * start : (stryCov_9fa48("722"), (v[to] as number) / start)) - 1)) / denominator), stryMutAct_9fa48("723") ? "" : (stryCov_9fa48("723"), 'nav'), nav, to);
  }
}