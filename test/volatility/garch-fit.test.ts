import { readFileSync } from 'node:fs';
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { garchFilter, garchFit } from '../../src/volatility/index.ts';
import { expectClose, expectCode, snapshot } from '../helpers/assert.ts';
import { fixturePath } from '../helpers/csv.ts';
import { simulateGarch } from '../helpers/garch.ts';

/** dem2gbp: Deutschmark/British pound daily returns in percent (Bollerslev & Ghysels 1996), test/fixtures/README.md. */
const dem2gbp = readFileSync(fixturePath('dem2gbp.csv'), 'utf8').trim().split(/\r?\n/).slice(1).map(Number);

/** ℓ of docs/concepts.md §6.1, written out independently of the library's kernels. */
function loglik(x: ArrayLike<number>, mu: number, omega: number, alpha: number, beta: number, s1: number): number {
  let s = s1;
  let ll = 0;
  for (let t = 0; t < x.length; t++) {
    const e = (x[t] as number) - mu;
    ll -= 0.5 * (Math.log(2 * Math.PI) + Math.log(s) + (e * e) / s);
    s = omega + alpha * e * e + beta * s;
  }
  return ll;
}

describe('the published benchmark: GARCH(1,1) on dem2gbp with the sample first variance', () => {
  // Fiorentini, Calzolari & Panattoni (1996); McCullough & Renfro (1999); docs/concepts.md §6.1 and
  // the data README: μ, ω, α, β, ℓ and the standard errors from the Hessian
  const published = { mu: -0.00619041, omega: 0.0107613, alpha: 0.153134, beta: 0.805974 };
  const publishedSe = { mu: 0.00846212, omega: 0.00285271, alpha: 0.0265228, beta: 0.0335527 };
  const fit = garchFit(dem2gbp, { initialVariance: 'sample' });

  test('1,974 returns; the fit converges to an interior solution', () => {
    expect(dem2gbp).toHaveLength(1974);
    expect(fit.converged).toBe(true);
    expect(fit.boundary).toBeNull();
  });

  test('μ, ω, α, β within 2e-4 relative of the published estimates', () => {
    const errors: string[] = [];
    for (const k of ['mu', 'omega', 'alpha', 'beta'] as const) {
      errors.push(`${k} ${((fit[k] - published[k]) / published[k]).toExponential(2)}`);
      expectClose(fit[k], published[k], 2e-4, `${k}: ${fit[k]} vs ${published[k]}`);
    }
    console.log(
      `dem2gbp relative errors: ${errors.join(', ')}; ℓ ${(fit.logLikelihood + 1106.60788).toExponential(2)}`,
    );
  });

  test('ℓ = −1106.60788 within 1e-5, and it is ℓ of docs/concepts.md §6.1 at the estimates', () => {
    expect(Math.abs(fit.logLikelihood - -1106.60788)).toBeLessThanOrEqual(1e-5);
    let m = 0;
    for (const v of dem2gbp) m += (v - fit.mu) ** 2;
    m /= dem2gbp.length;
    const s1 = fit.omega + (fit.alpha + fit.beta) * m;
    expectClose(fit.initialVariance, s1, 1e-12);
    expectClose(fit.logLikelihood, loglik(dem2gbp, fit.mu, fit.omega, fit.alpha, fit.beta, s1), 1e-12);
  });

  test('the Hessian standard errors within 1 % of the published ones', () => {
    const se = fit.standardErrors;
    expect(se).not.toBeNull();
    for (const k of ['mu', 'omega', 'alpha', 'beta'] as const)
      expectClose(se?.[k] as number, publishedSe[k], 0.01, `se(${k})`);
  });

  test('the robust (sandwich) standard errors are finite and positive, and exceed the Hessian ones for ω, α, β (fat tails)', () => {
    const r = fit.robustStandardErrors;
    for (const k of ['omega', 'alpha', 'beta'] as const)
      expect(r?.[k] as number).toBeGreaterThan(fit.standardErrors?.[k] as number);
    expect(r?.mu as number).toBeGreaterThan(0);
  });

  test('derived figures: persistence, long-run variance, half-life, next', () => {
    const p = fit.alpha + fit.beta;
    expect(fit.persistence).toBe(p);
    expectClose(fit.longRunVariance, fit.omega / (1 - p), 1e-12);
    expectClose(fit.halfLife, Math.log(0.5) / Math.log(p), 1e-12);
    const n = dem2gbp.length;
    const e = (dem2gbp[n - 1] as number) - fit.mu;
    expectClose(fit.next, fit.omega + fit.alpha * e * e + fit.beta * (fit.conditionalVariance[n - 1] as number), 1e-12);
  });

  test('the fit is a maximum: ℓ falls when any parameter moves by 1e-3 relative', () => {
    for (const k of ['mu', 'omega', 'alpha', 'beta'] as const) {
      for (const f of [0.999, 1.001]) {
        const p = { ...fit, [k]: fit[k] * f };
        let m = 0;
        for (const v of dem2gbp) m += (v - p.mu) ** 2;
        const s1 = p.omega + (p.alpha + p.beta) * (m / dem2gbp.length);
        expect(loglik(dem2gbp, p.mu, p.omega, p.alpha, p.beta, s1)).toBeLessThan(fit.logLikelihood);
      }
    }
  });
});

describe("the backcast first variance (Python arch's convention, docs/concepts.md §6.1)", () => {
  test('σ²_1 = ω + (α + β)·m, m the 0.94-weighted mean of the first 75 squared residuals of the sample mean, fixed', () => {
    const fit = garchFit(dem2gbp);
    const xbar = dem2gbp.reduce((a, b) => a + b, 0) / dem2gbp.length;
    let num = 0;
    let den = 0;
    for (let i = 0; i < 75; i++) {
      num += 0.94 ** i * ((dem2gbp[i] as number) - xbar) ** 2;
      den += 0.94 ** i;
    }
    const s1 = fit.omega + (fit.alpha + fit.beta) * (num / den);
    expectClose(fit.initialVariance, s1, 1e-12);
    expectClose(fit.logLikelihood, loglik(dem2gbp, fit.mu, fit.omega, fit.alpha, fit.beta, s1), 1e-12);
    expect(fit.converged).toBe(true);
    // the filter with the same convention reproduces the fit
    const f = garchFilter(dem2gbp, { mu: fit.mu, omega: fit.omega, alpha: fit.alpha, beta: fit.beta });
    expectClose(f.logLikelihood, fit.logLikelihood, 1e-12);
    expectClose(f.next, fit.next, 1e-12);
  });

  test('Python arch 8.0.0 on the same data: the same estimates, likelihood and standard errors', () => {
    // arch_model(x, mean='Constant', vol='GARCH', p=1, q=1, dist='normal', rescale=False)
    //   .fit(options={'ftol': 1e-12}) on test/fixtures/dem2gbp.csv, run outside this project (arch 8.0.0,
    //   numpy 2.4.6, scipy 1.17.1): params, loglikelihood, std_err (cov_type 'robust', the default, and 'classic')
    const arch = {
      mu: -0.006076602548165207,
      omega: 0.009914239523858155,
      alpha: 0.14547796966937826,
      beta: 0.816846185658781,
    };
    const archRobust = {
      mu: 0.00919700743107139,
      omega: 0.0063393530162327355,
      alpha: 0.05572352036189199,
      beta: 0.07444452436821224,
    };
    const archClassic = {
      mu: 0.008448586973654703,
      omega: 0.0027228283866355192,
      alpha: 0.02626369851705269,
      beta: 0.03313238104660107,
    };
    const fit = garchFit(dem2gbp);
    for (const k of ['mu', 'omega', 'alpha', 'beta'] as const) {
      expectClose(fit[k], arch[k], 1e-5, `${k}`);
      expectClose(fit.standardErrors?.[k] as number, archClassic[k], 1e-3, `classic se(${k})`);
      expectClose(fit.robustStandardErrors?.[k] as number, archRobust[k], 1e-3, `robust se(${k})`);
    }
    // arch's optimiser (SLSQP) stops a hair short of the maximum: ours is at least as high
    expect(Math.abs(fit.logLikelihood - -1104.5214017880894)).toBeLessThan(1e-8);
  });

  test('the conventions give different fits of the same data (why tools disagree)', () => {
    const a = garchFit(dem2gbp);
    const b = garchFit(dem2gbp, { initialVariance: 'sample' });
    expect(Math.abs(a.alpha - b.alpha)).toBeGreaterThan(1e-3);
  });

  test('a number is σ²_1 itself', () => {
    const fit = garchFit(dem2gbp.slice(0, 500), { initialVariance: 0.25 });
    expect(fit.initialVariance).toBe(0.25);
    expect(fit.conditionalVariance[0]).toBe(0.25);
  });
});

describe('units: a fit on x/k is the same model (docs/concepts.md §6.1)', () => {
  const base = simulateGarch(400, { mu: 0.0004, omega: 2e-6, alpha: 0.08, beta: 0.9 }, 11);
  const ref = garchFit(base);

  test('k a power of two: the same parameters bit for bit (the internal rescaling is exact)', () => {
    for (const k of [2 ** -7, 2 ** 20]) {
      const f = garchFit(base.map((v) => v / k));
      expect(f.mu).toBe(ref.mu / k);
      expect(f.omega).toBe(ref.omega / (k * k));
      expect([f.alpha, f.beta]).toEqual([ref.alpha, ref.beta]);
      // ℓ shifts by n·ln k (the shift itself is rounded: to 1e-14)
      expectClose(f.logLikelihood, ref.logLikelihood + base.length * Math.log(k), 1e-14);
    }
  });

  fcTest.prop(
    [fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.constantFrom<'constant' | 'zero'>('constant', 'zero')],
    { numRuns: 25 },
  )(
    'any k > 0: μ/k, ω/k², the same α and β, ℓ + n·ln k (25 fits per mean: each fit is a full optimisation)',
    (k, mean) => {
      const a = garchFit(base, { mean });
      const b = garchFit(
        base.map((v) => v / k),
        { mean },
      );
      expectClose(b.alpha, a.alpha, 1e-5);
      expectClose(b.beta, a.beta, 1e-5);
      expectClose(b.omega * k * k, a.omega, 1e-4);
      expect(Math.abs(b.mu * k - a.mu)).toBeLessThanOrEqual(1e-4 * Math.abs(a.mu) + 1e-9);
      expectClose(b.logLikelihood - base.length * Math.log(k), a.logLikelihood, 1e-9);
    },
  );
});

describe('recovery, zero mean, boundaries', () => {
  test('20,000 simulated returns: the estimates lie within 4 standard errors of the true parameters', () => {
    const truth = { mu: 0.0005, omega: 4e-6, alpha: 0.09, beta: 0.88 };
    const fit = garchFit(simulateGarch(20000, truth, 5));
    for (const k of ['mu', 'omega', 'alpha', 'beta'] as const) {
      expect(Math.abs(fit[k] - truth[k]) / (fit.standardErrors?.[k] as number), k).toBeLessThanOrEqual(4);
    }
  });

  test("mean 'zero' fixes μ = 0 with standard error 0", () => {
    const fit = garchFit(dem2gbp, { mean: 'zero' });
    expect(fit.mu).toBe(0);
    expect(fit.standardErrors?.mu).toBe(0);
    expect(fit.converged).toBe(true);
  });

  test('i.i.d. returns (no volatility clustering): α on its bound is reported in boundary, not thrown; every figure finite', () => {
    const x = simulateGarch(2000, { mu: 0, omega: 1, alpha: 0, beta: 0 }, 1);
    const fit = garchFit(x);
    expect(fit.boundary).toBe('alpha');
    expect(fit.alpha).toBeLessThan(1e-4 * fit.persistence);
    for (const v of [
      fit.mu,
      fit.omega,
      fit.alpha,
      fit.beta,
      fit.logLikelihood,
      fit.next,
      fit.halfLife,
      fit.longRunVariance,
    ])
      expect(Number.isFinite(v)).toBe(true);
    // the variance is then nearly constant: the long-run variance is the sample variance
    expectClose(fit.longRunVariance, x.reduce((a, v) => a + (v - fit.mu) ** 2, 0) / x.length, 0.05);
  });

  test('a unit-root (IGARCH) process: α + β at its bound is reported as persistence, with finite figures', () => {
    const fit = garchFit(simulateGarch(3000, { mu: 0, omega: 1e-7, alpha: 0.1, beta: 0.8999 }, 4));
    expect(fit.boundary).toBe('persistence');
    expect(fit.persistence).toBeLessThan(1);
    expect(Number.isFinite(fit.halfLife) && Number.isFinite(fit.longRunVariance)).toBe(true);
  });

  test('the input is not mutated', () => {
    const x = dem2gbp.slice(0, 300);
    const copy = snapshot(x);
    garchFit(x);
    expect(x).toEqual(copy);
  });
});

describe('bad input', () => {
  test('codes and argument names', () => {
    expectCode(() => garchFit([]), 'EMPTY_SERIES', 'returns');
    expectCode(() => garchFit([0.1, 0.2, 0.3]), 'SERIES_TOO_SHORT', 'returns');
    expectCode(() => garchFit([...dem2gbp.slice(0, 20), Number.NaN]), 'NON_FINITE', 'returns');
    expectCode(() => garchFit(new Array(20).fill(0.01)), 'OUT_OF_RANGE', 'returns');
    expectCode(() => garchFit(dem2gbp, { mean: 'ar1' as never }), 'INVALID_OPTION', 'options.mean');
    expectCode(
      () => garchFit(dem2gbp, { initialVariance: 'first' as never }),
      'INVALID_OPTION',
      'options.initialVariance',
    );
    expectCode(() => garchFit(dem2gbp, { initialVariance: -1 }), 'NOT_POSITIVE', 'options.initialVariance');
    const e = expectCode(
      () => garchFit(dem2gbp, { initalVariance: 'sample' } as never),
      'UNKNOWN_OPTION',
      'options.initalVariance',
    );
    expect(e.message).toContain("did you mean 'initialVariance'?");
  });
});
