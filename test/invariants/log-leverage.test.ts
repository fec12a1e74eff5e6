/**
 * docs/concepts.md §1, invariant I1: for L ∉ [0, 1], |γ| < |L| on days the fund gains
 * (L·r > 0) and |γ| > |L| on days it loses (L·r < 0); for 0 < L < 1 the
 * opposite; for L ∈ {0, 1}, γ = L. Plus accuracy of γ against a 40-digit oracle.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { effectiveLogLeverage } from '../../src/leverage/index.ts';
import { leverage, leverageAwayFromZeroOne, survivable } from '../helpers/arbitraries.ts';
import { decimalWith, exact } from '../helpers/oracle.ts';

/**
 * γ by decimal.js from the exact binary values of r and L, with 40 digits
 * beyond the magnitude of r (so `1 + r` keeps r's digits even for r = 5e-324).
 */
function oracleGamma(r: number, L: number): number {
  const digitsR = Math.max(0, -Math.log10(Math.abs(r)));
  const digitsLr = L === 0 ? 0 : Math.max(0, -Math.log10(Math.abs(L)) - Math.log10(Math.abs(r)));
  const D = decimalWith(40 + Math.ceil(digitsR + digitsLr));
  const dr = exact(r, D);
  return new D(1)
    .plus(dr.times(exact(L, D)))
    .ln()
    .div(new D(1).plus(dr).ln())
    .toNumber();
}

// Returns large enough that γ differs from L by many ulps (|(1−L)·L·r|/2 ≫ 2^-52·|L|).
const visibleMove = fc
  .tuple(
    leverageAwayFromZeroOne(1e-3),
    fc.oneof(fc.double({ min: -0.999, max: 3, noNaN: true }), fc.double({ min: -0.01, max: 0.01, noNaN: true })),
  )
  .filter(([L, r]) => Math.abs(r) >= 1e-9 && 1 + L * r > 0);

describe('I1: effective log leverage is compressed on gains and stretched on losses', () => {
  test.prop([visibleMove])(
    'L ∉ [0,1]: |γ| < |L| when L·r > 0, |γ| > |L| when L·r < 0; reversed for 0 < L < 1',
    ([L, r]) => {
      const g = Math.abs(effectiveLogLeverage(r, L));
      const outside = L < 0 || L > 1;
      const gains = L * r > 0;
      if (outside === gains) expect(g).toBeLessThan(Math.abs(L));
      else expect(g).toBeGreaterThan(Math.abs(L));
    },
  );

  test.prop([survivable])('the ordering holds non-strictly on the whole domain, including tiny returns', ([L, r]) => {
    const g = effectiveLogLeverage(r, L);
    const outside = L < 0 || L > 1;
    const gains = L * r > 0;
    if (r === 0 || L === 0 || L === 1) return void expect(g).toBe(L);
    const slack = 4 * Number.EPSILON * Math.abs(L);
    if (outside === gains) expect(Math.abs(g)).toBeLessThanOrEqual(Math.abs(L) + slack);
    else expect(Math.abs(g)).toBeGreaterThanOrEqual(Math.abs(L) - slack);
  });

  test.prop([fc.double({ min: -0.999, max: 3, noNaN: true }), fc.constantFrom(0, 1)])(
    'γ = L exactly for L ∈ {0, 1}',
    (r, L) => {
      expect(effectiveLogLeverage(r, L)).toBe(L);
    },
  );

  test.prop([leverage])('γ(0, L) = L and γ(−0, L) = L (the limit)', (L) => {
    expect(effectiveLogLeverage(0, L)).toBe(L);
    expect(effectiveLogLeverage(-0, L)).toBe(L);
  });
});

describe('γ is accurate to a few ulps (oracle: decimal.js, 40 digits)', () => {
  test.prop([survivable.filter(([L, r]) => r !== 0 && 1 + L * r > 1e-12)])('relative error ≤ 8 ulps', ([L, r]) => {
    const got = effectiveLogLeverage(r, L);
    const want = oracleGamma(r, L);
    expect(Math.abs(got - want)).toBeLessThanOrEqual(8 * Number.EPSILON * Math.abs(want) + Number.MIN_VALUE);
  });

  test('γ(1e-15, −3) is −3·(1 + 2e-15), correct to the last digit (docs/concepts.md §1)', () => {
    expect(effectiveLogLeverage(1e-15, -3)).toBe(oracleGamma(1e-15, -3));
    expect(effectiveLogLeverage(1e-300, -3)).toBe(-3);
  });
});
