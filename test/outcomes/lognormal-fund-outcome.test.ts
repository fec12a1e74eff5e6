/** src/outcomes/lognormal-fund-outcome.ts: the lognormal growth factor of a daily-reset fund under GBM (docs/concepts.md §2, §6.5). */
import { describe, expect, test } from 'vitest';
import * as drag from '../../src/drag/index.ts';
import { lognormalFundOutcome } from '../../src/outcomes/index.ts';
import { expectClose, expectCode, expectStated } from '../helpers/assert.ts';

describe('lognormalFundOutcome', () => {
  test('docs/concepts.md §6.5: 3x, μ = 8 %, σ = 20 %, T = 1, no costs → median 1.061837, mean 1.271249', () => {
    const o = lognormalFundOutcome({ leverage: 3, drift: 0.08, volatility: 0.2, years: 1 });
    expectStated(o.median, 1.061837, 6, 'docs/concepts.md §6.5');
    expectStated(o.mean, 1.271249, 6, 'docs/concepts.md §6.5');
  });

  test('the lognormal mean has no drag; the median carries it (docs/concepts.md §2) (moved from test/drag)', () => {
    const o = lognormalFundOutcome({
      leverage: -3,
      drift: 0.07,
      volatility: 0.2,
      rate: 0.03,
      expenseRatio: 0.0095,
      years: 2,
    });
    expectClose(o.mean, Math.exp((-3 * 0.07 + 4 * 0.03 - 0.0095) * 2), 1e-14);
    expectClose(o.logMean, (-3 * 0.07 + 4 * 0.03 - 0.0095 - (9 * 0.04) / 2) * 2, 1e-14);
    expectClose(o.median, Math.exp(o.logMean), 1e-15);
    expectClose(o.logSd, 3 * 0.2 * Math.SQRT2, 1e-15);
  });

  test('a −1x fund on a driftless index: mean 1, median e^(−σ²T/2), sd σ√T', () => {
    const o = lognormalFundOutcome({ leverage: -1, drift: 0, volatility: 0.2, years: 1 });
    expect(o.mean).toBe(1);
    expectClose(o.median, Math.exp(-0.02), 1e-15);
    expectClose(o.logSd, 0.2, 1e-15);
  });

  test('zero years: the fund is where it started', () => {
    const o = lognormalFundOutcome({ leverage: 3, drift: 0.1, volatility: 0.3, years: 0 });
    expect([o.mean, o.median, Math.abs(o.logMean), o.logSd]).toEqual([1, 1, 0, 0]);
  });

  test('bad input names the option: years NaN', () => {
    expectCode(
      () => lognormalFundOutcome({ leverage: 2, drift: 0, volatility: 0.2, years: Number.NaN }),
      'NON_FINITE',
      'options.years',
    );
  });

  test('./drag still re-exports the same function through 0.x', () => {
    expect(drag.lognormalFundOutcome).toBe(lognormalFundOutcome);
  });

  test.each([
    [
      'years ∞',
      () => lognormalFundOutcome({ leverage: 2, drift: 0, volatility: 0.2, years: Number.POSITIVE_INFINITY }),
      'NON_FINITE',
      'options.years',
    ],
    [
      'σ < 0',
      () => lognormalFundOutcome({ leverage: 2, drift: 0, volatility: -0.2, years: 1 }),
      'NEGATIVE',
      'options.volatility',
    ],
    [
      'unknown option',
      () => lognormalFundOutcome({ leverage: 2, drift: 0, volatility: 0.2, year: 1 } as never),
      'UNKNOWN_OPTION',
      'options.year',
    ],
  ] as const)('bad input: %s', (_name, fn, code, argument) => {
    expectCode(fn, code, argument);
  });
});
