/**
 * The decimal entry's edges that mutation testing showed unchecked: the
 * decimal string grammar, the Decimal-object check, range limits, error
 * arguments and messages (the format of src/errors.ts:
 * `<argument>[<index>] <rule>, got <value> [<CODE>]`, with the rule each
 * guard documents), option defaults, rebalancing rules, calendar-day carry,
 * and the ledger's rarer branches (no shares, a NAV struck at 0, a full
 * redemption within the slack, a model wiped out before the ledger, accruals
 * after a wipe-out).
 *
 * Every call runs inside a test body: Stryker activates a mutant before each
 * test file's tests, not while the file is collected. Expected numbers are
 * worked by hand in the comments (docs/concepts.md §3, §7), or come from the
 * documented defaults and rules.
 */
import Decimal from 'decimal.js';
import { describe, expect, test } from 'vitest';
import {
  closeTrade,
  createDecimalContext,
  DEFAULT_ROUNDING,
  navPath,
  rebalanceTrade,
  ROUNDING_MODES,
  simulateFund,
} from '../../src/decimal/index.ts';
import { dec, decNonNegative, decPositive, decReturn, decSeries, decWhole, decWholeNonNegative } from '../../src/decimal/parse.ts';
import { InverseMathError, type InverseMathErrorCode } from '../../src/errors.ts';
import { expectCode } from '../helpers/assert.ts';

const s = (x: Decimal): string => x.toString();
const D = Decimal.clone({ precision: 34 });

function caught(fn: () => unknown): InverseMathError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InverseMathError);
    return error as InverseMathError;
  }
  throw new Error('expected an InverseMathError');
}

/** `fn()` throws exactly this message (argument, rule, value and code). */
function expectMessage(fn: () => unknown, message: string): InverseMathError {
  const e = caught(fn);
  expect(e.message).toBe(message);
  return e;
}

/** An object carrying decimal.js's tag, as `Decimal.isDecimal` recognises one. */
const fake = (d: unknown, e: unknown, sign: unknown): unknown => ({ d, e, s: sign, toStringTag: '[object Decimal]' });

describe('parse: the decimal string grammar (plain notation, parse.ts)', () => {
  test.each([
    ['12.5', '12.5'],
    ['10.25', '10.25'],
    ['.25', '0.25'],
    ['+3', '3'],
    ['-7.', '-7'],
    ['1e5', '100000'],
    ['1E12', '1000000000000'],
    ['1e-4', '0.0001'],
    ['1.5e+10', '15000000000'],
  ])('%s is read exactly as %s', (input, plain) => {
    expect(dec(D, input, 'x').toFixed()).toBe(plain);
  });

  test.each(['1.5x', 'x1.5', '0x10', ' 1', '1 ', '1e', '1ex5', '1e+', '.', 'e5', 'Infinity1', 'xNaN', '1,5', ''])(
    '%j is not a decimal number: INVALID_DECIMAL, never a decimal.js error',
    (input) => {
      expectCode(() => dec(D, input, 'x'), 'INVALID_DECIMAL', 'x');
    },
  );

  test.each(['NaN', 'Infinity', '-Infinity', '+Infinity', '-NaN'])('%s is NON_FINITE (not INVALID_DECIMAL)', (input) => {
    expectCode(() => dec(D, input, 'x'), 'NON_FINITE', 'x');
  });

  test('messages: the rule of each guard', () => {
    expectMessage(() => dec(D, 'NaN', 'x'), 'x must be a finite number, got "NaN" [NON_FINITE]');
    expectMessage(() => dec(D, '1.5x', 'x'), 'x must be a decimal number such as "12.5" or "-1e-4", got "1.5x" [INVALID_DECIMAL]');
    expectMessage(() => dec(D, Number.NaN, 'x'), 'x must be a finite number, got NaN [NON_FINITE]');
    expectMessage(() => dec(D, new Decimal(Number.NaN), 'x'), 'x must be a finite number, got object [NON_FINITE]');
    expectMessage(() => dec(D, {}, 'x'), 'x must be a decimal string, a number, a bigint or a Decimal, got object [INVALID_TYPE]');
    expectMessage(() => decPositive(D, '0', 'x'), 'x must be greater than zero, got "0" [NOT_POSITIVE]');
    expectMessage(() => decNonNegative(D, '-1', 'x'), 'x must be zero or greater, got "-1" [NEGATIVE]');
    expectMessage(() => decReturn(D, '-1', 'x'), 'x a simple return must be greater than -1, got "-1" [RETURN_OUT_OF_DOMAIN]');
  });

  test('magnitudes up to 1e±10000 are read (DecimalValue docs); beyond is OUT_OF_RANGE', () => {
    expect(dec(D, '1e10000', 'x').e).toBe(10000);
    expect(dec(D, '1e-10000', 'x').e).toBe(-10000);
    expectMessage(() => dec(D, '1e10001', 'x'), 'x must be zero or of magnitude between 1e-10000 and 1e10000, got "1e10001" [OUT_OF_RANGE]');
    expectCode(() => dec(D, '1e-10001', 'x'), 'OUT_OF_RANGE', 'x');
    expectCode(() => dec(D, 10n ** 10001n, 'x'), 'OUT_OF_RANGE', 'x');
  });
});

describe('parse: a Decimal of any constructor, but not an object that only carries the tag', () => {
  test('a real Decimal whose base-1e7 digit words include a 0 is copied digit for digit', () => {
    // 100000000000001 = 1·10^14 + 1: decimal.js stores the words [1, 0, 1]
    const x = new Decimal('100000000000001');
    expect(x.d).toEqual([1, 0, 1]);
    expect(dec(D, x, 'x').toFixed()).toBe('100000000000001');
  });

  test.each([
    ['a fractional digit word', fake([1, 1.5], 0, 1)],
    ['a negative digit word', fake([-1], 0, 1)],
    ['a digit word of 1e7 (words are base 1e7)', fake([1e7], 0, 1)],
    ['a sign of 2', fake([1], 0, 2)],
    ['an exponent that is NaN', fake([1], Number.NaN, 1)],
    ['no exponent', fake([1], undefined, 1)],
  ])('%s: INVALID_DECIMAL', (_name, value) => {
    expectMessage(() => dec(D, value, 'x'), 'x is not a valid Decimal, got object [INVALID_DECIMAL]');
  });
});

describe('parse: whole numbers and series (internal readers)', () => {
  test('decWholeNonNegative / decWhole: a whole number, else OUT_OF_RANGE', () => {
    expect(s(decWholeNonNegative(D, '3', 'x'))).toBe('3');
    expectMessage(() => decWholeNonNegative(D, '1.5', 'x'), 'x must be a whole number, got "1.5" [OUT_OF_RANGE]');
    expectCode(() => decWholeNonNegative(D, '-2', 'x'), 'NEGATIVE', 'x');
    expect(s(decWhole(D, '-2', 'x'))).toBe('-2');
    expectMessage(() => decWhole(D, '-2.5', 'x', 4), 'x[4] must be a whole number, got "-2.5" [OUT_OF_RANGE]');
  });

  test('typed arrays are series; a DataView or an array-like object is not', () => {
    expect(decSeries(D, new Float64Array([1.5, 2]), 'x', 1).map(s)).toEqual(['1.5', '2']);
    expectMessage(() => decSeries(D, new DataView(new ArrayBuffer(8)), 'x', 1), 'x must be an array of decimal values, got object [INVALID_TYPE]');
    expectCode(() => decSeries(D, { length: 1, 0: '1' }, 'x', 1), 'INVALID_TYPE', 'x');
    expectCode(() => decSeries(D, '1', 'x', 1), 'INVALID_TYPE', 'x');
  });

  test('lengths: empty is EMPTY_SERIES when an element is needed, fine when none is; too short is SERIES_TOO_SHORT', () => {
    expectMessage(() => decSeries(D, [], 'x', 1), 'x must not be empty, got object [EMPTY_SERIES]');
    expectCode(() => decSeries(D, [], 'x', 2), 'EMPTY_SERIES', 'x');
    expect(decSeries(D, [], 'x', 0)).toEqual([]);
    expectMessage(() => decSeries(D, ['1'], 'x', 2), 'x must have at least 2 elements, got object [SERIES_TOO_SHORT]');
  });

  test('a hole is INVALID_TYPE with its index', () => {
    const e = expectMessage(() => decSeries(D, [, '1'], 'x', 1), 'x[0] must not have holes, got undefined [INVALID_TYPE]');
    expect(e.index).toBe(0);
  });
});

describe('context: rounding modes, defaults and limits (context.ts docs)', () => {
  test('ROUNDING_MODES lists the nine documented modes in order; the default is half-even', () => {
    expect(ROUNDING_MODES).toEqual(['half-even', 'half-up', 'half-down', 'half-ceil', 'half-floor', 'toward-zero', 'away-from-zero', 'floor', 'ceil']);
    expect(DEFAULT_ROUNDING).toBe('half-even');
    const ctx = createDecimalContext();
    expect([ctx.precision, ctx.rounding]).toEqual([34, 'half-even']);
  });

  test('precision up to 1e9 (decimal.js maximum) is accepted, beyond is OUT_OF_RANGE', () => {
    expect(createDecimalContext({ precision: 1e9 }).precision).toBe(1e9);
    expectMessage(() => createDecimalContext({ precision: 1e9 + 1 }), 'options.precision must be at most 1000000000, got 1000000001 [OUT_OF_RANGE]');
  });

  test('a per-call arithmeticRounding applies even at the context precision', () => {
    // 1 − 1/3: τ = 1/3 to 34 digits rounded up is 0.{33×3}4, so NAV = 0.{34×6}; half-even gives 0.{33×6}7
    const opts = { leverage: 1, expenseRatio: '1', periodsPerYear: 3 } as const;
    expect(s(navPath(['0'], { ...opts, precision: 34, arithmeticRounding: 'ceil' })[1] as Decimal)).toBe(`0.${'6'.repeat(34)}`);
    expect(s(navPath(['0'], { ...opts, arithmeticRounding: 'ceil' })[1] as Decimal)).toBe(`0.${'6'.repeat(34)}`);
  });

  test('sums and products of the ledger are exact beyond 20 digits (the exact constructor keeps every digit)', () => {
    // NAV 1: one share per currency unit, a 25-digit subscription stays whole
    const aum = '1234567890123456789012345';
    const { opening } = simulateFund({ indexPrices: ['1', '1'], leverage: 1, initialAum: aum });
    expect([opening.shares, opening.assets, opening.residual].map(s)).toEqual([aum, aum, '0']);
  });

  test("a context's rounding mode never leaks into the ledger's named roundings (navRounding default half-even)", () => {
    // 1.00005 struck to 4 decimals is a tie: half-even → 1.0000, while the context rounds up
    const ctx = createDecimalContext({ rounding: 'ceil' });
    const ledger = ctx.simulateFund({ indexPrices: ['100', '100'], leverage: 1, initialAum: '100', initialNav: '1.00005' });
    expect(s(ledger.opening.nav)).toBe('1');
    // and an exact half-unit accrual struck by accrualRounding (default half-even), not by the context:
    // 1x, 100 shares at NAV 1, one unit at 100, cash 0; expenses −100 × 0.5 × 1/100 = −0.5 exactly, to 0 decimals
    const costs = { expenseRatio: '0.5', periodsPerYear: '100' };
    const run = (accrualRounding: 'ceil' | 'floor' | 'half-up' | undefined): string =>
      s(ctx.simulateFund({ indexPrices: ['100', '100'], leverage: 1, initialAum: '100', costs, accrualDecimals: 0, accrualRounding }).days[0]!.accruals.expenses);
    expect([run('ceil'), run('floor'), run('half-up'), run(undefined)]).toEqual(['0', '-1', '-1', '0']);
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
    expectCode(() => navPath(['0.1'], { leverage: 2, rebalance: { band: '-0.1' } }), 'NEGATIVE', 'options.rebalance.band');
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
    const nav = navPath(['0.1', '0'], { leverage: 2, financingRate: '0.1', periodsPerYear: '100', rebalance: { every: 2 } });
    expect(s(nav[1] as Decimal)).toBe('1.199');
    expect((nav[2] as Decimal).minus('1.197999').abs().lte('1e-30')).toBe(true);
  });
});

describe('navPath: input checks come before the options are read', () => {
  test('indexReturns that are not a series: INVALID_TYPE on indexReturns even when the options are bad too', () => {
    expectMessage(() => navPath(null as never, { leverage: 1 }), 'indexReturns must be an array of decimal values, got null [INVALID_TYPE]');
    expectCode(() => navPath(new DataView(new ArrayBuffer(8)) as never, { leverage: 'x' }), 'INVALID_TYPE', 'indexReturns');
    expectCode(() => navPath({ length: 1, 0: '0.1' } as never, { leverage: 'x' }), 'INVALID_TYPE', 'indexReturns');
    expectMessage(() => navPath([], { leverage: 'x' }), 'indexReturns must not be empty, got object [EMPTY_SERIES]');
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
    const nav = navPath(['0', '0'], { leverage: -1, financingRate: '0.36', dates: ['2024-03-07', '2024-03-08', '2024-03-11'] });
    expect((nav[1] as Decimal).minus('1.002').abs().lte('1e-30')).toBe(true);
    expect((nav[2] as Decimal).minus('1.008012').abs().lte('1e-30')).toBe(true);
  });

  test('every rate given per period: each period uses its own', () => {
    // −1x, 1/360 year: carry 2·rf/360 = 0.002 then 0.004 → 1.002 × 1.004 = 1.006008
    const zeros = ['0', '0'];
    const nav = navPath(['0', '0'], { leverage: -1, financingRate: ['0.36', '0.72'], spread: zeros, dividendYield: zeros, expenseRatio: zeros, periodsPerYear: '360' });
    expect((nav[2] as Decimal).minus('1.006008').abs().lte('1e-30')).toBe(true);
  });
});

describe('rebalanceTrade / closeTrade: the wipe-out rule and argument names', () => {
  test('1 + L·r < 0 closes the fund out: aumAfter = exposureAfter = 0, trade = −exposureBefore (trades.ts docs)', () => {
    // −2x, $1,000, index +100 %: E' = −2·1000·2 = −4000; 1 + L·r = −1 → sell nothing more, buy back 4000
    const t = rebalanceTrade({ aum: '1000', leverage: -2, indexReturn: '1' });
    expect([t.trade, t.exposureBefore, t.exposureAfter, t.aumAfter].map(s)).toEqual(['4000', '-4000', '0', '0']);
    const c = closeTrade({ aum: '1000', leverage: -2, indexReturn: '1', flow: 0 });
    expect([c.rebalance, c.flowTrade, c.total].map(s)).toEqual(['4000', '0', '4000']);
    expect(c.effect).toBe('none');
    expectMessage(
      () => closeTrade({ aum: '1000', leverage: -2, indexReturn: '1', flow: '1' }),
      'options.flow the move wiped the fund out: no flow at a NAV of 0, got "1" [OUT_OF_RANGE]',
    );
  });

  test('a redemption beyond the assets after the move (W5 fund: A′ = 1,000,000 × 1.5)', () => {
    expectMessage(
      () => closeTrade({ aum: '1000000', leverage: -1, indexReturn: '-0.5', flow: '-1500001' }),
      'options.flow a redemption cannot exceed the assets after the move (1500000), got "-1500001" [OUT_OF_RANGE]',
    );
  });

  test('argument names', () => {
    expectCode(() => rebalanceTrade({ aum: '1', leverage: 'x', indexReturn: '0' }), 'INVALID_DECIMAL', 'options.leverage');
    expectCode(() => rebalanceTrade({ aum: '1', leverage: 1, indexReturn: '-1' }), 'RETURN_OUT_OF_DOMAIN', 'options.indexReturn');
    const ok = { aum: '1', leverage: 1, indexReturn: '0', flow: '0' };
    expectCode(() => closeTrade({ ...ok, aum: '-1' }), 'NEGATIVE', 'options.aum');
    expectCode(() => closeTrade({ ...ok, leverage: 'x' }), 'INVALID_DECIMAL', 'options.leverage');
    expectCode(() => closeTrade({ ...ok, indexReturn: '-1' }), 'RETURN_OUT_OF_DOMAIN', 'options.indexReturn');
    expectCode(() => closeTrade({ ...ok, flow: 'x' }), 'INVALID_DECIMAL', 'options.flow');
  });
});

describe('simulateFund: starting modes and option defaults', () => {
  test('initialShares with an initialNav off the 4-decimal grid: the shares are kept, the NAV struck', () => {
    // 100 shares at 1.23456 → NAV 1.2346 (half-even); assets 123.46, model 123.456, residual 0.004
    const { opening } = simulateFund({ indexPrices: ['100', '101'], leverage: 1, initialShares: '100', initialNav: '1.23456' });
    expect([opening.shares, opening.nav, opening.assets, opening.residual].map(s)).toEqual(['100', '1.2346', '123.46', '0.004']);
    expect([opening.model.nav, opening.model.shares, opening.model.assets].map(s)).toEqual(['1.23456', '100', '123.456']);
  });

  test('initialAum is converted to shares exactly, not through a quotient rounded to the precision', () => {
    // 99,999.9 at NAV 1 → 99,999 whole shares toward zero (a 5-digit quotient would read 100,000)
    expect(s(simulateFund({ indexPrices: ['1', '1'], leverage: 1, initialAum: '99999.9', precision: 5 }).opening.shares)).toBe('99999');
    // default shareRounding toward-zero: 10.6 → 10 shares
    expect(s(simulateFund({ indexPrices: ['1', '1'], leverage: 1, initialAum: '10.6' }).opening.shares)).toBe('10');
  });

  test('navDecimals 100 is accepted, 101 is not', () => {
    expect(s(simulateFund({ indexPrices: ['100', '100'], leverage: 1, initialAum: '100', navDecimals: 100 }).finalNav)).toBe('1');
    expectMessage(() => simulateFund({ indexPrices: ['100', '100'], leverage: 1, initialAum: '100', navDecimals: 101 }), 'options.navDecimals must be at most 100, got 101 [OUT_OF_RANGE]');
  });

  test('bad options: arguments and messages', () => {
    const base = { indexPrices: ['100', '100'], leverage: 1 } as const;
    expectMessage(() => simulateFund({ ...base, initialAum: 100, initialShares: 5 }), 'options.initialAum give exactly one of initialAum or initialShares, got 100 [INVALID_OPTION]');
    expectCode(() => simulateFund({ ...base, initialShares: '-1', initialNav: 1 }), 'NEGATIVE', 'options.initialShares');
    expectMessage(() => simulateFund({ ...base, initialShares: '1' }), 'options.initialNav initialShares requires initialNav, got undefined [INVALID_OPTION]');
    expectCode(() => simulateFund({ ...base, initialShares: '1', initialNav: '0' }), 'NOT_POSITIVE', 'options.initialNav');
    expectMessage(() => simulateFund({ ...base, initialAum: '100', initialNav: '0.00001' }), 'options.initialNav is 0 when struck to 4 decimals, got "0.00001" [OUT_OF_RANGE]');
    expectCode(() => simulateFund({ ...base, initialAum: '100', flows: 5 as never }), 'INVALID_TYPE', 'options.flows');
    expectMessage(
      () => simulateFund({ ...base, initialAum: '100', flows: { shares: ['1'], currency: ['1'] } as never }),
      'options.flows give exactly one of shares or currency, got object [INVALID_OPTION]',
    );
    expectCode(() => simulateFund({ ...base, initialAum: '100', costs: 5 as never }), 'INVALID_TYPE', 'options.costs');
    expectCode(() => simulateFund({ ...base, initialAum: '100', shareRounding: 'up' as never }), 'INVALID_OPTION', 'options.shareRounding');
    expectCode(() => simulateFund({ ...base, initialAum: '100', accrualRounding: 'up' as never }), 'INVALID_OPTION', 'options.accrualRounding');
    expectCode(() => simulateFund({ ...base, initialAum: '100', accrualDecimals: 101 }), 'OUT_OF_RANGE', 'options.accrualDecimals');
    expectCode(() => simulateFund({ ...base, indexPrices: [], initialAum: '100' }), 'EMPTY_SERIES', 'options.indexPrices');
  });
});

describe('simulateFund: rarer ledger days', () => {
  test('no shares outstanding but assets left: the NAV still follows g = 1 + L·r', () => {
    // 1x, 100 shares at 1, one unit at 100, cash 0. Day 1 (+0.005 %): assets 100.005, NAV 1.00005 → 1.0000 (half-even tie),
    // 0.005 left in the fund; all 100 shares redeemed at 1 → the unit is sold, cash 0.005, no shares.
    // Day 2 (+10 %: 100.005 → 110.0055): NAV 1 × 1.1 = 1.1
    const r = simulateFund({ indexPrices: ['100', '100.005', '110.0055'], leverage: 1, initialAum: '100', flows: { shares: ['-100', '0'] } });
    expect([r.days[0]!.nav, r.days[0]!.strikeResidual, r.days[0]!.sharesOutstanding, r.days[0]!.afterTrade.cash].map(s)).toEqual(['1', '0.005', '0', '0.005']);
    expect([r.days[1]!.nav, r.days[1]!.navUnrounded, r.days[1]!.sharesOutstanding, r.days[1]!.aum].map(s)).toEqual(['1.1', '1.1', '0', '0.005']);
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
    const day = simulateFund({ indexPrices: ['100', '100'], leverage: 1, initialAum: '100', shareRounding: 'away-from-zero', flows: { shares: ['-100.00000000001'] } }).days[0]!;
    expect([day.flowShares, day.sharesOutstanding].map(s)).toEqual(['-100', '0']);
    expect([day.model.shares, day.model.assets].map(s)).toEqual(['0', '0']);
  });

  test('a share flow: the shortfall is the fraction not issued, at the NAV; the model takes the exact shares at its NAV', () => {
    // 150 at NAV 1.5 → 100 shares; 2 units at 100 (1.5 → 2 half-even), cash −50; flat day, NAV 1.5
    // 10.5 shares asked → 10 issued (toward zero): cash 15, shortfall (10 − 10.5)·1.5 = −0.75
    // model: 100 + 10.5 shares, 150 + 10.5·1.5 = 165.75
    const day = simulateFund({ indexPrices: ['100', '100'], leverage: 1, initialAum: '150', initialNav: '1.5', flows: { shares: ['10.5'] } }).days[0]!;
    expect([day.nav, day.flowShares, day.flow, day.flowShortfall].map(s)).toEqual(['1.5', '10', '15', '-0.75']);
    expect([day.model.nav, day.model.shares, day.model.assets].map(s)).toEqual(['1.5', '110.5', '165.75']);
  });

  test('the model wiped out while the ledger is not: later flows leave the model at 0', () => {
    // −1x, 1050 shares at 1; −10.5 units → −10 (half-even), cash 2050; index +100 %: model g = 1 − 1 = 0 (wiped),
    // ledger −2000 + 2050 = 50 > 0 (solvent, NAV 50/1050 → 0.0476)
    const r = simulateFund({ indexPrices: ['100', '200'], leverage: -1, initialAum: '1050', flows: { shares: ['10'] } });
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
    expect([r.days[0]!.accruals.financing, r.days[0]!.accruals.expenses, r.days[0]!.afterTrade.cash].map(s)).toEqual(['2', '-1', '-999']);
    for (const day of r.days.slice(1)) {
      expect([day.accruals.financing, day.accruals.expenses, day.accruals.total, day.afterTrade.cash].map(s)).toEqual(['0', '0', '0', '-999']);
    }
    expect([r.totals.accruals.financing, r.totals.accruals.expenses, r.totals.accruals.total].map(s)).toEqual(['2', '-1', '1']);
  });

  test('totals of the doc example: the 10 of exposure residual and the 2 of strike residual', () => {
    // −1x, $1mm at NAV 25: −333 units (not −333⅓); +1 %: P&L −9,990 vs the model's −10,000 → exposure residual 10;
    // 990,010 / 40,000 = 24.75025 → 24.7502, 2 left in the fund; no costs
    const r = simulateFund({ indexPrices: ['3000', '3030'], leverage: -1, initialAum: '1000000', initialNav: '25' });
    const { accruals, residuals, strikeResidual } = r.totals;
    expect([accruals.financing, accruals.spread, accruals.dividends, accruals.expenses, accruals.total].map(s)).toEqual(['0', '0', '0', '0', '0']);
    expect([residuals.exposure, residuals.accrual, residuals.flow, residuals.day, strikeResidual].map(s)).toEqual(['10', '0', '0', '10', '2']);
  });

  test('spread and expenses accrue when their rates are not zero (1x, 1/100 year)', () => {
    // 100 shares at 1, one unit at 100, cash 0: spread −|100|·0.5·0.01 = −0.5; expenses −100·0.3·0.01 = −0.3
    const r = simulateFund({ indexPrices: ['100', '100'], leverage: 1, initialAum: '100', costs: { spread: '0.5', expenseRatio: '0.3', periodsPerYear: '100' } });
    const a = r.days[0]!.accruals;
    expect([a.spread, a.expenses, a.total].map(s)).toEqual(['-0.5', '-0.3', '-0.8']);
  });
});
