/**
 * One day of the decimal ledger in its phases (src/decimal/ledger-day.ts): the move and the accruals in cents, the unrounded model, the strike, the flow in whole shares, the trade in whole units, a wipe-out; exercised through simulateFund, numbers worked by hand.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { simulateFund, type DecimalLedgerBalance, type RoundingMode } from '../../src/decimal/index.ts';
import { expectCode, expectMessage } from '../helpers/assert.ts';

const s = (x: Decimal): string => x.toString();
const bal = (b: DecimalLedgerBalance): string[] => [b.positionUnits, b.positionValue, b.cash, b.assets].map(s);
// −1x, $1mm at NAV 25 → 40,000 shares; −1,000,000 / 3000 = −333.33 → −333 units (−999,000), cash 1,999,000.
const base = { indexPrices: ['3000', '3030'], leverage: -1, initialAum: '1000000', initialNav: '25' } as const;
describe('one day of a −1x fund, index +1 % (3000 → 3030)', () => {
  test('opening: whole shares and whole units, cash the rest', () => {
    const { opening } = simulateFund(base);
    expect(bal(opening)).toEqual(['-333', '-999000', '1999000', '1000000']);
    expect([opening.nav, opening.shares, opening.residual].map(s)).toEqual(['25', '40000', '0']);
  });

  test('move: P&L −333 × 30 = −9,990; assets 990,010; NAV 24.75025 is a tie, struck half-even to 24.7502', () => {
    const day = simulateFund(base).days[0]!;
    expect(s(day.pnl)).toBe('-9990');
    expect(bal(day.afterMove)).toEqual(['-333', '-1008990', '1999000', '990010']);
    expect([day.nav, day.navUnrounded, day.strikeResidual].map(s)).toEqual(['24.7502', '24.75025', '2']);
    // target −990,010 / 3030 = −326.74 → −327 units: buy 6 × 3030 = 18,180
    expect(bal(day.afterTrade)).toEqual(['-327', '-990810', '1980820', '990010']);
    expect([day.tradeUnits, day.totalTrade, day.rebalanceTrade, day.tradeResidual].map(s)).toEqual([
      '6',
      '18180',
      '18980',
      '-800',
    ]);
  });

  test('the strike follows navRounding on the tie: half-up 24.7503 (residual −2), toward-zero 24.7502, ceil 24.7503', () => {
    const up = simulateFund({ ...base, navRounding: 'half-up' }).days[0]!;
    expect([up.nav, up.strikeResidual].map(s)).toEqual(['24.7503', '-2']);
    expect(s(simulateFund({ ...base, navRounding: 'toward-zero' }).days[0]!.nav)).toBe('24.7502');
    expect(s(simulateFund({ ...base, navRounding: 'ceil' }).days[0]!.nav)).toBe('24.7503');
    expect(s(simulateFund({ ...base, navDecimals: 2 }).days[0]!.nav)).toBe('24.75');
    expect(s(simulateFund({ ...base, navDecimals: 6 }).days[0]!.strikeResidual)).toBe('0');
  });

  test('against the unrounded model: it loses exactly 1 % (990,000); the 333-unit short (not 333⅓) explains the +10', () => {
    const day = simulateFund(base).days[0]!;
    expect([day.model.assets, day.model.nav].map(s)).toEqual(['990000', '24.75']);
    expect(
      [day.residual.exposure, day.residual.accrual, day.residual.flow, day.residual.day, day.residual.carried].map(s),
    ).toEqual(['10', '0', '0', '10', '10']);
  });

  test('a $10,000 creation: 404 whole shares at 24.7502 (9,999.0808), 0.9192 not taken', () => {
    const day = simulateFund({ ...base, flows: { currency: ['10000'] } }).days[0]!;
    expect([day.flowShares, day.flow, day.flowShortfall, day.sharesOutstanding].map(s)).toEqual([
      '404',
      '9999.0808',
      '-0.9192',
      '40404',
    ]);
    expect(bal(day.afterFlow)).toEqual(['-333', '-1008990', '2008999.0808', '1000009.0808']);
    // target −1,000,009.0808 / 3030 = −330.04 → −330: buy 3 units (9,090)
    expect(bal(day.afterTrade)).toEqual(['-330', '-999900', '1999909.0808', '1000009.0808']);
    // rebalance part 18,980, flow part −9,999.0808: the creation opposes the rebalance
    expect([day.rebalanceTrade, day.flowTrade, day.totalTrade, day.tradeResidual].map(s)).toEqual([
      '18980',
      '-9999.0808',
      '9090',
      '109.0808',
    ]);
    expect(day.flowEffect).toBe('stabilizing');
    // the model takes the whole 10,000 at 24.75: 1,000,000; carried = 10 − 0.9192
    expect([day.model.assets, day.residual.flow, day.residual.carried].map(s)).toEqual([
      '1000000',
      '-0.9192',
      '9.0808',
    ]);
    const D40 = Decimal.clone({ precision: 40 });
    expect(
      day.model.shares
        .minus(new D40(40000).plus(new D40(10000).div('24.75')))
        .abs()
        .lte('1e-28'),
    ).toBe(true);
  });

  test('shareRounding applies to currency flows: half-up rounds 404.04 shares to 404, ceil to 405', () => {
    expect(
      s(simulateFund({ ...base, flows: { currency: ['10000'] }, shareRounding: 'ceil' }).days[0]!.flowShares),
    ).toBe('405');
    expect(
      s(simulateFund({ ...base, flows: { currency: ['10000'] }, shareRounding: 'half-up' }).days[0]!.flowShares),
    ).toBe('404');
  });

  test('whole shares on an exact tie follow shareRounding: 259.8771 / 24.7502 = 10.5 shares', () => {
    const shares = (flow: string, shareRounding: RoundingMode): string =>
      s(simulateFund({ ...base, flows: { currency: [flow] }, shareRounding }).days[0]!.flowShares);
    expect([
      shares('259.8771', 'half-even'),
      shares('259.8771', 'half-up'),
      shares('259.8771', 'half-down'),
      shares('259.8771', 'toward-zero'),
    ]).toEqual(['10', '11', '10', '10']);
    expect([
      shares('-259.8771', 'half-even'),
      shares('-259.8771', 'half-up'),
      shares('-259.8771', 'half-ceil'),
      shares('-259.8771', 'half-floor'),
    ]).toEqual(['-10', '-11', '-10', '-11']);
    // and share flows given in fractions of a share
    expect(
      s(simulateFund({ ...base, flows: { shares: ['12.5'] }, shareRounding: 'half-even' }).days[0]!.flowShares),
    ).toBe('12');
    expect(
      s(simulateFund({ ...base, flows: { shares: ['13.5'] }, shareRounding: 'half-even' }).days[0]!.flowShares),
    ).toBe('14');
  });

  test('the position on an exact tie follows unitRounding: −1,000,500 / 3000 = −333.5 units', () => {
    const units = (unitRounding: RoundingMode): string =>
      s(simulateFund({ ...base, initialAum: '1000500', unitRounding }).opening.positionUnits);
    const modes: RoundingMode[] = [
      'half-even',
      'half-up',
      'half-down',
      'half-ceil',
      'half-floor',
      'toward-zero',
      'away-from-zero',
      'floor',
      'ceil',
    ];
    expect(modes.map(units)).toEqual(['-334', '-334', '-333', '-333', '-334', '-333', '-334', '-334', '-333']);
  });

  test('everyone redeems: 40,000 shares × 24.7502 = 990,008 paid; the strike residual 2 stays in the fund, in cash', () => {
    const r = simulateFund({ ...base, flows: { shares: ['-40000'] } });
    const day = r.days[0]!;
    expect([day.flowShares, day.flow, day.sharesOutstanding].map(s)).toEqual(['-40000', '-990008', '0']);
    // target −2 / 3030 → 0 units: buy back all 333 (1,008,990)
    expect(bal(day.afterTrade)).toEqual(['0', '0', '2', '2']);
    expect(day.flowEffect).toBe('destabilizing'); // a redemption after a rally at −1x ("Shorting is hard")
    expect([r.finalShares, r.finalAum].map(s)).toEqual(['0', '2']);
  });

  test('a redemption beyond the shares outstanding → OUT_OF_RANGE with the day index', () => {
    const e = expectCode(
      () => simulateFund({ ...base, indexPrices: ['3000', '3030', '3000'], flows: { shares: ['0', '-40001'] } }),
      'OUT_OF_RANGE',
      'options.flows.shares',
    );
    expect(e.index).toBe(1);
    expectCode(
      () => simulateFund({ ...base, flows: { currency: ['-990011'] } }),
      'OUT_OF_RANGE',
      'options.flows.currency',
    );
    // all the assets in currency (990,010 > 40,000 × 24.7502) is "redeem everything"
    expect(s(simulateFund({ ...base, flows: { currency: ['-990010'] } }).days[0]!.sharesOutstanding)).toBe('0');
  });
});

describe('accruals in cents on calendar days (3x fund, Friday → Monday)', () => {
  // 3x, $1mm at NAV 100 (10,000 shares); 3,000 units at 1000 (3,000,000), cash −2,000,000.
  const costs = {
    financingRate: '0.05',
    expenseRatio: '0.0095',
    dividendYield: '0.015',
    spread: '0.002',
    dates: ['2024-03-08', '2024-03-11'],
  };
  const ledger = simulateFund({
    indexPrices: ['1000', '1010'],
    leverage: 3,
    initialAum: '1000000',
    initialNav: '100',
    costs,
  });
  const day = ledger.days[0]!;

  test('financing on the cash (actual/360), spread on |position| (actual/360), dividends on the position and expenses on assets (actual/365)', () => {
    // −2,000,000 × 5 % × 3/360 = −833.333…; −3,000,000 × 0.2 % × 3/360 = −50; 3,000,000 × 1.5 % × 3/365 = 369.863…; −1,000,000 × 0.95 % × 3/365 = −78.082…
    const a = day.accruals;
    expect([a.financing, a.spread, a.dividends, a.expenses, a.total].map(s)).toEqual([
      '-833.33',
      '-50',
      '369.86',
      '-78.08',
      '-591.55',
    ]);
    // P&L 3,000 × 10 = 30,000: assets 1,029,408.45; NAV 102.940845 → 102.9408 (residual 0.45)
    expect(s(day.afterMove.assets)).toBe('1029408.45');
    expect([day.nav, day.strikeResidual].map(s)).toEqual(['102.9408', '0.45']);
  });

  test('the accrual residual is the cents rounding against A·carry of docs/concepts.md §3, nothing else (the position held exactly 3 × A)', () => {
    const D = Decimal.clone({ precision: 60 });
    const carry = new D(3)
      .times('0.015')
      .times(new D(3).div(365))
      .plus(new D(-2).times('0.05').times(new D(3).div(360)))
      .minus(new D(3).times('0.002').times(new D(3).div(360)))
      .minus(new D('0.0095').times(new D(3).div(365)));
    const expected = new D('-591.55').minus(carry.times(1000000));
    expect(day.residual.exposure.isZero()).toBe(true);
    expect(day.residual.accrual.minus(expected).abs().lte('1e-25')).toBe(true);
    expect(day.residual.carried.minus(expected).abs().lte('1e-25')).toBe(true);
  });

  test('accrualDecimals and accrualRounding: to the cent toward zero, or to whole currency units', () => {
    const tz = simulateFund({
      indexPrices: ['1000', '1010'],
      leverage: 3,
      initialAum: '1000000',
      initialNav: '100',
      costs,
      accrualRounding: 'toward-zero',
    });
    expect(s(tz.days[0]!.accruals.dividends)).toBe('369.86');
    expect(s(tz.days[0]!.accruals.financing)).toBe('-833.33');
    const whole = simulateFund({
      indexPrices: ['1000', '1010'],
      leverage: 3,
      initialAum: '1000000',
      initialNav: '100',
      costs,
      accrualDecimals: 0,
    });
    expect([whole.days[0]!.accruals.financing, whole.days[0]!.accruals.dividends].map(s)).toEqual(['-833', '370']);
  });
});

describe('contracts and wipe-outs', () => {
  test('futures with a multiplier: −1x $1mm in E-mini contracts at 4000 × 50 = 200,000 → −5 contracts', () => {
    const r = simulateFund({ indexPrices: ['4000', '3960'], leverage: -1, initialAum: '1000000', multiplier: 50 });
    expect(bal(r.opening)).toEqual(['-5', '-1000000', '2000000', '1000000']);
    // −5 × 50 × (−40) = +10,000; assets 1,010,000; target −1,010,000 / 198,000 = −5.10 → −5: no trade
    expect(bal(r.days[0]!.afterTrade)).toEqual(['-5', '-990000', '2000000', '1010000']);
    expect(s(r.days[0]!.totalTrade)).toBe('0');
  });

  test('a −3x fund after +40 %: assets −200, the position is closed out, NAV and shares 0, then nothing moves', () => {
    // 1,000 at NAV 1: −30 units at 100 (−3,000), cash 4,000; at 140 the short is worth −4,200
    const r = simulateFund({ indexPrices: ['100', '140', '150'], leverage: -3, initialAum: '1000' });
    const [d1, d2] = r.days;
    expect(bal(d1!.afterMove)).toEqual(['-30', '-4200', '4000', '-200']);
    expect(bal(d1!.afterTrade)).toEqual(['0', '0', '-200', '-200']);
    expect([d1!.nav, d1!.sharesOutstanding, d1!.rebalanceTrade, d1!.totalTrade].map(s)).toEqual([
      '0',
      '0',
      '4200',
      '4200',
    ]);
    expect(bal(d2!.afterTrade)).toEqual(['0', '0', '-200', '-200']);
    expect([r.wipedOutAt, r.modelWipedOutAt]).toEqual([1, 1]);
    expect(s(r.finalNav)).toBe('0');
  });

  test('summary fields mirror the float result: traded notional, turnover, final values', () => {
    const r = simulateFund({ ...base, indexPrices: ['3000', '3030', '3000'] });
    // day 2: assets −327 × (−30) + 990,010 = 999,820; target −999,820/3000 = −333.27 → −333: sell 6 × 3000 = 18,000
    expect(s(r.days[1]!.totalTrade)).toBe('-18000');
    expect(s(r.tradedNotional)).toBe('36180');
    expect(s(r.averageAum)).toBe('996610'); // (1,000,000 + 990,010 + 999,820) / 3
    expect(s(r.finalAum)).toBe('999820');
  });
});

describe('simulateFund: rarer ledger days', () => {
  test('no shares outstanding but assets left: the NAV still follows g = 1 + L·r', () => {
    // 1x, 100 shares at 1, one unit at 100, cash 0. Day 1 (+0.005 %): assets 100.005, NAV 1.00005 → 1.0000 (half-even tie),
    // 0.005 left in the fund; all 100 shares redeemed at 1 → the unit is sold, cash 0.005, no shares.
    // Day 2 (+10 %: 100.005 → 110.0055): NAV 1 × 1.1 = 1.1
    const r = simulateFund({
      indexPrices: ['100', '100.005', '110.0055'],
      leverage: 1,
      initialAum: '100',
      flows: { shares: ['-100', '0'] },
    });
    expect(
      [r.days[0]!.nav, r.days[0]!.strikeResidual, r.days[0]!.sharesOutstanding, r.days[0]!.afterTrade.cash].map(s),
    ).toEqual(['1', '0.005', '0', '0.005']);
    expect([r.days[1]!.nav, r.days[1]!.navUnrounded, r.days[1]!.sharesOutstanding, r.days[1]!.aum].map(s)).toEqual([
      '1.1',
      '1.1',
      '0',
      '0.005',
    ]);
  });

  test('a NAV struck at 0: a zero currency flow is fine, any other is OUT_OF_RANGE on that day', () => {
    // 100 shares at 1, one unit at 100; the index falls to 0.0001: assets 0.0001, NAV 0.000001 → 0.0000
    const base = { indexPrices: ['100', '0.0001'], leverage: 1, initialAum: '100' } as const;
    const day = simulateFund({ ...base, flows: { currency: ['0'] } }).days[0]!;
    expect([day.nav, day.sharesOutstanding, day.aum].map(s)).toEqual(['0', '100', '0.0001']);
    const e = expectMessage(
      () => simulateFund({ ...base, flows: { currency: ['10'] } }),
      'options.flows.currency[0] no flow can be converted at a NAV struck at 0 on day 1, got object [OUT_OF_RANGE]',
    );
    expect(e.index).toBe(0);
  });

  test('a redemption of more shares than outstanding names them and the day', () => {
    const e = expectMessage(
      () => simulateFund({ indexPrices: ['100', '100'], leverage: 1, initialAum: '100', flows: { shares: ['-101'] } }),
      'options.flows.shares[0] redeems more than the 100 shares outstanding on day 1, got object [OUT_OF_RANGE]',
    );
    expect(e.index).toBe(0);
  });

  test('a request for everything within the 1e-12 slack redeems every share, never more, in the ledger and the model', () => {
    // 100 shares; −100.00000000001 is within 100·(1 + 1e-12); away-from-zero would round it to −101
    const day = simulateFund({
      indexPrices: ['100', '100'],
      leverage: 1,
      initialAum: '100',
      shareRounding: 'away-from-zero',
      flows: { shares: ['-100.00000000001'] },
    }).days[0]!;
    expect([day.flowShares, day.sharesOutstanding].map(s)).toEqual(['-100', '0']);
    expect([day.model.shares, day.model.assets].map(s)).toEqual(['0', '0']);
  });

  test('a share flow: the shortfall is the fraction not issued, at the NAV; the model takes the exact shares at its NAV', () => {
    // 150 at NAV 1.5 → 100 shares; 2 units at 100 (1.5 → 2 half-even), cash −50; flat day, NAV 1.5
    // 10.5 shares asked → 10 issued (toward zero): cash 15, shortfall (10 − 10.5)·1.5 = −0.75
    // model: 100 + 10.5 shares, 150 + 10.5·1.5 = 165.75
    const day = simulateFund({
      indexPrices: ['100', '100'],
      leverage: 1,
      initialAum: '150',
      initialNav: '1.5',
      flows: { shares: ['10.5'] },
    }).days[0]!;
    expect([day.nav, day.flowShares, day.flow, day.flowShortfall].map(s)).toEqual(['1.5', '10', '15', '-0.75']);
    expect([day.model.nav, day.model.shares, day.model.assets].map(s)).toEqual(['1.5', '110.5', '165.75']);
  });

  test('the model wiped out while the ledger is not: later flows leave the model at 0', () => {
    // −1x, 1050 shares at 1; −10.5 units → −10 (half-even), cash 2050; index +100 %: model g = 1 − 1 = 0 (wiped),
    // ledger −2000 + 2050 = 50 > 0 (solvent, NAV 50/1050 → 0.0476)
    const r = simulateFund({
      indexPrices: ['100', '200'],
      leverage: -1,
      initialAum: '1050',
      flows: { shares: ['10'] },
    });
    const day = r.days[0]!;
    expect([r.modelWipedOutAt, r.wipedOutAt]).toEqual([1, null]);
    expect([day.nav, day.flowShares, day.sharesOutstanding].map(s)).toEqual(['0.0476', '10', '1060']);
    expect([day.model.nav, day.model.shares, day.model.assets].map(s)).toEqual(['0', '0', '0']);
  });

  test('after a wipe-out nothing accrues on the negative cash left, and the model keeps its wipe-out day', () => {
    // −1x, 1000 shares at 1; −10 units at 100, cash 2000; τ = 1/100, rf 10 %, f 10 %.
    // day 1 (index ×3): financing 2000·0.001 = 2, expenses −1000·0.001 = −1, cash 2001; assets −3000 + 2001 = −999 → wiped,
    // the position bought back at 300: cash −999. Days 2 and 3: no financing on −999, no expenses; the model (g = 1 − 2 + c < 0
    // on day 1, again on day 3) was wiped out on day 1.
    const costs = { financingRate: '0.1', expenseRatio: '0.1', periodsPerYear: '100' };
    const r = simulateFund({ indexPrices: ['100', '300', '300', '900'], leverage: -1, initialAum: '1000', costs });
    expect([r.wipedOutAt, r.modelWipedOutAt]).toEqual([1, 1]);
    expect([r.days[0]!.accruals.financing, r.days[0]!.accruals.expenses, r.days[0]!.afterTrade.cash].map(s)).toEqual([
      '2',
      '-1',
      '-999',
    ]);
    for (const day of r.days.slice(1)) {
      expect([day.accruals.financing, day.accruals.expenses, day.accruals.total, day.afterTrade.cash].map(s)).toEqual([
        '0',
        '0',
        '0',
        '-999',
      ]);
    }
    expect([r.totals.accruals.financing, r.totals.accruals.expenses, r.totals.accruals.total].map(s)).toEqual([
      '2',
      '-1',
      '1',
    ]);
  });

  test('totals of the doc example: the 10 of exposure residual and the 2 of strike residual', () => {
    // −1x, $1mm at NAV 25: −333 units (not −333⅓); +1 %: P&L −9,990 vs the model's −10,000 → exposure residual 10;
    // 990,010 / 40,000 = 24.75025 → 24.7502, 2 left in the fund; no costs
    const r = simulateFund({ indexPrices: ['3000', '3030'], leverage: -1, initialAum: '1000000', initialNav: '25' });
    const { accruals, residuals, strikeResidual } = r.totals;
    expect([accruals.financing, accruals.spread, accruals.dividends, accruals.expenses, accruals.total].map(s)).toEqual(
      ['0', '0', '0', '0', '0'],
    );
    expect([residuals.exposure, residuals.accrual, residuals.flow, residuals.day, strikeResidual].map(s)).toEqual([
      '10',
      '0',
      '0',
      '10',
      '2',
    ]);
  });

  test('spread and expenses accrue when their rates are not zero (1x, 1/100 year)', () => {
    // 100 shares at 1, one unit at 100, cash 0: spread −|100|·0.5·0.01 = −0.5; expenses −100·0.3·0.01 = −0.3
    const r = simulateFund({
      indexPrices: ['100', '100'],
      leverage: 1,
      initialAum: '100',
      costs: { spread: '0.5', expenseRatio: '0.3', periodsPerYear: '100' },
    });
    const a = r.days[0]!.accruals;
    expect([a.spread, a.expenses, a.total].map(s)).toEqual(['-0.5', '-0.3', '-0.8']);
  });

  test('an unchanged close is a return of +0, not −0, whatever the arithmetic rounding (rows never hold −0)', () => {
    // 100/100 − 1 = 0 exactly; decimal.js's subtraction under ROUND_FLOOR gives −0, which a row must not show
    const r = simulateFund({
      indexPrices: ['100', '100'],
      leverage: -1,
      initialAum: '100',
      arithmeticRounding: 'floor',
    });
    const ret = r.days[0]!.indexReturn;
    expect(ret.isZero()).toBe(true);
    expect(ret.isNegative()).toBe(false);
  });
});
