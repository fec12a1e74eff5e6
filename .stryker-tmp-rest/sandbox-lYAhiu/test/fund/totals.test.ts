/**
 * simulateFund's totals and starting modes, against numbers worked by hand
 * from docs/concepts.md §4–5 (trade = A·(L² − L)·r, flows at the NAV after the
 * move, flow trade L·F).
 */
// @ts-nocheck

import { describe, expect, test } from 'vitest';
import { simulateFund } from '../../src/fund/index.ts';
import { expectClose, expectCode } from '../helpers/assert.ts';

describe('traded notional, turnover and average AUM', () => {
  // −1x, $1mm, index 100 → 50 → 75, no flows, no costs:
  // day 1: r = −50 %, trade = 1e6·2·(−0.5) = −1.0e6, AUM 1.5e6
  // day 2: r = +50 %, trade = 1.5e6·2·0.5 = +1.5e6, AUM 0.75e6
  const run = simulateFund({ indexPrices: [100, 50, 75], leverage: -1, initialAum: 1e6 });

  test('sums of |trade| and the average of the n + 1 daily AUMs', () => {
    expectClose(run.tradedNotional, 2.5e6, 1e-15);
    expectClose(run.rebalanceNotional, 2.5e6, 1e-15);
    expect(run.flowNotional).toBe(0);
    expectClose(run.averageAum, (1e6 + 1.5e6 + 0.75e6) / 3, 1e-15);
    expectClose(run.turnover, 2.5e6 / ((1e6 + 1.5e6 + 0.75e6) / 3), 1e-15);
    expectClose(run.finalAum, 0.75e6, 1e-15);
  });

  test('flows count in the flow notional and offset the rebalance in the total', () => {
    // day 1 as above, then $0.5mm redeemed at the NAV after the move: flow trade L·F = +0.5e6, total −0.5e6
    const r = simulateFund({ indexPrices: [100, 50], leverage: -1, initialAum: 1e6, flows: { currency: [-0.5e6] } });
    expectClose(r.rebalanceNotional, 1e6, 1e-15);
    expectClose(r.flowNotional, 0.5e6, 1e-15);
    expectClose(r.tradedNotional, 0.5e6, 1e-15);
    expectClose(r.averageAum, (1e6 + 1e6) / 2, 1e-15);
    expectClose(r.turnover, 0.5, 1e-15);
  });

  test('a fund wiped out on day 1 has traded only its closing trade, and turnover over its AUMs', () => {
    // −1x, index doubles: exposure before −2e6, the position is closed: |trade| = 2e6; AUMs 1e6, 0, 0
    const r = simulateFund({ indexPrices: [100, 200, 210], leverage: -1, initialAum: 1e6 });
    expect(r.wipedOutAt).toBe(1); // days are numbered from 1: day t is the move from price t − 1 to price t
    expectClose(r.tradedNotional, 2e6, 1e-15);
    expectClose(r.averageAum, 1e6 / 3, 1e-15);
    expectClose(r.turnover, 6, 1e-15);
  });

  test('a fund with no assets has turnover 0, not NaN', () => {
    const r = simulateFund({ indexPrices: [100, 101], leverage: 2, initialAum: 0 });
    expect(r.turnover).toBe(0);
    expect(r.tradedNotional).toBe(0);
  });
});

describe('starting from shares and a NAV', () => {
  test('initialShares × initialNav is the initial AUM; initialAum / initialNav the shares', () => {
    const a = simulateFund({ indexPrices: [100, 101], leverage: 3, initialShares: 40_000, initialNav: 25 });
    expect(a.initialAum).toBe(1e6);
    const b = simulateFund({ indexPrices: [100, 101], leverage: 3, initialAum: 1e6, initialNav: 25 });
    expect(b.initialShares).toBe(40_000);
    expect(b.initialNav).toBe(25);
    // day 1: +1 % at 3x → NAV 25·1.03
    expectClose(a.finalNav, 25.75, 1e-15);
    expectClose(a.finalAum, 1.03e6, 1e-15);
  });

  test('a redemption of every share, in currency or in shares, empties the fund exactly', () => {
    // +1 % at 2x: AUM 1.02e6, NAV 1.02 (initialNav 1 by default), then all of it redeemed
    const cur = simulateFund({ indexPrices: [100, 101], leverage: 2, initialAum: 1e6, flows: { currency: [-1.02e6] } });
    expect(cur.finalShares).toBe(0);
    expect(cur.finalAum).toBe(0);
    const day = cur.days[0]!;
    expectClose(day.flow, -1.02e6, 1e-15);
    const sh = simulateFund({ indexPrices: [100, 101], leverage: 2, initialShares: 1000, initialNav: 10, flows: { shares: [-1000] } });
    expect(sh.finalShares).toBe(0);
    expectClose(sh.days[0]!.flow, -1000 * 10.2, 1e-15);
    expectCode(
      () => simulateFund({ indexPrices: [100, 101], leverage: 2, initialShares: 1000, initialNav: 10, flows: { shares: [-1000.5] } }),
      'OUT_OF_RANGE',
      'options.flows.shares',
    );
  });

  test('flows must have one value per day', () => {
    expectCode(() => simulateFund({ indexPrices: [100, 101, 102], leverage: 2, initialAum: 1e6, flows: { shares: [0] } }), 'LENGTH_MISMATCH', 'options.flows.shares');
  });
});
