/**
 * `npm run figures`: the SVG figures of the guides, computed by the library
 * and drawn with Observable Plot (rendered server-side in a jsdom document).
 * Writes `docs/figures/*.svg`; the files are committed, so rerun this after a
 * change to the formulas or to the real-data fixtures.
 *
 * - `fund-return-grid.svg`: the issuers' one-year table (`fundReturnTable`),
 *   fund return against index return for −3x … 3x at several volatilities.
 * - `flat-market-decay.svg`: what a year of volatility costs a fund whose
 *   index ends where it started (`fundReturnTable` at an index return of 0).
 * - `real-funds-vs-model.svg`: SSO (2x) and UPRO (3x) against the NAV model
 *   of `navPath` with the parameters of `test/helpers/real-funds.ts`, and
 *   against the frictionless daily-reset fund, on the fixtures' data.
 * - `garch-drag-backtest.svg`: each month's GARCH(1,1) forecast of the drag of
 *   a 3x and a −3x fund on the S&P 500 against the drag the month's path
 *   produced (`test/helpers/garch-backtest.ts`).
 * - `monte-carlo-fan.svg`: one year of a 3x and a −3x S&P 500 fund
 *   (`simulateOutcomes` bands), GBM against a stationary bootstrap of the
 *   index's daily returns (`test/fixtures/spx.csv`).
 * - `premium-to-model.svg`: the distribution of the daily premium of five
 *   funds to the NAV model re-anchored at the previous close
 *   (`test/helpers/premium-to-model.ts`), 2019–2023, with the median |π| and
 *   the Rule 6c-11 runs (`premiumDisclosure`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Plot from '@observablehq/plot';
// jsdom ships no types and @types/jsdom is not a dependency: only `window.document` is used.
// @ts-expect-error TS7016 (no declaration file for 'jsdom')
import { JSDOM } from 'jsdom';
import { fundReturnTable } from '../src/drag/index.ts';
import { simulateOutcomes } from '../src/montecarlo/index.ts';
import { navPath } from '../src/nav/index.ts';
import { premiumDisclosure } from '../src/signals/index.ts';
import { readSeries } from '../test/helpers/csv.ts';
import { FUNDS, fundInputs } from '../test/helpers/real-funds.ts';
import { medianAbs, PREMIUM_FUNDS, premiumToModel } from '../test/helpers/premium-to-model.ts';
import { garchDragBacktest, summary } from '../test/helpers/garch-backtest.ts';

const OUT = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'docs', 'figures');
const { document } = (new JSDOM('') as { window: { document: PlotDocument } }).window;
type PlotDocument = NonNullable<Parameters<typeof Plot.plot>[0]>['document'] & {
  createElementNS(ns: string, tag: string): PlotNode;
};
type PlotNode = ReturnType<typeof Plot.plot>;

function save(name: string, node: PlotNode): void {
  if (node.tagName.toLowerCase() !== 'svg')
    throw new Error(`${name}: Plot returned <${node.tagName}>, expected a bare <svg>`);
  node.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // A white background so that the figure reads on dark themes too.
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', 'white');
  node.insertBefore(bg, node.firstChild);
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${node.outerHTML}\n`;
  writeFileSync(join(OUT, name), svg);
  console.log(`docs/figures/${name}  ${svg.length} bytes`);
}

const pct = (x: number): string => `${Math.round(x * 100)} %`.replace('-', '−');
mkdirSync(OUT, { recursive: true });

// 1. The one-year grid: fund return against index return, one line per volatility.
{
  const leverages = [-3, -2, -1, 1, 2, 3];
  const indexReturns = Array.from({ length: 121 }, (_, i) => -0.6 + i * 0.01);
  const volatilities = [0, 0.15, 0.3, 0.5];
  const rows: Array<{
    leverage: string;
    side: string;
    multiple: string;
    index: number;
    fund: number;
    volatility: string;
  }> = [];
  for (const L of leverages) {
    const t = fundReturnTable({ leverage: L, indexReturns, volatilities });
    t.returns.forEach((row, i) =>
      row.forEach((fund, j) =>
        rows.push({
          leverage: `${L}x`,
          side: L < 0 ? 'inverse' : 'long',
          multiple: `|L| = ${Math.abs(L)}`,
          index: t.indexReturns[i] as number,
          fund,
          volatility: `σ = ${pct(t.volatilities[j] as number)}`,
        }),
      ),
    );
  }
  save(
    'fund-return-grid.svg',
    Plot.plot({
      document,
      width: 900,
      height: 580,
      marginLeft: 56,
      // Room for the last x tick; the y label gets its own line above the column labels.
      marginRight: 24,
      marginTop: 44,
      marginBottom: 40,
      style: { fontSize: '11px' },
      // Ticks inside each panel's range: ±60 % at the panel edges collided with the neighbour's.
      x: { label: 'index return over one year →', tickFormat: pct, ticks: [-0.5, -0.25, 0, 0.25, 0.5] },
      y: { label: '↑ fund return over one year (cut at +200 %)', tickFormat: pct, domain: [-1, 2], grid: true },
      fx: { label: null, domain: ['|L| = 1', '|L| = 2', '|L| = 3'], padding: 0.12 },
      // No row labels: each panel names its fund ("−2x fund"), and a label at the right edge was clipped.
      fy: { label: null, domain: ['long', 'inverse'], axis: null },
      color: { domain: volatilities.map((v) => `σ = ${pct(v)}`), range: ['#7f7f7f', '#4e79a7', '#f28e2b', '#e15759'] },
      marks: [
        Plot.ruleY([0], { stroke: '#999' }),
        Plot.ruleX([0], { stroke: '#999' }),
        Plot.line(rows, {
          x: 'index',
          y: 'fund',
          z: 'volatility',
          stroke: 'volatility',
          fx: 'multiple',
          fy: 'side',
          clip: true,
          strokeWidth: 1.6,
        }),
        // The volatility key, stacked in the empty top-left corner of the 1x panel.
        ...volatilities.map((v, k) =>
          Plot.text([{ multiple: '|L| = 1', side: 'long' }], {
            fx: 'multiple',
            fy: 'side',
            text: () => `σ = ${pct(v)}${v === 0 ? ' (no drag)' : ''}`,
            fill: () => `σ = ${pct(v)}`,
            frameAnchor: 'top-left',
            textAnchor: 'start',
            dx: 8,
            dy: 26 + 14 * k,
          }),
        ),
        ...leverages.map((L) =>
          Plot.text([{ multiple: `|L| = ${Math.abs(L)}`, side: L < 0 ? 'inverse' : 'long' }], {
            fx: 'multiple',
            fy: 'side',
            text: () => `${L}x fund`.replace('-', '−'),
            frameAnchor: L < 0 ? 'top-right' : 'top-left',
            textAnchor: L < 0 ? 'end' : 'start',
            dx: L < 0 ? -8 : 8,
            dy: 8,
            fontWeight: 'bold',
          }),
        ),
        Plot.frame({ stroke: '#ccc' }),
      ],
    }),
  );
}

// 2. A flat year: the index ends where it started; the fund's loss by volatility.
{
  const vols = Array.from({ length: 61 }, (_, i) => i * 0.01);
  // c(L) = c(1 − L) (docs/concepts.md I3): −1x has the drag of 2x, −2x of 3x, −3x of 4x.
  const leverages = [-1, -2, -3];
  const label = (L: number): string => `${L}x, same as ${1 - L}x`.replace('-', '−');
  const rows = leverages.flatMap((L) => {
    const t = fundReturnTable({ leverage: L, indexReturns: [0], volatilities: vols });
    return Array.from(t.returns[0] as Float64Array, (fund, j) => ({
      leverage: label(L),
      volatility: vols[j] as number,
      fund,
    }));
  });
  save(
    'flat-market-decay.svg',
    Plot.plot({
      document,
      width: 720,
      height: 380,
      marginLeft: 56,
      marginRight: 110,
      style: { fontSize: '11px' },
      x: { label: 'index volatility (annualised) →', tickFormat: pct },
      y: { label: '↑ fund return over one year, index flat', tickFormat: pct, grid: true, domain: [-1, 0] },
      color: { domain: leverages.map(label), range: ['#ef8a62', '#d6604d', '#b2182b'] },
      marks: [
        Plot.ruleY([0], { stroke: '#999' }),
        Plot.line(rows, { x: 'volatility', y: 'fund', stroke: 'leverage', strokeWidth: 1.8 }),
        Plot.text(
          rows,
          Plot.selectLast({
            x: 'volatility',
            y: 'fund',
            z: 'leverage',
            text: 'leverage',
            fill: 'leverage',
            textAnchor: 'start',
            dx: 4,
          }),
        ),
      ],
    }),
  );
}

// 3. Real funds against the model (fixtures: S&P 500, SSO, UPRO, fed funds).
{
  const rows: Array<{ fund: string; date: Date; value: number; series: string }> = [];
  // What each line includes (the legend says it).
  const FUND = 'fund: adjusted close (after its actual costs)';
  const MODEL = 'model: L × index, dividends, financing, costs';
  const FRICTIONLESS = 'frictionless: L × price index, nothing else';
  for (const spec of FUNDS) {
    const { dates, returns, fund, options } = fundInputs(spec);
    const model = navPath(returns, options);
    const frictionless = navPath(returns, { leverage: spec.leverage, dates });
    const f0 = fund.get(dates[0] as string) as number;
    // navPath returns one NAV per close, starting at initialNav (1): n + 1 values for n returns.
    const offset = model.length - dates.length;
    // Every fifth close (about weekly) and the last one: the lines look the same at this size.
    dates.forEach((d, i) => {
      if (i % 5 !== 0 && i !== dates.length - 1) return;
      const date = new Date(`${d}T00:00:00Z`);
      const label = `${spec.ticker} (${spec.leverage}x S&P 500)`;
      rows.push({ fund: label, date, value: (fund.get(d) as number) / f0, series: FUND });
      rows.push({ fund: label, date, value: model[i + offset] as number, series: MODEL });
      rows.push({ fund: label, date, value: frictionless[i + offset] as number, series: FRICTIONLESS });
    });
  }
  const seriesNames = [FUND, MODEL, FRICTIONLESS];
  // y ticks: powers of two from below the lowest value to above the highest.
  const values = rows.map((r) => r.value);
  const lo = Math.floor(Math.log2(Math.min(...values)));
  const hi = Math.ceil(Math.log2(Math.max(...values)));
  const yTicks = Array.from({ length: hi - lo + 1 }, (_, k) => 2 ** (lo + k));
  // The fund is a wide, light band drawn first; the model a thin dashed line on top, so
  // that both stay visible where they coincide; the frictionless fund a dotted line.
  const style: Record<string, { strokeWidth: number; strokeDasharray?: string; strokeOpacity?: number }> = {
    [FUND]: { strokeWidth: 3.2, strokeOpacity: 0.55 },
    [MODEL]: { strokeWidth: 1.1, strokeDasharray: '5,2' },
    [FRICTIONLESS]: { strokeWidth: 1, strokeDasharray: '1.5,2' },
  };
  save(
    'real-funds-vs-model.svg',
    Plot.plot({
      document,
      width: 900,
      height: 420,
      marginLeft: 56,
      marginRight: 20,
      style: { fontSize: '11px' },
      y: { type: 'log', base: 2, domain: [yTicks[0], yTicks[yTicks.length - 1]], label: '↑ growth of 1 (log scale)' },
      x: { label: null },
      fx: { label: null },
      color: { domain: seriesNames, range: ['#222', '#d62728', '#1f77b4'] },
      marks: [
        Plot.gridY(yTicks),
        Plot.axisY(yTicks, { tickFormat: (v: number) => `×${v}`, label: '↑ growth of 1 (log scale)' }),
        ...seriesNames.map((series) =>
          Plot.line(
            rows.filter((r) => r.series === series),
            { x: 'date', y: 'value', stroke: 'series', fx: 'fund', ...style[series] },
          ),
        ),
        ...seriesNames.map((series, k) =>
          Plot.text(
            FUNDS.map((spec) => ({ fund: `${spec.ticker} (${spec.leverage}x S&P 500)` })),
            // Top left, where neither fund's line goes.
            {
              fx: 'fund',
              text: () => series,
              fill: () => series,
              frameAnchor: 'top-left',
              textAnchor: 'start',
              dx: 8,
              dy: 8 + 14 * k,
              fontWeight: 'bold',
            },
          ),
        ),
        Plot.frame({ stroke: '#ccc' }),
      ],
    }),
  );
}

// 4. GARCH forecasts of each month's drag against the drag of the month's path (S&P 500, 3x and −3x).
{
  const backtest = garchDragBacktest([3, -3]);
  const label = (L: number): string => {
    const s = summary(backtest.get(L) ?? []);
    return `${L}x S&P 500: correlation ${s.correlation.toFixed(2)}, Σ realised / Σ forecast ${s.ratio.toFixed(2)}`.replace(
      '-',
      '−',
    );
  };
  const rows = [...backtest].flatMap(([L, months]) =>
    months.flatMap((m) => {
      const date = new Date(`${m.month}-15T00:00:00Z`);
      return [
        { fund: label(L), date, drag: m.realised, series: "realised: ln(V/G^L) of the month's path" },
        { fund: label(L), date, drag: m.forecast, series: 'GARCH(1,1) forecast at the month start' },
      ];
    }),
  );
  const seriesNames = [...new Set(rows.map((r) => r.series))];
  save(
    'garch-drag-backtest.svg',
    Plot.plot({
      document,
      width: 900,
      height: 520,
      marginLeft: 56,
      marginRight: 20,
      style: { fontSize: '11px' },
      x: { label: null },
      y: {
        label: "↑ the month's log drag (fraction of NAV)",
        tickFormat: (v: number) => `${(v * 100).toFixed(0)} %`.replace('-', '−'),
        grid: true,
      },
      fy: { label: null, domain: [label(3), label(-3)], axis: null },
      color: { domain: seriesNames, range: ['#bbbbbb', '#e15759'] },
      marks: [
        Plot.ruleY([0], { stroke: '#999' }),
        Plot.rectY(
          rows.filter((r) => r.series === seriesNames[0]),
          {
            x1: (r: { date: Date }) => new Date(r.date.getTime() - 12 * 864e5),
            x2: (r: { date: Date }) => new Date(r.date.getTime() + 12 * 864e5),
            y: 'drag',
            fill: 'series',
            fy: 'fund',
          },
        ),
        Plot.line(
          rows.filter((r) => r.series === seriesNames[1]),
          { x: 'date', y: 'drag', stroke: 'series', fy: 'fund', strokeWidth: 1.4 },
        ),
        ...seriesNames.map((series, k) =>
          Plot.text([{ fund: label(3) }], {
            fy: 'fund',
            text: () => series,
            fill: () => series,
            frameAnchor: 'bottom-right',
            dx: -8,
            dy: -8 - 14 * (1 - k),
            fontWeight: 'bold',
          }),
        ),
        ...[3, -3].map((L) =>
          Plot.text([{ fund: label(L) }], {
            fy: 'fund',
            text: 'fund',
            frameAnchor: 'bottom-left',
            textAnchor: 'start',
            dx: 8,
            dy: -8,
            fontWeight: 'bold',
          }),
        ),
        Plot.frame({ stroke: '#ccc' }),
      ],
    }),
  );
}

// 5. Monte Carlo fan charts: 3x and −3x over one year, GBM against a bootstrap of the S&P 500's history.
{
  const closes = [...readSeries('spx.csv', 'date', 'close').values()];
  const returns = closes.slice(1).map((c, i) => c / (closes[i] as number) - 1);
  // GBM with the history's moments: E[1 + r] = e^{μ/P}, σ the volatility of the daily log returns
  const P = 252;
  const logs = returns.map(Math.log1p);
  const m = logs.reduce((a, b) => a + b, 0) / logs.length;
  const volatility = Math.sqrt((P * logs.reduce((a, b) => a + (b - m) ** 2, 0)) / (logs.length - 1));
  const drift = P * Math.log(returns.reduce((a, b) => a + 1 + b, 0) / returns.length);
  const probabilities = [0.05, 0.25, 0.5, 0.75, 0.95];
  const models = [
    ['GBM (μ, σ of 2007 – 2023)', { kind: 'gbm', drift, volatility }],
    [
      'bootstrap of 2007 – 2023 (stationary, 20-day blocks)',
      { kind: 'bootstrap', returns, block: { kind: 'stationary', meanLength: 20 } },
    ],
  ] as const;
  const rows: Array<{
    fund: string;
    model: string;
    day: number;
    q05: number;
    q25: number;
    q50: number;
    q75: number;
    q95: number;
  }> = [];
  for (const L of [3, -3]) {
    for (const [model, spec] of models) {
      const s = simulateOutcomes({
        model: spec,
        leverage: L,
        periods: P,
        paths: 5000,
        seed: 2026,
        bands: { probabilities, every: 2 },
      });
      const b = s.bands as NonNullable<typeof s.bands>;
      b.periods.forEach((day, i) => {
        const q = b.quantiles[i] as readonly number[];
        rows.push({
          fund: `${L}x S&P 500`.replace('-', '−'),
          model,
          day,
          q05: q[0] as number,
          q25: q[1] as number,
          q50: q[2] as number,
          q75: q[3] as number,
          q95: q[4] as number,
        });
      });
    }
  }
  const colors = { domain: models.map(([name]) => name), range: ['#4e79a7', '#e15759'] };
  save(
    'monte-carlo-fan.svg',
    Plot.plot({
      document,
      width: 900,
      height: 400,
      marginLeft: 56,
      marginRight: 20,
      style: { fontSize: '11px' },
      x: { label: 'trading days →' },
      y: { type: 'log', base: 2, label: '↑ growth of 1 (log scale)', domain: [0.125, 8] },
      fx: { label: null, domain: ['3x S&P 500', '−3x S&P 500'] },
      color: colors,
      marks: [
        Plot.gridY([0.125, 0.25, 0.5, 1, 2, 4, 8]),
        Plot.axisY([0.125, 0.25, 0.5, 1, 2, 4, 8], {
          tickFormat: (v: number) => `×${v}`,
          label: '↑ growth of 1 (log scale)',
        }),
        Plot.areaY(rows, { x: 'day', y1: 'q05', y2: 'q95', fill: 'model', fillOpacity: 0.15, fx: 'fund', z: 'model' }),
        Plot.areaY(rows, { x: 'day', y1: 'q25', y2: 'q75', fill: 'model', fillOpacity: 0.3, fx: 'fund', z: 'model' }),
        Plot.line(rows, { x: 'day', y: 'q50', stroke: 'model', strokeWidth: 1.8, fx: 'fund', z: 'model' }),
        ...models.map(([name], k) =>
          Plot.text([{ fund: '3x S&P 500' }], {
            fx: 'fund',
            text: () => name,
            fill: () => name,
            frameAnchor: 'top-left',
            dx: 8,
            dy: 8 + 14 * k,
            fontWeight: 'bold',
          }),
        ),
        Plot.text([{ fund: '3x S&P 500' }], {
          fx: 'fund',
          text: () => 'bands: 5 – 95 %, 25 – 75 %; line: median; 5,000 paths',
          frameAnchor: 'bottom-left',
          dx: 8,
          dy: -8,
        }),
        Plot.frame({ stroke: '#ccc' }),
      ],
    }),
  );
}

// 6. The daily premium of five funds to the NAV model (re-anchored each day), 2019–2023.
{
  const clip = 60;
  const rows: Array<{ fund: string; bp: number }> = [];
  const labels: Array<{ fund: string; text: string }> = [];
  for (const spec of PREMIUM_FUNDS) {
    const s = premiumToModel(spec);
    const fund = `${spec.ticker} (${String(spec.leverage).replace('-', '−')}x ${spec.index})`;
    for (const p of s.premiums) rows.push({ fund, bp: Math.max(-clip, Math.min(clip, p * 1e4)) });
    const outside = Array.from(s.premiums).filter((p) => Math.abs(p * 1e4) >= clip).length;
    const runs = premiumDisclosure(s.premiums).runs.length;
    labels.push({
      fund,
      text: `median |π| ${(medianAbs(s.premiums) * 1e4).toFixed(1)} bp · ${outside} days beyond ±${clip} bp (piled at the edges) · Rule 6c-11 runs: ${runs === 0 ? 'none' : runs}`,
    });
  }
  const funds = labels.map((l) => l.fund);
  save(
    'premium-to-model.svg',
    Plot.plot({
      document,
      width: 820,
      height: 120 * funds.length,
      marginLeft: 56,
      marginRight: 150,
      style: { fontSize: '11px' },
      x: {
        label:
          "daily premium to the model, basis points (fund's close vs its previous close × the model's one-day growth) →",
        domain: [-clip, clip],
      },
      y: { label: '↑ days', grid: true },
      fy: { label: null, domain: funds },
      marks: [
        Plot.rectY(
          rows,
          Plot.binX({ y: 'count' }, {
            x: 'bp',
            fy: 'fund',
            thresholds: Array.from({ length: 2 * clip + 1 }, (_, i) => i - clip - 0.5),
            fill: '#4e79a7',
          } as Plot.BinXInputs<Plot.RectYOptions>),
        ),
        Plot.ruleX([0], { stroke: '#999' }),
        Plot.text(labels, { fy: 'fund', text: 'text', frameAnchor: 'top-left', dx: 6, dy: 6 }),
        Plot.frame({ stroke: '#ccc' }),
      ],
    }),
  );
}
