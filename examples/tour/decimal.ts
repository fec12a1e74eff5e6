/** Tour section for docs/concepts.md §7: exact accounting with the decimal entry. */
import { navPath as navPathDecimal, simulateFund, type DecimalLedgerBalance } from '../../src/decimal/index.ts';
import { navPath } from '../../src/nav/index.ts';
import { heading, note, table } from './format.ts';

export function decimalSection(): void {
  heading('Exact accounting: the decimal entry (docs/concepts.md §7, I8)');
  note("A −1x fund, index +10 % then −10 %. In binary, 0.1 is not one tenth; in the decimal entry '0.1' is:");
  const float = navPath([0.1, -0.1], { leverage: -1 });
  const exact = navPathDecimal(['0.1', '-0.1'], { leverage: -1 });
  note(`  float   navPath([0.1, -0.1])     → ${String(float[2])}`);
  note(`  decimal navPath(['0.1', '-0.1']) → ${exact[2]?.toString()}   (0.9 × 1.1, exactly)`);

  note("\nA fund administrator's week: a −1x fund, $1mm subscribed at NAV 25 (40,000 shares), short whole");
  note('index units, 5 % on cash (actual/360), 0.95 % expenses (actual/365), accrued in cents; NAV struck to');
  note('4 decimals half-even; 1,010 shares created on Monday and 1,500 redeemed on Wednesday.');
  const ledger = simulateFund({
    indexPrices: ['3000', '3030', '2990.25', '3015.5', '2980'],
    leverage: -1,
    initialAum: '1000000',
    initialNav: '25',
    flows: { shares: ['0', '1010', '0', '-1500'] },
    costs: {
      financingRate: '0.05',
      expenseRatio: '0.0095',
      dates: ['2024-03-07', '2024-03-08', '2024-03-11', '2024-03-12', '2024-03-13'],
    },
  });
  const balanced = (b: DecimalLedgerBalance): boolean => b.positionValue.plus(b.cash).eq(b.assets);
  const rows = ledger.days.map((d) => [
    String(d.day),
    d.indexPrice.toFixed(2),
    d.accruals.total.toFixed(2),
    d.nav.toFixed(4),
    d.strikeResidual.toFixed(4),
    d.flowShares.toString(),
    d.sharesOutstanding.toString(),
    d.afterTrade.positionUnits.toString(),
    d.afterTrade.positionValue.toFixed(2),
    d.afterTrade.cash.toFixed(4),
    d.aum.toFixed(4),
    d.residual.carried.toFixed(4),
    [d.afterMove, d.afterFlow, d.afterTrade].every(balanced) ? 'yes' : 'NO',
  ]);
  table(
    [
      'day',
      'index',
      'accrued',
      'NAV',
      'strike res.',
      'flow sh.',
      'shares',
      'units',
      'position',
      'cash',
      'assets',
      'vs model',
      'value+cash=assets',
    ],
    rows,
  );
  const t = ledger.totals;
  note(
    `Accrued over the week: financing ${t.accruals.financing.toFixed(2)}, expenses ${t.accruals.expenses.toFixed(2)}; traded ${ledger.tradedNotional.toFixed(2)}.`,
  );
  note(
    `Against the unrounded model (the float simulator's arithmetic) the ledger differs by ${ledger.days.at(-1)?.residual.carried.toFixed(6)},`,
  );
  note(
    `explained day by day by the residuals: whole units (${t.residuals.exposure.toFixed(6)}), cents (${t.residuals.accrual.toFixed(6)}),`,
  );
  note(
    `whole shares at the struck NAV (${t.residuals.flow.toFixed(6)}), each carried forward by the fund's daily growth. Nothing is lost.`,
  );
}
