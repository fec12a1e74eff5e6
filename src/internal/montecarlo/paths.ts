/**
 * Index paths of the Monte Carlo models (docs/concepts.md §8): one path's
 * simple returns written into a buffer from that path's own Philox stream.
 *
 * - GBM: `ln(1 + r_t) = (μ − σ_t²/2)/P + (σ_t/√P)·z_t`, so `E[1 + r_t] = e^{μ/P}`
 *   for normal `z_t` (the plan holds the per-period mean `m_t` and scale `s_t`).
 * - GARCH(1,1): the log return `x_t = μ + e_t`, `e_t = σ_t·z_t`,
 *   `σ²_{t+1} = ω + α·e_t² + β·σ²_t`, `σ²_0` given (the long-run variance by
 *   default); `r_t = e^{x_t} − 1`.
 * - Bootstrap: returns drawn from the sample with replacement, one at a time
 *   (iid), in circular blocks of fixed length, or in circular blocks of
 *   geometric length (Politis & Romano 1994, the stationary bootstrap).
 *
 * @internal
 * @module
 */
import { fillNormals, studentT } from '../random/normal.ts';
import { fillWords, type Stream, uniform, word } from '../random/stream.ts';

/** A validated model, in per-period units. */
export type ModelPlan =
  | {
      readonly kind: 'gbm';
      /** Per-period log-mean `m_t` and scale `s_t`: numbers, or one value per period. */
      readonly mean: number | Float64Array;
      readonly scale: number | Float64Array;
      /** Student-t degrees of freedom, or `0` for normal innovations. */
      readonly nu: number;
    }
  | {
      readonly kind: 'garch';
      readonly mu: number;
      readonly omega: number;
      readonly alpha: number;
      readonly beta: number;
      readonly variance: number;
      readonly nu: number;
    }
  | {
      readonly kind: 'bootstrap';
      readonly sample: Float64Array;
      /** `0`: iid; `1`: fixed blocks; `2`: stationary. */
      readonly block: 0 | 1 | 2;
      /** Block length (fixed) or mean block length (stationary). */
      readonly length: number;
    };

/** A uniform whole number in `[0, m)`: Lemire's multiply-and-reject on one word when `m < 2²¹` (exactly uniform), else `⌊u·m⌋` of a 53-bit `u`. */
export function below(s: Stream, m: number): number {
  if (m >= 2097152) return Math.floor(uniform(s) * m);
  for (;;) {
    const x = word(s) * m;
    const hi = Math.floor(x / 4294967296);
    if (x - hi * 4294967296 >= (4294967296 - m) % m) return hi;
  }
}

/** Innovations into `out`: standard normal (ziggurat), or unit-variance Student-t with `nu` degrees of freedom. */
function innovations(s: Stream, nu: number, out: Float64Array): void {
  if (nu === 0) fillNormals(s, out);
  else for (let t = 0; t < out.length; t++) out[t] = studentT(s, nu);
}

/**
 * Write the path's `out.length` index simple returns into `out`, drawing from
 * `s` (positioned at the path's start); `words` is scratch of the same length.
 */
export function fillReturns(plan: ModelPlan, s: Stream, out: Float64Array, words: Int32Array): void {
  const n = out.length;
  if (plan.kind === 'gbm') {
    const { mean, scale } = plan;
    innovations(s, plan.nu, out);
    if (typeof mean === 'number' && typeof scale === 'number') {
      for (let t = 0; t < n; t++) out[t] = Math.expm1(mean + scale * (out[t] as number));
    } else {
      for (let t = 0; t < n; t++) out[t] = Math.expm1(at(mean, t) + at(scale, t) * (out[t] as number));
    }
  } else if (plan.kind === 'garch') {
    const { mu, omega, alpha, beta } = plan;
    innovations(s, plan.nu, out);
    let h = plan.variance;
    for (let t = 0; t < n; t++) {
      const e = Math.sqrt(h) * (out[t] as number);
      out[t] = Math.expm1(mu + e);
      h = omega + alpha * e * e + beta * h;
    }
  } else {
    resample(plan.sample, plan.block, plan.length, s, out, words);
  }
}

function at(x: number | Float64Array, t: number): number {
  return typeof x === 'number' ? x : (x[t] as number);
}

/**
 * Bootstrap draws. Word `t` of a bulk draw of `n` words decides step `t`: iid,
 * its index by Lemire's multiply-and-reject (a rejected word is replaced by
 * {@link below}'s next draws); stationary, whether a new block starts
 * (probability `1/length` on a 2⁻³² grid), the start then drawn by
 * {@link below}. Fixed blocks draw only their starts.
 */
function resample(
  sample: Float64Array,
  block: 0 | 1 | 2,
  length: number,
  s: Stream,
  out: Float64Array,
  words: Int32Array,
): void {
  const m = sample.length;
  const n = out.length;
  if (block === 0 && m < 2097152) {
    fillWords(s, words);
    const reject = (4294967296 - m) % m;
    for (let t = 0; t < n; t++) {
      const x = ((words[t] as number) >>> 0) * m;
      const hi = Math.floor(x / 4294967296);
      out[t] = sample[x - hi * 4294967296 >= reject ? hi : below(s, m)] as number;
    }
    return;
  }
  if (block === 2) fillWords(s, words);
  const cut = 4294967296 / length;
  let j = 0;
  for (let t = 0; t < n; t++) {
    const start = block === 0 || t === 0 || (block === 1 ? t % length === 0 : (words[t] as number) >>> 0 < cut);
    j = start ? below(s, m) : j + 1 === m ? 0 : j + 1;
    out[t] = sample[j] as number;
  }
}
