/** Tour section for docs/concepts.md §6.3 and §6.5: sizing, hedging and outcome probabilities, on the S&P 500. */
import {
  pairShort,
  pairShortOutcome,
  outcomeProbability,
  underperformanceProbability,
} from '../../src/outcomes/index.ts';
import {
  fractionalKelly,
  growthShortfall,
  hedgeDrift,
  hedgeNotional,
  kellyLeverage,
  volatilityTarget,
} from '../../src/sizing/index.ts';
import { readSeries } from '../../test/helpers/csv.ts';
import { heading, note, num, pct, table } from './format.ts';

/** S&P 500 daily closes from `from` (inclusive) to `to` (exclusive), as simple returns. */
function spxReturns(from: string, to: string): number[] {
  const closes = [...readSeries('spx.csv', 'date', 'close').entries()]
    .filter(([d]) => d >= from && d < to)
    .map(([, v]) => v);
  return closes.slice(1).map((v, i) => v / (closes[i] as number) - 1);
}

export function sizingSection(): void {
  heading('6.3 Sizing (docs/concepts.md §6.3)');
  const stated = kellyLeverage({ drift: 0.1, volatility: 0.16, rate: 0.03 });
  note(
    `Kelly, μ = 10 %, rf = 3 %, σ = 16 %: L* = ${stated} (docs/concepts.md states 2.734375); half-Kelly ${fractionalKelly({ fraction: 0.5, drift: 0.1, volatility: 0.16, rate: 0.03 })}.`,
  );

  const r = spxReturns('2009-01-01', '2024-01-01');
  const logs = r.map((x) => Math.log1p(x));
  const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
  const sigma = Math.sqrt((logs.reduce((a, b) => a + (b - mean) ** 2, 0) / (logs.length - 1)) * 252);
  const mu = mean * 252 + (sigma * sigma) / 2;
  const market = { drift: mu, volatility: sigma, rate: 0.015 };
  note(
    `\nS&P 500 2009–2023 (test/fixtures/spx.csv, price index): μ = ${pct(mu)}, σ = ${pct(sigma)}; with rf = 1.5 %, L* = ${num(kellyLeverage(market), 2)}.`,
  );
  table(
    ['L', 'growth lost vs Kelly', 'exposure for σ_target = 15 %'],
    [1, 2, 3, -1].map((L) => [
      `${L > 0 ? '+' : ''}${L}x`,
      pct(growthShortfall({ leverage: L, ...market })),
      pct(volatilityTarget({ target: 0.15, forecast: Math.abs(L) * sigma }), 1),
    ]),
  );

  note(
    `\nHedge: $100k at β = 1.25 needs $${hedgeNotional({ portfolioValue: 100_000, beta: 1.25, leverage: -2 })} of a −2x fund (docs/concepts.md states $62,500).`,
  );
  const crash = spxReturns('2020-02-19', '2020-04-30');
  const drift = hedgeDrift(crash, { beta: 1.25, leverage: -2 }).ratio;
  const at = [4, 9, 19, drift.length - 1];
  note('Held without trading through the 2020 sell-off and rebound, the hedge ratio drifts:');
  table(
    ['after day', ...at.map((i) => String(i + 1))],
    [['hedge ratio', ...at.map((i) => num(drift[i] as number, 3))]],
  );
}

export function outcomesSection(): void {
  heading('6.5 Outcome distributions (docs/concepts.md §6.5)');
  const fund = { leverage: 3, drift: 0.08, volatility: 0.2, years: 1 };
  note('3x, μ = 8 %, σ = 20 %, one year (docs/concepts.md: median 1.061837, mean 1.271249):');
  note(
    `  P(lose money) = ${pct(outcomeProbability({ ...fund, below: 1 }))}, P(lose half) = ${pct(outcomeProbability({ ...fund, below: 0.5 }))}`,
  );
  note(
    '\nP(fund return < L × index return), μ = 8 %, σ = 20 % (docs/concepts.md: 2x, one year, "about two in three"):',
  );
  const years = [0.25, 1, 5, 10];
  table(
    ['fund', ...years.map((t) => `T = ${t}`)],
    [-3, -1, 0.5, 2, 3].map((L) => [
      `${L > 0 ? '+' : ''}${L}x`,
      ...years.map((t) => pct(underperformanceProbability({ leverage: L, drift: 0.08, volatility: 0.2, years: t }), 1)),
    ]),
  );

  const o = pairShortOutcome({ leverage: 3, volatility: 0.2, years: 1, drift: 0.08 });
  note(
    `\nShort 3x and −3x, one year, σ = 20 %: ${pct(o.flat)} if the index ends flat, but expected ${pct(o.expected)}, loss probability ${pct(o.lossProbability)}.`,
  );
  for (const year of ['2015', '2017', '2022']) {
    const r = spxReturns(`${year}-01-01`, `${Number(year) + 1}-01-01`);
    const held = pairShort(r, { leverage: 3 });
    const daily = pairShort(r, { leverage: 3, rebalance: true });
    note(
      `  S&P 500 ${year}: held ${pct(held[held.length - 1] as number)}, rebalanced daily ${pct(daily[daily.length - 1] as number)} (before borrow)`,
    );
  }
}
