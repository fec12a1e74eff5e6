/**
 * Unconstrained minimisation by BFGS with a backtracking (Armijo) line search,
 * and the helpers the maximum-likelihood fits need: a box reparametrisation,
 * a Hessian by central differences of an analytic gradient, and the inverse
 * of a small symmetric positive-definite matrix.
 *
 * Constraints are removed by reparametrisation (see {@link toBox}), not by
 * projection: a parameter on its bound is reached in the limit, and the fit
 * reports it. A non-finite objective value marks a point outside the domain
 * and is never accepted by the line search.
 *
 * @internal
 * @module
 */

/** An objective: returns `f(x)` and writes `∇f(x)` into `g`; a non-finite value means "outside the domain". */
export type Objective = (x: Float64Array, g: Float64Array) => number;

/** Options of {@link bfgs}. */
export interface BfgsOptions {
  /** Iterations (accepted steps) at most; default 200. */
  readonly maxIterations?: number;
  /** Converged when `max |∂f/∂x_i| ≤ gradientTolerance`; default 1e-8. */
  readonly gradientTolerance?: number;
  /** A starting inverse Hessian (`n × n`, row-major, positive definite), e.g. from the outer product of the scores; default the identity. */
  readonly inverseHessian?: ArrayLike<number> | null;
}

/** Result of {@link bfgs}. */
export interface BfgsResult {
  /** The last accepted point. */
  readonly x: Float64Array;
  /** `f(x)`. */
  readonly f: number;
  /** `∇f(x)`. */
  readonly g: Float64Array;
  /** Accepted steps. */
  readonly iterations: number;
  /** Calls of the objective. */
  readonly evaluations: number;
  /** Whether the gradient test was met (otherwise: iteration limit, or no further decrease possible). */
  readonly converged: boolean;
}

/** Largest absolute element. */
export function maxAbs(v: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i] as number));
  return m;
}

/**
 * BFGS on the inverse Hessian `H` (identity at the start, scaled by `sᵀy/yᵀy`
 * after the first step; reset to the identity when it stops giving a descent
 * direction), Armijo backtracking with quadratic interpolation, and the
 * update skipped when the curvature `sᵀy` is not positive.
 */
export function bfgs(fn: Objective, x0: ArrayLike<number>, options: BfgsOptions = {}): BfgsResult {
  const n = x0.length;
  const maxIterations = options.maxIterations ?? 200;
  const tol = options.gradientTolerance ?? 1e-8;
  let x = Float64Array.from(x0);
  let g = new Float64Array(n);
  let f = fn(x, g);
  let evaluations = 1;
  const H0 = options.inverseHessian;
  const H = H0 == null ? identity(n) : Float64Array.from(H0);
  const d = new Float64Array(n);
  let xt = new Float64Array(n);
  let gt = new Float64Array(n);
  let iterations = 0;
  // fresh: H is the identity (scaled after the first step, which is at most of unit length)
  let fresh = H0 == null;
  while (iterations < maxIterations && Number.isFinite(f) && maxAbs(g) > tol) {
    let slope = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s -= (H[i * n + j] as number) * (g[j] as number);
      d[i] = s;
      slope += s * (g[i] as number);
    }
    // first step or a lost descent direction: steepest descent with a step of length ≤ 1
    if (!(slope < 0)) {
      if (fresh) break;
      H.set(identity(n));
      fresh = true;
      continue;
    }
    let t = fresh ? Math.min(1, 1 / Math.sqrt(-slope)) : 1;
    let ft = Number.NaN;
    for (let k = 0; k < 60; k++) {
      for (let i = 0; i < n; i++) xt[i] = (x[i] as number) + t * (d[i] as number);
      ft = fn(xt, gt);
      evaluations++;
      if (ft <= f + 1e-4 * t * slope) break;
      // minimiser of the quadratic through f, the slope and ft, kept within [t/10, t/2]
      const q = (-slope * t * t) / (2 * (ft - f - slope * t));
      t = Number.isFinite(ft) && q > 0 ? Math.min(0.5 * t, Math.max(0.1 * t, q)) : 0.1 * t;
      ft = Number.NaN;
    }
    if (!(ft < f)) {
      // no decrease along this direction (f at its rounding floor, or a bad H): retry once along the gradient, then stop
      if (fresh) break;
      H.set(identity(n));
      fresh = true;
      continue;
    }
    update(H, x, xt, g, gt, fresh);
    [x, xt] = [xt, x];
    [g, gt] = [gt, g];
    f = ft;
    fresh = false;
    iterations++;
  }
  return { x, f, g, iterations, evaluations, converged: Number.isFinite(f) && maxAbs(g) <= tol };
}

function identity(n: number): Float64Array {
  const I = new Float64Array(n * n);
  for (let i = 0; i < n; i++) I[i * n + i] = 1;
  return I;
}

/** `H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ` with `s = x1 − x0`, `y = g1 − g0`, `ρ = 1/yᵀs`; skipped when `yᵀs ≤ 0`. */
function update(
  H: Float64Array,
  x0: Float64Array,
  x1: Float64Array,
  g0: Float64Array,
  g1: Float64Array,
  scale: boolean,
): void {
  const n = x0.length;
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  let sy = 0;
  let yy = 0;
  for (let i = 0; i < n; i++) {
    s[i] = (x1[i] as number) - (x0[i] as number);
    y[i] = (g1[i] as number) - (g0[i] as number);
    sy += (s[i] as number) * (y[i] as number);
    yy += (y[i] as number) * (y[i] as number);
  }
  if (!(sy > 0)) return;
  if (scale) for (let i = 0; i < n * n; i++) H[i] = (H[i] as number) * (sy / yy);
  const Hy = new Float64Array(n);
  let yHy = 0;
  for (let i = 0; i < n; i++) {
    let v = 0;
    for (let j = 0; j < n; j++) v += (H[i * n + j] as number) * (y[j] as number);
    Hy[i] = v;
    yHy += v * (y[i] as number);
  }
  const c = (1 + yHy / sy) / sy;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const si = s[i] as number;
      const sj = s[j] as number;
      H[i * n + j] = (H[i * n + j] as number) + c * si * sj - ((Hy[i] as number) * sj + si * (Hy[j] as number)) / sy;
    }
  }
}

/** Logistic map `u ↦ lo + (hi − lo)/(1 + e^{−u})` of the real line onto the open box `(lo, hi)`. */
export function toBox(u: number, lo: number, hi: number): number {
  return lo + (hi - lo) / (1 + Math.exp(-u));
}

/** Inverse of {@link toBox}: `ln((v − lo)/(hi − v))`. */
export function fromBox(v: number, lo: number, hi: number): number {
  return Math.log((v - lo) / (hi - v));
}

/**
 * Hessian of `f` by central differences of its analytic gradient `grad(x, g)`,
 * symmetrised: `H_ij = (∂_j f(x + h_i e_i) − ∂_j f(x − h_i e_i)) / (2h_i)`,
 * `h_i = step·max(|x_i|, floor)`. `null` when a gradient is not finite.
 */
export function hessian(
  grad: (x: Float64Array, g: Float64Array) => void,
  x: ArrayLike<number>,
  step = 1e-5,
  floor = 1e-2,
): Float64Array | null {
  const n = x.length;
  const H = new Float64Array(n * n);
  const xp = Float64Array.from(x);
  const gp = new Float64Array(n);
  const gm = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const xi = x[i] as number;
    const h = step * Math.max(Math.abs(xi), floor);
    const up = xi + h;
    const down = xi - h;
    xp[i] = up;
    grad(xp, gp);
    xp[i] = down;
    grad(xp, gm);
    xp[i] = xi;
    // divided by the step actually taken (up − down is exact), not by 2h
    for (let j = 0; j < n; j++) H[i * n + j] = ((gp[j] as number) - (gm[j] as number)) / (up - down);
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++)
      H[i * n + j] = H[j * n + i] = 0.5 * ((H[i * n + j] as number) + (H[j * n + i] as number));
  }
  return H.every(Number.isFinite) ? H : null;
}

/**
 * Inverse of a symmetric positive-definite matrix (row-major, `n × n`) by
 * Cholesky factorisation; `null` when it is not positive definite.
 */
export function inverseSpd(A: ArrayLike<number>, n: number): Float64Array | null {
  const L = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    for (let i = j; i < n; i++) {
      let s = A[i * n + j] as number;
      for (let k = 0; k < j; k++) s -= (L[i * n + k] as number) * (L[j * n + k] as number);
      if (i === j) {
        if (!(s > 0)) return null;
        L[i * n + j] = Math.sqrt(s);
      } else L[i * n + j] = s / (L[j * n + j] as number);
    }
  }
  // columns of L⁻¹ by forward substitution, then A⁻¹ = L⁻ᵀ L⁻¹
  const M = new Float64Array(n * n);
  for (let c = 0; c < n; c++) {
    for (let i = c; i < n; i++) {
      let s = i === c ? 1 : 0;
      for (let k = c; k < i; k++) s -= (L[i * n + k] as number) * (M[k * n + c] as number);
      M[i * n + c] = s / (L[i * n + i] as number);
    }
  }
  const inv = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = Math.max(i, j); k < n; k++) s += (M[k * n + i] as number) * (M[k * n + j] as number);
      inv[i * n + j] = s;
    }
  }
  return inv;
}
