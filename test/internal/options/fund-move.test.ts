/**
 * The options of a close trade (docs/concepts.md §4–5): `aum ≥ 0`, a finite
 * `leverage`, `indexReturn > −1`, each read once, unknown keys refused.
 */
import { describe, expect, test } from 'vitest';
import { MOVE_KEYS, readFundMove } from '../../../src/internal/options/fund-move.ts';
import { FLOAT } from '../../../src/internal/options/reader.ts';
import { expectCode } from '../../helpers/assert.ts';

describe('readFundMove', () => {
  test('the three values, and the options object for the caller’s other keys', () => {
    const options = { aum: 100, leverage: 3, indexReturn: 0.01, flow: 5 };
    const m = readFundMove(FLOAT, options, [...MOVE_KEYS, 'flow']);
    expect([m.A, m.L, m.r, m.o]).toEqual([100, 3, 0.01, options]);
  });

  test('each value names its option; an extra key is UNKNOWN_OPTION', () => {
    expectCode(() => readFundMove(FLOAT, { aum: -1, leverage: 1, indexReturn: 0 }), 'NEGATIVE', 'options.aum');
    expectCode(
      () => readFundMove(FLOAT, { aum: 1, leverage: 1, indexReturn: -1 }),
      'RETURN_OUT_OF_DOMAIN',
      'options.indexReturn',
    );
    expectCode(
      () => readFundMove(FLOAT, { aum: 1, leverage: 1, indexReturn: 0, flow: 1 }),
      'UNKNOWN_OPTION',
      'options.flow',
    );
  });
});
