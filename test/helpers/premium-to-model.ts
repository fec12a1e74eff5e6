/**
 * The daily premium of five funds' market closes to the NAV model of
 * docs/concepts.md §3 (`navFromPrices` with dates), from `test/fixtures/`:
 * SSO and UPRO on the S&P 500, QLD, TQQQ and SQQQ on the Nasdaq-100, the
 * closes of 2018-12-31 – 2023-12-29 (premiums for 2019–2023). Used by
 * `test/signals/premium-disclosure.test.ts`, the tour (`examples/tour/signals.ts`),
 * the figure `docs/figures/premium-to-model.svg` and docs/trading-signals.md.
 *
 * Definition (the model re-anchored each day). The model's level drifts
 * from the fund's over months (its costs are round figures: a swap spread of
 * 0.3 %, prospectus expense ratios, no Nasdaq-100 dividends), so a premium
 * against the model's cumulative NAV would measure that drift, not a premium.
 * Each day the model is therefore restarted from the fund's previous close:
 * `π_t = F_t / (F_{t−1} · NAV_t/NAV_{t−1}) − 1`, the fund's close against the
 * model's one-day growth applied to yesterday's close. If the fund trades at a
 * true premium `p_t` to a NAV the model matches, `π_t ≈ p_t − p_{t−1}`: it is
 * the day's change in the premium plus the model's one-day error. A premium
 * that persists (6c-11) shows on its first day, not on the days it lasts.
 */
import { navFromPrices, type NavOptions } from '../../src/nav/index.ts';
import { premiumDiscount } from '../../src/signals/index.ts';
import { commonDates, readSeries } from './csv.ts';
import { dividendYieldOf, SWAP_SPREAD } from './real-funds.ts';

/** A fund of the premium study. */
export interface PremiumFund {
  readonly ticker: 'SSO' | 'UPRO' | 'QLD' | 'TQQQ' | 'SQQQ';
  readonly file: string;
  readonly index: 'S&P 500' | 'Nasdaq-100';
  readonly leverage: number;
  /** Net expense ratio from the fund's prospectus (ProShares; rounded figures for QLD, TQQQ, SQQQ). */
  readonly expenseRatio: number;
}

export const PREMIUM_FUNDS: readonly PremiumFund[] = [
  { ticker: 'SSO', file: 'sso.csv', index: 'S&P 500', leverage: 2, expenseRatio: 0.0089 },
  { ticker: 'UPRO', file: 'upro.csv', index: 'S&P 500', leverage: 3, expenseRatio: 0.0091 },
  { ticker: 'QLD', file: 'qld.csv', index: 'Nasdaq-100', leverage: 2, expenseRatio: 0.0095 },
  { ticker: 'TQQQ', file: 'tqqq.csv', index: 'Nasdaq-100', leverage: 3, expenseRatio: 0.0088 },
  { ticker: 'SQQQ', file: 'sqqq.csv', index: 'Nasdaq-100', leverage: -3, expenseRatio: 0.0095 },
];

/** The first close of the study (the premiums start the next trading day) and the last. */
export const FIRST_CLOSE = '2018-12-31';
export const LAST_CLOSE = '2023-12-29';

const indexes = {
  'S&P 500': readSeries('spx.csv', 'date', 'close'),
  'Nasdaq-100': readSeries('ndx.csv', 'date', 'close'),
};
const fedFunds = readSeries('fedfunds.csv', 'month', 'rate_percent');

/** One fund's daily premium to the model, with what it was computed from. */
export interface PremiumSeries {
  readonly spec: PremiumFund;
  /** The closes `F_0 … F_n`, aligned by date with the index. */
  readonly dates: readonly string[];
  /** The index's closes. */
  readonly index: Float64Array;
  /** The fund's adjusted closes (total return). */
  readonly fund: Float64Array;
  /** The model NAV at each close (`navFromPrices`, from 1). */
  readonly model: Float64Array;
  /** `π_t` for closes `1 … n` (`n` values; `premiums[t − 1]` is for `dates[t]`). */
  readonly premiums: Float64Array;
  /** The same against the frictionless daily-reset fund (no costs, no dividends): the fund's return against `L` × the index's. */
  readonly frictionless: Float64Array;
}

/** The model's options for a fund on these dates: fed funds + spread on |L|, expense ratio, S&P 500 dividends (none for the Nasdaq-100). */
export function modelOptions(spec: PremiumFund, dates: readonly string[]): NavOptions {
  const n = dates.length - 1;
  const financing = new Float64Array(n);
  const dividends = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d0 = dates[i] as string;
    financing[i] = (fedFunds.get(d0.slice(0, 7)) as number) / 100;
    dividends[i] = spec.index === 'S&P 500' ? dividendYieldOf(Number((dates[i + 1] as string).slice(0, 4))) : 0;
  }
  return {
    leverage: spec.leverage,
    dates: [...dates],
    financingRate: financing,
    spread: SWAP_SPREAD,
    expenseRatio: spec.expenseRatio,
    dividendYield: dividends,
  };
}

/** The premium-to-model series of one fund over the study's closes. */
export function premiumToModel(spec: PremiumFund): PremiumSeries {
  const index = indexes[spec.index];
  const fundCloses = readSeries(spec.file, 'date', 'adj_close');
  const dates = commonDates(fundCloses, index).filter((d) => d >= FIRST_CLOSE && d <= LAST_CLOSE);
  const levels = Float64Array.from(dates, (d) => index.get(d) as number);
  const fund = Float64Array.from(dates, (d) => fundCloses.get(d) as number);
  const model = navFromPrices(levels, modelOptions(spec, dates));
  const plain = navFromPrices(levels, { leverage: spec.leverage, dates: [...dates] });
  const n = dates.length - 1;
  const anchored = (nav: Float64Array): Float64Array =>
    Float64Array.from({ length: n }, (_, t) => (fund[t] as number) * ((nav[t + 1] as number) / (nav[t] as number)));
  return {
    spec,
    dates,
    index: levels,
    fund,
    model,
    premiums: premiumDiscount(fund.subarray(1), anchored(model)),
    frictionless: premiumDiscount(fund.subarray(1), anchored(plain)),
  };
}

/** The median of `|x|`. */
export function medianAbs(x: ArrayLike<number>): number {
  const a = Array.from(x, Math.abs).sort((p, q) => p - q);
  const m = a.length >> 1;
  return a.length % 2 === 1 ? (a[m] as number) : ((a[m - 1] as number) + (a[m] as number)) / 2;
}

/** The mean of `x`. */
export function mean(x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] as number;
  return s / x.length;
}
