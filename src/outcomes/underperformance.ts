import * as guard from '../internal/guards.ts';
import { normalCdf } from '../internal/numeric/normal.ts';
import { overflow, type Input } from '../internal/blame.ts';
import { MODEL_KEYS } from './lognormal-fund-outcome.ts';

/** Options of {@link underperformanceProbability}. */
export interface UnderperformanceOptions {
  /** The daily multiple `L`. */
  readonly leverage: number;
  /** Arithmetic drift `μ` of the index (annual fraction; `dS/S = μ dt + σ dW`). */
  readonly drift: number;
  /** Annualised index volatility `σ`, `≥ 0`. */
  readonly volatility: number;
  /** Horizon `T` in years, `> 0`. */
  readonly years: number;
  /** Financing rate `rf` (annual fraction); default `0`. */
  readonly rate?: number;
  /** Expense ratio `f` (annual fraction); default `0`. */
  readonly expenseRatio?: number;
}

/** Options of {@link underperformanceHorizon}. */
export interface UnderperformanceHorizonOptions {
  /** The daily multiple `L`. */
  readonly leverage: number;
  /** Arithmetic drift `μ` of the index (annual fraction). */
  readonly drift: number;
  /** Annualised index volatility `σ`, `> 0`. */
  readonly volatility: number;
  /** Financing rate `rf` (annual fraction); default `0`. */
  readonly rate?: number;
  /** Expense ratio `f` (annual fraction); default `0`. */
  readonly expenseRatio?: number;
  /** The probability `p` to reach, `0 < p < 1`. */
  readonly probability: number;
  /** The longest horizon searched, in years, `> 0`; default `100`. */
  readonly maxYears?: number;
}

/** The model, read once: `b = −ln K / T`, the log shortfall rate of the fund against `L` × the index at a flat index. */
interface Model {
  readonly L: number;
  readonly mu: number;
  readonly sigma: number;
  readonly b: number;
  /** The inputs of `b`, for an overflow: `c(L)·σ²` (both squared), `(1 − L)·rf`, `f`. */
  readonly inputs: readonly Input[];
}

/**
 * `φ(u) = ln K + L·u − ln(1 + L·(e^u − 1))`: the same sign as `g(e^u)`, and `+∞`
 * where `1 + L·(e^u − 1) ≤ 0` (the target is a loss of 100 % or more, the
 * fund cannot be below it). Unimodal with its extremum `ln K` at `u = 0`.
 * Away from `L ≤ ½, u ≤ 700` it is evaluated through
 * `1 + L·(e^u − 1) = e^u·w`, `w = 1 + (1 − L)·(e^{−u} − 1) = L + (1 − L)·e^{−u}`:
 * no overflow of `e^u`, and for `L` near 1 no cancellation of `L·u`
 * against the logarithm.
 */
function phi(L: number, lnK: number, u: number): number {
  const near1 = L > 0.5;
  if (near1 ? u < -700 : u <= 700) {
    const t = L * Math.expm1(u);
    return t > -1 ? lnK + L * u - Math.log1p(t) : Infinity;
  }
  const w = near1 ? (1 - L) * Math.expm1(-u) : L + (1 - L) * Math.exp(-u); // w − 1 near 1, w elsewhere
  if (!(near1 ? w > -1 : w > 0)) return Infinity;
  return lnK + (L - 1) * u - (near1 ? Math.log1p(w) : Math.log(w));
}

/**
 * The root of `φ` on the side `dir` (±1) of 0, to the last bit: the bracket
 * `(0, dir·δ)` is doubled until `φ` changes sign, then halved until its ends
 * are adjacent doubles.
 */
function root(L: number, lnK: number, dir: number, start: number): number {
  const inside = Math.sign(lnK);
  let a = 0;
  let b = dir * start;
  for (let i = 0; i < 2100 && Math.sign(phi(L, lnK, b)) === inside; i++) [a, b] = [b, 2 * b];
  // at most ~2,100 halvings separate any two doubles of one sign
  for (let i = 0; i < 2200; i++) {
    const u = a + (b - a) / 2;
    if (u === a || u === b) return u;
    if (Math.sign(phi(L, lnK, u)) === inside) a = u;
    else b = u;
  }
  return a + (b - a) / 2;
}

/** `P(fund return < L × index return)` at horizon `T > 0` (see {@link underperformanceProbability}). */
function probabilityAt(model: Model, T: number): number {
  const { L, mu, sigma, b } = model;
  const lnK = -b * T;
  if (L === 0 || L === 1) return lnK < 0 ? 1 : 0;
  const m = (mu - (sigma * sigma) / 2) * T;
  const s = sigma * Math.sqrt(T);
  if (!(s > 0)) return phi(L, lnK, m) < 0 ? 1 : 0;
  const concave = L > 0 && L < 1;
  if (!concave && !(lnK < 0)) return 0;
  if (concave && !(lnK > 0)) return 1;
  // small-horizon estimate of the roots: φ(u) ≈ ln K + c·u², c = (L² − L)/2
  const start = Math.min(1, Math.sqrt(Math.abs(lnK / ((L * L - L) / 2)))) || Number.MIN_VALUE;
  const z1 = (root(L, lnK, -1, start) - m) / s;
  const z2 = (root(L, lnK, 1, start) - m) / s;
  const p = concave
    ? normalCdf(z1) + normalCdf(-z2)
    : z1 > 0
      ? normalCdf(-z1) - normalCdf(-z2)
      : normalCdf(z2) - normalCdf(z1);
  return Math.min(1, Math.max(0, p));
}

/** Read and validate the model options shared by both functions. */
function readModel(o: Readonly<Record<string, unknown>>, volatility: number): Model {
  const L = guard.option(o, 'leverage', guard.finite);
  const mu = guard.option(o, 'drift', guard.finite);
  const rf = guard.option(o, 'rate', guard.finite, 0);
  const f = guard.option(o, 'expenseRatio', guard.finite, 0);
  const inputs: Input[] = [
    ['options.leverage', L, 2],
    ['options.volatility', volatility, 2],
    ['options.rate', rf],
    ['options.expenseRatio', f],
  ];
  const b = ((L * L - L) / 2) * volatility * volatility - (1 - L) * rf + f;
  if (!Number.isFinite(b)) overflow('c(leverage)·volatility² − (1 − leverage)·rate + expenseRatio', inputs);
  return { L, mu, sigma: volatility, b, inputs };
}

/**
 * Probability that a daily-reset fund returns less than `L` times the index
 * over a horizon, under geometric Brownian motion with continuous rebalancing.
 *
 * Formula: with `y = S_T/S_0`, `u = ln y ~ N(m, s²)`, `m = (μ − σ²/2)·T`,
 * `s = σ√T`, and `K = exp(((1−L)·rf − f)·T − c(L)·σ²·T)`, `c(L) = (L² − L)/2`,
 * the fund ends at `K·y^L` and underperforms when
 * `g(y) = K·y^L − 1 − L·(y − 1) < 0`.
 *
 * - `L > 1` or `L < 0`: `g` is convex with its minimum `(1 − L)·(y* − 1)` at
 *   `y* = K^{1/(1−L)}`, negative exactly when `K < 1`; then
 *   `{g < 0} = (y_1, y_2)` and `P = Φ((ln y_2 − m)/s) − Φ((ln y_1 − m)/s)`;
 *   `P = 0` when `K ≥ 1`.
 * - `0 < L < 1`: `g` is concave (`c(L) < 0`): the fund beats `L` × the
 *   index on `(y_1, y_2)` and underperforms outside it,
 *   `P = Φ((ln y_1 − m)/s) + 1 − Φ((ln y_2 − m)/s)`; `P = 1` when `K ≤ 1`.
 * - `L ∈ {0, 1}`: the fund is `K` times `L` × the index, `g` is linear:
 *   `P = 0` without costs (`K = 1`), and `1` when costs make `K < 1`.
 * - `σ = 0`: the outcome is certain, `P` is 0 or 1.
 *
 * The roots are found to full precision in `u = ln y`, on
 * `φ(u) = ln K + L·u − ln(1 + L·(e^u − 1))` (same sign as `g`, extremum
 * `ln K` at `u = 0`): bracketed on each side of 0, then bisected until the
 * bracket's ends are adjacent doubles.
 *
 * Mirror (docs/concepts.md I3, `c(L) = c(1 − L)`): without financing,
 * `L` and `1 − L` share `K`, and `g_L(y) = y·g_{1−L}(1/y)`; so `L` at drift
 * `μ` has the probability of `1 − L` at drift `σ² − μ` (the index reflected,
 * `ln y → −ln y`): −1x as 2x, −2x as 3x. At `μ = σ²/2` (a median index
 * flat) `L` and `1 − L` are equally likely to underperform.
 *
 * @param options - `leverage`, `drift`, `volatility` `≥ 0`, `years` `> 0`, `rate` (default 0), `expenseRatio` (default 0)
 * @returns the probability, in `[0, 1]`
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when `c(L)·σ²` overflows), `NEGATIVE` (volatility), `NOT_POSITIVE` (years), `UNKNOWN_OPTION`
 * @see docs/concepts.md §6.5; M. Avellaneda and S. Zhang (2010), "Path-dependence of leveraged ETF returns"
 * @example
 * ```ts
 * import { underperformanceProbability } from '@inverse-math/core/outcomes';
 * // 2x, μ = 8 %, σ = 20 %, one year: "about two in three"
 * underperformanceProbability({ leverage: 2, drift: 0.08, volatility: 0.2, years: 1 });
 * //≈ 0.67
 * ```
 */
export function underperformanceProbability(options: UnderperformanceOptions): number {
  const keys = [...MODEL_KEYS, 'years'];
  const o = guard.options(options, 'options', keys);
  const sigma = guard.option(o, 'volatility', guard.nonNegative);
  const T = guard.option(o, 'years', guard.positive);
  const model = readModel(o, sigma);
  if (!Number.isFinite(model.b * T)) overflow('the log shortfall b·years', [...model.inputs, ['options.years', T]]);
  return probabilityAt(model, T);
}

/**
 * `lim_{T→0+} P(T)`: with `ln K = −b·T` and `φ(u) ≈ −b·T + c·u²` while
 * `m = O(T)` is negligible against `s = σ√T`, the fund underperforms when
 * `c·u² < b·T`, i.e. `|z| < a` (`c > 0`) or `|z| > a` (`c < 0`), `a = √(b/(c·σ²))`.
 */
function shortHorizonLimit(model: Model): number {
  const { L, sigma, b } = model;
  const c = (L * L - L) / 2;
  if (c === 0) return b > 0 ? 1 : 0;
  if (c > 0 ? b <= 0 : b >= 0) return c > 0 ? 0 : 1;
  const a = Math.sqrt(b / (c * sigma * sigma));
  return c > 0 ? 1 - 2 * normalCdf(-a) : 2 * normalCdf(-a);
}

/**
 * The shortest horizon at which the probability of underperforming `L` times
 * the index (see {@link underperformanceProbability}) reaches a given level.
 *
 * Formula: `T* = min{T ∈ [0, maxYears] : P(T) ≥ p}`, `null` when the set is
 * empty, with `P(0) = lim_{T→0+} P(T)`. `P` does not
 * vanish at short horizons: as `T → 0`, `P(T)` tends to `2Φ(a) − 1` for
 * `c(L) > 0` (`2Φ(−a)` for `0 < L < 1`), `a = √(b/(c(L)·σ²))`,
 * `b = c(L)·σ² − (1−L)·rf + f`: without costs `2Φ(1) − 1 ≈ 68.27 %` for any
 * `L ∉ [0, 1]`. So the answer is `0` when that limit already reaches `p`,
 * and `null` ("never") when `P` stays below `p` up to `maxYears`. `P(T)` need
 * not be monotone: the first crossing is located on a grid of horizons
 * `maxYears·2^{−k/8}` (`k = 240 … 0`, steps of 9 %) and refined by bisection
 * to full precision; a crossing up and back down between two grid points
 * is not seen.
 *
 * @param options - `leverage`, `drift`, `volatility` `> 0`, `rate` (default 0), `expenseRatio` (default 0), `probability` `0 < p < 1`, `maxYears` `> 0` (default 100)
 * @returns the horizon in years (`0`: from the start), or `null` when `P < p` up to `maxYears`
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when `c(L)·σ²` overflows), `NOT_POSITIVE` (volatility, maxYears), `OUT_OF_RANGE` (probability), `UNKNOWN_OPTION`
 * @see docs/concepts.md §6.5; M. Avellaneda and S. Zhang (2010), "Path-dependence of leveraged ETF returns"
 * @example
 * ```ts
 * import { underperformanceHorizon } from '@inverse-math/core/outcomes';
 * // −1x, no drift, σ = 20 %: 68 % at once, and the chance grows with time
 * underperformanceHorizon({ leverage: -1, drift: 0, volatility: 0.2, probability: 0.5 });
 * //=> 0
 * underperformanceHorizon({ leverage: -1, drift: 0, volatility: 0.2, probability: 0.7 });
 * //≈ 10.82
 * underperformanceHorizon({ leverage: 2, drift: 0, volatility: 0.2, probability: 0.99, maxYears: 5 });
 * //=> null
 * ```
 */
export function underperformanceHorizon(options: UnderperformanceHorizonOptions): number | null {
  const keys = [...MODEL_KEYS, 'probability', 'maxYears'];
  const o = guard.options(options, 'options', keys);
  const sigma = guard.option(o, 'volatility', guard.positive);
  const model = readModel(o, sigma);
  const p = guard.option(o, 'probability', guard.finite);
  if (!(p > 0 && p < 1)) guard.fail('OUT_OF_RANGE', 'must be between 0 and 1 (exclusive)', 'options.probability', p);
  const maxYears = guard.option(o, 'maxYears', guard.positive, 100);
  if (!Number.isFinite(model.b * maxYears))
    overflow('the log shortfall b·maxYears', [...model.inputs, ['options.maxYears', maxYears]]);
  if (shortHorizonLimit(model) >= p) return 0;
  let lo = 0;
  for (let k = 240; k >= 0; k--) {
    const hi = maxYears * 2 ** (-k / 8);
    if (probabilityAt(model, hi) >= p) return bisect(model, p, lo, hi);
    lo = hi;
  }
  return null;
}

/** The crossing of `P(T) = p` in `(lo, hi]`, with `P(lo) < p ≤ P(hi)`, to full precision. */
function bisect(model: Model, p: number, lo: number, hi: number): number {
  for (let i = 0; i < 1100; i++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    if (probabilityAt(model, mid) >= p) hi = mid;
    else lo = mid;
  }
  return hi;
}
