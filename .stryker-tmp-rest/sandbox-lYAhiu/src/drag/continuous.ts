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

/** Options of {@link continuousDrag}. */
export interface ContinuousDragOptions {
  /** The daily multiple `L`. */
  readonly leverage: number;
  /** Annualised volatility `σ` of the index, a fraction (`0.2` is 20 %), `≥ 0`. */
  readonly volatility: number;
  /** Horizon `T` in years, `≥ 0`. */
  readonly years: number;
}

/**
 * Volatility drag of a daily-reset fund over a horizon, in continuous time.
 *
 * Formula: `exp(−c(L)·σ²·T) − 1` with `c(L) = (L² − L)/2`: the fraction by which
 * the fund's value falls short of `(S_T/S_0)^L` under geometric Brownian motion
 * with constant volatility. This is the drag of the median and of the typical
 * path; the *mean* fund value has no drag at all (see {@link lognormalFundOutcome}).
 *
 * @param options - `leverage`, `volatility` (annual fraction), `years`
 * @returns the drag as a fraction (`−0.0392` is −3.92 %); `≤ 0` for `L ∉ (0, 1)`
 * @throws {@link InverseMathError} `INVALID_TYPE` (missing option), `NON_FINITE` (also when the result overflows), `NEGATIVE` (volatility or years `< 0`)
 * @see seed 002; docs/concepts.md §2
 * @example
 * ```ts
 * import { continuousDrag } from '@inverse-math/core/drag';
 * continuousDrag({ leverage: -1, volatility: 0.2, years: 1 }); // exp(−0.04) − 1
 * //≈ -0.039211
 * continuousDrag({ leverage: 2, volatility: 0.2, years: 1 });  // the same drag as −1x
 * //≈ -0.039211
 * ```
 */
export function continuousDrag(options: ContinuousDragOptions): number {
  if (stryMutAct_9fa48("895")) {
    {}
  } else {
    stryCov_9fa48("895");
    const o = guard.options(options);
    const L = guard.finite(o.leverage, stryMutAct_9fa48("896") ? "" : (stryCov_9fa48("896"), 'options.leverage'));
    const sigma = guard.nonNegative(o.volatility, stryMutAct_9fa48("897") ? "" : (stryCov_9fa48("897"), 'options.volatility'));
    const T = guard.nonNegative(o.years, stryMutAct_9fa48("898") ? "" : (stryCov_9fa48("898"), 'options.years'));
    // L·(L − 1), not L² − L: L − 1 is exact near 1 where L² − L cancels (1e-8 relative at L = 1 + 1e-8).
    return guard.finiteResult(Math.expm1(stryMutAct_9fa48("899") ? -0.5 * L * (L - 1) * sigma * sigma / T : (stryCov_9fa48("899"), (stryMutAct_9fa48("900") ? -0.5 * L * (L - 1) * sigma / sigma : (stryCov_9fa48("900"), (stryMutAct_9fa48("901") ? -0.5 * L * (L - 1) / sigma : (stryCov_9fa48("901"), (stryMutAct_9fa48("902") ? -0.5 * L / (L - 1) : (stryCov_9fa48("902"), (stryMutAct_9fa48("903") ? -0.5 / L : (stryCov_9fa48("903"), (stryMutAct_9fa48("904") ? +0.5 : (stryCov_9fa48("904"), -0.5)) * L)) * (stryMutAct_9fa48("905") ? L + 1 : (stryCov_9fa48("905"), L - 1)))) * sigma)) * sigma)) * T)), stryMutAct_9fa48("906") ? "" : (stryCov_9fa48("906"), 'options.volatility'), o.volatility);
  }
}

/** Options of {@link fundReturnTable}. */
export interface FundReturnTableOptions {
  /** The daily multiple `L`. */
  readonly leverage: number;
  /** Index total returns over the horizon (rows), each `> −1`. */
  readonly indexReturns: ArrayLike<number>;
  /** Annualised index volatilities (columns), each `≥ 0`. */
  readonly volatilities: ArrayLike<number>;
  /** Horizon `T` in years; default `1` (the prospectus table). */
  readonly years?: number;
}

/** Result of {@link fundReturnTable}: `returns[i][j]` is the fund return for `indexReturns[i]` at `volatilities[j]`. */
export interface FundReturnTable {
  /** The rows, copied. */
  readonly indexReturns: Float64Array;
  /** The columns, copied. */
  readonly volatilities: Float64Array;
  /** One `Float64Array` per index return, one entry per volatility. */
  readonly returns: readonly Float64Array[];
}

/**
 * The issuers' prospectus table: estimated fund return over a horizon by index
 * return (rows) and index volatility (columns).
 *
 * Formula: `(1 + R)^L · exp(−c(L)·σ²·T) − 1` with `c(L) = (L² − L)/2`; the
 * issuers' tables are this continuous formula, not a 252-day discretisation.
 * A table cell for `L < 0` and `R` near `−1` can be very large: the formula
 * assumes the fund survives every day.
 *
 * @param options - `leverage`, `indexReturns` (rows), `volatilities` (columns), `years` (default 1)
 * @returns the rows, the columns and the grid of fund returns (fractions)
 * @throws {@link InverseMathError} `INVALID_TYPE`, `EMPTY_SERIES`, `NON_FINITE` (also when the result overflows), `RETURN_OUT_OF_DOMAIN` (`R ≤ −1`), `NEGATIVE` (volatility or years)
 * @see docs/concepts.md §2; ProShares and Direxion prospectuses ("estimated fund return over one year")
 * @example
 * ```ts
 * import { fundReturnTable } from '@inverse-math/core/drag';
 * const t = fundReturnTable({ leverage: -1, indexReturns: [-0.1, 0, 0.1], volatilities: [0, 0.25] });
 * t.returns.map((row) => Array.from(row));
 * //≈ [[0.1111, 0.0438], [0, -0.0606], [-0.0909, -0.1460]]
 * ```
 */
export function fundReturnTable(options: FundReturnTableOptions): FundReturnTable {
  if (stryMutAct_9fa48("907")) {
    {}
  } else {
    stryCov_9fa48("907");
    const o = guard.options(options);
    const L = guard.finite(o.leverage, stryMutAct_9fa48("908") ? "" : (stryCov_9fa48("908"), 'options.leverage'));
    const rows = guard.returnSeries(o.indexReturns, stryMutAct_9fa48("909") ? "" : (stryCov_9fa48("909"), 'options.indexReturns'));
    const cols = guard.series(o.volatilities, stryMutAct_9fa48("910") ? "" : (stryCov_9fa48("910"), 'options.volatilities'));
    for (let j = 0; stryMutAct_9fa48("913") ? j >= cols.length : stryMutAct_9fa48("912") ? j <= cols.length : stryMutAct_9fa48("911") ? false : (stryCov_9fa48("911", "912", "913"), j < cols.length); stryMutAct_9fa48("914") ? j-- : (stryCov_9fa48("914"), j++)) guard.nonNegative(cols[j], stryMutAct_9fa48("915") ? "" : (stryCov_9fa48("915"), 'options.volatilities'), j);
    const T = (stryMutAct_9fa48("918") ? o.years !== undefined : stryMutAct_9fa48("917") ? false : stryMutAct_9fa48("916") ? true : (stryCov_9fa48("916", "917", "918"), o.years === undefined)) ? 1 : guard.nonNegative(o.years, stryMutAct_9fa48("919") ? "" : (stryCov_9fa48("919"), 'options.years'));
    const c = stryMutAct_9fa48("920") ? 0.5 * L / (L - 1) : (stryCov_9fa48("920"), (stryMutAct_9fa48("921") ? 0.5 / L : (stryCov_9fa48("921"), 0.5 * L)) * (stryMutAct_9fa48("922") ? L + 1 : (stryCov_9fa48("922"), L - 1))); // not (L² − L)/2, which cancels near L = 1
    const returns: Float64Array[] = stryMutAct_9fa48("923") ? ["Stryker was here"] : (stryCov_9fa48("923"), []);
    for (let i = 0; stryMutAct_9fa48("926") ? i >= rows.length : stryMutAct_9fa48("925") ? i <= rows.length : stryMutAct_9fa48("924") ? false : (stryCov_9fa48("924", "925", "926"), i < rows.length); stryMutAct_9fa48("927") ? i-- : (stryCov_9fa48("927"), i++)) {
      if (stryMutAct_9fa48("928")) {
        {}
      } else {
        stryCov_9fa48("928");
        const lg = stryMutAct_9fa48("929") ? L / Math.log1p(rows[i] as number) : (stryCov_9fa48("929"), L * Math.log1p(rows[i] as number));
        const row = new Float64Array(cols.length);
        for (let j = 0; stryMutAct_9fa48("932") ? j >= cols.length : stryMutAct_9fa48("931") ? j <= cols.length : stryMutAct_9fa48("930") ? false : (stryCov_9fa48("930", "931", "932"), j < cols.length); stryMutAct_9fa48("933") ? j-- : (stryCov_9fa48("933"), j++)) {
          if (stryMutAct_9fa48("934")) {
            {}
          } else {
            stryCov_9fa48("934");
            const s = cols[j] as number;
            row[j] = guard.finiteResult(Math.expm1(stryMutAct_9fa48("935") ? lg + c * s * s * T : (stryCov_9fa48("935"), lg - (stryMutAct_9fa48("936") ? c * s * s / T : (stryCov_9fa48("936"), (stryMutAct_9fa48("937") ? c * s / s : (stryCov_9fa48("937"), (stryMutAct_9fa48("938") ? c / s : (stryCov_9fa48("938"), c * s)) * s)) * T)))), stryMutAct_9fa48("939") ? "" : (stryCov_9fa48("939"), 'options.leverage'), o.leverage, i);
          }
        }
        returns.push(row);
      }
    }
    return stryMutAct_9fa48("940") ? {} : (stryCov_9fa48("940"), {
      indexReturns: Float64Array.from(rows),
      volatilities: Float64Array.from(cols),
      returns
    });
  }
}

/** Options of {@link lognormalFundOutcome}. */
export interface LognormalFundOutcomeOptions {
  /** The daily multiple `L`. */
  readonly leverage: number;
  /** Arithmetic drift `μ` of the index (annual fraction; `dS/S = μ dt + σ dW`). */
  readonly drift: number;
  /** Annualised index volatility `σ`, `≥ 0`. */
  readonly volatility: number;
  /** Financing rate `rf` (annual fraction); default `0`. */
  readonly rate?: number;
  /** Expense ratio `f` (annual fraction); default `0`. */
  readonly expenseRatio?: number;
  /** Horizon `T` in years, `≥ 0`. */
  readonly years: number;
}

/** Result of {@link lognormalFundOutcome}: the distribution of the growth factor `V_T / V_0`. */
export interface LognormalFundOutcome {
  /** `E[V_T/V_0] = exp((L·μ + (1−L)·rf − f)·T)`: no volatility drag at all. */
  readonly mean: number;
  /** `exp(logMean)`: the median growth factor, which carries the full drag. */
  readonly median: number;
  /** Mean of `ln(V_T/V_0)`: `(L·μ + (1−L)·rf − f − L²σ²/2)·T`. */
  readonly logMean: number;
  /** Standard deviation of `ln(V_T/V_0)`: `|L|·σ·√T`. */
  readonly logSd: number;
}

/**
 * Distribution of a daily-reset fund's growth factor under geometric Brownian
 * motion, with financing and expenses.
 *
 * Formula: `ln(V_T/V_0) ~ N((L·μ + (1−L)·rf − f − L²σ²/2)·T, L²σ²T)`, so
 * `mean = exp((L·μ + (1−L)·rf − f)·T)` and `median = exp(logMean)`.
 *
 * The mean has no volatility drag: the drag lives in the median and in the
 * typical path. This is the most common misunderstanding of leveraged and
 * inverse funds: "the expected value decays" is false under GBM; what decays
 * is the value most holders end up with.
 *
 * @param options - `leverage`, `drift`, `volatility`, `rate` (default 0), `expenseRatio` (default 0), `years`
 * @returns mean, median, log-mean and log-SD of `V_T / V_0`
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when the result overflows), `NEGATIVE` (volatility or years)
 * @see docs/concepts.md §2
 * @example
 * ```ts
 * import { lognormalFundOutcome } from '@inverse-math/core/drag';
 * const o = lognormalFundOutcome({ leverage: -1, drift: 0, volatility: 0.2, years: 1 });
 * [o.mean, o.median, o.logSd];
 * //≈ [1, 0.980199, 0.2]
 * ```
 */
export function lognormalFundOutcome(options: LognormalFundOutcomeOptions): LognormalFundOutcome {
  if (stryMutAct_9fa48("941")) {
    {}
  } else {
    stryCov_9fa48("941");
    const o = guard.options(options);
    const L = guard.finite(o.leverage, stryMutAct_9fa48("942") ? "" : (stryCov_9fa48("942"), 'options.leverage'));
    const mu = guard.finite(o.drift, stryMutAct_9fa48("943") ? "" : (stryCov_9fa48("943"), 'options.drift'));
    const sigma = guard.nonNegative(o.volatility, stryMutAct_9fa48("944") ? "" : (stryCov_9fa48("944"), 'options.volatility'));
    const rf = (stryMutAct_9fa48("947") ? o.rate !== undefined : stryMutAct_9fa48("946") ? false : stryMutAct_9fa48("945") ? true : (stryCov_9fa48("945", "946", "947"), o.rate === undefined)) ? 0 : guard.finite(o.rate, stryMutAct_9fa48("948") ? "" : (stryCov_9fa48("948"), 'options.rate'));
    const f = (stryMutAct_9fa48("951") ? o.expenseRatio !== undefined : stryMutAct_9fa48("950") ? false : stryMutAct_9fa48("949") ? true : (stryCov_9fa48("949", "950", "951"), o.expenseRatio === undefined)) ? 0 : guard.finite(o.expenseRatio, stryMutAct_9fa48("952") ? "" : (stryCov_9fa48("952"), 'options.expenseRatio'));
    const T = guard.nonNegative(o.years, stryMutAct_9fa48("953") ? "" : (stryCov_9fa48("953"), 'options.years'));
    const meanLogRate = stryMutAct_9fa48("954") ? L * mu + (1 - L) * rf + f : (stryCov_9fa48("954"), (stryMutAct_9fa48("955") ? L * mu - (1 - L) * rf : (stryCov_9fa48("955"), (stryMutAct_9fa48("956") ? L / mu : (stryCov_9fa48("956"), L * mu)) + (stryMutAct_9fa48("957") ? (1 - L) / rf : (stryCov_9fa48("957"), (stryMutAct_9fa48("958") ? 1 + L : (stryCov_9fa48("958"), 1 - L)) * rf)))) - f);
    const logMean = stryMutAct_9fa48("959") ? (meanLogRate - L * L * sigma * sigma / 2) / T : (stryCov_9fa48("959"), (stryMutAct_9fa48("960") ? meanLogRate + L * L * sigma * sigma / 2 : (stryCov_9fa48("960"), meanLogRate - (stryMutAct_9fa48("961") ? L * L * sigma * sigma * 2 : (stryCov_9fa48("961"), (stryMutAct_9fa48("962") ? L * L * sigma / sigma : (stryCov_9fa48("962"), (stryMutAct_9fa48("963") ? L * L / sigma : (stryCov_9fa48("963"), (stryMutAct_9fa48("964") ? L / L : (stryCov_9fa48("964"), L * L)) * sigma)) * sigma)) / 2)))) * T);
    const overflow = stryMutAct_9fa48("965") ? () => undefined : (stryCov_9fa48("965"), (() => {
      const overflow = (x: number): number => guard.finiteResult(x, stryMutAct_9fa48("966") ? "" : (stryCov_9fa48("966"), 'options'), options);
      return overflow;
    })());
    return stryMutAct_9fa48("967") ? {} : (stryCov_9fa48("967"), {
      mean: overflow(Math.exp(stryMutAct_9fa48("968") ? meanLogRate / T : (stryCov_9fa48("968"), meanLogRate * T))),
      median: overflow(Math.exp(logMean)),
      logMean: overflow(logMean),
      logSd: overflow(stryMutAct_9fa48("969") ? Math.abs(L) * sigma / Math.sqrt(T) : (stryCov_9fa48("969"), (stryMutAct_9fa48("970") ? Math.abs(L) / sigma : (stryCov_9fa48("970"), Math.abs(L) * sigma)) * Math.sqrt(T)))
    });
  }
}

/** Options of {@link kellyLeverage}. */
export interface KellyLeverageOptions {
  /** Arithmetic drift `μ` of the index (annual fraction). */
  readonly drift: number;
  /** Annualised index volatility `σ`, `> 0`. */
  readonly volatility: number;
  /** Financing rate `rf` (annual fraction); default `0`. */
  readonly rate?: number;
}

/**
 * Growth-optimal (Kelly) constant leverage under geometric Brownian motion.
 *
 * Formula: `L* = (μ − rf) / σ²`, the maximiser of {@link growthRate}. Use a
 * fraction of it (half-Kelly is common): estimates of `μ` are noisy.
 *
 * @param options - `drift` `μ`, `volatility` `σ > 0`, `rate` `rf` (default 0), all annual fractions
 * @returns `L*`, dimensionless (negative when the drift is below the rate)
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when the result overflows), `NOT_POSITIVE` (volatility `≤ 0`)
 * @see docs/concepts.md §2; seed 001 ("apply a Kelly Criterion")
 * @example
 * ```ts
 * import { kellyLeverage } from '@inverse-math/core/drag';
 * kellyLeverage({ drift: 0.08, volatility: 0.2, rate: 0.02 });
 * //≈ 1.5
 * ```
 */
export function kellyLeverage(options: KellyLeverageOptions): number {
  if (stryMutAct_9fa48("971")) {
    {}
  } else {
    stryCov_9fa48("971");
    const o = guard.options(options);
    const mu = guard.finite(o.drift, stryMutAct_9fa48("972") ? "" : (stryCov_9fa48("972"), 'options.drift'));
    const sigma = guard.positive(o.volatility, stryMutAct_9fa48("973") ? "" : (stryCov_9fa48("973"), 'options.volatility'));
    const rf = (stryMutAct_9fa48("976") ? o.rate !== undefined : stryMutAct_9fa48("975") ? false : stryMutAct_9fa48("974") ? true : (stryCov_9fa48("974", "975", "976"), o.rate === undefined)) ? 0 : guard.finite(o.rate, stryMutAct_9fa48("977") ? "" : (stryCov_9fa48("977"), 'options.rate'));
    return guard.finiteResult(stryMutAct_9fa48("978") ? (mu - rf) * (sigma * sigma) : (stryCov_9fa48("978"), (stryMutAct_9fa48("979") ? mu + rf : (stryCov_9fa48("979"), mu - rf)) / (stryMutAct_9fa48("980") ? sigma / sigma : (stryCov_9fa48("980"), sigma * sigma))), stryMutAct_9fa48("981") ? "" : (stryCov_9fa48("981"), 'options.volatility'), o.volatility);
  }
}

/** Options of {@link growthRate}. */
export interface GrowthRateOptions {
  /** The daily multiple `L`. */
  readonly leverage: number;
  /** Arithmetic drift `μ` of the index (annual fraction). */
  readonly drift: number;
  /** Annualised index volatility `σ`, `≥ 0`. */
  readonly volatility: number;
  /** Financing rate `rf` (annual fraction); default `0`. */
  readonly rate?: number;
  /** Expense ratio `f` (annual fraction); default `0`. */
  readonly expenseRatio?: number;
}

/**
 * Long-run (median) log growth rate of a constant-leverage fund under GBM.
 *
 * Formula: `g(L) = rf + L·(μ − rf) − L²σ²/2 − f`, per year. It is the
 * `logMean / T` of {@link lognormalFundOutcome}; its maximum over `L` is at
 * {@link kellyLeverage}.
 *
 * @param options - `leverage`, `drift`, `volatility`, `rate` (default 0), `expenseRatio` (default 0)
 * @returns the continuously compounded growth rate, per year
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when the result overflows), `NEGATIVE` (volatility `< 0`)
 * @see docs/concepts.md §2
 * @example
 * ```ts
 * import { growthRate } from '@inverse-math/core/drag';
 * growthRate({ leverage: 1.5, drift: 0.08, volatility: 0.2, rate: 0.02 }); // 0.02 + 0.09 − 0.045
 * //≈ 0.065
 * ```
 */
export function growthRate(options: GrowthRateOptions): number {
  if (stryMutAct_9fa48("982")) {
    {}
  } else {
    stryCov_9fa48("982");
    const o = guard.options(options);
    const L = guard.finite(o.leverage, stryMutAct_9fa48("983") ? "" : (stryCov_9fa48("983"), 'options.leverage'));
    const mu = guard.finite(o.drift, stryMutAct_9fa48("984") ? "" : (stryCov_9fa48("984"), 'options.drift'));
    const sigma = guard.nonNegative(o.volatility, stryMutAct_9fa48("985") ? "" : (stryCov_9fa48("985"), 'options.volatility'));
    const rf = (stryMutAct_9fa48("988") ? o.rate !== undefined : stryMutAct_9fa48("987") ? false : stryMutAct_9fa48("986") ? true : (stryCov_9fa48("986", "987", "988"), o.rate === undefined)) ? 0 : guard.finite(o.rate, stryMutAct_9fa48("989") ? "" : (stryCov_9fa48("989"), 'options.rate'));
    const f = (stryMutAct_9fa48("992") ? o.expenseRatio !== undefined : stryMutAct_9fa48("991") ? false : stryMutAct_9fa48("990") ? true : (stryCov_9fa48("990", "991", "992"), o.expenseRatio === undefined)) ? 0 : guard.finite(o.expenseRatio, stryMutAct_9fa48("993") ? "" : (stryCov_9fa48("993"), 'options.expenseRatio'));
    return guard.finiteResult(stryMutAct_9fa48("994") ? rf + L * (mu - rf) - L * L * sigma * sigma / 2 + f : (stryCov_9fa48("994"), (stryMutAct_9fa48("995") ? rf + L * (mu - rf) + L * L * sigma * sigma / 2 : (stryCov_9fa48("995"), (stryMutAct_9fa48("996") ? rf - L * (mu - rf) : (stryCov_9fa48("996"), rf + (stryMutAct_9fa48("997") ? L / (mu - rf) : (stryCov_9fa48("997"), L * (stryMutAct_9fa48("998") ? mu + rf : (stryCov_9fa48("998"), mu - rf)))))) - (stryMutAct_9fa48("999") ? L * L * sigma * sigma * 2 : (stryCov_9fa48("999"), (stryMutAct_9fa48("1000") ? L * L * sigma / sigma : (stryCov_9fa48("1000"), (stryMutAct_9fa48("1001") ? L * L / sigma : (stryCov_9fa48("1001"), (stryMutAct_9fa48("1002") ? L / L : (stryCov_9fa48("1002"), L * L)) * sigma)) * sigma)) / 2)))) - f), stryMutAct_9fa48("1003") ? "" : (stryCov_9fa48("1003"), 'options'), options);
  }
}