import { describe, expect, test } from 'vitest';
import { below, fillReturns, type ModelPlan } from '../../../src/internal/montecarlo/paths.ts';
import { stream } from '../../../src/internal/random/stream.ts';

const n = 250;
const PATHS = 2000;

/** Every path's returns for `plan` under seed 1. */
function draw(plan: ModelPlan, paths = PATHS): Float64Array[] {
  const out: Float64Array[] = [];
  const words = new Int32Array(n);
  for (let p = 0; p < paths; p++) {
    const r = new Float64Array(n);
    fillReturns(plan, stream(1, p), r, words);
    out.push(r);
  }
  return out;
}

const meanSd = (xs: readonly number[]): [number, number] => {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return [m, Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1))];
};

/** A sample with strong autocorrelation: an AR(1), φ = 0.8, from a fixed deterministic sequence. */
const sample = ((): Float64Array => {
  const s = new Float64Array(1000);
  let x = 0;
  let u = 12345;
  for (let i = 0; i < s.length; i++) {
    u = (Math.imul(u, 1103515245) + 12345) >>> 0;
    x = 0.8 * x + 0.01 * (u / 2 ** 32 - 0.5);
    s[i] = x;
  }
  return s;
})();
const mu = sample.reduce((a, b) => a + b, 0) / sample.length;
const variance = sample.reduce((a, b) => a + (b - mu) ** 2, 0) / sample.length;
/** Circular autocovariance of the sample at lag k, as the circular blocks see it. */
const gamma = (k: number): number =>
  sample.reduce((a, x, j) => a + (x - mu) * ((sample[(j + k) % sample.length] as number) - mu), 0) / sample.length;

/** Per-path lag-k autocorrelation about the sample's mean and variance. */
function lagCorrelation(paths: Float64Array[], k: number): [number, number] {
  return meanSd(
    paths.map(
      (r) =>
        r.subarray(0, n - k).reduce((a, x, t) => a + (x - mu) * ((r[t + k] as number) - mu), 0) / (n - k) / variance,
    ),
  );
}

describe('bootstrap', () => {
  test('iid: the mean of the drawn returns is the sample mean (|z| ≤ 4), and lag-1 autocorrelation is 0', () => {
    const paths = draw({ kind: 'bootstrap', sample, block: 0, length: 1 });
    const [m, sd] = meanSd(paths.map((r) => r.reduce((a, b) => a + b, 0) / n));
    expect(Math.abs(m - mu) / (sd / Math.sqrt(PATHS))).toBeLessThanOrEqual(4);
    const [rho, rsd] = lagCorrelation(paths, 1);
    expect(Math.abs(rho) / (rsd / Math.sqrt(PATHS))).toBeLessThanOrEqual(4);
  });

  test('fixed blocks of 10: lag-k autocorrelation is the sample’s × the share of pairs inside a block, k < 10', () => {
    const b = 10;
    const paths = draw({ kind: 'bootstrap', sample, block: 1, length: b });
    for (const k of [1, 3, 6]) {
      // pairs (t, t + k), t < n − k, inside one block: t mod b < b − k; pairs across blocks are independent
      let inside = 0;
      for (let t = 0; t < n - k; t++) if (t % b < b - k) inside++;
      const expected = (inside / (n - k)) * (gamma(k) / variance);
      const [rho, sd] = lagCorrelation(paths, k);
      expect(Math.abs(rho - expected) / (sd / Math.sqrt(PATHS))).toBeLessThanOrEqual(4);
      expect(expected).toBeGreaterThan(0.05);
    }
  });

  test('stationary, mean length 8: lag-k autocorrelation is the sample’s × (1 − 1/8)^k (no new block in k steps)', () => {
    const paths = draw({ kind: 'bootstrap', sample, block: 2, length: 8 });
    for (const k of [1, 4]) {
      const expected = (1 - 1 / 8) ** k * (gamma(k) / variance);
      const [rho, sd] = lagCorrelation(paths, k);
      expect(Math.abs(rho - expected) / (sd / Math.sqrt(PATHS))).toBeLessThanOrEqual(4);
    }
  });

  test('below(m) is uniform on 0 … m − 1: a χ² test with 6 cells, and large m through the 53-bit branch', () => {
    const s = stream(3, 0);
    const counts = new Array(6).fill(0) as number[];
    const N = 60_000;
    for (let i = 0; i < N; i++) {
      const j = below(s, 6);
      counts[j] = (counts[j] as number) + 1;
    }
    const chi2 = counts.reduce((a, c) => a + (c - N / 6) ** 2 / (N / 6), 0);
    expect(chi2).toBeLessThan(20.5); // χ²₅ 0.1 % critical value
    const big = 3 * 2 ** 22;
    for (let i = 0; i < 1000; i++) {
      const j = below(s, big);
      expect(Number.isInteger(j) && j >= 0 && j < big).toBe(true);
    }
  });
});

describe('GBM and GARCH increments', () => {
  test('GBM with Student-t (ν = 5): log returns have mean (μ − σ²/2)/P and variance σ²/P (|z| ≤ 4)', () => {
    const [drift, sigma, P] = [0.1, 0.3, 252];
    const paths = draw({ kind: 'gbm', mean: (drift - sigma ** 2 / 2) / P, scale: sigma / Math.sqrt(P), nu: 5 }, 400);
    const x = paths.flatMap((r) => Array.from(r, Math.log1p));
    const [m, sd] = meanSd(x);
    expect(Math.abs(m - (drift - sigma ** 2 / 2) / P) / (sd / Math.sqrt(x.length))).toBeLessThanOrEqual(4);
    // SE of a sample variance: σ²·√((κ − 1)/N), kurtosis κ = 3 + 6/(ν − 4) = 9 for ν = 5
    expect(Math.abs(sd * sd - sigma ** 2 / P) / ((sigma ** 2 / P) * Math.sqrt(8 / x.length))).toBeLessThanOrEqual(4);
  });

  test('GARCH(1,1) started at the long-run variance: E[e_t²] = ω/(1 − α − β) at every t, and squared residuals are autocorrelated', () => {
    const [mu, omega, alpha, beta] = [0.0002, 4e-6, 0.1, 0.85];
    const longRun = omega / (1 - alpha - beta);
    const paths = draw({ kind: 'garch', mu, omega, alpha, beta, variance: longRun, nu: 0 });
    for (const t of [0, 10, 249]) {
      const e2 = paths.map((r) => (Math.log1p(r[t] as number) - mu) ** 2);
      const [m, sd] = meanSd(e2);
      expect(Math.abs(m - longRun) / (sd / Math.sqrt(PATHS))).toBeLessThanOrEqual(4);
    }
    // volatility clustering: corr(e²_t, e²_{t+1}) > 0 (the recursion feeds e²_t into σ²_{t+1})
    const a = paths.map((r) => (Math.log1p(r[100] as number) - mu) ** 2);
    const b = paths.map((r) => (Math.log1p(r[101] as number) - mu) ** 2);
    const [ma, sa] = meanSd(a);
    const [mb, sb] = meanSd(b);
    const corr = a.reduce((s, x, i) => s + (x - ma) * ((b[i] as number) - mb), 0) / (PATHS - 1) / sa / sb;
    expect(corr).toBeGreaterThan(0.1);
  });

  test('GBM with a volatility series uses period t’s σ_t', () => {
    const scale = Float64Array.from({ length: n }, (_, t) => (t < n / 2 ? 0.001 : 0.05));
    const paths = draw({ kind: 'gbm', mean: 0, scale, nu: 0 }, 200);
    const early = meanSd(paths.map((r) => Math.log1p(r[10] as number)))[1];
    const late = meanSd(paths.map((r) => Math.log1p(r[200] as number)))[1];
    expect(early).toBeLessThan(0.0015);
    expect(late).toBeGreaterThan(0.04);
  });
});
