/**
 * The decimal `simulateFund` ledger (docs/concepts.md §7) on small funds whose every
 * number is worked out by hand in the comments: the NAV strike and its
 * residual, flows in whole shares, whole units of the reference, cent
 * accruals on calendar days, the residuals against the unrounded model, a
 * wipe-out, and bad input.
 */
import Decimal from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { simulateFund, type DecimalLedgerBalance, type RoundingMode } from '../../src/decimal/index.ts';
import { expectCode } from '../helpers/assert.ts';

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
    expect([day.tradeUnits, day.totalTrade, day.rebalanceTrade, day.tradeResidual].map(s)).toEqual(['6', '18180', '18980', '-800']);
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
    expect([day.residual.exposure, day.residual.accrual, day.residual.flow, day.residual.day, day.residual.carried].map(s)).toEqual([
      '10',
      '0',
      '0',
      '10',
      '10',
    ]);
  });

  test('a $10,000 creation: 404 whole shares at 24.7502 (9,999.0808), 0.9192 not taken', () => {
    const day = simulateFund({ ...base, flows: { currency: ['10000'] } }).days[0]!;
    expect([day.flowShares, day.flow, day.flowShortfall, day.sharesOutstanding].map(s)).toEqual(['404', '9999.0808', '-0.9192', '40404']);
    expect(bal(day.afterFlow)).toEqual(['-333', '-1008990', '2008999.0808', '1000009.0808']);
    // target −1,000,009.0808 / 3030 = −330.04 → −330: buy 3 units (9,090)
    expect(bal(day.afterTrade)).toEqual(['-330', '-999900', '1999909.0808', '1000009.0808']);
    // rebalance part 18,980, flow part −9,999.0808: the creation opposes the rebalance
    expect([day.rebalanceTrade, day.flowTrade, day.totalTrade, day.tradeResidual].map(s)).toEqual(['18980', '-9999.0808', '9090', '109.0808']);
    expect(day.flowEffect).toBe('stabilizing');
    // the model takes the whole 10,000 at 24.75: 1,000,000; carried = 10 − 0.9192
    expect([day.model.assets, day.residual.flow, day.residual.carried].map(s)).toEqual(['1000000', '-0.9192', '9.0808']);
    const D40 = Decimal.clone({ precision: 40 });
    expect(day.model.shares.minus(new D40(40000).plus(new D40(10000).div('24.75'))).abs().lte('1e-28')).toBe(true);
  });

  test('shareRounding applies to currency flows: half-up rounds 404.04 shares to 404, ceil to 405', () => {
    expect(s(simulateFund({ ...base, flows: { currency: ['10000'] }, shareRounding: 'ceil' }).days[0]!.flowShares)).toBe('405');
    expect(s(simulateFund({ ...base, flows: { currency: ['10000'] }, shareRounding: 'half-up' }).days[0]!.flowShares)).toBe('404');
  });

  test('whole shares on an exact tie follow shareRounding: 259.8771 / 24.7502 = 10.5 shares', () => {
    const shares = (flow: string, shareRounding: RoundingMode): string =>
      s(simulateFund({ ...base, flows: { currency: [flow] }, shareRounding }).days[0]!.flowShares);
    expect([shares('259.8771', 'half-even'), shares('259.8771', 'half-up'), shares('259.8771', 'half-down'), shares('259.8771', 'toward-zero')]).toEqual(['10', '11', '10', '10']);
    expect([shares('-259.8771', 'half-even'), shares('-259.8771', 'half-up'), shares('-259.8771', 'half-ceil'), shares('-259.8771', 'half-floor')]).toEqual(['-10', '-11', '-10', '-11']);
    // and share flows given in fractions of a share
    expect(s(simulateFund({ ...base, flows: { shares: ['12.5'] }, shareRounding: 'half-even' }).days[0]!.flowShares)).toBe('12');
    expect(s(simulateFund({ ...base, flows: { shares: ['13.5'] }, shareRounding: 'half-even' }).days[0]!.flowShares)).toBe('14');
  });

  test('the position on an exact tie follows unitRounding: −1,000,500 / 3000 = −333.5 units', () => {
    const units = (unitRounding: RoundingMode): string =>
      s(simulateFund({ ...base, initialAum: '1000500', unitRounding }).opening.positionUnits);
    const modes: RoundingMode[] = ['half-even', 'half-up', 'half-down', 'half-ceil', 'half-floor', 'toward-zero', 'away-from-zero', 'floor', 'ceil'];
    expect(modes.map(units)).toEqual(['-334', '-334', '-333', '-333', '-334', '-333', '-334', '-334', '-333']);
  });

  test('everyone redeems: 40,000 shares × 24.7502 = 990,008 paid; the strike residual 2 stays in the fund, in cash', () => {
    const r = simulateFund({ ...base, flows: { shares: ['-40000'] } });
    const day = r.days[0]!;
    expect([day.flowShares, day.flow, day.sharesOutstanding].map(s)).toEqual(['-40000', '-990008', '0']);
    // target −2 / 3030 → 0 units: buy back all 333 (1,008,990)
    expect(bal(day.afterTrade)).toEqual(['0', '0', '2', '2']);
    expect(day.flowEffect).toBe('destabilizing'); // a redemption after a rally at −1x (seed 000)
    expect([r.finalShares, r.finalAum].map(s)).toEqual(['0', '2']);
  });

  test('a redemption beyond the shares outstanding → OUT_OF_RANGE with the day index', () => {
    const e = expectCode(() => simulateFund({ ...base, indexPrices: ['3000', '3030', '3000'], flows: { shares: ['0', '-40001'] } }), 'OUT_OF_RANGE', 'options.flows.shares');
    expect(e.index).toBe(1);
    expectCode(() => simulateFund({ ...base, flows: { currency: ['-990011'] } }), 'OUT_OF_RANGE', 'options.flows.currency');
    // all the assets in currency (990,010 > 40,000 × 24.7502) is "redeem everything"
    expect(s(simulateFund({ ...base, flows: { currency: ['-990010'] } }).days[0]!.sharesOutstanding)).toBe('0');
  });
});

describe('accruals in cents on calendar days (3x fund, Friday → Monday)', () => {
  // 3x, $1mm at NAV 100 (10,000 shares); 3,000 units at 1000 (3,000,000), cash −2,000,000.
  const costs = { financingRate: '0.05', expenseRatio: '0.0095', dividendYield: '0.015', spread: '0.002', dates: ['2024-03-08', '2024-03-11'] };
  const ledger = simulateFund({ indexPrices: ['1000', '1010'], leverage: 3, initialAum: '1000000', initialNav: '100', costs });
  const day = ledger.days[0]!;

  test('financing on the cash (actual/360), spread on |position| (actual/360), dividends on the position and expenses on assets (actual/365)', () => {
    // −2,000,000 × 5 % × 3/360 = −833.333…; −3,000,000 × 0.2 % × 3/360 = −50; 3,000,000 × 1.5 % × 3/365 = 369.863…; −1,000,000 × 0.95 % × 3/365 = −78.082…
    const a = day.accruals;
    expect([a.financing, a.spread, a.dividends, a.expenses, a.total].map(s)).toEqual(['-833.33', '-50', '369.86', '-78.08', '-591.55']);
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
    const tz = simulateFund({ indexPrices: ['1000', '1010'], leverage: 3, initialAum: '1000000', initialNav: '100', costs, accrualRounding: 'toward-zero' });
    expect(s(tz.days[0]!.accruals.dividends)).toBe('369.86');
    expect(s(tz.days[0]!.accruals.financing)).toBe('-833.33');
    const whole = simulateFund({ indexPrices: ['1000', '1010'], leverage: 3, initialAum: '1000000', initialNav: '100', costs, accrualDecimals: 0 });
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
    expect([d1!.nav, d1!.sharesOutstanding, d1!.rebalanceTrade, d1!.totalTrade].map(s)).toEqual(['0', '0', '4200', '4200']);
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

describe('bad input → InverseMathError with the float API codes', () => {
  test('options', () => {
    expectCode(() => simulateFund({ ...base, initialShares: '10' }), 'INVALID_OPTION', 'options.initialAum');
    expectCode(() => simulateFund({ indexPrices: ['1', '2'], leverage: 1, initialShares: '10' }), 'INVALID_OPTION', 'options.initialNav');
    expectCode(() => simulateFund({ ...base, initialAum: '-1' }), 'NEGATIVE', 'options.initialAum');
    expectCode(() => simulateFund({ ...base, initialNav: '0' }), 'NOT_POSITIVE', 'options.initialNav');
    expectCode(() => simulateFund({ ...base, initialNav: '0.00001' }), 'OUT_OF_RANGE', 'options.initialNav');
    expectCode(() => simulateFund({ ...base, indexPrices: ['3000'] }), 'SERIES_TOO_SHORT', 'options.indexPrices');
    const e = expectCode(() => simulateFund({ ...base, indexPrices: ['3000', '-1'] }), 'NOT_POSITIVE', 'options.indexPrices');
    expect(e.index).toBe(1);
    expectCode(() => simulateFund({ ...base, indexPrices: ['3000', 'abc'] }), 'INVALID_DECIMAL', 'options.indexPrices');
    expectCode(() => simulateFund({ ...base, indexPrices: ['3000', Number.POSITIVE_INFINITY] }), 'NON_FINITE', 'options.indexPrices');
    expectCode(() => simulateFund({ ...base, leverage: Number.NaN }), 'NON_FINITE', 'options.leverage');
    expectCode(() => simulateFund({ ...base, flows: { currency: ['1', '2'] } }), 'LENGTH_MISMATCH', 'options.flows.currency');
    expectCode(() => simulateFund({ ...base, flows: {} as never }), 'INVALID_OPTION', 'options.flows');
    expectCode(() => simulateFund({ ...base, multiplier: '0' }), 'NOT_POSITIVE', 'options.multiplier');
    expectCode(() => simulateFund({ ...base, navDecimals: -1 }), 'OUT_OF_RANGE', 'options.navDecimals');
    expectCode(() => simulateFund({ ...base, navDecimals: 1.5 }), 'OUT_OF_RANGE', 'options.navDecimals');
    expectCode(() => simulateFund({ ...base, navRounding: 'bankers' as never }), 'INVALID_OPTION', 'options.navRounding');
    expectCode(() => simulateFund({ ...base, unitRounding: 'x' as never }), 'INVALID_OPTION', 'options.unitRounding');
    expectCode(() => simulateFund({ ...base, costs: { expenseRatio: '-0.01' } }), 'NEGATIVE', 'options.costs.expenseRatio');
    expectCode(() => simulateFund({ ...base, costs: { dates: ['2024-01-01'] } }), 'LENGTH_MISMATCH', 'options.costs.dates');
    expectCode(() => simulateFund(undefined as never), 'INVALID_TYPE', 'options');
  });

  test('inputs are not mutated', () => {
    const prices = ['3000', '3030', '2990.5'];
    const flows = { currency: ['10000', '-5000'] };
    const copy = JSON.stringify({ prices, flows });
    simulateFund({ ...base, indexPrices: prices, flows });
    expect(JSON.stringify({ prices, flows })).toBe(copy);
  });
});
