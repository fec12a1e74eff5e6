/**
 * lognormalFundOutcome: the fund's value after `T` years when the index is a
 * geometric Brownian motion (docs/concepts.md §2), checked against the closed
 * forms `E = exp((L·μ + (1 − L)·r − f)·T)`, median `exp(E[ln V])`,
 * `sd(ln V) = |L|·σ·√T`.
 */
import { describe, expect, test } from 'vitest';
import { lognormalFundOutcome } from '../../src/outcomes/index.ts';
import { expectClose, expectCode } from '../helpers/assert.ts';

describe('lognormalFundOutcome: the closed forms of docs/concepts.md §2', () => {
  test('the lognormal mean has no drag; the median carries it (docs/concepts.md §2)', () => {
    const o = lognormalFundOutcome({ leverage: -3, drift: 0.07, volatility: 0.2, rate: 0.03, expenseRatio: 0.0095, years: 2 });
    expectClose(o.mean, Math.exp((-3 * 0.07 + 4 * 0.03 - 0.0095) * 2), 1e-14);
    expectClose(o.logMean, (-3 * 0.07 + 4 * 0.03 - 0.0095 - 9 * 0.04 / 2) * 2, 1e-14);
    expectClose(o.median, Math.exp(o.logMean), 1e-15);
    expectClose(o.logSd, 3 * 0.2 * Math.SQRT2, 1e-15);
  });

  test('a −1x fund on a driftless index: mean 1, median e^(−σ²T/2), sd σ√T', () => {
    const o = lognormalFundOutcome({ leverage: -1, drift: 0, volatility: 0.2, years: 1 });
    expect(o.mean).toBe(1);
    expectClose(o.median, Math.exp(-0.02), 1e-15);
    expectClose(o.logSd, 0.2, 1e-15);
  });

  test('zero years: the fund is where it started', () => {
    const o = lognormalFundOutcome({ leverage: 3, drift: 0.1, volatility: 0.3, years: 0 });
    expect([o.mean, o.median, Math.abs(o.logMean), o.logSd]).toEqual([1, 1, 0, 0]);
  });

  test('bad input names the option', () => {
    expectCode(() => lognormalFundOutcome({ leverage: 2, drift: 0, volatility: -0.2, years: 1 }), 'NEGATIVE', 'options.volatility');
    expectCode(() => lognormalFundOutcome({ leverage: 2, drift: 0, volatility: 0.2, years: Number.NaN }), 'NON_FINITE', 'options.years');
  });
});
