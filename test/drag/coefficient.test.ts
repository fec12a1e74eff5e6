import { describe, expect, test } from 'vitest';
import { compoundingDecay, continuousDrag, dragCoefficient, fundReturnTable, twoDayGap } from '../../src/drag/index.ts';
import { expectClose, expectCode, expectStated } from '../helpers/assert.ts';

describe('W2 ("Precision Hedging", "The Math of Volatility Drag"): index 100 → 90 → 100', () => {
  const path = [-0.1, 100 / 90 - 1];

  test('the −1x fund goes 100 → 110 → 97.78, a −2.22 % decay', () => {
    const d = compoundingDecay(path, -1);
    expectClose(d.indexGrowth, 1, 1e-15);
    expectStated(100 * (1 + 0.1), 110, 2, '"Precision Hedging", day 1');
    expectStated(100 * d.fundGrowth, 97.78, 2, '"Precision Hedging", day 2');
    expectStated(100 * d.decay, -2.22, 2, '"Precision Hedging", "Inverse ETF Total Return = −2.22 %"');
    // exact: 1.1 × (1 − 1/9) = 88/90
    expectClose(d.fundGrowth, 88 / 90, 1e-15);
  });

  test('3x and −3x decay more ("Precision Hedging": "significantly more aggressive")', () => {
    expect(compoundingDecay(path, -3).decay).toBeLessThan(compoundingDecay(path, -1).decay);
    // −3x: 0.7... (1 + 0.3)(1 − 1/3) = 0.8666…; 3x: (0.7)(1 + 1/3) = 0.9333…
    expectClose(compoundingDecay(path, -3).fundGrowth, 1.3 * (2 / 3), 1e-15);
    expectClose(compoundingDecay(path, 3).fundGrowth, 0.7 * (4 / 3), 1e-15);
  });
});

describe('dragCoefficient and twoDayGap on plain numbers', () => {
  test('dragCoefficient and twoDayGap on plain numbers', () => {
    expect(dragCoefficient(3)).toBe(3);
    expect(twoDayGap(0.1, 0.1, 3)).toBeCloseTo(0.06, 15);
  });
});

describe('bad input', () => {
  test.each([
    ['dragCoefficient(NaN)', () => dragCoefficient(Number.NaN), 'NON_FINITE', 'leverage'],
    ['twoDayGap(-1, 0, 2)', () => twoDayGap(-1, 0, 2), 'RETURN_OUT_OF_DOMAIN', 'r1'],
    ['compoundingDecay([])', () => compoundingDecay([], 2), 'EMPTY_SERIES', 'indexReturns'],
    ['compoundingDecay([NaN])', () => compoundingDecay([Number.NaN], 2), 'NON_FINITE', 'indexReturns'],
    [
      'continuousDrag(σ<0)',
      () => continuousDrag({ leverage: 2, volatility: -0.1, years: 1 }),
      'NEGATIVE',
      'options.volatility',
    ],
    ['continuousDrag(null)', () => continuousDrag(null as never), 'INVALID_TYPE', 'options'],
    [
      'continuousDrag(years missing)',
      () => continuousDrag({ leverage: 2, volatility: 0.1 } as never),
      'INVALID_TYPE',
      'options.years',
    ],
    [
      'fundReturnTable(R = −1)',
      () => fundReturnTable({ leverage: -1, indexReturns: [-1], volatilities: [0.2] }),
      'RETURN_OUT_OF_DOMAIN',
      'options.indexReturns',
    ],
    [
      'fundReturnTable(no columns)',
      () => fundReturnTable({ leverage: -1, indexReturns: [0], volatilities: [] }),
      'EMPTY_SERIES',
      'options.volatilities',
    ],
    [
      'fundReturnTable(σ < 0)',
      () => fundReturnTable({ leverage: -1, indexReturns: [0], volatilities: [0.1, -0.2] }),
      'NEGATIVE',
      'options.volatilities',
    ],
  ] as const)('%s', (_name, fn, code, argument) => {
    expectCode(fn, code, argument);
  });
});
