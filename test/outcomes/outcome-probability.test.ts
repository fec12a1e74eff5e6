/** src/outcomes/outcome-probability.ts: P(V_T/V_0 < k) = Φ((ln k − m_V)/s_V) (docs/concepts.md §6.5). */
import { fc, it } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { normalCdf } from '../../src/internal/numeric/normal.ts';
import { lognormalFundOutcome, outcomeProbability } from '../../src/outcomes/index.ts';
import { expectClose, expectCode } from '../helpers/assert.ts';
import { D80, decimalPhi } from '../helpers/normal-oracle.ts';
import { exact } from '../helpers/oracle.ts';

const base = { leverage: 3, drift: 0.08, volatility: 0.2, years: 1 };

describe('outcomeProbability', () => {
  test('docs/concepts.md §6.5 (3x, μ = 8 %, σ = 20 %, T = 1): P(below the median 1.061837) ≈ ½; P(below the mean 1.271249) = Φ(s_V/2) = Φ(0.3)', () => {
    // the stated median is rounded to 6 decimals: ½ ± φ(0)·|Δln k|/s_V ≈ ½ ± 3e-7
    expect(Math.abs(outcomeProbability({ ...base, below: 1.061837 }) - 0.5)).toBeLessThan(5e-7);
    // ln(mean) − m_V = s_V²/2, so z = s_V/2 = 0.3; Φ(0.3) = 0.61791142218895256 (normal tables; ½·erfc(−0.3/√2))
    expectClose(outcomeProbability({ ...base, below: Math.exp(3 * 0.08) }), 0.61791142218895256, 1e-14);
  });

  const model = fc.record({
    leverage: fc.double({ min: -5, max: 5, noNaN: true }),
    drift: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
    volatility: fc.double({ min: 0.01, max: 1, noNaN: true }),
    years: fc.double({ min: 0.01, max: 30, noNaN: true }),
    rate: fc.double({ min: 0, max: 0.1, noNaN: true }),
    expenseRatio: fc.double({ min: 0, max: 0.02, noNaN: true }),
    below: fc.double({ min: 0.01, max: 10, noNaN: true }),
  });

  it.prop([model.filter((p) => Math.abs(p.leverage) > 1e-3)])(
    'equals Φ of the closed form, with m_V and s_V from lognormalFundOutcome',
    (p) => {
      const { below, ...rest } = p;
      const { logMean, logSd } = lognormalFundOutcome(rest);
      const z = (Math.log(below) - logMean) / logSd;
      const got = outcomeProbability(p);
      expect(got).toBeGreaterThanOrEqual(0);
      expect(got).toBeLessThanOrEqual(1);
      expect(Math.abs(got - normalCdf(z))).toBeLessThanOrEqual(1e-15 + 1e-12 * normalCdf(z));
    },
  );

  it.prop([model, fc.double({ min: 1.0001, max: 3, noNaN: true })])('increases with the threshold', (p, factor) => {
    expect(outcomeProbability({ ...p, below: p.below * factor })).toBeGreaterThanOrEqual(outcomeProbability(p));
  });

  test.each([
    [3, 0.08, 0.2, 1, 0.02, 0.0095, 0.01],
    [-3, 0.1, 0.25, 5, 0.05, 0.0095, 0.001],
    [2, 0.07, 0.18, 30, 0.03, 0.009, 1],
    [-1, 0, 0.15, 0.25, 0.05, 0.01, 1.3],
  ])(
    'equals an 80-digit oracle (Φ of the closed form in decimal arithmetic), tails included: L = %s, μ = %s, σ = %s, T = %s, rf = %s, f = %s, k = %s',
    (L, mu, sigma, T, rf, f, k) => {
      const x = (v: number) => exact(v, D80);
      const m = x(L)
        .times(x(mu))
        .plus(new D80(1).minus(x(L)).times(x(rf)))
        .minus(x(f))
        .minus(x(L).pow(2).times(x(sigma).pow(2)).div(2))
        .times(x(T));
      const s = x(L).abs().times(x(sigma)).times(x(T).sqrt());
      const truth = decimalPhi(x(k).ln().minus(m).div(s)).toNumber();
      // the inputs are rounded once more in double arithmetic than in the oracle: Φ's relative condition number is ≈ z²
      expectClose(
        outcomeProbability({
          leverage: L,
          drift: mu,
          volatility: sigma,
          years: T,
          rate: rf,
          expenseRatio: f,
          below: k,
        }),
        truth,
        1e-13,
      );
    },
  );

  test('a certain outcome (σ = 0 or L = 0) gives 0 or 1', () => {
    // σ = 0: V_T = e^{(L·μ)·T} = e^{0.24}
    expect(outcomeProbability({ ...base, volatility: 0, below: 1.3 })).toBe(1);
    expect(outcomeProbability({ ...base, volatility: 0, below: 1.2 })).toBe(0);
    // L = 0: the fund earns the rate minus the expense ratio
    expect(outcomeProbability({ ...base, leverage: 0, rate: 0.05, below: 1 })).toBe(0);
    expect(outcomeProbability({ ...base, leverage: 0, expenseRatio: 0.01, below: 1 })).toBe(1);
  });

  test('deep tail: a 3x fund losing 99 % in a year at σ = 20 % — relative accuracy, not 0', () => {
    const p = outcomeProbability({ ...base, below: 0.01 });
    const z = (Math.log(0.01) - 0.06) / 0.6;
    // Φ's relative condition number at z ≈ −7.8 is ≈ z² ≈ 61: an ulp in z is ~1e-14 in Φ
    expectClose(p, normalCdf(z), 1e-13);
    expect(p).toBeGreaterThan(1e-15);
  });

  test.each([
    ['below 0', () => outcomeProbability({ ...base, below: 0 }), 'NOT_POSITIVE', 'options.below'],
    ['below < 0', () => outcomeProbability({ ...base, below: -1 }), 'NOT_POSITIVE', 'options.below'],
    ['years 0', () => outcomeProbability({ ...base, years: 0, below: 1 }), 'NOT_POSITIVE', 'options.years'],
    ['σ < 0', () => outcomeProbability({ ...base, volatility: -0.1, below: 1 }), 'NEGATIVE', 'options.volatility'],
    ['below missing', () => outcomeProbability(base as never), 'INVALID_TYPE', 'options.below'],
    ['overflow', () => outcomeProbability({ ...base, leverage: 1e300, below: 1 }), 'NON_FINITE', 'options.leverage'],
    [
      'unknown option',
      () => outcomeProbability({ ...base, below: 1, bellow: 1 } as never),
      'UNKNOWN_OPTION',
      'options.bellow',
    ],
  ] as const)('bad input: %s', (_name, fn, code, argument) => {
    expectCode(fn, code, argument);
  });
});
