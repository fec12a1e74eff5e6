/**
 * The decimal `simulateFund` ledger (docs/concepts.md §7) on small funds whose every
 * number is worked out by hand in the comments: the NAV strike and its
 * residual, flows in whole shares, whole units of the reference, cent
 * accruals on calendar days, the residuals against the unrounded model, a
 * wipe-out, and bad input.
 */
import type { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { simulateFund, type DecimalLedgerBalance } from '../../src/decimal/index.ts';
import { expectCode, expectMessage } from '../helpers/assert.ts';

const s = (x: Decimal): string => x.toString();
const _bal = (b: DecimalLedgerBalance): string[] => [b.positionUnits, b.positionValue, b.cash, b.assets].map(s);
// −1x, $1mm at NAV 25 → 40,000 shares; −1,000,000 / 3000 = −333.33 → −333 units (−999,000), cash 1,999,000.
const base = { indexPrices: ['3000', '3030'], leverage: -1, initialAum: '1000000', initialNav: '25' } as const;

describe('bad input → InverseMathError with the float API codes', () => {
  test('options', () => {
    expectCode(() => simulateFund({ ...base, initialShares: '10' }), 'INVALID_OPTION', 'options.initialAum');
    expectCode(
      () => simulateFund({ indexPrices: ['1', '2'], leverage: 1, initialShares: '10' }),
      'INVALID_OPTION',
      'options.initialNav',
    );
    expectCode(() => simulateFund({ ...base, initialAum: '-1' }), 'NEGATIVE', 'options.initialAum');
    expectCode(() => simulateFund({ ...base, initialNav: '0' }), 'NOT_POSITIVE', 'options.initialNav');
    expectCode(() => simulateFund({ ...base, initialNav: '0.00001' }), 'OUT_OF_RANGE', 'options.initialNav');
    expectCode(() => simulateFund({ ...base, indexPrices: ['3000'] }), 'SERIES_TOO_SHORT', 'options.indexPrices');
    const e = expectCode(
      () => simulateFund({ ...base, indexPrices: ['3000', '-1'] }),
      'NOT_POSITIVE',
      'options.indexPrices',
    );
    expect(e.index).toBe(1);
    expectCode(() => simulateFund({ ...base, indexPrices: ['3000', 'abc'] }), 'INVALID_DECIMAL', 'options.indexPrices');
    expectCode(
      () => simulateFund({ ...base, indexPrices: ['3000', Number.POSITIVE_INFINITY] }),
      'NON_FINITE',
      'options.indexPrices',
    );
    expectCode(() => simulateFund({ ...base, leverage: Number.NaN }), 'NON_FINITE', 'options.leverage');
    expectCode(
      () => simulateFund({ ...base, flows: { currency: ['1', '2'] } }),
      'LENGTH_MISMATCH',
      'options.flows.currency',
    );
    expectCode(() => simulateFund({ ...base, flows: {} as never }), 'INVALID_OPTION', 'options.flows');
    expectCode(() => simulateFund({ ...base, multiplier: '0' }), 'NOT_POSITIVE', 'options.multiplier');
    expectCode(() => simulateFund({ ...base, navDecimals: -1 }), 'OUT_OF_RANGE', 'options.navDecimals');
    expectCode(() => simulateFund({ ...base, navDecimals: 1.5 }), 'OUT_OF_RANGE', 'options.navDecimals');
    expectCode(
      () => simulateFund({ ...base, navRounding: 'bankers' as never }),
      'INVALID_OPTION',
      'options.navRounding',
    );
    expectCode(() => simulateFund({ ...base, unitRounding: 'x' as never }), 'INVALID_OPTION', 'options.unitRounding');
    expectCode(
      () => simulateFund({ ...base, costs: { expenseRatio: '-0.01' } }),
      'NEGATIVE',
      'options.costs.expenseRatio',
    );
    expectCode(
      () => simulateFund({ ...base, costs: { dates: ['2024-01-01'] } }),
      'LENGTH_MISMATCH',
      'options.costs.dates',
    );
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

describe('simulateFund: starting modes and option defaults', () => {
  test('initialShares with an initialNav off the 4-decimal grid: the shares are kept, the NAV struck', () => {
    // 100 shares at 1.23456 → NAV 1.2346 (half-even); assets 123.46, model 123.456, residual 0.004
    const { opening } = simulateFund({
      indexPrices: ['100', '101'],
      leverage: 1,
      initialShares: '100',
      initialNav: '1.23456',
    });
    expect([opening.shares, opening.nav, opening.assets, opening.residual].map(s)).toEqual([
      '100',
      '1.2346',
      '123.46',
      '0.004',
    ]);
    expect([opening.model.nav, opening.model.shares, opening.model.assets].map(s)).toEqual([
      '1.23456',
      '100',
      '123.456',
    ]);
  });

  test('initialAum is converted to shares exactly, not through a quotient rounded to the precision', () => {
    // 99,999.9 at NAV 1 → 99,999 whole shares toward zero (a 5-digit quotient would read 100,000)
    expect(
      s(simulateFund({ indexPrices: ['1', '1'], leverage: 1, initialAum: '99999.9', precision: 5 }).opening.shares),
    ).toBe('99999');
    // default shareRounding toward-zero: 10.6 → 10 shares
    expect(s(simulateFund({ indexPrices: ['1', '1'], leverage: 1, initialAum: '10.6' }).opening.shares)).toBe('10');
  });

  test('navDecimals 100 is accepted, 101 is not', () => {
    expect(
      s(simulateFund({ indexPrices: ['100', '100'], leverage: 1, initialAum: '100', navDecimals: 100 }).finalNav),
    ).toBe('1');
    expectMessage(
      () => simulateFund({ indexPrices: ['100', '100'], leverage: 1, initialAum: '100', navDecimals: 101 }),
      'options.navDecimals must be at most 100, got 101 [OUT_OF_RANGE]',
    );
  });

  test('bad options: arguments and messages', () => {
    const base = { indexPrices: ['100', '100'], leverage: 1 } as const;
    expectMessage(
      () => simulateFund({ ...base, initialAum: 100, initialShares: 5 }),
      'options.initialAum give exactly one of initialAum or initialShares, got 100 [INVALID_OPTION]',
    );
    expectCode(
      () => simulateFund({ ...base, initialShares: '-1', initialNav: 1 }),
      'NEGATIVE',
      'options.initialShares',
    );
    expectMessage(
      () => simulateFund({ ...base, initialShares: '1' }),
      'options.initialNav initialShares requires initialNav, got undefined [INVALID_OPTION]',
    );
    expectCode(
      () => simulateFund({ ...base, initialShares: '1', initialNav: '0' }),
      'NOT_POSITIVE',
      'options.initialNav',
    );
    expectMessage(
      () => simulateFund({ ...base, initialAum: '100', initialNav: '0.00001' }),
      'options.initialNav is 0 when struck to 4 decimals, got "0.00001" [OUT_OF_RANGE]',
    );
    expectCode(() => simulateFund({ ...base, initialAum: '100', flows: 5 as never }), 'INVALID_TYPE', 'options.flows');
    expectMessage(
      () => simulateFund({ ...base, initialAum: '100', flows: { shares: ['1'], currency: ['1'] } as never }),
      'options.flows give exactly one of shares or currency, got object [INVALID_OPTION]',
    );
    expectCode(() => simulateFund({ ...base, initialAum: '100', costs: 5 as never }), 'INVALID_TYPE', 'options.costs');
    expectCode(
      () => simulateFund({ ...base, initialAum: '100', shareRounding: 'up' as never }),
      'INVALID_OPTION',
      'options.shareRounding',
    );
    expectCode(
      () => simulateFund({ ...base, initialAum: '100', accrualRounding: 'up' as never }),
      'INVALID_OPTION',
      'options.accrualRounding',
    );
    expectCode(
      () => simulateFund({ ...base, initialAum: '100', accrualDecimals: 101 }),
      'OUT_OF_RANGE',
      'options.accrualDecimals',
    );
    expectCode(
      () => simulateFund({ ...base, indexPrices: [], initialAum: '100' }),
      'EMPTY_SERIES',
      'options.indexPrices',
    );
  });
});
