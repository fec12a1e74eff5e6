import { describe, expect, test } from 'vitest';
import { closeTrade, offsettingFlow } from '../../src/flows/index.ts';
import { expectCode } from '../helpers/assert.ts';
import type { InverseMathErrorCode } from '../../src/errors.ts';

describe('W5 (docs/concepts.md §5, "Shorting is hard"): −1x, $1mm, index −50 %, then $0.5mm redeemed', () => {
  test('rebalance sells $1mm, the redemption buys $0.5mm, net close trade −$0.5mm: stabilizing', () => {
    expect(closeTrade({ aum: 1e6, leverage: -1, indexReturn: -0.5, flow: -0.5e6 })).toEqual({
      rebalance: -1e6,
      flowTrade: 0.5e6,
      total: -0.5e6,
      effect: 'stabilizing',
    });
  });

  test('after the +50 % rally a redemption adds to the $1mm buy-back: destabilizing ("puking", "Shorting is hard")', () => {
    expect(closeTrade({ aum: 1e6, leverage: -1, indexReturn: 0.5, flow: -0.25e6 })).toEqual({
      rebalance: 1e6,
      flowTrade: 0.25e6,
      total: 1.25e6,
      effect: 'destabilizing',
    });
  });

  test('no flow, or no move: effect none', () => {
    expect(closeTrade({ aum: 1e6, leverage: -1, indexReturn: -0.5, flow: 0 }).effect).toBe('none');
    expect(closeTrade({ aum: 1e6, leverage: -1, indexReturn: 0, flow: -1e5 })).toEqual({
      rebalance: 0,
      flowTrade: 1e5,
      total: 1e5,
      effect: 'none',
    });
    expect(closeTrade({ aum: 1e6, leverage: 0, indexReturn: 0.1, flow: 1e5 }).effect).toBe('none');
  });

  test('redeeming everything after the move is allowed; the close trade then closes the position', () => {
    // A' = 1.5mm, E' = −0.5mm: after redeeming all, exposure 0, so the fund buys back the $0.5mm short
    expect(closeTrade({ aum: 1e6, leverage: -1, indexReturn: -0.5, flow: -1.5e6 }).total).toBe(0.5e6);
  });
});

describe('offsettingFlow', () => {
  test('−1x, $1mm, −50 %: redeem $1mm of the $1.5mm, and the fund does not trade', () => {
    // F = −(L − 1)·A·r = −(−2)(1e6)(−0.5)
    expect(offsettingFlow({ aum: 1e6, leverage: -1, indexReturn: -0.5 })).toBe(-1e6);
    expect(closeTrade({ aum: 1e6, leverage: -1, indexReturn: -0.5, flow: -1e6 }).total).toBe(0);
  });

  test('−1x after +50 %: a $1mm creation cancels the buy-back (the short is kept at $1.5mm on $1.5mm)', () => {
    expect(offsettingFlow({ aum: 1e6, leverage: -1, indexReturn: 0.5 })).toBe(1e6);
  });

  test('L = 1: nothing to offset; L = 0: the formula value A·r, any flow would do', () => {
    expect(offsettingFlow({ aum: 1e6, leverage: 1, indexReturn: 0.3 })).toBe(0);
    expect(offsettingFlow({ aum: 1e6, leverage: 0, indexReturn: 0.3 })).toBe(0.3e6);
    expect(closeTrade({ aum: 1e6, leverage: 0, indexReturn: 0.3, flow: 12345 }).total).toBe(0);
  });
});

describe('bad input and wipe-outs', () => {
  test('a flow into a wiped-out fund, or a redemption larger than the assets → OUT_OF_RANGE', () => {
    expectCode(
      () => closeTrade({ aum: 1e6, leverage: -1, indexReturn: -0.5, flow: -1.5e6 - 1 }),
      'OUT_OF_RANGE',
      'options.flow',
    );
    expectCode(() => closeTrade({ aum: 1e6, leverage: -3, indexReturn: 0.5, flow: 1 }), 'OUT_OF_RANGE', 'options.flow');
    // the wipe-out itself is a market outcome, not an error: the position is closed
    expect(closeTrade({ aum: 1e6, leverage: -3, indexReturn: 0.5, flow: 0 })).toEqual({
      rebalance: 4.5e6,
      flowTrade: 0,
      total: 4.5e6,
      effect: 'none',
    });
  });

  test('codes', () => {
    expectCode(() => closeTrade({ aum: -1, leverage: -1, indexReturn: 0.1, flow: 0 }), 'NEGATIVE', 'options.aum');
    expectCode(
      () => closeTrade({ aum: 1, leverage: -1, indexReturn: 0.1, flow: Number.NaN }),
      'NON_FINITE',
      'options.flow',
    );
    expectCode(
      () => closeTrade({ aum: 1, leverage: -1, indexReturn: -2, flow: 0 }),
      'RETURN_OUT_OF_DOMAIN',
      'options.indexReturn',
    );
    expectCode(() => closeTrade({ aum: 1, leverage: -1, indexReturn: 0.1 } as never), 'INVALID_TYPE', 'options.flow');
    expectCode(
      () => offsettingFlow({ aum: 1e6, leverage: -1, indexReturn: 1 }),
      'LEVERAGED_RETURN_OUT_OF_DOMAIN',
      'options.indexReturn',
    );
    expectCode(() => offsettingFlow({ aum: -1e6, leverage: -1, indexReturn: 0.1 }), 'NEGATIVE', 'options.aum');
    expectCode(
      () => offsettingFlow({ aum: 1e6, leverage: Infinity, indexReturn: 0.1 }),
      'NON_FINITE',
      'options.leverage',
    );
  });
});

describe('amounts beyond the double range are errors, never ±Infinity', () => {
  test('closeTrade and offsettingFlow', () => {
    expectCode(
      () => closeTrade({ aum: 1, leverage: 1e300, indexReturn: 0, flow: 1e300 }),
      'NON_FINITE',
      'options.leverage',
    );
    expectCode(() => offsettingFlow({ aum: 1e300, leverage: 1e10, indexReturn: 1e-12 }), 'NON_FINITE', 'options.aum');
  });
});

describe('closeTrade: error messages name the argument and its value', () => {
  test.each<[string, () => unknown, InverseMathErrorCode, string, string]>([
    // 1 + (−1)·1.5 < 0: the fund is gone, no flow can be struck
    [
      'a flow into a wiped-out fund',
      () => closeTrade({ aum: 100, leverage: -1, indexReturn: 1.5, flow: 5 }),
      'OUT_OF_RANGE',
      'options.flow',
      'options.flow the move wiped the fund out: no flow at a NAV of 0, got 5 [OUT_OF_RANGE]',
    ],
    // A′ = 100·(1 + 2·0.01) = 102
    [
      'a redemption above the assets',
      () => closeTrade({ aum: 100, leverage: 2, indexReturn: 0.01, flow: -200 }),
      'OUT_OF_RANGE',
      'options.flow',
      'options.flow a redemption cannot exceed the assets after the move (102), got -200 [OUT_OF_RANGE]',
    ],
  ])('%s', (_name, call, code, argument, message) => {
    expect(expectCode(call, code, argument).message).toBe(message);
  });
});
