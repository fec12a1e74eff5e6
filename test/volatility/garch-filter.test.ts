import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { garchFilter, garchFit, garchState, stepGarch } from '../../src/volatility/index.ts';
import { expectClose, expectCode, snapshot } from '../helpers/assert.ts';
import { simulateGarch } from '../helpers/garch.ts';

const params = { mu: 0.0003, omega: 2e-6, alpha: 0.09, beta: 0.89 };
const x = simulateGarch(500, params, 21);

describe('garchFilter', () => {
  test('the recursion of docs/concepts.md §6.1 with σ²_1 given, and ℓ term by term', () => {
    const f = garchFilter(x, { ...params, initialVariance: 1e-4 });
    let s = 1e-4;
    let ll = 0;
    for (let t = 0; t < x.length; t++) {
      expect(f.conditionalVariance[t]).toBe(s);
      const e = (x[t] as number) - params.mu;
      ll -= 0.5 * (Math.log(2 * Math.PI) + Math.log(s) + (e * e) / s);
      s = params.omega + params.alpha * e * e + params.beta * s;
    }
    expect(f.next).toBe(s);
    expectClose(f.logLikelihood, ll, 1e-12);
  });

  test("'sample': σ²_1 = ω + (α + β)·mean((x − μ)²) at the given μ; the default μ is 0", () => {
    const m = x.reduce((a, v) => a + (v - params.mu) ** 2, 0) / x.length;
    expectClose(
      garchFilter(x, { ...params, initialVariance: 'sample' }).conditionalVariance[0] as number,
      params.omega + 0.98 * m,
      1e-13,
    );
    const { mu: _mu, ...zero } = params;
    expect(garchFilter(x, { ...zero, initialVariance: 1e-4 }).next).toBe(
      garchFilter(x, { ...params, mu: 0, initialVariance: 1e-4 }).next,
    );
  });

  test("with a fit's parameters and first variance it reproduces the fit", () => {
    const fit = garchFit(x, { initialVariance: 'sample' });
    const f = garchFilter(x, {
      mu: fit.mu,
      omega: fit.omega,
      alpha: fit.alpha,
      beta: fit.beta,
      initialVariance: fit.initialVariance,
    });
    expectClose(f.logLikelihood, fit.logLikelihood, 1e-12);
    expectClose(f.next, fit.next, 1e-12);
  });

  fcTest.prop([
    fc.array(fc.double({ min: -0.1, max: 0.1, noNaN: true }), { minLength: 1, maxLength: 50 }),
    fc.double({ min: 0, max: 0.3, noNaN: true }),
    fc.double({ min: 0, max: 0.69, noNaN: true }),
  ])('streaming = batch bit for bit (pure steps and in place)', (r, alpha, beta) => {
    const p = { mu: 0.001, omega: 1e-5, alpha, beta, initialVariance: 2e-4 };
    const batch = garchFilter(r, p);
    let s = garchState(p);
    const live = garchState(p);
    r.forEach((v, t) => {
      expect(s.variance).toBe(batch.conditionalVariance[t]);
      s = stepGarch(s, v);
      stepGarch(live, v, live);
    });
    expect(s.variance).toBe(batch.next);
    expect(live).toEqual(s);
  });

  test('garchState starts at the long-run variance ω/(1 − α − β) by default; a pure step leaves its state alone', () => {
    const s = garchState(params);
    expectClose(s.variance, params.omega / (1 - 0.98), 1e-12);
    const copy = snapshot(s);
    stepGarch(s, 0.01);
    expect(s).toEqual(copy);
  });

  test('bad input', () => {
    expectCode(() => garchFilter([], params), 'EMPTY_SERIES', 'returns');
    expectCode(() => garchFilter([0.01, Number.NaN], params), 'NON_FINITE', 'returns');
    expectCode(() => garchFilter(x, { ...params, alpha: 0.2, beta: 0.8 }), 'OUT_OF_RANGE', 'options.beta');
    expectCode(() => garchFilter(x, { ...params, alpha: -0.1 }), 'NEGATIVE', 'options.alpha');
    expectCode(() => garchFilter(x, { ...params, omega: 0 }), 'NOT_POSITIVE', 'options.omega');
    expectCode(() => garchFilter(x, { ...params, initialVariance: 0 }), 'NOT_POSITIVE', 'options.initialVariance');
    expectCode(
      () => garchFilter(x, { ...params, initialVariance: 'first' as never }),
      'INVALID_OPTION',
      'options.initialVariance',
    );
    expectCode(() => garchFilter(x, { ...params, omgea: 1 } as never), 'UNKNOWN_OPTION', 'options.omgea');
    expectCode(() => garchFilter([1e200], { ...params, initialVariance: 1e-4 }), 'NON_FINITE', 'returns');
    expectCode(() => garchState({ ...params, beta: 0.91 }), 'OUT_OF_RANGE', 'options.beta');
    expectCode(() => stepGarch({ ...garchState(params), variance: -1 }, 0.01), 'INVALID_TYPE', 'state');
    expectCode(() => stepGarch(garchState(params), Number.POSITIVE_INFINITY), 'NON_FINITE', 'x');
    expectCode(() => stepGarch(garchState(params), 0.01, Object.freeze({}) as never), 'INVALID_TYPE', 'out');
  });
});
