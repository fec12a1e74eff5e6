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
import { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { fc, test as prop } from '@fast-check/vitest';
import { navPath, rebalanceTrade, fundReturn } from '../../src/decimal/index.ts';
import {
  dec,
  decNonNegative,
  decPositive,
  decReturn,
  decSeries,
  decWhole,
  decWholeNonNegative,
} from '../../src/decimal/parse.ts';
import { expectCode, expectMessage } from '../helpers/assert.ts';
import { decimalFields } from '../helpers/scaled.ts';

const s = (x: Decimal): string => x.toString();
const D = Decimal.clone({ precision: 34 });
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

  // strings of at most 15 digits in plain notation are read without decimal.js's parser (parse.ts shortPlain):
  // each must be decimal.js's own Decimal of that string, field by field, of the constructor D
  prop.prop([
    fc.constantFrom('', '+', '-'),
    fc.stringMatching(/^[0-9]{1,16}$/),
    fc.option(fc.stringMatching(/^[0-9]{0,16}$/)),
  ])(
    'a plain string of up to 16 digits is the Decimal new D(string) makes, field by field',
    (sign, whole, fraction) => {
      const input = fraction === null ? `${sign}${whole}` : `${sign}${whole}.${fraction}`;
      const x = dec(D, input, 'x');
      const expected = new D(input);
      expect(x.constructor).toBe(D);
      expect(x instanceof D).toBe(true);
      expect(decimalFields(x)).toEqual(decimalFields(expected));
    },
  );

  test.each([
    '999999999999999', // 15 digits: the longest read as a double
    '9007199254740993', // 2^53 + 1: a double cannot hold it
    '9999999999999999',
    '-9999999999999.999',
    '99999999.99999999',
    '0.000000000000001',
    '100000000000000000000.5',
  ])('%s, next to the 15 digits a double holds, is the Decimal new D(string) makes', (input) => {
    expect(decimalFields(dec(D, input, 'x'))).toEqual(decimalFields(new D(input)));
  });

  test.each(['0', '-0', '+0', '0.000', '-0.0', '000', '00.00'])(
    '%s is 0 with the sign decimal.js gives it',
    (input) => {
      expect(Object.is(dec(D, input, 'x').toNumber(), new D(input).toNumber())).toBe(true);
      expectCode(() => decPositive(D, input, 'x'), 'NOT_POSITIVE', 'x');
      expect(decNonNegative(D, input, 'x').isZero()).toBe(true);
    },
  );

  test.each(['1.5x', 'x1.5', '0x10', ' 1', '1 ', '1e', '1ex5', '1e+', '.', 'e5', 'Infinity1', 'xNaN', '1,5', ''])(
    '%j is not a decimal number: INVALID_DECIMAL, never a decimal.js error',
    (input) => {
      expectCode(() => dec(D, input, 'x'), 'INVALID_DECIMAL', 'x');
    },
  );

  test.each(['NaN', 'Infinity', '-Infinity', '+Infinity', '-NaN'])(
    '%s is NON_FINITE (not INVALID_DECIMAL)',
    (input) => {
      expectCode(() => dec(D, input, 'x'), 'NON_FINITE', 'x');
    },
  );

  test('messages: the rule of each guard', () => {
    expectMessage(() => dec(D, 'NaN', 'x'), 'x must be a finite number, got "NaN" [NON_FINITE]');
    expectMessage(
      () => dec(D, '1.5x', 'x'),
      'x must be a decimal number such as "12.5" or "-1e-4", got "1.5x" [INVALID_DECIMAL]',
    );
    expectMessage(() => dec(D, Number.NaN, 'x'), 'x must be a finite number, got NaN [NON_FINITE]');
    expectMessage(() => dec(D, new Decimal(Number.NaN), 'x'), 'x must be a finite number, got object [NON_FINITE]');
    expectMessage(
      () => dec(D, {}, 'x'),
      'x must be a decimal string, a number, a bigint or a Decimal, got object [INVALID_TYPE]',
    );
    expectMessage(() => decPositive(D, '0', 'x'), 'x must be greater than zero, got "0" [NOT_POSITIVE]');
    expectMessage(() => decNonNegative(D, '-1', 'x'), 'x must be zero or greater, got "-1" [NEGATIVE]');
    expectMessage(
      () => decReturn(D, '-1', 'x'),
      'x a simple return must be greater than -1, got "-1" [RETURN_OUT_OF_DOMAIN]',
    );
  });

  test('magnitudes up to 1e±10000 are read (DecimalValue docs); beyond is OUT_OF_RANGE', () => {
    expect(dec(D, '1e10000', 'x').e).toBe(10000);
    expect(dec(D, '1e-10000', 'x').e).toBe(-10000);
    expectMessage(
      () => dec(D, '1e10001', 'x'),
      'x must be zero or of magnitude between 1e-10000 and 1e10000, got "1e10001" [OUT_OF_RANGE]',
    );
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
    expectMessage(
      () => decSeries(D, new DataView(new ArrayBuffer(8)), 'x', 1),
      'x must be an array of decimal values, got object [INVALID_TYPE]',
    );
    expectCode(() => decSeries(D, { length: 1, 0: '1' }, 'x', 1), 'INVALID_TYPE', 'x');
    expectCode(() => decSeries(D, '1', 'x', 1), 'INVALID_TYPE', 'x');
  });

  test('lengths: empty is EMPTY_SERIES when an element is needed, fine when none is; too short is SERIES_TOO_SHORT', () => {
    expectMessage(() => decSeries(D, [], 'x', 1), 'x must not be empty, got length 0 [EMPTY_SERIES]');
    expectCode(() => decSeries(D, [], 'x', 2), 'EMPTY_SERIES', 'x');
    expect(decSeries(D, [], 'x', 0)).toEqual([]);
    expectMessage(
      () => decSeries(D, ['1'], 'x', 2),
      'x must have at least 2 elements, got length 1 [SERIES_TOO_SHORT]',
    );
  });

  test('a hole is INVALID_TYPE with its index', () => {
    const e = expectMessage(
      () => decSeries(D, [, '1'], 'x', 1),
      'x[0] must not have holes, got undefined [INVALID_TYPE]',
    );
    expect(e.index).toBe(0);
  });
});

describe('strings are exact: "0.1" is one tenth (src/decimal/parse.ts)', () => {
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
    expect(s(rebalanceTrade({ aum: 10n ** 30n, leverage: 2, indexReturn: '0.01' }).trade)).toBe(`2${'0'.repeat(28)}`);
    const Other = Decimal.clone({ precision: 5 });
    // a 40-digit Decimal from a 5-digit constructor keeps its 40 digits on the way in
    const long = new Other('0.1234567890123456789012345678901234567890');
    expect(s(fundReturn(long, 1, { precision: 60 }))).toBe('0.123456789012345678901234567890123456789');
  });
});
