/**
 * The decimal entry's per-call functions (docs/concepts.md §7): exact strings, worked
 * numbers of docs/concepts.md and "Shorting is hard", rounding on exact ties, contexts that never
 * touch global state, and bad input with the float API's codes.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { fundReturn, navPath, rebalanceTrade, toContracts, toShares } from '../../src/decimal/index.ts';
import { caught, expectCode, expectMessage, snapshot } from '../helpers/assert.ts';

const s = (x: Decimal): string => x.toString();
describe('navPath: the cost model and day counts of docs/concepts.md §3, exactly', () => {
  test('Monday carries three days of financing (actual/360) and of expenses (actual/365)', () => {
    // −1x: earns (1 − L)·rf = 2 × 5 % on 3/360 of a year, pays 0.95 % on 3/365; written out with exact fractions.
    const nav = navPath(['0'], {
      leverage: -1,
      financingRate: '0.05',
      expenseRatio: '0.0095',
      dates: ['2024-03-08', '2024-03-11'],
      precision: 60,
    });
    const D = Decimal.clone({ precision: 60 });
    const expected = new D(2)
      .times('0.05')
      .times(new D(3).div(360))
      .minus(new D('0.0095').times(new D(3).div(365)))
      .plus(1);
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
    expectCode(
      () => fundReturn({ toStringTag: '[object Decimal]', d: ['x'], e: 0, s: 1 } as never, 1),
      'INVALID_DECIMAL',
      'indexReturn',
    );
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
    expectCode(
      () => navPath(['0.1', '0'], { leverage: 1, financingRate: ['0.01'] }),
      'LENGTH_MISMATCH',
      'options.financingRate',
    );
    expectCode(() => navPath(['0.1'], { leverage: 1, spread: '-0.01' }), 'NEGATIVE', 'options.spread');
    expectCode(
      () => navPath(['0.1'], { leverage: 1, dates: ['2024-01-02', '2024-01-02'] }),
      'INVALID_DATE',
      'options.dates',
    );
    expectCode(() => navPath(['0.1'], { leverage: 1, dates: ['2024-01-02'] }), 'LENGTH_MISMATCH', 'options.dates');
    expectCode(
      () => navPath(['0.1'], { leverage: 1, dates: ['2024-01-02', '2024-01-03'], periodsPerYear: 252 }),
      'INVALID_OPTION',
      'options.periodsPerYear',
    );
    expectCode(
      () => navPath(['0.1'], { leverage: 1, rebalance: 'weekly' as never }),
      'INVALID_OPTION',
      'options.rebalance',
    );
    expectCode(
      () => navPath(['0.1'], { leverage: 1, rebalance: { every: 0 } }),
      'OUT_OF_RANGE',
      'options.rebalance.every',
    );
    expectCode(() => toShares('10', '1', { rounding: 'nearest' as never }), 'INVALID_OPTION', 'options.rounding');
    // eslint-disable-next-line no-sparse-arrays
    expectCode(() => navPath(['0.1', , '0.2'] as never, { leverage: 1 }), 'INVALID_TYPE', 'indexReturns');
  });
});

describe('navPath: rebalancing rules', () => {
  test("'daily' given explicitly is the default rule (0.9 × 1.1 = 0.99 at −1x)", () => {
    expect(navPath(['0.1', '-0.1'], { leverage: -1, rebalance: 'daily' }).map(s)).toEqual(['1', '0.9', '0.99']);
  });

  test.each([
    ['null', null],
    ['a string', 'weekly'],
    ['a function with an every key', Object.assign(() => 0, { every: 2 })],
    ['both keys, every first', { every: 2, band: '0.1' }],
    ['both keys, band first', { band: '0.1', every: 2 }],
    ['an unknown key', { foo: 1 }],
    ['an array', [1]],
  ])('%s: INVALID_OPTION', (_name, rebalance) => {
    const e = caught(() => navPath(['0.1'], { leverage: 2, rebalance: rebalance as never }));
    expect([e.code, e.argument]).toEqual(['INVALID_OPTION', 'options.rebalance']);
    expect(e.message.startsWith("options.rebalance must be 'daily', { every: k } or { band: b }, got ")).toBe(true);
  });

  test('a negative band names options.rebalance.band', () => {
    expectCode(
      () => navPath(['0.1'], { leverage: 2, rebalance: { band: '-0.1' } }),
      'NEGATIVE',
      'options.rebalance.band',
    );
  });

  test('inside the band the exposure drifts: 2x over +1 %, +1 % holds 2.02 of exposure (1 + 2·(1.0201 − 1) = 1.0402)', () => {
    // day 1: NAV 1.02, ℓ = 2·1.01/1.02 = 1.98039…, |ℓ − 2| = 0.0196 ≤ 0.05·2: no reset; day 2: 1.02 + 2.02·0.01
    const nav = navPath(['0.01', '0.01'], { leverage: 2, rebalance: { band: '0.05' } });
    expect(s(nav[1] as Decimal)).toBe('1.02');
    expect((nav[2] as Decimal).minus('1.0402').abs().lte('1e-30')).toBe(true);
  });

  test('between resets the carry is computed on the drifted ℓ, not on L', () => {
    // 2x, rf 10 %, 1/100 year per period: day 1 x = 2·0.1 + (1 − 2)·0.001 = 0.199 → NAV 1.199, ℓ = 2·1.1/1.199;
    // day 2 (r = 0): NAV = 1.199·(1 + (1 − ℓ)·0.001) = 1.199 + (1.199 − 2.2)·0.001 = 1.197999 (at L: 1.199·0.999 = 1.197801)
    const nav = navPath(['0.1', '0'], {
      leverage: 2,
      financingRate: '0.1',
      periodsPerYear: '100',
      rebalance: { every: 2 },
    });
    expect(s(nav[1] as Decimal)).toBe('1.199');
    expect((nav[2] as Decimal).minus('1.197999').abs().lte('1e-30')).toBe(true);
  });
});

describe('navPath: input checks come before the options are read', () => {
  test('indexReturns that are not a series: INVALID_TYPE on indexReturns even when the options are bad too', () => {
    expectMessage(
      () => navPath(null as never, { leverage: 1 }),
      'indexReturns must be an array of decimal values, got null [INVALID_TYPE]',
    );
    expectCode(
      () => navPath(new DataView(new ArrayBuffer(8)) as never, { leverage: 'x' }),
      'INVALID_TYPE',
      'indexReturns',
    );
    expectCode(() => navPath({ length: 1, 0: '0.1' } as never, { leverage: 'x' }), 'INVALID_TYPE', 'indexReturns');
    expectMessage(() => navPath([], { leverage: 'x' }), 'indexReturns must not be empty, got length 0 [EMPTY_SERIES]');
  });

  test('a typed array of returns is read as shortest decimals (0.1 is one tenth)', () => {
    expect(navPath(new Float64Array([0.1, -0.1]), { leverage: -1 }).map(s)).toEqual(['1', '0.9', '0.99']);
  });

  test('argument names', () => {
    expectCode(() => navPath(['0.1'], { leverage: 'x' }), 'INVALID_DECIMAL', 'options.leverage');
    expectCode(() => navPath(['0.1'], { leverage: 1, dividendYield: '-0.01' }), 'NEGATIVE', 'options.dividendYield');
    expectCode(() => navPath(['0.1'], { leverage: 1, periodsPerYear: '0' }), 'NOT_POSITIVE', 'options.periodsPerYear');
    expectMessage(
      () => navPath(['0.1'], { leverage: 1, periodsPerYear: 252, dates: ['2024-01-01', '2024-01-02'] }),
      'options.periodsPerYear give dates or periodsPerYear, not both, got 252 [INVALID_OPTION]', // the float entry's message: one option layer,
    );
  });
});

describe('navPath: carry per period', () => {
  test('calendar days: a 1-day then a 3-day period accrue 1/360 and 3/360 (constant rates, but not one period for all)', () => {
    // −1x, rf 36 %: carry (1 − ℓ)·rf·d/360 = 2·0.36·d/360 = 0.002·d → NAV 1.002, then 1.002 × 1.006 = 1.008012
    const nav = navPath(['0', '0'], {
      leverage: -1,
      financingRate: '0.36',
      dates: ['2024-03-07', '2024-03-08', '2024-03-11'],
    });
    expect((nav[1] as Decimal).minus('1.002').abs().lte('1e-30')).toBe(true);
    expect((nav[2] as Decimal).minus('1.008012').abs().lte('1e-30')).toBe(true);
  });

  test('every rate given per period: each period uses its own', () => {
    // −1x, 1/360 year: carry 2·rf/360 = 0.002 then 0.004 → 1.002 × 1.004 = 1.006008
    const zeros = ['0', '0'];
    const nav = navPath(['0', '0'], {
      leverage: -1,
      financingRate: ['0.36', '0.72'],
      spread: zeros,
      dividendYield: zeros,
      expenseRatio: zeros,
      periodsPerYear: '360',
    });
    expect((nav[2] as Decimal).minus('1.006008').abs().lte('1e-30')).toBe(true);
  });
});
