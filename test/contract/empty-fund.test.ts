/**
 * An empty fund is not a wiped-out fund (docs/concepts.md §3): with no shares
 * — started with no assets, or redeemed to zero — it keeps its NAV per share,
 * which moves with the day's factor, and takes creations; only a factor
 * `1 + L·r + carry ≤ 0` wipes it out. The float and the decimal simulators
 * agree; every number below is worked by hand.
 */
import { describe, expect, test } from 'vitest';
import { simulateFund } from '../../src/fund/index.ts';
import { simulateFund as decimalSimulateFund } from '../../src/decimal/index.ts';

// 2x on +10 %, +10 %: the NAV per share is 1 → 1.2 → 1.44 whether or not the fund holds shares
const prices = [100, 110, 121];
const decimalPrices = ['100', '110', '121'];

describe('a fund started with no assets', () => {
  test('decimal: NAV 1.2 then 1.44, and the creation of 1,000 on day 2 is 694 whole shares (toward zero) at 1.44', () => {
    const ledger = decimalSimulateFund({
      indexPrices: decimalPrices,
      leverage: 2,
      initialAum: '0',
      flows: { currency: ['0', '1000'] },
    });
    expect(ledger.wipedOutAt).toBeNull();
    expect(ledger.days.map((d) => d.nav.toString())).toEqual(['1.2', '1.44']);
    const day = ledger.days[1]!;
    // 1000 / 1.44 = 694.44… → 694 shares, 694 × 1.44 = 999.36 received, 0.64 short of the request
    expect([day.flowShares, day.flow, day.flowShortfall, day.sharesOutstanding, day.aum].map(String)).toEqual([
      '694',
      '999.36',
      '-0.64',
      '694',
      '999.36',
    ]);
    expect(ledger.finalAum.toString()).toBe('999.36');
  });

  test('float: the same NAVs, and 1,000 / 1.44 shares', () => {
    const sim = simulateFund({ indexPrices: prices, leverage: 2, initialAum: 0, flows: { currency: [0, 1000] } });
    expect(sim.wipedOutAt).toBeNull();
    expect(sim.days[1]!.nav).toBeCloseTo(1.44, 12);
    expect(sim.finalShares).toBeCloseTo(1000 / 1.44, 9);
    expect(sim.finalAum).toBeCloseTo(1000, 9);
  });
});

describe('a fund redeemed to zero, then created again', () => {
  test('decimal: all 1,000 shares redeemed on day 1 at 1.2, 500 created on day 2 at 1.44 (720)', () => {
    const ledger = decimalSimulateFund({
      indexPrices: decimalPrices,
      leverage: 2,
      initialAum: '1000',
      flows: { shares: ['-1000', '500'] },
    });
    expect(ledger.wipedOutAt).toBeNull();
    expect(ledger.days[0]!.sharesOutstanding.toString()).toBe('0');
    const day = ledger.days[1]!;
    expect([day.nav, day.flowShares, day.flow, day.flowShortfall, day.sharesOutstanding, day.aum].map(String)).toEqual([
      '1.44',
      '500',
      '720',
      '0',
      '500',
      '720',
    ]);
  });

  test('float: the same', () => {
    const sim = simulateFund({ indexPrices: prices, leverage: 2, initialAum: 1000, flows: { shares: [-1000, 500] } });
    expect(sim.wipedOutAt).toBeNull();
    expect(sim.finalShares).toBe(500);
    expect(sim.finalAum).toBeCloseTo(720, 9);
  });
});

describe('an empty fund is wiped out only by its factor', () => {
  // −3x on +50 %: 1 − 1.5 = −0.5 ≤ 0; a creation on day 2 is then ignored by both
  test('decimal and float both report the wipe-out on day 1', () => {
    const ledger = decimalSimulateFund({
      indexPrices: ['100', '150', '150'],
      leverage: -3,
      initialAum: '0',
      flows: { currency: ['0', '1000'] },
    });
    const sim = simulateFund({
      indexPrices: [100, 150, 150],
      leverage: -3,
      initialAum: 0,
      flows: { currency: [0, 1000] },
    });
    expect([ledger.wipedOutAt, sim.wipedOutAt]).toEqual([1, 1]);
    expect([ledger.finalAum.toString(), sim.finalAum]).toEqual(['0', 0]);
  });
});
