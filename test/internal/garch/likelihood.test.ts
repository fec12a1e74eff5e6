import { describe, expect, test } from 'vitest';
import {
  backcast,
  type FirstVariance,
  filter,
  firstVariance,
  logLikelihood,
} from '../../../src/internal/garch/likelihood.ts';
import { expectClose } from '../../helpers/assert.ts';
import { simulateGarch } from '../../helpers/garch.ts';

const x = simulateGarch(300, { mu: 0.05, omega: 0.05, alpha: 0.1, beta: 0.8 }, 3);

/** ℓ written out from docs/concepts.md §6.1, term by term. */
function naiveLoglik(y: ArrayLike<number>, mu: number, omega: number, alpha: number, beta: number, s1: number): number {
  let s = s1;
  let ll = 0;
  for (let t = 0; t < y.length; t++) {
    const e = (y[t] as number) - mu;
    ll += -0.5 * (Math.log(2 * Math.PI) + Math.log(s) + (e * e) / s);
    s = omega + alpha * e ** 2 + beta * s;
  }
  return ll;
}

describe('GARCH(1,1) kernels', () => {
  test('backcast: Σ 0.94^i e_i² / Σ 0.94^i over the first 75 residuals (Python arch), and over all when n < 75', () => {
    const c = 0.01;
    let num = 0;
    let den = 0;
    for (let i = 0; i < 75; i++) {
      num += 0.94 ** i * ((x[i] as number) - c) ** 2;
      den += 0.94 ** i;
    }
    expectClose(backcast(x, c), num / den, 1e-13);
    const short = [0.1, -0.2, 0.3];
    expectClose(backcast(short, 0), (0.01 + 0.94 * 0.04 + 0.94 ** 2 * 0.09) / (1 + 0.94 + 0.94 ** 2), 1e-14);
  });

  test('the filter computes ℓ of docs/concepts.md §6.1 and the next variance', () => {
    const v = new Float64Array(x.length);
    const [ll, next] = filter(x, 0.05, 0.05, 0.1, 0.8, 0.4, v);
    expectClose(ll, naiveLoglik(x, 0.05, 0.05, 0.1, 0.8, 0.4), 1e-12);
    const e = (x[x.length - 1] as number) - 0.05;
    expectClose(next, 0.05 + 0.1 * e * e + 0.8 * (v[x.length - 1] as number), 1e-15);
    expect(v[0]).toBe(0.4);
  });

  test.each<[string, FirstVariance]>([
    ['sample', 'sample'],
    ['backcast', { m: 0.37 }],
    ['given', { v: 0.42 }],
  ])('the analytic gradient agrees with central differences of ℓ (first variance %s)', (_name, init) => {
    const theta = [0.03, 0.07, 0.12, 0.75];
    const g = new Float64Array(4);
    const ll = logLikelihood(x, theta, init, g);
    const s1 = firstVariance(x, init, 0.03, 0.07, 0.12, 0.75);
    expectClose(ll, naiveLoglik(x, 0.03, 0.07, 0.12, 0.75, s1), 1e-12);
    const scratch = new Float64Array(4);
    for (let i = 0; i < 4; i++) {
      const h = 1e-6;
      const up = [...theta];
      const down = [...theta];
      up[i] = (up[i] as number) + h;
      down[i] = (down[i] as number) - h;
      const fd = (logLikelihood(x, up, init, scratch) - logLikelihood(x, down, init, scratch)) / (2 * h);
      expectClose(g[i] as number, fd, 1e-6, `∂ℓ/∂θ_${i}: ${g[i]} vs ${fd}`);
    }
  });

  test('the per-observation scores sum to the gradient', () => {
    const g = new Float64Array(4);
    const scores = new Float64Array(4 * x.length);
    logLikelihood(x, [0.03, 0.07, 0.12, 0.75], 'sample', g, scores);
    for (let i = 0; i < 4; i++) {
      let s = 0;
      for (let t = 0; t < x.length; t++) s += scores[4 * t + i] as number;
      expectClose(s, g[i] as number, 1e-10);
    }
  });
});
