/**
 * The decimal rebalanceTrade and closeTrade: worked numbers of docs/concepts.md exactly, the wipe-out rule, argument names.
 */
import type { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { closeTrade, fundReturn, rebalanceTrade, toShares } from '../../src/decimal/index.ts';
import { expectCode, expectMessage } from '../helpers/assert.ts';

const s = (x: Decimal): string => x.toString();
describe('worked numbers in decimal', () => {
  test('W3 ("Shorting is hard"): −1x, $1mm, index −50 % → AUM 1.5mm, short 0.5mm, sell 1mm; +50 % → buy back 1mm', () => {
    const down = rebalanceTrade({ aum: '1000000', leverage: -1, indexReturn: '-0.5' });
    expect([down.aumAfter, down.exposureBefore, down.trade, down.exposureAfter].map(s)).toEqual([
      '1500000',
      '-500000',
      '-1000000',
      '-1500000',
    ]);
    const up = rebalanceTrade({ aum: '1000000', leverage: -1, indexReturn: '0.5' });
    expect([up.aumAfter, up.exposureBefore, up.trade, up.exposureAfter].map(s)).toEqual([
      '500000',
      '-1500000',
      '1000000',
      '-500000',
    ]);
  });

  test('W4 (docs/concepts.md §4): 3x, $100mm, +1 %: exposure 303 → 309, buy exactly 6mm', () => {
    const t = rebalanceTrade({ aum: '100000000', leverage: '3', indexReturn: '0.01' });
    expect([t.exposureBefore, t.exposureAfter, t.aumAfter, t.trade].map(s)).toEqual([
      '303000000',
      '309000000',
      '103000000',
      '6000000',
    ]);
  });

  test('W5 (docs/concepts.md §5): −1x, $1mm, −50 %, $0.5mm redeemed: rebalance −1mm, flow +0.5mm, net −0.5mm, stabilizing', () => {
    const c = closeTrade({ aum: '1000000', leverage: -1, indexReturn: '-0.5', flow: '-500000' });
    expect([c.rebalance, c.flowTrade, c.total].map(s)).toEqual(['-1000000', '500000', '-500000']);
    expect(c.effect).toBe('stabilizing');
  });

  test('I7 ("Shorting is hard"): redemptions after a rally are destabilizing for an inverse fund; no flow → none', () => {
    expect(closeTrade({ aum: '1000000', leverage: -1, indexReturn: '0.5', flow: '-100000' }).effect).toBe(
      'destabilizing',
    );
    expect(closeTrade({ aum: '1000000', leverage: -1, indexReturn: '0.5', flow: '0' }).effect).toBe('none');
    expect(closeTrade({ aum: '1000000', leverage: 3, indexReturn: '0', flow: '5' }).effect).toBe('none');
  });

  test('wipe-out is a market outcome, as in the float API: return −1, AUM 0, close-out trade', () => {
    expect(s(fundReturn('0.4', '-3'))).toBe('-1');
    expect(s(fundReturn('0.25', '-4'))).toBe('-1'); // 1 + L·r = 0 exactly
    const w = rebalanceTrade({ aum: '1000000', leverage: -1, indexReturn: '1' });
    expect([w.trade, w.exposureBefore, w.exposureAfter, w.aumAfter].map(s)).toEqual(['2000000', '-2000000', '0', '0']);
    expectCode(
      () => closeTrade({ aum: '1000000', leverage: -1, indexReturn: '1', flow: '1' }),
      'OUT_OF_RANGE',
      'options.flow',
    );
    expectCode(
      () => closeTrade({ aum: '1000000', leverage: -1, indexReturn: '0.5', flow: '-500000.01' }),
      'OUT_OF_RANGE',
      'options.flow',
    );
    // redeeming all the assets after +50 %: buy back 1mm (rebalance) + 0.5mm (the redemption shrinks the short)
    expect(s(closeTrade({ aum: '1000000', leverage: -1, indexReturn: '0.5', flow: '-500000' }).total)).toBe('1500000');
  });

  test('no −0 in results', () => {
    expect(rebalanceTrade({ aum: '0', leverage: -3, indexReturn: '0.1' }).trade.isNegative()).toBe(false);
    expect(fundReturn('-0', 3).isNegative()).toBe(false);
    expect(toShares('-1', '3').units.isNegative()).toBe(false);
  });
});

describe('rebalanceTrade / closeTrade: the wipe-out rule and argument names', () => {
  test('1 + L·r < 0 closes the fund out: aumAfter = exposureAfter = 0, trade = −exposureBefore (trades.ts docs)', () => {
    // −2x, $1,000, index +100 %: E' = −2·1000·2 = −4000; 1 + L·r = −1 → sell nothing more, buy back 4000
    const t = rebalanceTrade({ aum: '1000', leverage: -2, indexReturn: '1' });
    expect([t.trade, t.exposureBefore, t.exposureAfter, t.aumAfter].map(s)).toEqual(['4000', '-4000', '0', '0']);
    const c = closeTrade({ aum: '1000', leverage: -2, indexReturn: '1', flow: 0 });
    expect([c.rebalance, c.flowTrade, c.total].map(s)).toEqual(['4000', '0', '4000']);
    expect(c.effect).toBe('none');
    expectMessage(
      () => closeTrade({ aum: '1000', leverage: -2, indexReturn: '1', flow: '1' }),
      'options.flow the move wiped the fund out: no flow at a NAV of 0, got "1" [OUT_OF_RANGE]',
    );
  });

  test('a redemption beyond the assets after the move (W5 fund: A′ = 1,000,000 × 1.5)', () => {
    expectMessage(
      () => closeTrade({ aum: '1000000', leverage: -1, indexReturn: '-0.5', flow: '-1500001' }),
      'options.flow a redemption cannot exceed the assets after the move (1500000), got "-1500001" [OUT_OF_RANGE]',
    );
  });

  test('argument names', () => {
    expectCode(
      () => rebalanceTrade({ aum: '1', leverage: 'x', indexReturn: '0' }),
      'INVALID_DECIMAL',
      'options.leverage',
    );
    expectCode(
      () => rebalanceTrade({ aum: '1', leverage: 1, indexReturn: '-1' }),
      'RETURN_OUT_OF_DOMAIN',
      'options.indexReturn',
    );
    const ok = { aum: '1', leverage: 1, indexReturn: '0', flow: '0' };
    expectCode(() => closeTrade({ ...ok, aum: '-1' }), 'NEGATIVE', 'options.aum');
    expectCode(() => closeTrade({ ...ok, leverage: 'x' }), 'INVALID_DECIMAL', 'options.leverage');
    expectCode(() => closeTrade({ ...ok, indexReturn: '-1' }), 'RETURN_OUT_OF_DOMAIN', 'options.indexReturn');
    expectCode(() => closeTrade({ ...ok, flow: 'x' }), 'INVALID_DECIMAL', 'options.flow');
  });
});
