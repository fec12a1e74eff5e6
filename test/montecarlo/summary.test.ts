import { describe, expect, test } from 'vitest';
import { decimalWith, exact } from '../helpers/oracle.ts';
import { summarise, type Tally } from '../../src/montecarlo/summary.ts';

const tally = (terminal: number[], extra: Partial<Tally> = {}): Tally => ({
  seed: 1,
  leverage: 2,
  periods: 3,
  first: 0,
  count: terminal.length,
  thresholds: [],
  drawdowns: [],
  terminal: Float64Array.from(terminal),
  wipeOuts: 0,
  underperformed: 0,
  drawdownCounts: [],
  bands: null,
  ...extra,
});

describe('summarise', () => {
  test('quantiles interpolate between order statistics (Hyndman & Fan type 7, numpy.quantile’s default)', () => {
    const s = summarise(tally([4, 1, 3, 2]));
    // numpy.quantile([1, 2, 3, 4], [0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99]): h = 3p, linear between ranks
    const numpy = [1.03, 1.15, 1.3, 1.75, 2.5, 3.25, 3.7, 3.85, 3.97];
    s.terminal.quantiles.forEach((q, i) => {
      expect(q).toBeCloseTo(numpy[i] as number, 14);
    });
    expect(s.median).toBe(2.5);
    expect(s.terminal.values).toEqual([1, 2, 3, 4]);
  });

  test('mean and its standard error sd/√n (sample sd, n − 1); one path has standard error 0', () => {
    const s = summarise(tally([1, 2, 3, 4]));
    expect(s.mean).toBe(2.5);
    // sample variance of 1…4 is 5/3
    expect(s.standardError).toBeCloseTo(Math.sqrt(5 / 3 / 4), 15);
    expect(summarise(tally([1.5])).standardError).toBe(0);
  });

  test('probabilities: count/n with binomial standard error √(p(1 − p)/n); below counts values strictly under k', () => {
    const s = summarise(tally([0, 0.5, 1, 1, 2], { thresholds: [1, 0.5], wipeOuts: 1, underperformed: 4 }));
    expect(s.belowProbability).toEqual([
      { threshold: 1, probability: 0.4, standardError: Math.sqrt((0.4 * 0.6) / 5), count: 2 },
      { threshold: 0.5, probability: 0.2, standardError: Math.sqrt((0.2 * 0.8) / 5), count: 1 },
    ]);
    expect(s.wipeOutProbability).toEqual({ probability: 0.2, standardError: Math.sqrt((0.2 * 0.8) / 5), count: 1 });
    expect(s.underperformanceProbability.probability).toBe(0.8);
  });

  test('depends only on the multisets: any order of the values gives the same summary', () => {
    const a = summarise(
      tally([0.3, 1.7, 0.9, 1.1, 2.2], {
        bands: {
          periods: [0, 3],
          probabilities: [0.5],
          values: [Float64Array.of(1, 1, 1, 1, 1), Float64Array.of(0.3, 1.7, 0.9, 1.1, 2.2)],
        },
      }),
    );
    const b = summarise(
      tally([2.2, 1.1, 0.9, 1.7, 0.3], {
        bands: {
          periods: [0, 3],
          probabilities: [0.5],
          values: [Float64Array.of(1, 1, 1, 1, 1), Float64Array.of(2.2, 1.1, 0.3, 0.9, 1.7)],
        },
      }),
    );
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.bands?.quantiles).toEqual([[1], [1.1]]);
  });
});

describe('summarise at the edge of the double range (a merged summary may hold any finite NAV)', () => {
  const D = decimalWith(60);
  /** Mean and standard error of the mean, `√(Σ(x − mean)²/(n − 1)/n)`, to 60 digits. */
  const oracle = (xs: number[]): [number, number] => {
    const n = xs.length;
    const mean = xs.reduce((s, x) => s.plus(exact(x, D)), new D(0)).div(n);
    const ss = xs.reduce((s, x) => s.plus(exact(x, D).minus(mean).pow(2)), new D(0));
    return [
      mean.toNumber(),
      ss
        .div(n - 1)
        .div(n)
        .sqrt()
        .toNumber(),
    ];
  };

  test.each([
    ['a deviation whose square overflows', [3e154, 0.9544622027416686, 1.0053817193244843]],
    ['values whose sum overflows', [1e308, 1.5e308, 0.5]],
    ['the largest double', [Number.MAX_VALUE, Number.MAX_VALUE]],
  ])('%s: mean and standard error finite, within 1e-15 of a 60-digit oracle', (_name, xs) => {
    const s = summarise(tally(xs));
    const [mean, se] = oracle(xs);
    expect(Math.abs(s.mean - mean)).toBeLessThanOrEqual(1e-15 * mean);
    expect(Math.abs(s.standardError - se)).toBeLessThanOrEqual(1e-15 * Math.max(se, Number.MIN_VALUE));
  });
});
