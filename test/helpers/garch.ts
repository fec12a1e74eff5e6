/** Deterministic GARCH(1,1) series for the volatility tests (mulberry32 uniforms, Box–Muller normals). */

/** A seeded uniform generator on [0, 1) (mulberry32). */
export function uniform(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws, `n` of them, from a seed. */
export function normals(n: number, seed: number): Float64Array {
  const u = uniform(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
  return out;
}

/** Returns `x_t = μ + σ_t z_t` of a GARCH(1,1) with `σ²_1 = ω/(1 − α − β)`. */
export function simulateGarch(
  n: number,
  p: { mu: number; omega: number; alpha: number; beta: number },
  seed = 1,
): Float64Array {
  const z = normals(n, seed);
  const x = new Float64Array(n);
  let v = p.omega / (1 - p.alpha - p.beta);
  for (let t = 0; t < n; t++) {
    const e = Math.sqrt(v) * (z[t] as number);
    x[t] = p.mu + e;
    v = p.omega + p.alpha * e * e + p.beta * v;
  }
  return x;
}
