import { describe, expect, test } from 'vitest';
import { fillNormals, normal, studentT } from '../../../src/internal/random/normal.ts';
import { stream, word } from '../../../src/internal/random/stream.ts';
import { ksStatistic, normalCdf } from '../../helpers/normal.ts';

const N = 1_000_000;

function draws(n: number, draw: (s: ReturnType<typeof stream>) => number, seed: number): Float64Array {
  const s = stream(seed, 0);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = draw(s);
  return out;
}

/** |observed − expected| / SE for a count of a binomial(n, p) event. */
const zCount = (count: number, n: number, p: number): number => Math.abs(count - n * p) / Math.sqrt(n * p * (1 - p));

describe('ziggurat normal (Marsaglia & Tsang 2000), 10⁶ draws, seed 20260101', () => {
  const z = new Float64Array(N);
  fillNormals(stream(20260101, 0), z);

  test('moments: mean 0, variance 1, skewness 0, kurtosis 3, each within 4 standard errors', () => {
    let m1 = 0;
    let m2 = 0;
    let m3 = 0;
    let m4 = 0;
    for (const x of z) {
      m1 += x;
      m2 += x * x;
      m3 += x * x * x;
      m4 += x * x * x * x;
    }
    // standard errors of the raw sample moments of N(0, 1): √(1/n), √(2/n), √(15/n), √(96/n)
    expect(Math.abs(m1 / N) / Math.sqrt(1 / N)).toBeLessThanOrEqual(4);
    expect(Math.abs(m2 / N - 1) / Math.sqrt(2 / N)).toBeLessThanOrEqual(4);
    expect(Math.abs(m3 / N) / Math.sqrt(15 / N)).toBeLessThanOrEqual(4);
    expect(Math.abs(m4 / N - 3) / Math.sqrt(96 / N)).toBeLessThanOrEqual(4);
  });

  test('tails: P(Z > 3), P(Z < −3), P(|Z| > r = 3.6542) (the tail algorithm) and P(|Z| > 4.5) within 4 SE', () => {
    const count = (pred: (x: number) => boolean): number => z.reduce((c, x) => c + (pred(x) ? 1 : 0), 0);
    const r = 3.6541528853610088;
    expect(
      zCount(
        count((x) => x > 3),
        N,
        1 - normalCdf(3),
      ),
    ).toBeLessThanOrEqual(4);
    expect(
      zCount(
        count((x) => x < -3),
        N,
        normalCdf(-3),
      ),
    ).toBeLessThanOrEqual(4);
    expect(
      zCount(
        count((x) => Math.abs(x) > r),
        N,
        2 * normalCdf(-r),
      ),
    ).toBeLessThanOrEqual(4);
    expect(
      zCount(
        count((x) => Math.abs(x) > 4.5),
        N,
        2 * normalCdf(-4.5),
      ),
    ).toBeLessThanOrEqual(4);
  });

  test('quantiles: the 0.1 %, 2.5 %, 50 %, 97.5 %, 99.9 % sample quantiles have the normal CDF within 4 SE', () => {
    const s = Float64Array.from(z).sort();
    for (const p of [0.001, 0.025, 0.5, 0.975, 0.999]) {
      const q = s[Math.floor(p * N)] as number;
      // the count below the sample p-quantile is ≈ n·p; the CDF there is p within √(p(1−p)/n)
      expect(Math.abs(normalCdf(q) - p) / Math.sqrt((p * (1 - p)) / N)).toBeLessThanOrEqual(4);
    }
  });

  test('Kolmogorov–Smirnov: √n·D below 1.95 (the 0.1 % critical value of the Kolmogorov distribution)', () => {
    expect(Math.sqrt(N) * ksStatistic(z, normalCdf)).toBeLessThan(1.95);
  });

  test('a wedge and tail-heavy check: KS on the 10⁵ draws with |Z| > 2 against the conditional normal CDF', () => {
    const big = z.filter((x) => x > 2);
    const tail = 1 - normalCdf(2);
    const d = ksStatistic(big, (x) => (normalCdf(x) - normalCdf(2)) / tail);
    expect(Math.sqrt(big.length) * d).toBeLessThan(1.95);
  });
});

describe('Student-t (Bailey 1994), ν = 4, scaled to unit variance', () => {
  const nu = 4;
  const scale = Math.sqrt((nu - 2) / nu);
  const t = draws(200_000, (s) => studentT(s, nu), 99);
  // the t₄ CDF in closed form: F(x) = 1/2 + (3/8)·(x/√(1 + x²/4))·(1 − x²/(12·(1 + x²/4)))
  const t4 = (x: number): number => {
    const k = 1 + (x * x) / 4;
    return 0.5 + (3 / 8) * (x / Math.sqrt(k)) * (1 - (x * x) / (12 * k));
  };

  test('Kolmogorov–Smirnov against the t₄ CDF of t/√((ν−2)/ν): √n·D below 1.95', () => {
    expect(Math.sqrt(t.length) * ksStatistic(t, (x) => t4(x / scale))).toBeLessThan(1.95);
  });

  test('P(T > 3·scale) = 1 − F₄(3) within 4 SE: a fat tail, about 12 times the normal one', () => {
    const n = t.length;
    const count = t.reduce((c, x) => c + (x > 3 * scale ? 1 : 0), 0);
    expect(zCount(count, n, 1 - t4(3))).toBeLessThanOrEqual(4);
  });
});

test('fillNormals draws what normal() draws one after another, rejections included, and leaves the stream after them', () => {
  const a = stream(5, 9);
  const b = stream(5, 9);
  const bulk = new Float64Array(5000);
  fillNormals(a, bulk);
  expect(Array.from(bulk)).toEqual(Array.from(bulk, () => normal(b)));
  expect(word(a)).toBe(word(b));
});
