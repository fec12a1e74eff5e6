/** Tour sections for docs/concepts.md §4–5: the short fund of "Shorting is hard", flows, and a market-on-close estimate. */
import { closeTrade, offsettingFlow } from '../../src/flows/index.ts';
import { simulateFund } from '../../src/fund/index.ts';
import { marketOnCloseImbalance, rebalanceTrade, toContracts } from '../../src/rebalance/index.ts';
import { heading, money, note, num, pct, table } from './format.ts';

/** A signed amount (trades, exposures, flows) in $mm: `-$0.5mm`, `+$1,380mm`. */
const mm = (x: number): string => money(x, { sign: true, unit: 'mm' });
/** An amount of assets in $mm: `$1.5mm`, `$1,500mm`. */
const usd = (x: number): string => money(x, { unit: 'mm' });

export function rebalanceSection(): void {
  heading('The close trade of a short fund, and flows ("Shorting is hard"; docs/concepts.md §4–5)');
  note('A $1mm fund that mimics a $1mm short (−1x). The library computes, "Shorting is hard" states:');
  const rows: string[][] = [];
  for (const [r, stated] of [
    [-0.5, 'AUM $1.5mm, short $500k, "must triple its position" (sell $1mm)'],
    [0.5, 'AUM $500k, short $1.5mm, "buy back $1mm or 2/3", "insolvent"'],
    [1, '(not in the document)'],
  ] as const) {
    const t = rebalanceTrade({ aum: 1e6, leverage: -1, indexReturn: r });
    rows.push([pct(r, 0), usd(t.aumAfter), mm(t.exposureBefore), mm(t.trade), mm(t.exposureAfter), stated]);
  }
  table(['index', 'AUM after', 'short before', 'close trade', 'short after', 'the document states'], rows);
  note('Every number of "Shorting is hard" is reproduced but one: after +50 % the fund is NOT insolvent — its AUM is');
  note('$0.5mm and it keeps a $0.5mm short. It becomes insolvent at +100 % (1 + L·r = 0): NAV 0, position closed.');
  note(
    'Either way the fund trades with the market: it sells after the decline and buys after the rally (negative gamma).',
  );
  note(
    '"Precision Hedging" gets the direction wrong ("a leveraged inverse ETF … must buy back exposure" after a drop): it sells.',
  );

  note('\nWith redemptions at the NAV after the move (docs/concepts.md W5, I7):');
  const flowRows: string[][] = [];
  for (const [r, F, label] of [
    [-0.5, -0.5e6, 'profit taking after the decline'],
    [0.5, -0.25e6, '"puking" after the rally'],
    [-0.5, offsettingFlow({ aum: 1e6, leverage: -1, indexReturn: -0.5 }), 'the flow that cancels the trade'],
  ] as const) {
    const c = closeTrade({ aum: 1e6, leverage: -1, indexReturn: r, flow: F });
    flowRows.push([pct(r, 0), mm(F), mm(c.rebalance), mm(c.flowTrade), mm(c.total), c.effect, label]);
  }
  table(['index', 'flow', 'rebalance', 'flow trade L·F', 'close trade', "flow's effect", ''], flowRows);
  note(
    '"Shorting is hard": "profit taking is stabilizing while puking is destabilizing" — the library agrees (rule I7).',
  );

  note('\nThe same story over several days (simulateFund): $1mm at NAV $100, index 100 → 50 → 75 → 150,');
  note('$0.5mm redeemed on day 1, $0.25mm on day 2:');
  const sim = simulateFund({
    indexPrices: [100, 50, 75, 150],
    leverage: -1,
    initialShares: 10_000,
    initialNav: 100,
    flows: { currency: [-0.5e6, -0.25e6, 0] },
  });
  table(
    ['day', 'index', 'NAV', 'shares', 'AUM', 'E before', 'rebalance', 'flow trade', 'total', "flow's effect", 'E/AUM'],
    sim.days.map((d) => [
      String(d.day),
      pct(d.indexReturn, 0),
      num(d.nav),
      num(d.sharesOutstanding, 1),
      usd(d.aum),
      mm(d.exposureBefore),
      mm(d.rebalanceTrade),
      mm(d.flowTrade),
      mm(d.totalTrade),
      d.flowEffect,
      d.aum > 0 ? num(d.exposureAfter / d.aum, 2) : '—',
    ]),
  );
  note(
    `Wiped out on day ${String(sim.wipedOutAt)} (the index doubled). Traded ${usd(sim.tradedNotional)} at the closes`,
  );
  note(
    `(${usd(sim.rebalanceNotional)} in rebalance trades alone; the flows offset part of it), turnover ${num(sim.turnover, 2)}× the average AUM of ${usd(sim.averageAum)}.`,
  );

  heading('A market-on-close estimate for S&P 500 funds ("Precision Hedging"; docs/concepts.md §4)');
  note("ILLUSTRATIVE assets, not the funds' actual AUM. If the index closes at its current move r,");
  note('each fund trades A·(L² − L)·r; long and inverse funds trade in the same direction and never net out.');
  const universe = [
    { name: 'SH', aum: 1.5e9, leverage: -1 },
    { name: 'SDS', aum: 0.8e9, leverage: -2 },
    { name: 'SPXU', aum: 0.6e9, leverage: -3 },
    { name: 'SSO', aum: 5e9, leverage: 2 },
    { name: 'UPRO', aum: 3.5e9, leverage: 3 },
  ];
  const moves = [-0.03, -0.01, 0.01, 0.03];
  const results = moves.map((r) => marketOnCloseImbalance(universe, r));
  table(
    ['fund', 'L', 'AUM (illustr.)', 'L² − L', ...moves.map((r) => `r = ${pct(r, 0)}`)],
    [
      ...universe.map((f, i) => [
        f.name,
        String(f.leverage),
        usd(f.aum),
        num(f.leverage * (f.leverage - 1), 0),
        ...results.map((m) => mm((m.trades[i] as { readonly trade: number }).trade)),
      ]),
      ['net', '', '', '', ...results.map((m) => mm(m.net))],
    ],
  );
  const net = (results[0] as { readonly net: number }).net;
  const es = toContracts(net, 5000, 50, { rounding: 'half-even' });
  note(
    `At −3 % the net ${mm(net)} is ${num(es.units, 0)} E-mini contracts at 5,000 points × $50 (residual ${money(es.residual)}): the funds, long and short, all sell into the decline.`,
  );
}
