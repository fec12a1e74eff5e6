/** Tour sections for docs/concepts.md §1 and §2: the documents' examples, recomputed. */
import { compoundingDecay, continuousDrag, dragCoefficient, dragEquivalentLeverage } from '../../src/drag/index.ts';
import { effectiveLogLeverage, fundReturn, logToSimple, simpleToLog } from '../../src/leverage/index.ts';
import { heading, note, num, pct, table } from './format.ts';

export function leverageSection(): void {
  heading('Arithmetic vs log leverage (Kaya, "Are −1x Inverse Funds ‘Leveraged’?"; docs/concepts.md W1)');
  note('Index log return +4 %, then −4 %. The document states the rounded numbers; the library computes them.');
  const up = logToSimple(0.04);
  const down = logToSimple(-0.04);
  const rows: string[][] = [];
  for (const [L, stated] of [
    [1, { a1: '+4.08 %', a2: '-3.92 %', p1: '104.08', p2: '100', g1: '1', g2: '1' }],
    [-1, { a1: '-4.08 %', a2: '+3.92 %', p1: '95.92', p2: '99.68', g1: '-1.04', g2: '-0.96' }],
  ] as const) {
    const a1 = fundReturn(up, L);
    const a2 = fundReturn(down, L);
    const p1 = 100 * (1 + a1);
    const p2 = p1 * (1 + a2);
    rows.push([
      `${L > 0 ? '+' : ''}${L}x`,
      'library',
      pct(a1),
      pct(a2),
      num(p1),
      num(p2),
      num(effectiveLogLeverage(up, L), 4),
      num(effectiveLogLeverage(down, L), 4),
    ]);
    rows.push(['', 'Kaya', stated.a1, stated.a2, stated.p1, stated.p2, stated.g1, stated.g2]);
  }
  table(['fund', 'source', 'a1', 'a2', 'P1', 'P2', 'γ day 1', 'γ day 2'], rows);
  note(
    `The −1x fund's log returns are ${pct(simpleToLog(fundReturn(up, -1)))} and ${pct(simpleToLog(fundReturn(down, -1)))}:`,
  );
  note('its arithmetic leverage is exactly −1 every day, its log leverage is not — and the price ends below 100.');
}

export function dragSection(): void {
  heading('Volatility drag ("Precision Hedging"; docs/concepts.md W2)');
  note(
    'Index 100 → 90 → 100 (−10 %, then +11.11 %). "Precision Hedging" states: −1x fund 100 → 110 → 97.78, a −2.22 % "decay".',
  );
  const path = [-0.1, 100 / 90 - 1];
  const rows = [-3, -2, -1, 2, 3].map((L) => {
    const d = compoundingDecay(path, L);
    return [`${L > 0 ? '+' : ''}${L}x`, num(100 * (1 + fundReturn(-0.1, L))), num(100 * d.fundGrowth), pct(d.decay)];
  });
  table(['fund', 'day 1', 'day 2', 'decay'], rows);
  note('"Precision Hedging" is right about the −1x numbers; the library reproduces 97.78 and −2.22 %.');
  note('It is wrong that "down 5 % then up 5 %" is worse than the reverse for a daily-reset fund:');
  const a = compoundingDecay([-0.05, 0.05], -1).fundGrowth;
  const b = compoundingDecay([0.05, -0.05], -1).fundGrowth;
  note(`  down-then-up ${num(a, 6)}, up-then-down ${num(b, 6)}: both 1.05 × 0.95 = 0.9975 (multiplication commutes).`);

  note('\nDrag coefficient c(L) = (L² − L)/2, and the one-year drag exp(−c·σ²) − 1 (Kaya: −1x drifts like +2x):');
  const vols = [0.1, 0.2, 0.3, 0.4];
  const dragRows = [-3, -2, -1, 0.5, 1, 2, 3].map((L) => [
    `${L > 0 ? '+' : ''}${L}x`,
    num(dragCoefficient(L), 3),
    `${dragEquivalentLeverage(L)}x`,
    ...vols.map((s) => pct(continuousDrag({ leverage: L, volatility: s, years: 1 }))),
  ]);
  table(['fund', 'c(L)', 'same drag as', ...vols.map((s) => `σ = ${pct(s, 0).replace('+', '')}`)], dragRows);
}
