/**
 * The decimal toShares and toContracts: whole units by a named rounding mode, decided exactly.
 */
import type { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { ROUNDING_MODES, toContracts, toShares, type RoundingMode } from '../../src/decimal/index.ts';

const s = (x: Decimal): string => x.toString();

describe('rounding: whole units follow the named mode on exact ties', () => {
  // notional / price for a price of 4: x.5 exactly on ±10, ±6; not ties on ±9, ±7
  const cases: ReadonlyArray<[string, Record<RoundingMode, string>]> = [
    [
      '10',
      {
        'half-even': '2',
        'half-up': '3',
        'half-down': '2',
        'half-ceil': '3',
        'half-floor': '2',
        'toward-zero': '2',
        'away-from-zero': '3',
        floor: '2',
        ceil: '3',
      },
    ],
    [
      '-10',
      {
        'half-even': '-2',
        'half-up': '-3',
        'half-down': '-2',
        'half-ceil': '-2',
        'half-floor': '-3',
        'toward-zero': '-2',
        'away-from-zero': '-3',
        floor: '-3',
        ceil: '-2',
      },
    ],
    [
      '14',
      {
        'half-even': '4',
        'half-up': '4',
        'half-down': '3',
        'half-ceil': '4',
        'half-floor': '3',
        'toward-zero': '3',
        'away-from-zero': '4',
        floor: '3',
        ceil: '4',
      },
    ],
    [
      '-14',
      {
        'half-even': '-4',
        'half-up': '-4',
        'half-down': '-3',
        'half-ceil': '-3',
        'half-floor': '-4',
        'toward-zero': '-3',
        'away-from-zero': '-4',
        floor: '-4',
        ceil: '-3',
      },
    ],
    [
      '9',
      {
        'half-even': '2',
        'half-up': '2',
        'half-down': '2',
        'half-ceil': '2',
        'half-floor': '2',
        'toward-zero': '2',
        'away-from-zero': '3',
        floor: '2',
        ceil: '3',
      },
    ],
    [
      '-7',
      {
        'half-even': '-2',
        'half-up': '-2',
        'half-down': '-2',
        'half-ceil': '-2',
        'half-floor': '-2',
        'toward-zero': '-1',
        'away-from-zero': '-2',
        floor: '-2',
        ceil: '-1',
      },
    ],
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
