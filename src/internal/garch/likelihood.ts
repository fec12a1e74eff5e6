/**
 * The GARCH(1,1) kernels shared by the filter and the fit (docs/concepts.md §6.1):
 * the first variance's conventions, the variance recursion with its Gaussian
 * log-likelihood, and the same with the analytic gradient computed by a
 * forward recursion of the variance's derivatives.
 *
 * @internal
 * @module
 */

/** `½·ln 2π`, the constant of each observation's Gaussian log density. */
export const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/**
 * The backcast of Python `arch`: `Σ w_i (x_i − c)²` over the first
 * `min(75, n)` observations, `w_i ∝ 0.94^i` (`i = 0, 1, …`) normalised to 1.
 */
export function backcast(x: ArrayLike<number>, center: number): number {
  const tau = Math.min(75, x.length);
  let w = 1;
  let sw = 0;
  let s = 0;
  for (let i = 0; i < tau; i++) {
    const e = (x[i] as number) - center;
    s += w * e * e;
    sw += w;
    w *= 0.94;
  }
  return s / sw;
}

/** Arithmetic mean. */
export function mean(x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] as number;
  return s / x.length;
}

/** Mean of `(x_i − c)²`. */
export function meanSquare(x: ArrayLike<number>, center: number): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const e = (x[i] as number) - center;
    s += e * e;
  }
  return s / x.length;
}

/**
 * How the first variance is formed: `'sample'` (`σ²_1 = ω + (α+β)·m`, `m` the
 * mean of `ε²` at the current `μ`), `{ m }` (the same with `m` fixed: the
 * backcast), or `{ v }` (`σ²_1 = v`).
 */
export type FirstVariance = 'sample' | { readonly m: number } | { readonly v: number };

/** `σ²_1` under a convention, at parameters `μ, ω, α, β`. */
export function firstVariance(
  x: ArrayLike<number>,
  init: FirstVariance,
  mu: number,
  omega: number,
  alpha: number,
  beta: number,
): number {
  if (init === 'sample') return omega + (alpha + beta) * meanSquare(x, mu);
  return 'v' in init ? init.v : omega + (alpha + beta) * init.m;
}

/**
 * The filter: `σ²_1` given, `σ²_{t+1} = ω + α·ε_t² + β·σ²_t` with `ε_t = x_t − μ`;
 * writes `σ²_t` into `variance` (when given) and returns `[ℓ, σ²_{n+1}]`.
 * The recursion's expression is the one of the streaming step, so the two
 * agree bit for bit.
 */
export function filter(
  x: ArrayLike<number>,
  mu: number,
  omega: number,
  alpha: number,
  beta: number,
  s1: number,
  variance: Float64Array | null,
): [number, number] {
  let s = s1;
  let ll = 0;
  for (let t = 0; t < x.length; t++) {
    const e = (x[t] as number) - mu;
    if (variance !== null) variance[t] = s;
    ll += Math.log(s) + (e * e) / s;
    s = omega + alpha * e * e + beta * s;
  }
  return [-(x.length * HALF_LOG_2PI) - 0.5 * ll, s];
}

/**
 * `ℓ(θ)` at `θ = [μ, ω, α, β]` with its gradient written into `grad` and, when
 * `scores` (`n × 4`, row-major) is given, each observation's contribution to
 * the gradient. The derivatives of `σ²_t` follow the forward recursion
 * `∂σ²_{t+1} = [−2αε_t, 1, ε_t², σ²_t] + β·∂σ²_t`, started from the
 * derivatives of the first variance under its convention.
 */
export function logLikelihood(
  x: ArrayLike<number>,
  theta: ArrayLike<number>,
  init: FirstVariance,
  grad: Float64Array,
  scores: Float64Array | null = null,
): number {
  const n = x.length;
  const mu = theta[0] as number;
  const omega = theta[1] as number;
  const alpha = theta[2] as number;
  const beta = theta[3] as number;
  let s = firstVariance(x, init, mu, omega, alpha, beta);
  // ∂σ²_1/∂θ: 0 for a given σ²_1; [(α+β)·∂m/∂μ, 1, m, m] otherwise (∂m/∂μ = −2·mean(ε) for 'sample', 0 for the backcast)
  let dmu = init === 'sample' ? -2 * (alpha + beta) * (mean(x) - mu) : 0;
  const m = init === 'sample' ? meanSquare(x, mu) : 'm' in init ? init.m : 0;
  const given = init !== 'sample' && 'v' in init;
  let dw = given ? 0 : 1;
  let da = given ? 0 : m;
  let db = da;
  let ll = 0;
  let gmu = 0;
  let gw = 0;
  let ga = 0;
  let gb = 0;
  for (let t = 0; t < n; t++) {
    const e = (x[t] as number) - mu;
    const inv = 1 / s;
    const q = e * e * inv;
    ll += Math.log(s) + q;
    // ∂(ln σ² + ε²/σ²)/∂σ² = (1 − q)/σ², ∂/∂ε = 2ε/σ², ∂ε/∂μ = −1; ℓ = −½ Σ(…)
    const c = (q - 1) * 0.5 * inv;
    const smu = c * dmu + e * inv;
    const sw = c * dw;
    const sa = c * da;
    const sb = c * db;
    gmu += smu;
    gw += sw;
    ga += sa;
    gb += sb;
    if (scores !== null) {
      scores[4 * t] = smu;
      scores[4 * t + 1] = sw;
      scores[4 * t + 2] = sa;
      scores[4 * t + 3] = sb;
    }
    dmu = -2 * alpha * e + beta * dmu;
    dw = 1 + beta * dw;
    da = e * e + beta * da;
    db = s + beta * db;
    s = omega + alpha * e * e + beta * s;
  }
  grad[0] = gmu;
  grad[1] = gw;
  grad[2] = ga;
  grad[3] = gb;
  return -(n * HALF_LOG_2PI) - 0.5 * ll;
}
