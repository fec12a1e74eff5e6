import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ewmaState, ewmaVariance, stepEwma } from '../../src/volatility/index.ts';
import { expectClose, expectCode, expectStated, snapshot } from '../helpers/assert.ts';

describe('EWMA (RiskMetrics 1996)', () => {
  test("Hull's example: σ = 1 %, x = 2 %, λ = 0.94 → σ = 1.0863 % (docs/concepts.md §6.1)", () => {
    const r = ewmaVariance([0.02], { initialVariance: 0.0001 });
    expectStated(100 * Math.sqrt(r.next), 1.0863, 4, 'Hull, Options, Futures, and Other Derivatives (EWMA example)');
    expect(r.variance[0]).toBe(0.0001);
  });

  test('the recursion and its timing: variance[t] uses x before t; includeCurrent shifts it by one', () => {
    const x = [0.01, -0.02, 0.015];
    const lambda = 0.9;
    const a = ewmaVariance(x, { lambda });
    // σ²_1 = x_1² ('first'), σ²_2 = λσ²_1 + (1 − λ)x_1², σ²_3 = λσ²_2 + (1 − λ)x_2²
    const s1 = 0.0001;
    const s2 = 0.9 * s1 + 0.1 * 0.0001;
    const s3 = 0.9 * s2 + 0.1 * 0.0004;
    const s4 = 0.9 * s3 + 0.1 * 0.000225;
    expect(Array.from(a.variance)).toEqual([s1, s2, s3].map((v, i) => expect.closeTo(v, 15 + i)));
    expectClose(a.next, s4, 1e-14);
    const b = ewmaVariance(x, { lambda, includeCurrent: true });
    expect(Array.from(b.variance)).toEqual([...Array.from(a.variance).slice(1), a.next]);
    expect(b.next).toBe(a.next);
  });

  test("first variances: 'sample' is the mean of x², 'backcast' the 0.94-weighted mean over the first 75", () => {
    const x = Array.from({ length: 100 }, (_, i) => 0.01 * Math.sin(i + 1));
    const ms = x.reduce((s, v) => s + v * v, 0) / x.length;
    expectClose(ewmaVariance(x, { initialVariance: 'sample' }).variance[0] as number, ms, 1e-14);
    let num = 0;
    let den = 0;
    for (let i = 0; i < 75; i++) {
      num += 0.94 ** i * (x[i] as number) ** 2;
      den += 0.94 ** i;
    }
    expectClose(ewmaVariance(x, { initialVariance: 'backcast' }).variance[0] as number, num / den, 1e-13);
  });

  test('99 % of the weight lies on the last ln 0.01/ln λ ≈ 74.4 returns (λ = 0.94)', () => {
    // a unit shock followed by zeros: its weight after k periods is (1 − λ)λ^(k−1); the mass beyond 74.4 periods is λ^74.4
    expectClose(Math.log(0.01) / Math.log(0.94), 74.4, 1e-3);
    const x = new Float64Array(200);
    x[0] = 1;
    const v = ewmaVariance(x, { initialVariance: 0 }).variance;
    expectClose(v[75] as number, 0.06 * 0.94 ** 74, 1e-12);
  });

  fcTest.prop([
    fc.array(fc.double({ min: -0.2, max: 0.2, noNaN: true }), { minLength: 1, maxLength: 60 }),
    fc.double({ min: 0.01, max: 0.99, noNaN: true }),
    fc.option(fc.double({ min: 0, max: 0.01, noNaN: true }), { nil: undefined }),
  ])('streaming = batch bit for bit (pure steps and in place)', (x, lambda, v0) => {
    const batch = ewmaVariance(x, { lambda, initialVariance: v0 ?? 'first' });
    let s = ewmaState({ lambda, initialVariance: v0 ?? 'first' });
    const live = ewmaState({ lambda, initialVariance: v0 ?? 'first' });
    x.forEach((r, t) => {
      if (t > 0) expect(s.variance).toBe(batch.variance[t]);
      s = stepEwma(s, r);
      stepEwma(live, r, live);
    });
    expect(s.variance).toBe(batch.next);
    expect(live).toEqual(s);
    expect(s.period).toBe(x.length);
  });

  test('a pure step does not change its state; the input series is not mutated', () => {
    const s0 = ewmaState({ initialVariance: 0.0001 });
    const copy = snapshot(s0);
    stepEwma(s0, 0.02);
    expect(s0).toEqual(copy);
    const x = [0.01, 0.02];
    ewmaVariance(x);
    expect(x).toEqual([0.01, 0.02]);
  });

  test('bad input', () => {
    expectCode(() => ewmaVariance([]), 'EMPTY_SERIES', 'returns');
    expectCode(() => ewmaVariance([0.01, Number.NaN]), 'NON_FINITE', 'returns');
    for (const lambda of [0, 1, -0.5, 1.5])
      expectCode(() => ewmaVariance([0.01], { lambda }), 'OUT_OF_RANGE', 'options.lambda');
    expectCode(() => ewmaVariance([0.01], { initialVariance: -1e-4 }), 'NEGATIVE', 'options.initialVariance');
    expectCode(
      () => ewmaVariance([0.01], { initialVariance: 'last' as never }),
      'INVALID_OPTION',
      'options.initialVariance',
    );
    expectCode(() => ewmaVariance([0.01], { includeCurrent: 1 as never }), 'INVALID_TYPE', 'options.includeCurrent');
    expectCode(() => ewmaVariance([0.01], { lamda: 0.9 } as never), 'UNKNOWN_OPTION', 'options.lamda');
    expectCode(() => ewmaVariance([1e200]), 'NON_FINITE', 'returns');
    expectCode(() => ewmaState({ initialVariance: 'sample' as never }), 'INVALID_OPTION', 'options.initialVariance');
    expectCode(() => stepEwma({ lambda: 2, variance: 0, period: 0 }, 0.01), 'INVALID_TYPE', 'state');
    expectCode(() => stepEwma(ewmaState(), Number.NaN), 'NON_FINITE', 'x');
    expectCode(() => stepEwma(ewmaState(), 0.01, Object.freeze({}) as never), 'INVALID_TYPE', 'out');
  });
});
