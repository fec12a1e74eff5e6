/**
 * src/internal/numeric/normal.ts against an 80-digit decimal.js oracle
 * (test/helpers/normal-oracle.ts: erfc by its series below z = 3 and its
 * continued fraction above), in ulps of the true value, across the whole
 * range of doubles: Φ from x = −38.45 (a subnormal result) to +9, Φ⁻¹ from
 * p = 1e-300 to 1 − 1e-16. The two halves of the oracle agree where they
 * meet, and it reproduces a published value.
 */
import type { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { normalCdf, normalQuantile } from '../../../src/internal/numeric/normal.ts';
import { D80, decimalDensity, decimalPhi, erfcFraction, erfcSeries } from '../../helpers/normal-oracle.ts';
import { exact } from '../../helpers/oracle.ts';

const D = D80;

/** Φ at the exact binary value of `x`. */
const Phi = (x: number): Decimal => decimalPhi(exact(x, D));

/** The spacing of doubles at `v` (the subnormal spacing 2⁻¹⁰⁷⁴ below 2⁻¹⁰²²). */
function ulp(v: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(v));
  const biased = Number((view.getBigUint64(0) >> 52n) & 0x7ffn);
  return 2 ** (Math.max(biased, 1) - 1075);
}

/** |computed − true| in ulps of the true value. */
function ulps(computed: number, truth: Decimal): number {
  return new D(computed).minus(truth).abs().div(ulp(truth.toNumber())).toNumber();
}

describe('the oracle', () => {
  test('series and continued fraction agree to 55 digits where they meet (z = 3) and beyond (z = 3.5, 4)', () => {
    for (const z of ['3', '3.5', '4']) {
      const a = erfcSeries(new D(z));
      const b = erfcFraction(new D(z));
      expect(a.minus(b).abs().div(b).lt('1e-55'), z).toBe(true);
    }
  });

  test('Φ(−1) = 0.15865525393145705141476745436796207752209 (published value, e.g. Wolfram|Alpha; ½·erfc(1/√2))', () => {
    expect(Phi(-1).toSignificantDigits(41).toString()).toBe('0.15865525393145705141476745436796207752209');
  });
});

describe('normalCdf (Cody)', () => {
  test('max error over x ∈ [−38.45, 9] (601 points): ≤ 4 ulps of the true value, tails relative', () => {
    let worst = 0;
    let at = 0;
    for (let i = 0; i <= 600; i++) {
      const x = -38.45 + (i * 47.45) / 600 + 0.0123 * Math.sin(i);
      const e = ulps(normalCdf(x), Phi(x));
      if (e > worst) [worst, at] = [e, x];
    }
    console.log(`normalCdf: max error ${worst.toFixed(2)} ulps (at x = ${at})`);
    expect(worst).toBeLessThanOrEqual(4);
  });

  test('deep tail: Φ(−38) ≈ 2.885e-316 (subnormal) to within a few subnormal ulps; 0 below −38.5; 1 above 8.3', () => {
    expect(ulps(normalCdf(-38), Phi(-38))).toBeLessThanOrEqual(2);
    expect(normalCdf(-38)).toBeGreaterThan(2.8e-316);
    expect(ulps(normalCdf(-30), Phi(-30))).toBeLessThanOrEqual(4);
    expect(normalCdf(-38.6)).toBe(0);
    expect(normalCdf(-1e300)).toBe(0);
    expect(normalCdf(8.3)).toBe(1);
    expect(normalCdf(1e300)).toBe(1);
    expect(normalCdf(0)).toBe(0.5);
  });

  test('every branch boundary (0.67448975, √32) is continuous to an ulp', () => {
    for (const x of [0.67448975, 5.656854249492381]) {
      for (const y of [x, -x, x * (1 + 2 ** -52), -x * (1 + 2 ** -52)])
        expect(ulps(normalCdf(y), Phi(y)), String(y)).toBeLessThanOrEqual(4);
    }
  });
});

describe('normalQuantile (Wichura AS 241)', () => {
  test('max error over p ∈ [1e-300, 1 − 1e-16] (361 points): ≤ 5 ulps of the true quantile', () => {
    const ps: number[] = [];
    for (let i = 0; i <= 150; i++) ps.push(10 ** (-300 + (i * 299.7) / 150));
    for (let i = 0; i <= 150; i++) ps.push(0.0005 + i * 0.006655);
    for (let i = 1; i <= 60; i++) ps.push(1 - 10 ** ((-i * 15.9) / 60));
    let worst = 0;
    let at = 0;
    for (const p of ps) {
      const x = normalQuantile(p);
      const X = exact(x, D);
      // one Newton step in 80 digits from x: the true quantile is x + (p − Φ(x))/φ(x) to ~1e-32 relative
      const truth = X.plus(exact(p, D).minus(Phi(x)).div(decimalDensity(X)));
      const e = truth.minus(X).abs().div(ulp(truth.toNumber())).toNumber();
      if (e > worst) [worst, at] = [e, p];
    }
    console.log(`normalQuantile: max error ${worst.toFixed(2)} ulps (at p = ${at})`);
    expect(worst).toBeLessThanOrEqual(5);
  });

  test('ends and centre: Φ⁻¹(0) = −∞, Φ⁻¹(1) = +∞, Φ⁻¹(½) = 0, odd symmetry', () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(2 ** -10)).toBe(-normalQuantile(1 - 2 ** -10)); // 1 − 2⁻¹⁰ is exact
  });

  test('Φ⁻¹(0.975) = 1.959963984540054 (the two-sided 95 % point, published to 16 digits)', () => {
    expect(Math.abs(normalQuantile(0.975) - 1.959963984540054)).toBeLessThanOrEqual(2 * ulp(1.96));
  });
});
