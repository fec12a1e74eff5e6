/**
 * The rebalancing rule option (docs/concepts.md §3): `'daily'` (or absent),
 * `{ every: k }` with `k` a whole number `≥ 1`, or `{ band: b }` with `b ≥ 0`;
 * read into a snapshot, never the caller's object.
 */
import { describe, expect, test } from 'vitest';
import { FLOAT } from '../../../src/internal/options/reader.ts';
import { readRule } from '../../../src/internal/options/rebalance-rule.ts';
import { expectCode } from '../../helpers/assert.ts';

describe('readRule', () => {
  test("absent or 'daily' is 'daily'", () => {
    expect(readRule(FLOAT, undefined, 'r')).toBe('daily');
    expect(readRule(FLOAT, 'daily', 'r')).toBe('daily');
  });

  test('{ every } and { band } are copied, not kept', () => {
    const every = { every: 5 };
    expect(readRule(FLOAT, every, 'r')).toEqual({ every: 5 });
    expect(readRule(FLOAT, every, 'r')).not.toBe(every);
    expect(readRule(FLOAT, { band: 0 }, 'r')).toEqual({ band: 0 });
  });

  test('the field names its own argument; a wrong shape is INVALID_OPTION', () => {
    expectCode(() => readRule(FLOAT, { every: 0 }, 'options.rebalance'), 'OUT_OF_RANGE', 'options.rebalance.every');
    expectCode(() => readRule(FLOAT, { band: -0.1 }, 'options.rebalance'), 'NEGATIVE', 'options.rebalance.band');
    expectCode(
      () => readRule(FLOAT, { every: 2, band: 0.1 }, 'options.rebalance'),
      'INVALID_OPTION',
      'options.rebalance',
    );
    expectCode(() => readRule(FLOAT, 'weekly', 'options.rebalance'), 'INVALID_OPTION', 'options.rebalance');
  });
});
