/**
 * The real-fund comparison of docs/concepts.md §3: the S&P 500 price index, SSO (2x)
 * and UPRO (3x) total returns and the fed funds rate from `test/fixtures/`,
 * aligned by date, and the NAV model run with documented parameters. Used by
 * `test/accuracy/real-funds.test.ts` and the tour.
 */
import { navPath, type NavOptions } from '../../src/nav/index.ts';
import { commonDates, readSeries } from './csv.ts';

/** A fund and the parameters of its model. */
export interface FundSpec {
  readonly ticker: 'SSO' | 'UPRO';
  readonly file: string;
  readonly leverage: number;
  /** Net expense ratio from the fund's prospectus (ProShares: SSO 0.89 %, UPRO 0.91 %). */
  readonly expenseRatio: number;
}

export const FUNDS: readonly FundSpec[] = [
  { ticker: 'SSO', file: 'sso.csv', leverage: 2, expenseRatio: 0.0089 },
  { ticker: 'UPRO', file: 'upro.csv', leverage: 3, expenseRatio: 0.0091 },
];

/** Swap spread over fed funds on |L| notional: one round figure for both funds (not a per-fund fit). */
export const SWAP_SPREAD = 0.003;

/** Which parts of the cost model to switch on (all by default). */
export interface ModelParts {
  readonly financing?: boolean;
  readonly spread?: boolean;
  readonly expenses?: boolean;
  readonly dividends?: boolean;
}

/** One calendar year of a fund against the model. */
export interface YearRow {
  readonly year: number;
  readonly fund: number;
  readonly model: number;
  readonly index: number;
  readonly dividendYield: number;
}

const spx = readSeries('spx.csv', 'date', 'close');
const fedFunds = readSeries('fedfunds.csv', 'month', 'rate_percent');
const totalReturns = readSeries('sp500-total-returns.csv', 'year', 'total_return_percent');

/** Last S&P 500 trading day of each year in the fixture. */
const yearEnd = new Map<number, string>();
for (const d of spx.keys()) {
  const y = Number(d.slice(0, 4));
  const prev = yearEnd.get(y);
  if (prev === undefined || d > prev) yearEnd.set(y, d);
}

/** S&P 500 price return of calendar year `y`, from the fixture. */
export function indexYearReturn(y: number): number {
  return (spx.get(yearEnd.get(y) as string) as number) / (spx.get(yearEnd.get(y - 1) as string) as number) - 1;
}

/**
 * S&P 500 dividend yield of year `y` as a continuous annual rate:
 * `q_y = ln((1 + TR_y) / (1 + PR_y))`, TR from S&P Dow Jones Indices' total
 * return (fixture), PR the price return of the same index (fixture). Accrued
 * daily at `q·d/365` on the index level, this reproduces the year's total
 * return from its price return.
 */
export function dividendYieldOf(y: number): number {
  const tr = totalReturns.get(String(y));
  if (tr === undefined) throw new Error(`no S&P 500 total return for ${y}`);
  return Math.log((1 + tr / 100) / (1 + indexYearReturn(y)));
}

/** Aligned dates, index returns and the model's inputs for one fund. */
export function fundInputs(
  spec: FundSpec,
  parts: ModelParts = {},
): { dates: string[]; returns: Float64Array; fund: Map<string, number>; options: NavOptions } {
  const fund = readSeries(spec.file, 'date', 'adj_close');
  const dates = commonDates(fund, spx);
  const n = dates.length - 1;
  const returns = new Float64Array(n);
  const financing = new Float64Array(n);
  const dividends = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d0 = dates[i] as string;
    const d1 = dates[i + 1] as string;
    returns[i] = (spx.get(d1) as number) / (spx.get(d0) as number) - 1;
    // the rate in force at the start of the period (monthly average of the effective fed funds rate)
    financing[i] = (fedFunds.get(d0.slice(0, 7)) as number) / 100;
    dividends[i] = dividendYieldOf(Number(d1.slice(0, 4)));
  }
  const on = (k: keyof ModelParts): boolean => parts[k] !== false;
  const options: NavOptions = {
    leverage: spec.leverage,
    dates,
    financingRate: on('financing') ? financing : 0,
    spread: on('spread') ? SWAP_SPREAD : 0,
    expenseRatio: on('expenses') ? spec.expenseRatio : 0,
    dividendYield: on('dividends') ? dividends : 0,
  };
  return { dates, returns, fund, options };
}

/** Calendar-year total returns of the fund (adjusted close) and of the model, over every full year in the data. */
export function yearByYear(spec: FundSpec, parts: ModelParts = {}): YearRow[] {
  const { dates, returns, fund, options } = fundInputs(spec, parts);
  const nav = navPath(returns, options);
  const position = new Map(dates.map((d, i) => [d, i]));
  const rows: YearRow[] = [];
  for (const [y, end] of [...yearEnd].sort((a, b) => a[0] - b[0])) {
    const start = yearEnd.get(y - 1);
    if (start === undefined || !position.has(start) || !position.has(end)) continue;
    const i0 = position.get(start) as number;
    const i1 = position.get(end) as number;
    rows.push({
      year: y,
      fund: (fund.get(end) as number) / (fund.get(start) as number) - 1,
      model: (nav[i1] as number) / (nav[i0] as number) - 1,
      index: indexYearReturn(y),
      dividendYield: dividendYieldOf(y),
    });
  }
  return rows;
}

/** Mean absolute yearly difference model − fund, in fractions. */
export function meanAbsoluteDifference(rows: readonly YearRow[]): number {
  return rows.reduce((a, r) => a + Math.abs(r.model - r.fund), 0) / rows.length;
}
