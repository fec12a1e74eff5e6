/**
 * The monthly GARCH drag backtest on the S&P 500 (`test/fixtures/spx.csv`),
 * shared by the tour (`examples/tour/volatility.ts`), the figure
 * (`scripts/figures.ts`, docs/figures/garch-drag-backtest.svg) and
 * docs/volatility-and-drag.md.
 *
 * Each calendar month from the first one with a year of history: a GARCH(1,1)
 * (`garchFit`, backcast, constant mean) is refitted on every daily log return
 * before the month's first close (an expanding window), its forecast over the
 * month's trading days gives the expected drag `−c(L)·Σ E[σ²]`
 * (`expectedDrag`), and the month's realised drag is `ln(V/G^L)` of the
 * frictionless daily-reset fund on the month's simple returns
 * (`compoundingDecay`). A naive forecast (the mean square of the last 21 log
 * returns, held flat) is computed beside it for comparison.
 */
import { compoundingDecay } from '../../src/drag/index.ts';
import { returnsFromPrices } from '../../src/leverage/index.ts';
import { expectedDrag, garchFit, garchForecast } from '../../src/volatility/index.ts';
import { readSeries } from './csv.ts';

/** One month of the backtest for one leverage. */
export interface BacktestMonth {
  /** `YYYY-MM`. */
  readonly month: string;
  /** Trading days (returns) in the month. */
  readonly days: number;
  /** The GARCH forecast of the month's log drag (`≤ 0` for `L ∉ [0, 1]`). */
  readonly forecast: number;
  /** The naive forecast: `−c(L)·days·mean(x²)` over the 21 returns before the month. */
  readonly naive: number;
  /** The realised log drag `ln(1 + decay)` of the month's path. */
  readonly realised: number;
}

/** The S&P 500 closes of the fixture: dates and prices in file order. */
export function spx(): { dates: string[]; prices: Float64Array } {
  const s = readSeries('spx.csv', 'date', 'close');
  return { dates: [...s.keys()], prices: Float64Array.from(s.values()) };
}

/** Pearson correlation. */
export function correlation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += (a[i] as number) / n;
    mb += (b[i] as number) / n;
  }
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = (a[i] as number) - ma;
    const db = (b[i] as number) - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return sab / Math.sqrt(saa * sbb);
}

/** Run the backtest for the given leverages (one fit per month serves them all). */
export function garchDragBacktest(leverages: readonly number[], minHistory = 250): Map<number, BacktestMonth[]> {
  const { dates, prices } = spx();
  const logs = returnsFromPrices(prices, { kind: 'log' });
  const simple = returnsFromPrices(prices);
  // return i runs from close i to close i + 1: it belongs to the month of dates[i + 1]
  const starts: number[] = [];
  for (let i = 0; i < logs.length; i++)
    if (i === 0 || (dates[i + 1] as string).slice(0, 7) !== (dates[i] as string).slice(0, 7)) starts.push(i);
  starts.push(logs.length);
  const out = new Map<number, BacktestMonth[]>(leverages.map((L) => [L, []]));
  for (let k = 0; k + 1 < starts.length; k++) {
    const s = starts[k] as number;
    const e = starts[k + 1] as number;
    if (s < minHistory) continue;
    const fit = garchFit(logs.subarray(0, s));
    const variances = garchForecast(fit, e - s).variances;
    let ms = 0;
    for (let i = s - 21; i < s; i++) ms += (logs[i] as number) ** 2 / 21;
    for (const L of leverages) {
      (out.get(L) as BacktestMonth[]).push({
        month: (dates[s + 1] as string).slice(0, 7),
        days: e - s,
        forecast: expectedDrag({ leverage: L, variances }),
        naive: expectedDrag({ leverage: L, variances: new Float64Array(e - s).fill(ms) }),
        realised: Math.log1p(compoundingDecay(simple.subarray(s, e), L).decay),
      });
    }
  }
  return out;
}

/** Correlation and ratio of totals (realised / forecast) of a backtest. */
export function summary(months: readonly BacktestMonth[]): {
  correlation: number;
  naiveCorrelation: number;
  ratio: number;
  naiveRatio: number;
  months: number;
} {
  const f = months.map((m) => m.forecast);
  const nv = months.map((m) => m.naive);
  const r = months.map((m) => m.realised);
  const sum = (a: number[]): number => a.reduce((x, y) => x + y, 0);
  return {
    correlation: correlation(f, r),
    naiveCorrelation: correlation(nv, r),
    ratio: sum(r) / sum(f),
    naiveRatio: sum(r) / sum(nv),
    months: months.length,
  };
}
