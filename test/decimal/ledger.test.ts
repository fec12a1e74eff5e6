/**
 * The decimal ledger's records: amounts out in the context's constructor
 * (never −0), and a balance sheet whose assets are position value plus cash,
 * exactly (docs/concepts.md I8).
 */
import { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { balance, out } from '../../src/decimal/ledger.ts';

const D = Decimal.clone({ precision: 34 });

describe('out', () => {
  test('−0 becomes 0; the value is in the given constructor, every digit kept (no rounding to its precision)', () => {
    const z = out(D, new Decimal(-0));
    expect(z.isZero() && !z.isNegative()).toBe(true);
    expect(out(D, new Decimal('1.2345678901234567890123456789012345678')).toString()).toBe(
      '1.2345678901234567890123456789012345678',
    );
    expect(out(D, new Decimal(2))).toBeInstanceOf(D);
  });
});

describe('balance', () => {
  test('assets = position value + cash, exactly', () => {
    const b = balance(D, new Decimal(-333), new Decimal('-999000'), new Decimal('1999000.01'));
    expect([b.positionUnits, b.positionValue, b.cash, b.assets].map(String)).toEqual([
      '-333',
      '-999000',
      '1999000.01',
      '1000000.01',
    ]);
  });
});
