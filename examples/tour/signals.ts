/**
 * Tour section for docs/concepts.md §6.2 and §6.4: the indicative NAV, the daily
 * premium of five real funds to the NAV model, the Rule 6c-11 test, and the
 * risk monitors (wipe-out distance, tracking band, liquidity filter).
 */
import { liquidityFilter, trackingBand, wipeOutDistance, wipeOutMove } from '../../src/risk/index.ts';
import { indicativeNav, premiumDiscount, premiumDisclosure, premiumSignal } from '../../src/signals/index.ts';
import { mean, medianAbs, PREMIUM_FUNDS, premiumToModel } from '../../test/helpers/premium-to-model.ts';
import { heading, note, num, pct, table } from './format.ts';

const bp = (x: number, digits = 1): string => `${(x * 1e4).toFixed(digits)} bp`;

export function signalsSection(): void {
  heading('6.2 Indicative NAV and premiums (docs/concepts.md §6.2)');
  const close = { nav: 20, leverage: -3, indexClose: 5000, financingRate: 0.05, expenseRatio: 0.0095 };
  const ticks = [5000, 5025, 5050, 4990];
  const inav = indicativeNav({ ...close, index: ticks, elapsed: [0, 0.25, 0.5, 0.75] });
  note(
    'A −3x fund struck at 20.00 at the close; the index ticks through the next session (carry: 4 units of cash at 5 %, 0.95 % expenses):',
  );
  table(
    ['index', 'elapsed', 'iNAV'],
    ticks.map((level, i) => [num(level, 0), num([0, 0.25, 0.5, 0.75][i] as number), num(inav[i] as number, 4)]),
  );
  const quotes = [20.002, 19.712, 19.41, 20.125];
  const premiums = premiumDiscount(quotes, inav);
  note(`Quotes ${quotes.join(', ')} → premiums ${Array.from(premiums, (p) => bp(p)).join(', ')};`);
  note(
    `beyond 2 bp (the iNAV rule of "Precision Hedging"): signal ${Array.from(premiumSignal(premiums).signal).join(', ')}`,
  );

  note(
    "\nFive funds against the NAV model, 2019–2023: the fund's close against its previous close × the model's one-day growth",
  );
  note(
    '(the model re-anchored each day; `test/helpers/premium-to-model.ts`). Costs: fed funds + 0.3 % on |L|, prospectus expense ratios,',
  );
  note(
    "S&P 500 dividends; the Nasdaq-100's (~0.8 % a year) are left out, hence a mean of the sign of L for QLD, TQQQ, SQQQ.",
  );
  const rows = PREMIUM_FUNDS.map((spec) => {
    const s = premiumToModel(spec);
    const abs = Array.from(s.premiums, Math.abs).sort((a, b) => a - b);
    const d = premiumDisclosure(s.premiums);
    return [
      spec.ticker,
      `${spec.leverage}x`,
      spec.index,
      String(s.premiums.length),
      bp(medianAbs(s.premiums)),
      bp(abs[Math.floor(0.95 * abs.length)] as number),
      bp(abs.at(-1) as number, 0),
      bp(mean(s.premiums), 2),
      String(abs.filter((x) => x > 0.02).length),
      d.flagged ? d.runs.map((r) => `${s.dates[r.start + 1]}…${r.days}d`).join(' ') : 'none',
    ];
  });
  table(
    ['fund', 'L', 'index', 'days', 'median |π|', '95 % |π|', 'max |π|', 'mean π', 'days > 2 %', '6c-11 runs'],
    rows,
  );
  note(
    'The largest days are March 2020, alternating in sign (a premium one day, gone the next): the re-anchored series is the',
  );
  note(
    "day's change of the premium plus the model's error, so a premium that lasted would show on its first day only.",
  );

  heading('6.4 Risk monitors (docs/concepts.md §6.4)');
  table(
    ['L', 'wipe-out move', 'SDs at σ = 20 %', 'SDs at σ = 80 %'],
    [-3, -2, -1, 2, 3].map((L) => [
      String(L),
      pct(wipeOutMove(L) as number),
      num(wipeOutDistance({ leverage: L, volatility: 0.2 }).logSigmas as number, 1),
      num(wipeOutDistance({ leverage: L, volatility: 0.8 }).logSigmas as number, 1),
    ]),
  );
  note("(log-return SDs of one day; the Nasdaq-100's realised volatility in March 2020 was about 90 %)");

  const tqqq = premiumToModel(PREMIUM_FUNDS[3] as (typeof PREMIUM_FUNDS)[number]);
  const start = tqqq.dates.indexOf('2020-02-19');
  const span = 30;
  const fundReturns = Float64Array.from(
    { length: span },
    (_, t) => (tqqq.fund[start + t + 1] as number) / (tqqq.fund[start + t] as number) - 1,
  );
  const indexReturns = Float64Array.from(
    { length: span },
    (_, t) => (tqqq.index[start + t + 1] as number) / (tqqq.index[start + t] as number) - 1,
  );
  const rule = { leverage: 3, band: 0.1, floor: 0.02, tighten: 0.5 };
  const b = trackingBand(indexReturns, fundReturns, rule);
  note(
    `\nTQQQ held from the 2020-02-19 close, ${span} sessions; band 10 %, floor 2 %, tighten 0.5 (width = max(2 %, 10 % − 0.5 · widest |D|)):`,
  );
  table(
    ['close', 'D_t', 'band', 'breach'],
    [5, 10, 15, 20, 25, 30].map((t) => [
      tqqq.dates[start + t] as string,
      pct(b.deviation[t] as number),
      pct(b.width[t] as number),
      b.breached[t] ? 'yes' : '',
    ]),
  );
  note(
    `First breach: ${b.firstBreach === null ? 'none' : (tqqq.dates[start + b.firstBreach] as string)} (${b.breaches} of ${span} closes beyond the band).`,
  );
  note(
    "D > 0: in a falling, volatile market the daily-reset fund lost less than 3 × the index's fall (docs/concepts.md §2–3).",
  );

  const absPremium = Float64Array.from(tqqq.premiums, Math.abs);
  const lf = liquidityFilter(absPremium, { window: 20, k: 3 });
  const flagged = Array.from(lf.flags).flatMap((f, j) => (f ? [tqqq.dates[lf.start + j + 1] as string] : []));
  note(
    "\nThe fixtures have no quotes, so the liquidity filter (mean + 3 SD of the 20 days before) runs here on TQQQ's |π| as a",
  );
  note(
    `dislocation screen: ${flagged.length} of ${lf.flags.length} days flagged, the first ${flagged.slice(0, 6).join(', ')}.`,
  );
}
