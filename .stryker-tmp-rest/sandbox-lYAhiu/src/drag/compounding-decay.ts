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
import { neumaierSum, sumLog1pScaled } from '../internal/sum.ts';

/** Result of {@link compoundingDecay}. */
export interface CompoundingDecay {
  /** `G = Π(1 + r_i)`: the index's growth factor. */
  readonly indexGrowth: number;
  /** `V = Π(1 + L·r_i)`: the frictionless fund's growth factor; `0` once the fund is wiped out. */
  readonly fundGrowth: number;
  /** `G^L`: what the fund would be worth if it compounded the index's total move `L` times in log space. */
  readonly leveragedIndexGrowth: number;
  /** `V / G^L − 1`: the compounding decay; `≤ 0` for `L ∉ (0, 1)` (docs/concepts.md I2), `−1` once wiped out. */
  readonly decay: number;
  /** `V − 1 − L·(G − 1)`: the fund's shortfall against `L` times the index's total return, in NAV units. */
  readonly gapToLeveragedReturn: number;
  /** Index of the first period with `1 + L·r_i ≤ 0`, or `null` when the fund survives the whole path. */
  readonly wipedOutAt: number | null;
}

/**
 * Compounding decay of a frictionless daily-reset fund over a path.
 *
 * Formula: `G = Π(1 + r_i)`, `V = Π(1 + L·r_i)`, `decay = V / G^L − 1`,
 * accumulated in log space (`Σ log1p`, compensated) so that long paths neither
 * underflow nor lose digits. By Bernoulli's inequality `V ≤ G^L` for
 * `L ∉ (0, 1)` (docs/concepts.md I2): a fund whose index comes back to where it started
 * has lost money, for any non-flat path.
 *
 * @param indexReturns - index simple returns, each `> −1` (not mutated)
 * @param leverage - the daily multiple `L`
 * @returns growth factors, the decay and the period the fund was wiped out, if it was
 * @throws {@link InverseMathError} `INVALID_TYPE`, `EMPTY_SERIES`, `NON_FINITE` (with the index; also when a growth factor overflows), `RETURN_OUT_OF_DOMAIN` (with the index)
 * @see seed 001 (the 100 → 90 → 100 example); docs/concepts.md §2, W2
 * @example
 * ```ts
 * import { compoundingDecay } from '@inverse-math/core/drag';
 * const d = compoundingDecay([-0.1, 1 / 9], -1); // seed 001: index 100 → 90 → 100
 * [d.indexGrowth, d.fundGrowth, d.decay];
 * //≈ [1, 0.97778, -0.02222]
 * ```
 */
export function compoundingDecay(indexReturns: ArrayLike<number>, leverage: number): CompoundingDecay {
  if (stryMutAct_9fa48("861")) {
    {}
  } else {
    stryCov_9fa48("861");
    const L = guard.finite(leverage, stryMutAct_9fa48("862") ? "" : (stryCov_9fa48("862"), 'leverage'));
    const s = guard.returnSeries(indexReturns, stryMutAct_9fa48("863") ? "" : (stryCov_9fa48("863"), 'indexReturns'));
    const logs = new Float64Array(s.length);
    for (let i = 0; stryMutAct_9fa48("866") ? i >= s.length : stryMutAct_9fa48("865") ? i <= s.length : stryMutAct_9fa48("864") ? false : (stryCov_9fa48("864", "865", "866"), i < s.length); stryMutAct_9fa48("867") ? i-- : (stryCov_9fa48("867"), i++)) logs[i] = Math.log1p(s[i] as number);
    const logG = neumaierSum(logs);
    const indexGrowth = Math.exp(logG);
    const leveragedIndexGrowth = Math.exp(stryMutAct_9fa48("868") ? L / logG : (stryCov_9fa48("868"), L * logG));
    const {
      sum: logV,
      wipedOutAt
    } = sumLog1pScaled(s, L);
    const fundGrowth = (stryMutAct_9fa48("872") ? wipedOutAt < 0 : stryMutAct_9fa48("871") ? wipedOutAt > 0 : stryMutAct_9fa48("870") ? false : stryMutAct_9fa48("869") ? true : (stryCov_9fa48("869", "870", "871", "872"), wipedOutAt >= 0)) ? 0 : Math.exp(logV);
    const decay = (stryMutAct_9fa48("876") ? wipedOutAt < 0 : stryMutAct_9fa48("875") ? wipedOutAt > 0 : stryMutAct_9fa48("874") ? false : stryMutAct_9fa48("873") ? true : (stryCov_9fa48("873", "874", "875", "876"), wipedOutAt >= 0)) ? stryMutAct_9fa48("877") ? +1 : (stryCov_9fa48("877"), -1) : Math.expm1(stryMutAct_9fa48("878") ? logV + L * logG : (stryCov_9fa48("878"), logV - (stryMutAct_9fa48("879") ? L / logG : (stryCov_9fa48("879"), L * logG))));
    const overflow = stryMutAct_9fa48("880") ? () => undefined : (stryCov_9fa48("880"), (() => {
      const overflow = (x: number, argument: string, value: unknown): number => guard.finiteResult(x, argument, value);
      return overflow;
    })());
    return stryMutAct_9fa48("881") ? {} : (stryCov_9fa48("881"), {
      indexGrowth: overflow(indexGrowth, stryMutAct_9fa48("882") ? "" : (stryCov_9fa48("882"), 'indexReturns'), indexReturns),
      fundGrowth: overflow(fundGrowth, stryMutAct_9fa48("883") ? "" : (stryCov_9fa48("883"), 'indexReturns'), indexReturns),
      leveragedIndexGrowth: overflow(leveragedIndexGrowth, stryMutAct_9fa48("884") ? "" : (stryCov_9fa48("884"), 'leverage'), leverage),
      decay: overflow(decay, stryMutAct_9fa48("885") ? "" : (stryCov_9fa48("885"), 'leverage'), leverage),
      gapToLeveragedReturn: overflow(stryMutAct_9fa48("886") ? fundGrowth - 1 + L * (indexGrowth - 1) : (stryCov_9fa48("886"), (stryMutAct_9fa48("887") ? fundGrowth + 1 : (stryCov_9fa48("887"), fundGrowth - 1)) - (stryMutAct_9fa48("888") ? L / (indexGrowth - 1) : (stryCov_9fa48("888"), L * (stryMutAct_9fa48("889") ? indexGrowth + 1 : (stryCov_9fa48("889"), indexGrowth - 1))))), stryMutAct_9fa48("890") ? "" : (stryCov_9fa48("890"), 'leverage'), leverage),
      wipedOutAt: (stryMutAct_9fa48("894") ? wipedOutAt < 0 : stryMutAct_9fa48("893") ? wipedOutAt > 0 : stryMutAct_9fa48("892") ? false : stryMutAct_9fa48("891") ? true : (stryCov_9fa48("891", "892", "893", "894"), wipedOutAt >= 0)) ? wipedOutAt : null
    });
  }
}