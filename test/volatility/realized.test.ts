import { describe, expect, test } from 'vitest';
import { returnsFromPrices } from '../../src/leverage/index.ts';
import { realizedVolatility, rollingVolatility } from '../../src/volatility/index.ts';
import { expectClose, expectCode, expectStated } from '../helpers/assert.ts';

// docs/concepts.md §6.1: prices 100, 101, 99.5, 102, 101.2, 103 (log returns)
const x = returnsFromPrices([100, 101, 99.5, 102, 101.2, 103], { kind: 'log' });

describe('realizedVolatility: the conventions of docs/concepts.md §6.1', () => {
  test('26.76 % (ddof 1), 23.94 % (ddof 0), 25.71 % (zero mean)', () => {
    expectStated(100 * realizedVolatility(x), 26.76, 2, 'docs/concepts.md §6.1, ddof 1');
    expectStated(100 * realizedVolatility(x, { ddof: 0 }), 23.94, 2, 'docs/concepts.md §6.1, ddof 0');
    expectStated(
      100 * realizedVolatility(x, { demean: false }),
      25.71,
      2,
      'docs/concepts.md §6.1, zero mean √(P·Σx²/n)',
    );
  });

  test('closed forms: √(P·Σ(x − x̄)²/(n − ddof)), the zero mean with an explicit ddof, and periodsPerYear', () => {
    const r = [0.01, -0.02, 0.03];
    // x̄ = 0.02/3; Σ(x − x̄)² = Σx² − n·x̄² = 0.0014 − 0.0004/3
    expectClose(realizedVolatility(r, { periodsPerYear: 1 }), Math.sqrt((0.0014 - 0.0004 / 3) / 2), 1e-14);
    expectClose(
      realizedVolatility(r, { demean: false, ddof: 1, periodsPerYear: 12 }),
      Math.sqrt((12 * 0.0014) / 2),
      1e-14,
    );
  });

  test('bad input', () => {
    expectCode(() => realizedVolatility([]), 'EMPTY_SERIES', 'returns');
    expectCode(() => realizedVolatility([0.01]), 'SERIES_TOO_SHORT', 'returns');
    expectCode(() => realizedVolatility([0.01, Number.POSITIVE_INFINITY]), 'NON_FINITE', 'returns');
    expectCode(() => realizedVolatility(x, { ddof: 0.5 }), 'OUT_OF_RANGE', 'options.ddof');
    expectCode(() => realizedVolatility(x, { demean: 'no' as never }), 'INVALID_TYPE', 'options.demean');
    expectCode(() => realizedVolatility(x, { periodsPerYear: 0 }), 'NOT_POSITIVE', 'options.periodsPerYear');
    expectCode(() => realizedVolatility(x, { periodPerYear: 12 } as never), 'UNKNOWN_OPTION', 'options.periodPerYear');
    expectCode(() => realizedVolatility([1e300, -1e300]), 'NON_FINITE', 'returns');
  });
});

describe('rollingVolatility', () => {
  test('one figure per full window, each the realised volatility of its window', () => {
    const out = rollingVolatility(x, { window: 3 });
    expect(out).toHaveLength(x.length - 2);
    for (let j = 0; j < out.length; j++) expect(out[j]).toBe(realizedVolatility(x.subarray(j, j + 3)));
    expect(rollingVolatility(x, { window: 5 })[0]).toBe(realizedVolatility(x));
  });

  test('bad input', () => {
    expectCode(() => rollingVolatility(x, { window: 1 }), 'OUT_OF_RANGE', 'options.window');
    expectCode(() => rollingVolatility(x, { window: 6 }), 'SERIES_TOO_SHORT', 'returns');
    expectCode(() => rollingVolatility(x, {} as never), 'INVALID_TYPE', 'options.window');
    expectCode(() => rollingVolatility(x, { window: 2, windows: 3 } as never), 'UNKNOWN_OPTION', 'options.windows');
  });
});
