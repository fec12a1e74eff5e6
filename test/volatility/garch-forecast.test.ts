import { describe, expect, test } from 'vitest';
import { garchFit, garchForecast } from '../../src/volatility/index.ts';
import { expectClose, expectCode, expectStated } from '../helpers/assert.ts';
import { simulateGarch } from '../helpers/garch.ts';

const model = { omega: 3e-6, alpha: 0.1, beta: 0.88, next: 4e-4 };
const p = 0.98;
const longRun = 3e-6 / 0.02;

describe('garchForecast', () => {
  test("Hull's example: α + β = 0.98, σ̄ = 2 %, σ = 3 % now → 2.8435 % in 10 days (docs/concepts.md §6.1)", () => {
    // Hull, Options, Futures, and Other Derivatives: E[σ²_{n+t}] = V_L + (α + β)^t (σ²_n − V_L), t = 10 → h = 11
    const f = garchForecast({ omega: 0.0004 * 0.02, alpha: 0.08, beta: 0.9, next: 0.0009 }, 11);
    expectStated(100 * Math.sqrt(f.variances[10] as number), 2.8435, 4, 'Hull (GARCH forecast)');
  });

  test('term structure: E[σ²_{T+h}] = σ̄² + (α+β)^(h−1)·(E[σ²_{T+1}] − σ̄²), and its sums in closed form', () => {
    const H = 60;
    const f = garchForecast(model, H, { periodsPerYear: 250 });
    expect(f.variances[0]).toBe(model.next);
    for (let h = 1; h <= H; h++) {
      expectClose(f.variances[h - 1] as number, longRun + p ** (h - 1) * (model.next - longRun), 1e-13);
      // Σ_{i=1..h} = h·σ̄² + (next − σ̄²)(1 − p^h)/(1 − p)
      const cum = h * longRun + ((model.next - longRun) * (1 - p ** h)) / (1 - p);
      expectClose(f.cumulative[h - 1] as number, cum, 1e-12);
      expectClose(f.annualizedVolatility[h - 1] as number, Math.sqrt((250 * cum) / h), 1e-12);
    }
  });

  test('the long-run limit: forecasts converge to ω/(1 − α − β), monotonically from above (to rounding)', () => {
    const f = garchForecast(model, 5000);
    expectClose(f.variances[4999] as number, longRun, 1e-12);
    // (to rounding: within 4 ulps once the distance to σ̄² is below the precision of a double)
    for (let h = 1; h < 5000; h++)
      expect(f.variances[h] as number).toBeLessThanOrEqual((f.variances[h - 1] as number) * (1 + 1e-15));
  });

  test("half-life: a fit's halfLife periods halve the forecast's distance to the long-run variance", () => {
    const fit = garchFit(simulateGarch(1500, { mu: 0, omega: 2e-6, alpha: 0.08, beta: 0.9 }, 4));
    const H = 400;
    const f = garchForecast(fit, H);
    const d = (h: number): number => (f.variances[h] as number) - fit.longRunVariance;
    // (α+β)^halfLife = 1/2 exactly; over k periods the distance shrinks by (α+β)^k
    expectClose(fit.persistence ** fit.halfLife, 0.5, 1e-12);
    expectClose(d(100) / d(0), fit.persistence ** 100, 1e-8);
    expect(f.variances[0]).toBe(fit.next);
  });

  test('bad input', () => {
    expectCode(() => garchForecast(model, 0), 'OUT_OF_RANGE', 'horizon');
    expectCode(() => garchForecast(model, 2.5), 'OUT_OF_RANGE', 'horizon');
    expectCode(() => garchForecast(model, 1e8), 'OUT_OF_RANGE', 'horizon');
    expectCode(() => garchForecast({ ...model, beta: 0.9 }, 5), 'OUT_OF_RANGE', 'model.beta');
    expectCode(() => garchForecast({ ...model, next: 0 }, 5), 'NOT_POSITIVE', 'model.next');
    expectCode(() => garchForecast({ ...model, omega: Number.NaN }, 5), 'NON_FINITE', 'model.omega');
    expectCode(() => garchForecast(null as never, 5), 'INVALID_TYPE', 'model');
    expectCode(() => garchForecast(model, 5, { periods: 12 } as never), 'UNKNOWN_OPTION', 'options.periods');
  });
});

describe('garchForecast: an overflow names the input that overflowed, with its value (CONTRIBUTING; issue 13)', () => {
  test('a next variance of 1e308: the second period brings the cumulative variance to 1.95e308', () => {
    expect(() => garchForecast({ omega: 1e-6, alpha: 0.1, beta: 0.85, next: 1e308 }, 3)).toThrow(
      'model.next makes the cumulative variance overflow a double, got 1e+308 [NON_FINITE]',
    );
  });
});
