/**
 * The decimal entry's rounding modes, defaults and limits (context.ts).
 */
import type { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import {
  createDecimalContext,
  DEFAULT_ROUNDING,
  navPath,
  ROUNDING_MODES,
  simulateFund,
} from '../../src/decimal/index.ts';
import { expectMessage } from '../helpers/assert.ts';

const s = (x: Decimal): string => x.toString();
describe('context: rounding modes, defaults and limits (context.ts docs)', () => {
  test('ROUNDING_MODES lists the nine documented modes in order; the default is half-even', () => {
    expect(ROUNDING_MODES).toEqual([
      'half-even',
      'half-up',
      'half-down',
      'half-ceil',
      'half-floor',
      'toward-zero',
      'away-from-zero',
      'floor',
      'ceil',
    ]);
    expect(DEFAULT_ROUNDING).toBe('half-even');
    const ctx = createDecimalContext();
    expect([ctx.precision, ctx.rounding]).toEqual([34, 'half-even']);
  });

  test('precision up to 1e9 (decimal.js maximum) is accepted, beyond is OUT_OF_RANGE', () => {
    expect(createDecimalContext({ precision: 1e9 }).precision).toBe(1e9);
    expectMessage(
      () => createDecimalContext({ precision: 1e9 + 1 }),
      'options.precision must be at most 1000000000, got 1000000001 [OUT_OF_RANGE]',
    );
  });

  test('a per-call arithmeticRounding applies even at the context precision', () => {
    // 1 − 1/3: τ = 1/3 to 34 digits rounded up is 0.{33×3}4, so NAV = 0.{34×6}; half-even gives 0.{33×6}7
    const opts = { leverage: 1, expenseRatio: '1', periodsPerYear: 3 } as const;
    expect(s(navPath(['0'], { ...opts, precision: 34, arithmeticRounding: 'ceil' })[1] as Decimal)).toBe(
      `0.${'6'.repeat(34)}`,
    );
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
    const ledger = ctx.simulateFund({
      indexPrices: ['100', '100'],
      leverage: 1,
      initialAum: '100',
      initialNav: '1.00005',
    });
    expect(s(ledger.opening.nav)).toBe('1');
    // and an exact half-unit accrual struck by accrualRounding (default half-even), not by the context:
    // 1x, 100 shares at NAV 1, one unit at 100, cash 0; expenses −100 × 0.5 × 1/100 = −0.5 exactly, to 0 decimals
    const costs = { expenseRatio: '0.5', periodsPerYear: '100' };
    const run = (accrualRounding: 'ceil' | 'floor' | 'half-up' | undefined): string =>
      s(
        ctx.simulateFund({
          indexPrices: ['100', '100'],
          leverage: 1,
          initialAum: '100',
          costs,
          accrualDecimals: 0,
          accrualRounding,
        }).days[0]!.accruals.expenses,
      );
    expect([run('ceil'), run('floor'), run('half-up'), run(undefined)]).toEqual(['0', '-1', '-1', '0']);
  });
});
