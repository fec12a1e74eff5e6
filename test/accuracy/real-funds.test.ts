/**
 * docs/concepts.md §3 on real data: the NAV model with documented parameters against
 * the calendar-year total returns (adjusted close) of ProShares SSO (2x) and
 * UPRO (3x) on the S&P 500, over every full year in `test/fixtures/`.
 *
 * Parameters (README, "Modelling real funds"): expense ratio from the
 * prospectus (SSO 0.89 %, UPRO 0.91 %); financing at the monthly effective
 * fed funds rate (FRED FEDFUNDS) + a 0.30 % swap spread on |L| notional;
 * the S&P 500's dividend yield of each year implied by S&P's published total
 * return against the price return: q = ln((1 + TR)/(1 + PR)).
 */
import { describe, expect, test } from 'vitest';
import { FUNDS, dividendYieldOf, indexYearReturn, meanAbsoluteDifference, yearByYear } from '../helpers/real-funds.ts';

describe('real funds: the model tracks SSO and UPRO year by year', () => {
  for (const spec of FUNDS) {
    test(`${spec.ticker} (${spec.leverage}x): mean absolute yearly difference ≤ 1.5 percentage points over all full years`, () => {
      const rows = yearByYear(spec);
      // full years in the fixtures: SSO 2007–2023, UPRO 2010–2023 (incepted 2009-06-25)
      expect(rows.map((r) => r.year)).toEqual(
        Array.from(
          { length: 2023 - (spec.ticker === 'SSO' ? 2007 : 2010) + 1 },
          (_, i) => (spec.ticker === 'SSO' ? 2007 : 2010) + i,
        ),
      );
      expect(meanAbsoluteDifference(rows)).toBeLessThanOrEqual(0.015);
    });
  }

  test('the model without dividends falls short of the funds by about L × q a year (docs/concepts.md §3)', () => {
    for (const spec of FUNDS) {
      const rows = yearByYear(spec, { dividends: false });
      const full = yearByYear(spec);
      // the dividend-free model is below the fund on average by roughly L·q ≈ 2–3 × 2 %
      const shortfall = rows.reduce((a, r) => a + (r.fund - r.model), 0) / rows.length;
      expect(shortfall).toBeGreaterThan(spec.leverage * 0.01);
      expect(meanAbsoluteDifference(rows)).toBeGreaterThan(meanAbsoluteDifference(full));
    }
  });

  test('the implied dividend yields are the S&P 500 yields of the period (1.3–2.5 %), and 2013 matches S&P (32.39 % vs 29.60 %)', () => {
    expect(indexYearReturn(2013)).toBeCloseTo(0.296, 3);
    expect(dividendYieldOf(2013)).toBeCloseTo(Math.log(1.3239 / 1.296), 4);
    for (let y = 2007; y <= 2023; y++) {
      expect(dividendYieldOf(y)).toBeGreaterThan(0.013);
      expect(dividendYieldOf(y)).toBeLessThan(0.025);
    }
  });
});
