/**
 * The float and the decimal entries apply the same input rules to the same
 * argument: what one rejects, the other rejects with the same code and
 * argument name.
 */
import { describe, test } from 'vitest';
import { toContracts } from '../../src/rebalance/index.ts';
import { toContracts as decimalToContracts } from '../../src/decimal/index.ts';
import { createDecimalContext } from '../../src/decimal/index.ts';
import { expectCode } from '../helpers/assert.ts';

describe('toContracts: a multiplier must be given', () => {
  test.each([null, undefined])(
    '%s is INVALID_TYPE naming multiplier, in both entries and in a decimal context',
    (multiplier) => {
      expectCode(() => toContracts(1_000_000, 5000, multiplier as never), 'INVALID_TYPE', 'multiplier');
      expectCode(() => decimalToContracts('1000000', '5000', multiplier as never), 'INVALID_TYPE', 'multiplier');
      expectCode(
        () => createDecimalContext({ precision: 20 }).toContracts('1000000', '5000', multiplier as never),
        'INVALID_TYPE',
        'multiplier',
      );
    },
  );
});
