/**
 * The decimal entry's per-call functions (docs/concepts.md §7): exact strings, worked
 * numbers of docs/concepts.md and seed 000, rounding on exact ties, contexts that never
 * touch global state, and bad input with the float API's codes.
 */
import Decimal from 'decimal.js';
import { describe, expect, test } from 'vitest';
import {
  closeTrade,
  createDecimalContext,
  fundReturn,
  navPath,
  rebalanceTrade,
  ROUNDING_MODES,
  toContracts,
  toShares,
  type RoundingMode,
} from '../../src/decimal/index.ts';
import { expectCode, snapshot } from '../helpers/assert.ts';

const s = (x: Decimal): string => x.toString();

describe('strings are exact (issue: "0.1" is one tenth)', () => {
  test("navPath(['0.1', '-0.1']) at −1x is exactly 0.99 of the start (0.9 × 1.1)", () => {
    const nav = navPath(['0.1', '-0.1'], { leverage: -1 });
    expect(nav.map(s)).toEqual(['1', '0.9', '0.99']);
    expect(nav[2]?.eq('0.99')).toBe(true);
    // and from any start: 0.99 × 123.45 = 122.2155
    expect(s(navPath(['0.1', '-0.1'], { leverage: '-1', initialNav: '123.45' })[2] as Decimal)).toBe('122.2155');
  });

  test('the float API cannot say the same (binary 0.1): the decimal one is not a float in disguise', () => {
    expect((1 - 0.1) * (1 + 0.1)).not.toBe(0.99);
    expect(s(fundReturn('0.1', -1).plus(1).times(fundReturn('-0.1', -1).plus(1)))).toBe('0.99');
  });

  test('numbers are read as their shortest decimal, bigints and Decimals of any constructor exactly', () => {
    expect(s(fundReturn(0.1, 3))).toBe('0.3');
    expect(s(rebalanceTrade({ aum: 10n ** 30n, leverage: 2, indexReturn: '0.01' }).trade)).toBe('2' + '0'.repeat(28));
    const Other = Decimal.clone({ precision: 5 });
    // a 40-digit Decimal from a 5-digit constructor keeps its 40 digits on the way in
    const long = new Other('0.1234567890123456789012345678901234567890');
    expect(s(fundReturn(long, 1, { precision: 60 }))).toBe('0.123456789012345678901234567890123456789');
  });
});

describe('worked numbers in decimal', () => {
  test('W3 (seed 000): −1x, $1mm, index −50 % → AUM 1.5mm, short 0.5mm, sell 1mm; +50 % → buy back 1mm', () => {
    const down = rebalanceTrade({ aum: '1000000', leverage: -1, indexReturn: '-0.5' });
    expect([down.aumAfter, down.exposureBefore, down.trade, down.exposureAfter].map(s)).toEqual(['1500000', '-500000', '-1000000', '-1500000']);
    const up = rebalanceTrade({ aum: '1000000', leverage: -1, indexReturn: '0.5' });
    expect([up.aumAfter, up.exposureBefore, up.trade, up.exposureAfter].map(s)).toEqual(['500000', '-1500000', '1000000', '-500000']);
  });

  test('W4 (docs/concepts.md §4): 3x, $100mm, +1 %: exposure 303 → 309, buy exactly 6mm', () => {
    const t = rebalanceTrade({ aum: '100000000', leverage: '3', indexReturn: '0.01' });
    expect([t.exposureBefore, t.exposureAfter, t.aumAfter, t.trade].map(s)).toEqual(['303000000', '309000000', '103000000', '6000000']);
  });

  test('W5 (docs/concepts.md §5): −1x, $1mm, −50 %, $0.5mm redeemed: rebalance −1mm, flow +0.5mm, net −0.5mm, stabilizing', () => {
    const c = closeTrade({ aum: '1000000', leverage: -1, indexReturn: '-0.5', flow: '-500000' });
    expect([c.rebalance, c.flowTrade, c.total].map(s)).toEqual(['-1000000', '500000', '-500000']);
    expect(c.effect).toBe('stabilizing');
  });

  test('I7 (seed 000): redemptions after a rally are destabilizing for an inverse fund; no flow → none', () => {
    expect(closeTrade({ aum: '1000000', leverage: -1, indexReturn: '0.5', flow: '-100000' }).effect).toBe('destabilizing');
    expect(closeTrade({ aum: '1000000', leverage: -1, indexReturn: '0.5', flow: '0' }).effect).toBe('none');
    expect(closeTrade({ aum: '1000000', leverage: 3, indexReturn: '0', flow: '5' }).effect).toBe('none');
  });

  test('wipe-out is a market outcome, as in the float API: return −1, AUM 0, close-out trade', () => {
    expect(s(fundReturn('0.4', '-3'))).toBe('-1');
    expect(s(fundReturn('0.25', '-4'))).toBe('-1'); // 1 + L·r = 0 exactly
    const w = rebalanceTrade({ aum: '1000000', leverage: -1, indexReturn: '1' });
    expect([w.trade, w.exposureBefore, w.exposureAfter, w.aumAfter].map(s)).toEqual(['2000000', '-2000000', '0', '0']);
    expectCode(() => closeTrade({ aum: '1000000', leverage: -1, indexReturn: '1', flow: '1' }), 'OUT_OF_RANGE', 'options.flow');
    expectCode(() => closeTrade({ aum: '1000000', leverage: -1, indexReturn: '0.5', flow: '-500000.01' }), 'OUT_OF_RANGE', 'options.flow');
    // redeeming all the assets after +50 %: buy back 1mm (rebalance) + 0.5mm (the redemption shrinks the short)
    expect(s(closeTrade({ aum: '1000000', leverage: -1, indexReturn: '0.5', flow: '-500000' }).total)).toBe('1500000');
  });

  test('no −0 in results', () => {
    expect(rebalanceTrade({ aum: '0', leverage: -3, indexReturn: '0.1' }).trade.isNegative()).toBe(false);
    expect(fundReturn('-0', 3).isNegative()).toBe(false);
    expect(toShares('-1', '3').units.isNegative()).toBe(false);
  });
});

describe('navPath: the cost model and day counts of docs/concepts.md §3, exactly', () => {
  test('Monday carries three days of financing (actual/360) and of expenses (actual/365)', () => {
    // −1x: earns (1 − L)·rf = 2 × 5 % on 3/360 of a year, pays 0.95 % on 3/365; written out with exact fractions.
    const nav = navPath(['0'], { leverage: -1, financingRate: '0.05', expenseRatio: '0.0095', dates: ['2024-03-08', '2024-03-11'], precision: 60 });
    const D = Decimal.clone({ precision: 60 });
    const expected = new D(2).times('0.05').times(new D(3).div(360)).minus(new D('0.0095').times(new D(3).div(365))).plus(1);
    expect(nav[1]?.minus(expected).abs().lte('1e-58')).toBe(true);
  });

  test('spread on |L| and dividends on L (a 3x fund receives 3 × q)', () => {
    const nav = navPath(['0'], { leverage: 3, spread: '0.01', dividendYield: '0.02', periodsPerYear: 4 });
    // 1 + 3·0.02/4 − 3·0.01/4 = 1 + 0.015 − 0.0075
    expect(s(nav[1] as Decimal)).toBe('1.0075');
  });

  test('a rate series is aligned with the returns', () => {
    const nav = navPath(['0', '0'], { leverage: 1, expenseRatio: ['0', '0.5'], periodsPerYear: 2 });
    expect(nav.map(s)).toEqual(['1', '1', '0.75']);
  });

  test('{ every: 2 }: between resets the exposure drifts (E ← E·(1 + r)), so a 2x fund gains E·r, not 2·NAV·r', () => {
    // day 1: 1 → 1.02 (E 2 → 2.02), day 2: +0.02 × 2.02 = 1.0604, reset; day 3: × (1 − 2 × 0.03) = 0.996776
    const nav = navPath(['0.01', '0.02', '-0.03'], { leverage: 2, rebalance: { every: 2 } });
    expect(nav.map((x) => x.toDecimalPlaces(20).toString())).toEqual(['1', '1.02', '1.0604', '0.996776']);
  });

  test('{ band }: no reset inside the band, a reset outside it', () => {
    // 2x, +10 %: ℓ = 2·1.1/1.2 = 1.8333…; |ℓ − 2| = 0.1667 > 0.05·2 → reset; with band 0.1 (0.2) it drifts
    const reset = navPath(['0.1', '0.1'], { leverage: 2, rebalance: { band: '0.05' } });
    const drift = navPath(['0.1', '0.1'], { leverage: 2, rebalance: { band: '0.1' } });
    expect(s(reset[2] as Decimal)).toBe('1.44'); // 1.2 × 1.2
    expect(drift[2]?.toDecimalPlaces(25).toString()).toBe('1.42'); // 1.2 + E·r = 1.2 + 2.2 × 0.1
  });

  test('insolvency: NAV 0 from the wipe-out on, never negative', () => {
    expect(navPath(['0.1', '0.5', '-0.2'], { leverage: -3 }).map(s)).toEqual(['1', '0.7', '0', '0']);
  });

  test('inputs are not mutated', () => {
    const returns = ['0.1', 0.2, new Decimal('-0.05')];
    const rates = ['0.01', '0.02', '0.03'];
    const before = [returns.map(String), [...rates]];
    navPath(returns, { leverage: 2, financingRate: rates });
    expect([returns.map(String), rates]).toEqual(before);
    expect(snapshot(rates)).toEqual(rates);
  });
});

describe('rounding: whole units follow the named mode on exact ties', () => {
  // notional / price for a price of 4: x.5 exactly on ±10, ±6; not ties on ±9, ±7
  const cases: ReadonlyArray<[string, Record<RoundingMode, string>]> = [
    ['10', { 'half-even': '2', 'half-up': '3', 'half-down': '2', 'half-ceil': '3', 'half-floor': '2', 'toward-zero': '2', 'away-from-zero': '3', floor: '2', ceil: '3' }],
    ['-10', { 'half-even': '-2', 'half-up': '-3', 'half-down': '-2', 'half-ceil': '-2', 'half-floor': '-3', 'toward-zero': '-2', 'away-from-zero': '-3', floor: '-3', ceil: '-2' }],
    ['14', { 'half-even': '4', 'half-up': '4', 'half-down': '3', 'half-ceil': '4', 'half-floor': '3', 'toward-zero': '3', 'away-from-zero': '4', floor: '3', ceil: '4' }],
    ['-14', { 'half-even': '-4', 'half-up': '-4', 'half-down': '-3', 'half-ceil': '-3', 'half-floor': '-4', 'toward-zero': '-3', 'away-from-zero': '-4', floor: '-4', ceil: '-3' }],
    ['9', { 'half-even': '2', 'half-up': '2', 'half-down': '2', 'half-ceil': '2', 'half-floor': '2', 'toward-zero': '2', 'away-from-zero': '3', floor: '2', ceil: '3' }],
    ['-7', { 'half-even': '-2', 'half-up': '-2', 'half-down': '-2', 'half-ceil': '-2', 'half-floor': '-2', 'toward-zero': '-1', 'away-from-zero': '-2', floor: '-2', ceil: '-1' }],
  ];
  test.each(cases)('notional %s at price 4', (notional, expected) => {
    for (const mode of ROUNDING_MODES) {
      const t = toShares(notional, '4', { rounding: mode });
      expect(s(t.units), mode).toBe(expected[mode]);
      expect(t.filledNotional.plus(t.residual).eq(notional), mode).toBe(true);
      expect(t.filledNotional.eq(t.units.times(4)), mode).toBe(true);
    }
  });

  test('a near-tie 1e-40 below k + ½ is not a tie (decided exactly, not on a 34-digit quotient)', () => {
    const price = '3';
    const below = `7.4${'9'.repeat(39)}`; // 7.5 − 1e-40: 2.5 − 3.3e-41 shares
    expect(s(toShares(below, price, { rounding: 'half-up' }).units)).toBe('2');
    expect(s(toShares('7.5', price, { rounding: 'half-up' }).units)).toBe('3');
    const above = `-7.5${'0'.repeat(39)}1`; // −7.5 − 1e-40
    expect(s(toShares(above, price, { rounding: 'half-even' }).units)).toBe('-3');
  });

  test('default is toward zero (never trade more than asked), and the residual is exact', () => {
    const t = toShares('1000', '33.33');
    expect([t.units, t.filledNotional, t.residual].map(s)).toEqual(['30', '999.9', '0.1']);
    const sell = toShares('-1000', '33.33');
    expect([sell.units, sell.filledNotional, sell.residual].map(s)).toEqual(['-30', '-999.9', '-0.1']);
  });

  test('toContracts: contract value price × multiplier exactly; −$6mm of ES at 5000.25 × 50', () => {
    // 6,000,000 / 250,012.5 = 23.99880… contracts
    expect(s(toContracts('-6000000', '5000.25', '50').units)).toBe('-23');
    const c = toContracts('-6000000', '5000.25', '50', { rounding: 'half-even' });
    expect([c.units, c.filledNotional, c.residual].map(s)).toEqual(['-24', '-6000300', '300']);
    // a tie: 125 / (0.5 × 100) = 2.5
    expect(s(toContracts('125', '0.5', 100, { rounding: 'half-even' }).units)).toBe('2');
    expect(s(toContracts('125', '0.5', 100, { rounding: 'half-ceil' }).units)).toBe('3');
  });
});

describe('contexts: a private Decimal.clone each, never global state', () => {
  test('creating contexts and per-call overrides leave decimal.js and the default context untouched', () => {
    const before = { precision: Decimal.precision, rounding: Decimal.rounding, toExpNeg: Decimal.toExpNeg };
    const ctx = createDecimalContext({ precision: 5, rounding: 'floor' });
    expect(s(ctx.navPath(['0'], { leverage: 1, expenseRatio: '1', periodsPerYear: 3 })[1] as Decimal)).toBe('0.66667'); // 1 − 0.33333 (floor)
    expect(s(navPath(['0'], { leverage: 1, expenseRatio: '1', periodsPerYear: 3, precision: 5, arithmeticRounding: 'ceil' })[1] as Decimal)).toBe('0.66666'); // 1 − 0.33334
    // the default context: 34 digits, half-even
    expect(s(navPath(['0'], { leverage: 1, expenseRatio: '1', periodsPerYear: 3 })[1] as Decimal)).toBe(`0.${'6'.repeat(33)}7`);
    expect({ precision: Decimal.precision, rounding: Decimal.rounding, toExpNeg: Decimal.toExpNeg }).toEqual(before);
    expect([ctx.precision, ctx.rounding]).toEqual([5, 'floor']);
  });

  test('changing decimal.js globals (a user calling Decimal.set) does not change our results', () => {
    const saved = { precision: Decimal.precision, rounding: Decimal.rounding };
    try {
      Decimal.set({ precision: 3, rounding: Decimal.ROUND_DOWN });
      expect(s(navPath(['0'], { leverage: 1, expenseRatio: '1', periodsPerYear: 3 })[1] as Decimal)).toBe(`0.${'6'.repeat(33)}7`);
    } finally {
      Decimal.set(saved);
    }
  });

  test("a context's own constructor is a clone the user can change without affecting the context", () => {
    const ctx = createDecimalContext({ precision: 8 });
    ctx.Decimal.set({ precision: 2 });
    expect(s(ctx.fundReturn(new ctx.Decimal('0.123456'), 1))).toBe('0.123456');
    expect(s(ctx.navPath(['0'], { leverage: 1, expenseRatio: '1', periodsPerYear: 3 })[1] as Decimal)).toBe('0.66666667');
  });

  test('every per-call function is bound in a context', () => {
    const ctx = createDecimalContext();
    expect(s(ctx.rebalanceTrade({ aum: 100, leverage: 3, indexReturn: '0.01' }).trade)).toBe('6');
    expect(ctx.closeTrade({ aum: 100, leverage: 3, indexReturn: '0.01', flow: -1 }).effect).toBe('stabilizing');
    expect(s(ctx.toShares('10', '4', { rounding: 'half-up' }).units)).toBe('3');
    expect(s(ctx.toContracts('10', '4', '1', { rounding: 'half-even' }).units)).toBe('2');
    expect(s(ctx.simulateFund({ indexPrices: ['10', '11'], leverage: 1, initialAum: '100' }).finalAum)).toBe('110');
  });

  test('bad settings → InverseMathError', () => {
    expectCode(() => createDecimalContext({ precision: 0 }), 'OUT_OF_RANGE', 'options.precision');
    expectCode(() => createDecimalContext({ precision: 2.5 }), 'OUT_OF_RANGE', 'options.precision');
    expectCode(() => createDecimalContext({ precision: 2e9 }), 'OUT_OF_RANGE', 'options.precision');
    expectCode(() => createDecimalContext({ precision: Number.NaN }), 'NON_FINITE', 'options.precision');
    expectCode(() => createDecimalContext({ rounding: 'nearest' as never }), 'INVALID_OPTION', 'options.rounding');
    expectCode(() => createDecimalContext(5 as never), 'INVALID_TYPE', 'options');
    expectCode(() => fundReturn('0.1', 1, { arithmeticRounding: 'up' as never }), 'INVALID_OPTION', 'options.arithmeticRounding');
    expectCode(() => navPath(['0.1'], { leverage: 1, precision: -1 }), 'OUT_OF_RANGE', 'options.precision');
  });
});

describe('bad input → InverseMathError with the float API codes', () => {
  test("'abc' and other non-decimal strings → INVALID_DECIMAL", () => {
    expectCode(() => fundReturn('abc', 1), 'INVALID_DECIMAL', 'indexReturn');
    expectCode(() => fundReturn('0x10', 1), 'INVALID_DECIMAL', 'indexReturn');
    expectCode(() => fundReturn(' 0.1', 1), 'INVALID_DECIMAL', 'indexReturn');
    expectCode(() => fundReturn('', 1), 'INVALID_DECIMAL', 'indexReturn');
    expectCode(() => fundReturn('1,5', 1), 'INVALID_DECIMAL', 'indexReturn');
    expectCode(() => toShares('100', '1.2.3'), 'INVALID_DECIMAL', 'price');
    const e = expectCode(() => navPath(['0.1', 'x'], { leverage: 1 }), 'INVALID_DECIMAL', 'indexReturns');
    expect(e.index).toBe(1);
  });

  test('objects that only pretend to be a Decimal → INVALID_DECIMAL; magnitudes beyond 1e±10000 → OUT_OF_RANGE', () => {
    expectCode(() => fundReturn({ toStringTag: '[object Decimal]' } as never, 1), 'INVALID_DECIMAL', 'indexReturn');
    expectCode(() => fundReturn({ toStringTag: '[object Decimal]', d: ['x'], e: 0, s: 1 } as never, 1), 'INVALID_DECIMAL', 'indexReturn');
    expectCode(() => fundReturn('1e10001', 1), 'OUT_OF_RANGE', 'indexReturn');
    expectCode(() => fundReturn('-1e-10001', 1), 'OUT_OF_RANGE', 'indexReturn');
    expectCode(() => toShares(10n ** 10001n, 1), 'OUT_OF_RANGE', 'notional');
    expectCode(() => fundReturn('1e99999999999999999', 1), 'NON_FINITE', 'indexReturn');
    expect(s(fundReturn('1e-9999', 1))).toBe(`0.${'0'.repeat(9998)}1`);
  });

  test('NaN and ±Infinity (numbers, strings or Decimals) → NON_FINITE', () => {
    expectCode(() => fundReturn(Number.NaN, 1), 'NON_FINITE', 'indexReturn');
    expectCode(() => fundReturn(0.1, Number.POSITIVE_INFINITY), 'NON_FINITE', 'leverage');
    expectCode(() => fundReturn('NaN', 1), 'NON_FINITE', 'indexReturn');
    expectCode(() => fundReturn('-Infinity', 1), 'NON_FINITE', 'indexReturn');
    expectCode(() => fundReturn(new Decimal(Number.NaN), 1), 'NON_FINITE', 'indexReturn');
    expectCode(() => rebalanceTrade({ aum: 'Infinity', leverage: 1, indexReturn: 0 }), 'NON_FINITE', 'options.aum');
  });

  test('negative or zero prices → NOT_POSITIVE; negative AUM → NEGATIVE; r ≤ −1 → RETURN_OUT_OF_DOMAIN', () => {
    expectCode(() => toShares('100', '-1'), 'NOT_POSITIVE', 'price');
    expectCode(() => toShares('100', '0'), 'NOT_POSITIVE', 'price');
    expectCode(() => toContracts('100', '10', '-50'), 'NOT_POSITIVE', 'multiplier');
    expectCode(() => rebalanceTrade({ aum: '-0.01', leverage: 1, indexReturn: 0 }), 'NEGATIVE', 'options.aum');
    expectCode(() => fundReturn('-1', 2), 'RETURN_OUT_OF_DOMAIN', 'indexReturn');
    expectCode(() => navPath(['0.1', '-1.5'], { leverage: 1 }), 'RETURN_OUT_OF_DOMAIN', 'indexReturns');
    expectCode(() => navPath(['0.1'], { leverage: 1, initialNav: '0' }), 'NOT_POSITIVE', 'options.initialNav');
  });

  test('wrong types, empty and mismatched series, bad options', () => {
    expectCode(() => fundReturn(null as never, 1), 'INVALID_TYPE', 'indexReturn');
    expectCode(() => fundReturn({} as never, 1), 'INVALID_TYPE', 'indexReturn');
    expectCode(() => navPath('0.1' as never, { leverage: 1 }), 'INVALID_TYPE', 'indexReturns');
    expectCode(() => navPath([], { leverage: 1 }), 'EMPTY_SERIES', 'indexReturns');
    expectCode(() => navPath(['0.1'], null as never), 'INVALID_TYPE', 'options');
    expectCode(() => navPath(['0.1', '0'], { leverage: 1, financingRate: ['0.01'] }), 'LENGTH_MISMATCH', 'options.financingRate');
    expectCode(() => navPath(['0.1'], { leverage: 1, spread: '-0.01' }), 'NEGATIVE', 'options.spread');
    expectCode(() => navPath(['0.1'], { leverage: 1, dates: ['2024-01-02', '2024-01-02'] }), 'INVALID_DATE', 'options.dates');
    expectCode(() => navPath(['0.1'], { leverage: 1, dates: ['2024-01-02'] }), 'LENGTH_MISMATCH', 'options.dates');
    expectCode(() => navPath(['0.1'], { leverage: 1, dates: ['2024-01-02', '2024-01-03'], periodsPerYear: 252 }), 'INVALID_OPTION', 'options.periodsPerYear');
    expectCode(() => navPath(['0.1'], { leverage: 1, rebalance: 'weekly' as never }), 'INVALID_OPTION', 'options.rebalance');
    expectCode(() => navPath(['0.1'], { leverage: 1, rebalance: { every: 0 } }), 'OUT_OF_RANGE', 'options.rebalance.every');
    expectCode(() => toShares('10', '1', { rounding: 'nearest' as never }), 'INVALID_OPTION', 'options.rounding');
    // eslint-disable-next-line no-sparse-arrays
    expectCode(() => navPath(['0.1', , '0.2'] as never, { leverage: 1 }), 'INVALID_TYPE', 'indexReturns');
  });
});
