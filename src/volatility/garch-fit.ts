import {
  backcast,
  type FirstVariance,
  filter,
  firstVariance,
  logLikelihood,
  mean,
  meanSquare,
} from '../internal/garch/likelihood.ts';
import * as guard from '../internal/guards.ts';
import { bfgs, hessian, inverseSpd } from '../internal/optimize/bfgs.ts';

/** The four parameters of a GARCH(1,1) model with constant mean, in the units of the returns. */
export interface GarchParameters {
  /** Mean return per period `μ` (return units). */
  readonly mu: number;
  /** Constant of the variance recursion `ω` (squared return units). */
  readonly omega: number;
  /** Weight `α` of the last squared shock. */
  readonly alpha: number;
  /** Weight `β` of the last variance. */
  readonly beta: number;
}

/** The constraint a fit ended on (or next to), when it did: see {@link garchFit}. */
export type GarchBoundary = 'omega' | 'alpha' | 'beta' | 'persistence';

/** Options of {@link garchFit}. */
export interface GarchFitOptions {
  /** `'constant'` (default): `μ` is estimated; `'zero'`: `μ = 0`. */
  readonly mean?: 'constant' | 'zero';
  /**
   * The first variance `σ²_1`: `'backcast'` (default, Python `arch`), `'sample'` (the published
   * benchmark, R's fGarch), or a number `> 0` (squared return units), which is `σ²_1` itself.
   */
  readonly initialVariance?: 'backcast' | 'sample' | number;
}

/** Result of {@link garchFit}; every figure is in the units of the returns given. */
export interface GarchFit extends GarchParameters {
  /** Maximised Gaussian log-likelihood `ℓ`. */
  readonly logLikelihood: number;
  /** Standard errors from the inverse of the Hessian of `ℓ`; `null` when it is not negative definite (e.g. on a boundary). `mu` is 0 for `mean: 'zero'`. */
  readonly standardErrors: GarchParameters | null;
  /** Bollerslev–Wooldridge (1992) robust standard errors `H⁻¹·(Σ s_t s_tᵀ)·H⁻¹`; `null` with {@link GarchFit.standardErrors}. */
  readonly robustStandardErrors: GarchParameters | null;
  /** `α + β`. */
  readonly persistence: number;
  /** `σ̄² = ω / (1 − α − β)`, per period. */
  readonly longRunVariance: number;
  /** Half-life of a variance shock in periods, `ln 0.5 / ln(α + β)`. */
  readonly halfLife: number;
  /** `σ²_t`, the conditional variance in force for return `t` (length `n`). */
  readonly conditionalVariance: Float64Array;
  /** `σ²_{n+1} = ω + α·ε_n² + β·σ²_n`: the variance forecast for the period after the last. */
  readonly next: number;
  /** `σ²_1` of the fitted model (what `garchFilter` needs to reproduce {@link GarchFit.conditionalVariance}). */
  readonly initialVariance: number;
  /** Whether the optimiser met its gradient test (a result is returned either way). */
  readonly converged: boolean;
  /** Quasi-Newton iterations from the best starting point. */
  readonly iterations: number;
  /** The constraint the solution lies on or next to, or `null` for an interior solution. */
  readonly boundary: GarchBoundary | null;
}

const KNOWN = ['mean', 'initialVariance'] as const;
/** Starting points `(α, β)`; `ω` makes the long-run variance the sample variance. */
const STARTS = [0.05, 0.9, 0.1, 0.8, 0.15, 0.6, 0.03, 0.95, 0.2, 0.75, 0.3, 0.3];
const LN2 = Math.LN2;
/** `x·2^e` without overflow of `2^e` itself (exact unless the result over- or underflows). */
const ldexp = (x: number, e: number): number => x * 2 ** (e >> 1) * 2 ** (e - (e >> 1));
const logistic = (u: number): number => 1 / (1 + Math.exp(-u));

/**
 * GARCH(1,1) by maximum likelihood, normal errors.
 *
 * Formula: `ε_t = x_t − μ`, `σ²_{t+1} = ω + α·ε_t² + β·σ²_t` (`ω > 0`, `α, β ≥ 0`,
 * `α + β < 1`), `ℓ = −½ Σ (ln 2π + ln σ²_t + ε_t²/σ²_t)`. The first variance:
 * `'sample'` `σ²_1 = ω + (α + β)·mean(ε²)` at the current `μ`; `'backcast'` the same
 * with `Σ w_i e_i²` over the first `min(75, n)` residuals of the sample mean,
 * `w_i ∝ 0.94^i`, fixed before the fit; a number is `σ²_1`.
 *
 * How: the returns are rescaled by a power of two (exact) to unit variance, so a
 * fit on `x/k` is the same model (`μ/k`, `ω/k²`, `α`, `β`, `ℓ + n·ln k`). `ℓ` is
 * maximised by BFGS over `(μ, ln ω, logit(α + β), logit(α/(α + β)))` with the
 * analytic gradient (a forward recursion of `∂σ²_t/∂θ`), from the best of six
 * starting points. Standard errors: the Hessian by central differences of the
 * analytic gradient, and the sandwich. A solution with `α/(α+β)` or
 * `β/(α+β)` below 1e-4, `α + β > 0.9999` or `ω` below 1e-8 of the sample variance
 * is reported in `boundary`; non-convergence in `converged`: neither throws.
 *
 * @param returns - at least 10 returns per period (fractions or percent: any unit), not all equal
 * @param options - `mean` (`'constant'` or `'zero'`), `initialVariance` (`'backcast'`, `'sample'` or `σ²_1 > 0`)
 * @returns the estimates, their standard errors, the likelihood, the conditional variances and the next-period forecast
 * @throws {@link InverseMathError} `INVALID_TYPE`, `EMPTY_SERIES`, `SERIES_TOO_SHORT` (fewer than 10), `NON_FINITE` (with the index; also when a figure overflows in the caller's units), `OUT_OF_RANGE` (returns that do not vary), `NOT_POSITIVE` (`initialVariance`), `INVALID_OPTION`, `UNKNOWN_OPTION`
 * @see Bollerslev (1986), "Generalized autoregressive conditional heteroskedasticity"; Fiorentini, Calzolari & Panattoni (1996); Bollerslev & Wooldridge (1992); docs/concepts.md §6.1
 * @example
 * ```ts
 * import { garchFit } from '@inverse-math/core/volatility';
 * // 400 returns whose variance follows a GARCH(1,1) with α = 0.1, β = 0.85
 * const x: number[] = [];
 * let v = 1e-4;
 * let u = 0.5;
 * for (let t = 0; t < 400; t++) {
 *   u = (u * 69069 + 0.1234567) % 1; // a fixed pseudo-random sequence
 *   const z = Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * ((u * 7919) % 1));
 *   x.push(Math.sqrt(v) * z);
 *   v = 5e-6 + 0.1 * x[t] ** 2 + 0.85 * v;
 * }
 * const fit = garchFit(x);
 * [fit.converged, fit.boundary, fit.persistence > 0.5 && fit.persistence < 1];
 * //=> [true, null, true]
 * ```
 */
export function garchFit(returns: ArrayLike<number>, options?: GarchFitOptions): GarchFit {
  const o = guard.optionalOptions(options, 'options', KNOWN);
  const meanOption = o.mean;
  const initOption = o.initialVariance;
  const constant =
    meanOption === undefined || guard.oneOf(meanOption, ['constant', 'zero'] as const, 'options.mean') === 'constant';
  const init =
    initOption === undefined || typeof initOption === 'string'
      ? guard.oneOf(initOption ?? 'backcast', ['backcast', 'sample'] as const, 'options.initialVariance')
      : guard.positive(initOption, 'options.initialVariance');
  const x = Float64Array.from(guard.series(returns, 'returns', 10));
  const n = x.length;
  // scale by 2^-j (exact): first by the largest |x|, then to unit mean square about the centre
  let big = 0;
  for (let i = 0; i < n; i++) big = Math.max(big, Math.abs(x[i] as number));
  let j = big > 0 ? Math.floor(Math.log2(big)) : 0;
  const y = x.map((v) => ldexp(v, -j));
  const v0 = meanSquare(y, constant ? mean(y) : 0);
  if (!(v0 > 0) || x.every((v) => v === (constant ? x[0] : 0)))
    guard.fail('OUT_OF_RANGE', 'must vary (the sample variance is 0)', 'returns', returns);
  const j2 = Math.round(Math.log2(v0) / 2);
  j += j2;
  for (let i = 0; i < n; i++) y[i] = ldexp(y[i] as number, -j2);
  const first: FirstVariance =
    init === 'sample' ? 'sample' : init === 'backcast' ? { m: backcast(y, mean(y)) } : { v: ldexp(init, -2 * j) };
  const solved = solve(y, first, constant);
  const { theta } = solved;
  const variance = new Float64Array(n);
  const [ll, next] = filter(
    y,
    theta[0] as number,
    theta[1] as number,
    theta[2] as number,
    theta[3] as number,
    firstVariance(y, first, ...(theta as unknown as [number, number, number, number])),
    variance,
  );
  if (!Number.isFinite(ll))
    guard.fail('OUT_OF_RANGE', 'gives no finite likelihood', 'options.initialVariance', initOption);
  const sq = 2 * j;
  const out = (value: number, e: number): number => guard.finiteResult(ldexp(value, e), 'returns', returns);
  const inCaller = (p: ArrayLike<number> | null): GarchParameters | null =>
    p === null
      ? null
      : { mu: out(p[0] as number, j), omega: out(p[1] as number, sq), alpha: p[2] as number, beta: p[3] as number };
  const params = inCaller(theta) as GarchParameters;
  const persistence = params.alpha + params.beta;
  for (let i = 0; i < n; i++) variance[i] = out(variance[i] as number, sq);
  return {
    ...params,
    logLikelihood: ll - n * j * LN2,
    standardErrors: inCaller(solved.se),
    robustStandardErrors: inCaller(solved.robust),
    persistence,
    longRunVariance: out((theta[1] as number) / (1 - persistence), sq),
    halfLife: persistence > 0 ? Math.log(0.5) / Math.log(persistence) : 0,
    conditionalVariance: variance,
    next: out(next, sq),
    initialVariance: variance[0] as number,
    converged: solved.converged,
    iterations: solved.iterations,
    boundary: (theta[1] as number) < 1e-8 * v0 ? 'omega' : solved.boundary,
  };
}

interface Solved {
  readonly theta: Float64Array;
  readonly se: Float64Array | null;
  readonly robust: Float64Array | null;
  readonly converged: boolean;
  readonly iterations: number;
  readonly boundary: GarchBoundary | null;
}

/**
 * `θ = (μ, ω, α, β)` from `u = [μ, ln ω, logit p, logit a]` (`p = α + β`, `a = α/p`; no `μ`
 * for a zero mean), written into `theta`; returns `p`, or `NaN` outside the model.
 */
function toTheta(u: ArrayLike<number>, constant: boolean, theta: Float64Array): number {
  const off = constant ? 0 : 1;
  const p = logistic(u[2 - off] as number);
  const a = logistic(u[3 - off] as number);
  theta[0] = constant ? (u[0] as number) : 0;
  theta[1] = Math.exp(u[1 - off] as number);
  theta[2] = p * a;
  theta[3] = p * (1 - a);
  return p < 1 && theta[1] > 0 && theta[1] < Infinity ? p : Number.NaN;
}

/** `∂θ/∂u` at `u` (row `i`: `∂(μ, ω, α, β)/∂u_i`), `θ` and `p` from {@link toTheta}. */
function jacobian(u: ArrayLike<number>, constant: boolean, theta: Float64Array, p: number): number[][] {
  const a = logistic(u[constant ? 3 : 2] as number);
  const rows = [
    [0, theta[1] as number, 0, 0],
    [0, 0, a * p * (1 - p), (1 - a) * p * (1 - p)],
    [0, 0, p * a * (1 - a), -p * a * (1 - a)],
  ];
  if (constant) rows.unshift([1, 0, 0, 0]);
  return rows;
}

/** `Σ_t (R s_t)(R s_t)ᵀ / scale` for the scores `s_t` of `ℓ` at `θ` and the rows `R` (`d × 4`). */
function scoreOuter(
  y: Float64Array,
  first: FirstVariance,
  theta: Float64Array,
  R: number[][],
  scale: number,
): Float64Array {
  const n = y.length;
  const d = R.length;
  const scores = new Float64Array(4 * n);
  logLikelihood(y, theta, first, new Float64Array(4), scores);
  const B = new Float64Array(d * d);
  const su = new Float64Array(d);
  for (let t = 0; t < n; t++) {
    for (let i = 0; i < d; i++) {
      const row = R[i] as number[];
      su[i] =
        (row[0] as number) * (scores[4 * t] as number) +
        (row[1] as number) * (scores[4 * t + 1] as number) +
        (row[2] as number) * (scores[4 * t + 2] as number) +
        (row[3] as number) * (scores[4 * t + 3] as number);
    }
    for (let i = 0; i < d; i++)
      for (let k = 0; k < d; k++)
        B[i * d + k] = (B[i * d + k] as number) + ((su[i] as number) * (su[k] as number)) / scale;
  }
  return B;
}

/** The best of the starting points by likelihood alone (`ω` making the long-run variance `v`), as `u`. */
function bestStart(y: Float64Array, first: FirstVariance, constant: boolean, m0: number, v: number): number[] {
  let best = [m0, Math.log(v * 0.1), 2.2, -2.9];
  let bestF = Number.POSITIVE_INFINITY;
  for (let k = 0; k < STARTS.length; k += 2) {
    const alpha = STARTS[k] as number;
    const beta = STARTS[k + 1] as number;
    const p = alpha + beta;
    const omega = v * (1 - p);
    const f = -filter(y, m0, omega, alpha, beta, firstVariance(y, first, m0, omega, alpha, beta), null)[0];
    if (f < bestF) [best, bestF] = [[m0, Math.log(omega), Math.log(p / (1 - p)), Math.log(alpha / beta)], f];
  }
  return constant ? best : best.slice(1);
}

/** Maximise `ℓ` on unit-scale returns `y`; standard errors in the same scale. */
function solve(y: Float64Array, first: FirstVariance, constant: boolean): Solved {
  const n = y.length;
  const m0 = constant ? mean(y) : 0;
  const theta = new Float64Array(4);
  const grad = new Float64Array(4);
  // minimise −ℓ/n over u, with the gradient through the chain rule
  const objective = (u: Float64Array, g: Float64Array): number => {
    const p = toTheta(u, constant, theta);
    if (Number.isNaN(p)) return Number.POSITIVE_INFINITY;
    const ll = logLikelihood(y, theta, first, grad);
    jacobian(u, constant, theta, p).forEach((row, i) => {
      g[i] =
        -(
          (row[0] as number) * (grad[0] as number) +
          (row[1] as number) * (grad[1] as number) +
          (row[2] as number) * (grad[2] as number) +
          (row[3] as number) * (grad[3] as number)
        ) / n;
    });
    return Number.isFinite(ll) ? -ll / n : Number.POSITIVE_INFINITY;
  };
  const start = bestStart(y, first, constant, m0, meanSquare(y, m0));
  // BHHH: n·(Σ s_t s_tᵀ)⁻¹ with the scores in u approximates the inverse Hessian of −ℓ/n at the start
  const p0 = toTheta(start, constant, theta);
  const d = start.length;
  const H0 = Number.isNaN(p0)
    ? null
    : inverseSpd(scoreOuter(y, first, theta, jacobian(start, constant, theta, p0), n), d);
  const r = bfgs(objective, start, { gradientTolerance: 1e-7, maxIterations: 500, inverseHessian: H0 });
  const p = toTheta(r.x, constant, theta);
  const a = (theta[2] as number) / p;
  const boundary: GarchBoundary | null = a < 1e-4 ? 'alpha' : 1 - a < 1e-4 ? 'beta' : p > 0.9999 ? 'persistence' : null;
  const est = Float64Array.from(theta);
  const [se, robust] = errors(y, first, est, constant);
  return { theta: est, se, robust, converged: r.converged, iterations: r.iterations, boundary };
}

/** Hessian and sandwich standard errors at `theta` (unit scale); `[null, null]` when `−H` is not positive definite. */
function errors(
  y: Float64Array,
  first: FirstVariance,
  theta: Float64Array,
  constant: boolean,
): [Float64Array | null, Float64Array | null] {
  const d = constant ? 4 : 3;
  const off = 4 - d;
  const full = Float64Array.from(theta);
  const g4 = new Float64Array(4);
  const negGrad = (z: Float64Array, g: Float64Array): void => {
    full.set(z, off);
    logLikelihood(y, full, first, g4);
    for (let i = 0; i < d; i++) g[i] = -(g4[i + off] as number);
  };
  const H = hessian(negGrad, theta.subarray(off));
  const cov = H === null ? null : inverseSpd(H, d);
  if (cov === null) return [null, null];
  // the identity's rows for the estimated parameters: the scores themselves
  const B = scoreOuter(
    y,
    first,
    theta,
    [
      [1, 0, 0, 0],
      [0, 1, 0, 0],
      [0, 0, 1, 0],
      [0, 0, 0, 1],
    ].slice(off),
    1,
  );
  const se = new Float64Array(4);
  const robust = new Float64Array(4);
  for (let i = 0; i < d; i++) {
    let s = 0;
    for (let k = 0; k < d; k++)
      for (let l = 0; l < d; l++)
        s += (cov[i * d + k] as number) * (B[k * d + l] as number) * (cov[l * d + i] as number);
    se[i + off] = Math.sqrt(cov[i * d + i] as number);
    robust[i + off] = Math.sqrt(s);
  }
  return se.every(Number.isFinite) && robust.every(Number.isFinite) ? [se, robust] : [null, null];
}
