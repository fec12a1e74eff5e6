/** Tour section for docs/concepts.md §6.1: GARCH(1,1) on the S&P 500, the drag it forecasts, and a monthly backtest. */
import { returnsFromPrices } from '../../src/leverage/index.ts';
import { expectedDrag, garchFit, garchForecast, realizedVolatility } from '../../src/volatility/index.ts';
import { garchDragBacktest, spx, summary } from '../../test/helpers/garch-backtest.ts';
import { heading, note, num, pct, table } from './format.ts';

export function volatilitySection(): void {
  heading('6. Volatility forecasts and the drag they imply (docs/concepts.md §6.1)');
  const { dates, prices } = spx();
  const x = returnsFromPrices(prices, { kind: 'log' });
  const t0 = performance.now();
  const fit = garchFit(x);
  const ms = performance.now() - t0;
  note(
    `S&P 500 daily log returns ${dates[1]} – ${dates[dates.length - 1]} (${x.length} returns), GARCH(1,1), normal errors, backcast:`,
  );
  note(
    `  fitted in ${ms.toFixed(0)} ms, ${fit.iterations} BFGS iterations, converged: ${fit.converged}, boundary: ${fit.boundary ?? 'none'}`,
  );
  const se = fit.robustStandardErrors;
  table(
    ['', 'μ (daily)', 'ω', 'α', 'β'],
    [
      ['estimate', fit.mu.toExponential(3), fit.omega.toExponential(3), num(fit.alpha, 4), num(fit.beta, 4)],
      [
        'robust s.e.',
        se?.mu.toExponential(1) ?? '–',
        se?.omega.toExponential(1) ?? '–',
        num(se?.alpha ?? Number.NaN, 4),
        num(se?.beta ?? Number.NaN, 4),
      ],
    ],
  );
  const ann = (v: number): string => pct(Math.sqrt(252 * v), 1).replace('+', '');
  note(
    `  persistence α + β = ${num(fit.persistence, 4)}: a volatility shock halves in ${num(fit.halfLife, 1)} trading days`,
  );
  note(
    `  long-run volatility √(252·ω/(1 − α − β)) = ${ann(fit.longRunVariance)}; sample volatility ${pct(realizedVolatility(x), 1).replace('+', '')}`,
  );
  note(`  the forecast for ${dates[dates.length - 1]}'s next day: ${ann(fit.next)} annualised`);

  const H = 21;
  const f = garchForecast(fit, H);
  note(
    `\nExpected drag over the next month (${H} trading days) from this forecast, −c(L)·Σ E[σ²] (as a fraction of NAV), and at the long-run volatility:`,
  );
  const flat = new Float64Array(H).fill(fit.longRunVariance);
  table(
    ['fund', 'L', 'c(L)', 'from the forecast', 'at the long-run volatility'],
    [
      ['SSO', 2],
      ['UPRO', 3],
      ['−3x (e.g. SPXU)', -3],
    ].map(([name, L]) => [
      name as string,
      `${L}`,
      num(((L as number) ** 2 - (L as number)) / 2, 0),
      pct(Math.expm1(expectedDrag({ leverage: L as number, variances: f.variances })), 3),
      pct(Math.expm1(expectedDrag({ leverage: L as number, variances: flat })), 3),
    ]),
  );
  note(`  (annualised volatility over the month: ${pct(f.annualizedVolatility[H - 1] as number, 1).replace('+', '')})`);

  note(
    '\nBacktest: each month from 2008, GARCH refitted on every return before the month (expanding window), its forecast of',
  );
  note(
    "the month's drag against the drag the real path produced (compoundingDecay, ln(V/G^L)); beside it a naive forecast",
  );
  note("(the last 21 days' mean square, held flat). docs/figures/garch-drag-backtest.svg draws it.");
  const t1 = performance.now();
  const bt = garchDragBacktest([3, -3]);
  const seconds = (performance.now() - t1) / 1000;
  table(
    [
      'fund',
      'months',
      'correlation (GARCH)',
      'correlation (naive)',
      'realised / forecast (GARCH)',
      'realised / forecast (naive)',
    ],
    [...bt].map(([L, months]) => {
      const s = summary(months);
      return [
        `${L}x`,
        `${s.months}`,
        num(s.correlation, 3),
        num(s.naiveCorrelation, 3),
        num(s.ratio, 3),
        num(s.naiveRatio, 3),
      ];
    }),
  );
  note(
    `  (${seconds.toFixed(1)} s for ${(bt.get(3) ?? []).length} fits; ratio = Σ realised / Σ forecast over all months)`,
  );
}
