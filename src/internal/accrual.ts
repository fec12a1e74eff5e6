/**
 * The one-period growth factor of a daily-reset fund with costs (docs/concepts.md §3),
 * shared by `nav`, `fund` and the decimal entry's float agreement tests.
 *
 *   A_t / A_{t−1} = 1 + L·(r_t + q·τ365) + (1 − L)·rf·τ360 − |L|·s·τ360 − f·τ365
 *
 * where τ360 = d_t/360 and τ365 = d_t/365 for `d_t` calendar days in the
 * period (financing and spread actual/360; expenses and dividends
 * actual/365), or both `1/periodsPerYear` when no dates are given.
 *
 * @internal
 * @module
 */

/**
 * The additive cost/carry part of one period's growth, from the period's
 * annual rates (financing `rf`, spread `s` on `|L|` notional, dividend yield
 * `q`, expense ratio `f`): `L·q·τ365 + (1 − L)·rf·τ360 − |L|·s·τ360 − f·τ365`.
 */
export function carry(L: number, rf: number, s: number, q: number, f: number, tau360: number, tau365: number): number {
  return L * q * tau365 + (1 - L) * rf * tau360 - Math.abs(L) * s * tau360 - f * tau365;
}

/**
 * `A_t / A_{t−1} = 1 + (L·r + carry)` for validated inputs; may be `≤ 0` (the
 * caller reports insolvency). Formed as `1 + (L·r + carry)` so that it is
 * `≤ 0` exactly when the excess `L·r + carry` is `≤ −1`, the test the NAV
 * loops make before taking `log1p` of the excess.
 */
export function growthFactor(indexReturn: number, leverage: number, carryPart: number): number {
  return 1 + (leverage * indexReturn + carryPart);
}

const MS_PER_DAY = 86_400_000;

/**
 * Calendar days between two instants given as epoch milliseconds, counted on
 * UTC calendar dates (so 2024-03-08 → 2024-03-11 is 3 days whatever the time
 * of day or daylight-saving shift).
 */
export function calendarDays(fromMs: number, toMs: number): number {
  // the day numbers are whole (|day| ≤ 1e8 for any valid Date), so their difference is exact
  return Math.floor(toMs / MS_PER_DAY) - Math.floor(fromMs / MS_PER_DAY);
}
