/**
 * The NAV options (docs/concepts.md §3) read as one plan: leverage, the
 * optional initial NAV, the rule and the costs; unknown keys refused.
 */
import { describe, expect, test } from 'vitest';
import { NAV_KEYS, readNavOptions } from '../../../src/internal/options/nav-options.ts';
import { FLOAT } from '../../../src/internal/options/reader.ts';
import { expectCode } from '../../helpers/assert.ts';

describe('readNavOptions', () => {
  test('a plan of the options: initialNav undefined when absent (the caller defaults to 1)', () => {
    const plan = readNavOptions(FLOAT, { leverage: -1, rebalance: { every: 2 }, spread: 0.01 }, 2);
    expect(plan.leverage).toBe(-1);
    expect(plan.initialNav).toBeUndefined();
    expect(plan.rule).toEqual({ every: 2 });
    expect(plan.costs.rates).toEqual([0, 0.01, 0, 0]);
  });

  test('the keys are those of NavOptions; another is UNKNOWN_OPTION', () => {
    expect([...NAV_KEYS].sort()).toEqual([
      'dates',
      'dividendYield',
      'expenseRatio',
      'financingRate',
      'initialNav',
      'leverage',
      'periodsPerYear',
      'rebalance',
      'spread',
    ]);
    expectCode(() => readNavOptions(FLOAT, { leverage: 1, leverge: 2 }, 1), 'UNKNOWN_OPTION', 'options.leverge');
  });

  test('leverage must be finite; initialNav positive', () => {
    expectCode(() => readNavOptions(FLOAT, { leverage: Number.NaN }, 1), 'NON_FINITE', 'options.leverage');
    expectCode(() => readNavOptions(FLOAT, { leverage: 1, initialNav: 0 }, 1), 'NOT_POSITIVE', 'options.initialNav');
  });
});
