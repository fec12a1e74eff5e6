import { describe, expect, test } from 'vitest';
import { readModel } from '../../src/montecarlo/model.ts';
import { expectClose, expectCode } from '../helpers/assert.ts';

describe('readModel: the models in per-period units', () => {
  test('GBM: log-mean (μ − σ²/2)/P and scale σ/√P; a volatility series gives one of each per period', () => {
    const m = readModel({ kind: 'gbm', drift: 0.1, volatility: 0.2 }, 5, 250);
    expect(m).toMatchObject({ kind: 'gbm', nu: 0 });
    if (m.kind !== 'gbm') throw new Error('kind');
    expectClose(m.mean as number, (0.1 - 0.02) / 250, 1e-15);
    expectClose(m.scale as number, 0.2 / Math.sqrt(250), 1e-15);
    const s = readModel({ kind: 'gbm', drift: 0, volatility: [0.1, 0.3], degreesOfFreedom: 4 }, 2, 252);
    if (s.kind !== 'gbm') throw new Error('kind');
    expect(Array.from(s.scale as Float64Array)).toEqual([0.1 / Math.sqrt(252), 0.3 / Math.sqrt(252)]);
    expect(s.nu).toBe(4);
  });

  test('GARCH from params or from any fit-like object (extra fields ignored); the long-run variance ω/(1 − α − β) by default', () => {
    const params = { mu: 0.001, omega: 1e-5, alpha: 0.1, beta: 0.8 };
    const a = readModel({ kind: 'garch', params }, 3, 252);
    const fit = { ...params, logLikelihood: -1106.6, converged: true, standardizedResiduals: new Float64Array(3) };
    const b = readModel({ kind: 'garch', fit }, 3, 252);
    expect(b).toEqual(a);
    expect(a).toMatchObject({ kind: 'garch', mu: 0.001, omega: 1e-5, alpha: 0.1, beta: 0.8 });
    if (a.kind !== 'garch') throw new Error('kind');
    expectClose(a.variance, 1e-5 / 0.1, 1e-12);
    expect(readModel({ kind: 'garch', params, initialVariance: 4e-4 }, 3, 252)).toMatchObject({ variance: 4e-4 });
  });

  test('bootstrap: the sample is copied; blocks 1 = fixed, 2 = stationary', () => {
    const returns = [0.01, -0.02];
    const m = readModel({ kind: 'bootstrap', returns, block: { kind: 'fixed', meanLength: 5 } }, 3, 252);
    expect(m).toMatchObject({ kind: 'bootstrap', block: 1, length: 5 });
    if (m.kind !== 'bootstrap') throw new Error('kind');
    expect(m.sample).not.toBe(returns);
    expect(
      readModel({ kind: 'bootstrap', returns, block: { kind: 'stationary', meanLength: 2.5 } }, 3, 252),
    ).toMatchObject({ block: 2, length: 2.5 });
  });
});

describe('bad models', () => {
  const params = { mu: 0, omega: 1e-5, alpha: 0.1, beta: 0.8 };
  test.each([
    ['an unknown kind', { kind: 'heston' }, 'INVALID_OPTION', 'options.model.kind'],
    ['not an object', 'gbm', 'INVALID_TYPE', 'options.model'],
    [
      'an unknown GBM option',
      { kind: 'gbm', drift: 0, volatility: 0.2, vol: 1 },
      'UNKNOWN_OPTION',
      'options.model.vol',
    ],
    ['a negative volatility', { kind: 'gbm', drift: 0, volatility: -0.2 }, 'NEGATIVE', 'options.model.volatility'],
    [
      'a volatility series of the wrong length',
      { kind: 'gbm', drift: 0, volatility: [0.2] },
      'LENGTH_MISMATCH',
      'options.model.volatility',
    ],
    [
      'ν ≤ 2',
      { kind: 'gbm', drift: 0, volatility: 0.2, degreesOfFreedom: 2 },
      'OUT_OF_RANGE',
      'options.model.degreesOfFreedom',
    ],
    ['an empty bootstrap sample', { kind: 'bootstrap', returns: [] }, 'EMPTY_SERIES', 'options.model.returns'],
    [
      'a bootstrap return ≤ −1',
      { kind: 'bootstrap', returns: [0.01, -1] },
      'RETURN_OUT_OF_DOMAIN',
      'options.model.returns',
    ],
    [
      'a block kind it does not know',
      { kind: 'bootstrap', returns: [0.01], block: { kind: 'moving', meanLength: 3 } },
      'INVALID_OPTION',
      'options.model.block.kind',
    ],
    [
      'a fixed block of 2.5',
      { kind: 'bootstrap', returns: [0.01], block: { kind: 'fixed', meanLength: 2.5 } },
      'OUT_OF_RANGE',
      'options.model.block.meanLength',
    ],
    [
      'a stationary mean length below 1',
      { kind: 'bootstrap', returns: [0.01], block: { kind: 'stationary', meanLength: 0.5 } },
      'OUT_OF_RANGE',
      'options.model.block.meanLength',
    ],
    ['α + β ≥ 1', { kind: 'garch', params: { ...params, beta: 0.9 } }, 'OUT_OF_RANGE', 'options.model.params.beta'],
    ['ω ≤ 0', { kind: 'garch', fit: { ...params, omega: 0 } }, 'NOT_POSITIVE', 'options.model.fit.omega'],
    [
      'an extra field in params',
      { kind: 'garch', params: { ...params, gamma: 0.1 } },
      'UNKNOWN_OPTION',
      'options.model.params.gamma',
    ],
    [
      'a negative initial variance',
      { kind: 'garch', params, initialVariance: -1 },
      'NOT_POSITIVE',
      'options.model.initialVariance',
    ],
  ])('%s', (_, model, code, argument) => {
    expectCode(() => readModel(model, 2, 252), code as never, argument);
  });
});
