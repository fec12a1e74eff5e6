/**
 * Volatility: the cost of a GARCH(1,1) fit on 5,000 returns in units of one
 * log-likelihood evaluation measured in the same process (target ≤ 150: an
 * analytic gradient and a quasi-Newton method), and the EWMA and GARCH
 * filters against bare loops doing the same arithmetic (target ≤ 1.5×).
 */
import { filter } from '../src/internal/garch/likelihood.ts';
import { ewmaVariance, garchFilter, garchFit } from '../src/volatility/index.ts';
import { consume, rng, suite } from './harness.ts';

/** `n` returns of a GARCH(1,1) with daily-equity-like parameters, deterministic. */
function garchReturns(n: number, seed: number): Float64Array {
  const u = rng(seed);
  const x = new Float64Array(n);
  let v = 1e-4;
  for (let t = 0; t < n; t++) {
    const z = Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
    x[t] = 3e-4 + Math.sqrt(v) * z;
    v = 2e-6 + 0.09 * ((x[t] as number) - 3e-4) ** 2 + 0.89 * v;
  }
  return x;
}

const FIT_N = 5000;
const fitData = garchReturns(FIT_N, 17);
const fit = garchFit(fitData);
console.log(
  `garchFit on ${FIT_N} returns: ${fit.iterations} BFGS iterations, converged ${fit.converged}, α ${fit.alpha.toFixed(4)}, β ${fit.beta.toFixed(4)}`,
);

suite('volatility: garchFit, 5,000 returns (in log-likelihood evaluations)', (s) => {
  s.baseline('one log-likelihood evaluation (the filter kernel, same data)', () => {
    consume(filter(fitData, fit.mu, fit.omega, fit.alpha, fit.beta, 1e-4, null)[0]);
  });
  s.add(
    'garchFit (backcast; BFGS, Hessian and sandwich standard errors)',
    () => consume(garchFit(fitData).logLikelihood),
    { maxRatio: 150 },
  );
});

const N = 1_000_000;
const x = garchReturns(N, 23);

suite('volatility: EWMA filter, 10⁶ returns', (s) => {
  s.baseline(
    'hand loop v = λv + (1 − λ)x² into a Float64Array',
    () => {
      const out = new Float64Array(N);
      const lambda = 0.94;
      const k = 1 - lambda;
      let v = 1e-4;
      for (let t = 0; t < N; t++) {
        const r = x[t] as number;
        out[t] = v;
        v = lambda * v + k * r * r;
      }
      consume(out[N - 1]);
    },
    { calls: N },
  );
  s.add('ewmaVariance', () => consume(ewmaVariance(x, { initialVariance: 1e-4 }).next), { calls: N, maxRatio: 1.5 });
});

suite('volatility: GARCH filter, 10⁶ returns', (s) => {
  s.baseline(
    'hand loop σ² = ω + αε² + βσ², ℓ += ln σ² + ε²/σ², into a Float64Array',
    () => {
      const out = new Float64Array(N);
      let v = 1e-4;
      let ll = 0;
      for (let t = 0; t < N; t++) {
        const e = (x[t] as number) - 3e-4;
        out[t] = v;
        ll += Math.log(v) + (e * e) / v;
        v = 2e-6 + 0.09 * e * e + 0.89 * v;
      }
      consume(ll);
    },
    { calls: N },
  );
  s.add(
    'garchFilter',
    () =>
      consume(garchFilter(x, { mu: 3e-4, omega: 2e-6, alpha: 0.09, beta: 0.89, initialVariance: 1e-4 }).logLikelihood),
    {
      calls: N,
      maxRatio: 1.5,
    },
  );
});
