/** Tour section for docs/concepts.md §3: the NAV model against the real SSO (2x) and UPRO (3x) record. */
import { navHistory, navPath } from '../../src/nav/index.ts';
import {
  FUNDS,
  SWAP_SPREAD,
  meanAbsoluteDifference,
  yearByYear,
  type ModelParts,
} from '../../test/helpers/real-funds.ts';
import { heading, note, pct, pp, table } from './format.ts';

export function navSection(): void {
  heading('Path-dependent NAV with real costs (docs/concepts.md §3)');
  note(
    '"Precision Hedging" claims "down 5 % then up 5 %" is worse than the reverse for an inverse fund. Daily reset: the order does not matter.',
  );
  const a = navPath([-0.05, 0.05], { leverage: -1 })[2] as number;
  const b = navPath([0.05, -0.05], { leverage: -1 })[2] as number;
  note(
    `  down-then-up ${a.toFixed(6)}, up-then-down ${b.toFixed(6)}. Rebalancing every 2 days instead (a fixed position in between):`,
  );
  const c = navPath([-0.05, 0.05, 0.02], { leverage: -1, rebalance: { every: 2 } })[3] as number;
  const d = navPath([0.02, 0.05, -0.05], { leverage: -1, rebalance: { every: 2 } })[3] as number;
  note(`  −5 %, +5 %, +2 % → ${c.toFixed(6)};  +2 %, +5 %, −5 % → ${d.toFixed(6)}: now the order matters.`);
  const h = navHistory([0.1, 0.4, -0.2], { leverage: -3 });
  note(
    `A −3x fund on +10 %, +40 %: NAV ${Array.from(h.nav)
      .map((x) => x.toFixed(2))
      .join(' → ')}, wiped out in period ${String(h.wipedOutAt)} (never negative).`,
  );

  note("\nThe model on the real S&P 500 against the funds' adjusted closes (total return), calendar years:");
  note(
    `  expense ratio SSO 0.89 %, UPRO 0.91 % (prospectus); financing at the monthly fed funds rate + ${(SWAP_SPREAD * 100).toFixed(2)} % spread on |L|`,
  );
  note(
    "  notional, actual/360; S&P 500 dividend yield of each year from S&P's total vs price return, actual/365; calendar days from the dates.",
  );
  for (const spec of FUNDS) {
    const rows = yearByYear(spec);
    note(
      `\n${spec.ticker} (${spec.leverage}x): mean absolute difference ${(meanAbsoluteDifference(rows) * 100).toFixed(2)} percentage points over ${rows.length} years`,
    );
    table(
      ['year', 'S&P 500', 'q', `${spec.ticker} actual`, 'model', 'model − actual'],
      rows.map((r) => [
        String(r.year),
        pct(r.index),
        pct(r.dividendYield),
        pct(r.fund),
        pct(r.model),
        pp(r.model - r.fund),
      ]),
    );
  }

  note(
    '\nWhat each part of the cost model contributes, mean over the full years (model − model without that part, percentage points):',
  );
  const parts: ReadonlyArray<[string, ModelParts]> = [
    ['dividends  +L·q', { dividends: false }],
    ['financing  (1 − L)·rf', { financing: false }],
    ['spread     −|L|·s', { spread: false }],
    ['expenses   −f', { expenses: false }],
  ];
  const rows = parts.map(([label, off]) => [
    label,
    ...FUNDS.map((spec) => {
      const full = yearByYear(spec);
      const without = yearByYear(spec, off);
      return pp(full.reduce((acc, r, i) => acc + r.model - (without[i]?.model ?? 0), 0) / full.length);
    }),
  ]);
  table(['part', ...FUNDS.map((f) => `${f.ticker} a year`)], rows);
  note(
    'Without dividends the model misses 2–3 × ~2 % a year; financing costs (L − 1) × the short rate, large in 2007 and 2023, near zero in 2009–2021.',
  );
}
