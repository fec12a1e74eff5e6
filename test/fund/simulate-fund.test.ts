import { describe, expect, test } from 'vitest';
import { simulateFund } from '../../src/fund/index.ts';
import { expectClose, expectCode } from '../helpers/assert.ts';
import type { InverseMathErrorCode } from '../../src/errors.ts';

const base = { indexPrices: [100, 101], leverage: -1, initialAum: 1e6 };

describe('W3 ("Shorting is hard"): the $1mm short fund after −50 % and after +50 %', () => {
  test('X down 50 %: NAV +50 %, AUM $1.5mm, short $0.5mm → $1.5mm, sell $1mm', () => {
    const d = simulateFund({ indexPrices: [100, 50], leverage: -1, initialAum: 1e6 }).days[0]!;
    expect([d.nav, d.aum, d.exposureBefore, d.exposureAfter, d.rebalanceTrade]).toEqual([
      1.5, 1.5e6, -0.5e6, -1.5e6, -1e6,
    ]);
  });

  test('X up 50 %: AUM $0.5mm — not insolvent, as "Shorting is hard" says — short $1.5mm → $0.5mm, buy back $1mm', () => {
    const sim = simulateFund({ indexPrices: [100, 150], leverage: -1, initialAum: 1e6 });
    const d = sim.days[0]!;
    expect([d.nav, d.aum, d.exposureBefore, d.exposureAfter, d.rebalanceTrade]).toEqual([
      0.5, 0.5e6, -1.5e6, -0.5e6, 1e6,
    ]);
    expect(sim.wipedOutAt).toBeNull();
  });

  test('it becomes insolvent at +100 % (docs/concepts.md §3): NAV 0, reported, never negative', () => {
    const sim = simulateFund({ indexPrices: [100, 200, 250], leverage: -1, initialAum: 1e6 });
    expect(sim.wipedOutAt).toBe(1);
    expect(sim.days[0]!.nav).toBe(0);
    expect(sim.days[0]!.rebalanceTrade).toBe(2e6); // the −$2mm short is closed
    expect(sim.days[1]!.nav).toBe(0);
    expect(sim.finalAum).toBe(0);
  });
});

describe('"Shorting is hard" over several days: a −1x fund with redemptions after a decline and after a rally', () => {
  // $1mm at NAV $100 (10,000 shares). Day 1: index −50 %, $0.5mm redeemed (profit taking).
  // Day 2: index +50 %, $0.25mm redeemed ("puking"). Day 3: index +100 %: the fund is wiped out.
  const sim = simulateFund({
    indexPrices: [100, 50, 75, 150],
    leverage: -1,
    initialShares: 10_000,
    initialNav: 100,
    flows: { currency: [-0.5e6, -0.25e6, 0] },
  });
  const [d1, d2, d3] = sim.days as [(typeof sim.days)[0], (typeof sim.days)[0], (typeof sim.days)[0]];

  test('day 1 (W5): NAV 150, rebalance sells $1mm, the redemption buys $0.5mm back: stabilizing', () => {
    expect(d1.nav).toBe(150);
    expect(d1.aumBeforeFlow).toBe(1.5e6);
    expectClose(d1.sharesOutstanding, 10_000 - 0.5e6 / 150, 1e-15);
    expectClose(d1.aum, 1e6, 1e-15);
    expect([d1.rebalanceTrade, d1.flow, d1.flowTrade, d1.totalTrade, d1.flowEffect]).toEqual([
      -1e6,
      -0.5e6,
      0.5e6,
      -0.5e6,
      'stabilizing',
    ]);
  });

  test('day 2: NAV 75, rebalance buys $1mm, the redemption adds $0.25mm to the buy: destabilizing', () => {
    // start: A = $1mm, short $1mm; +50 %: short $1.5mm, A' = $0.5mm
    expect(d2.nav).toBe(75);
    expectClose(d2.exposureBefore, -1.5e6, 1e-15);
    expectClose(d2.aumBeforeFlow, 0.5e6, 1e-15);
    expectClose(d2.rebalanceTrade, 1e6, 1e-15);
    expect(d2.flow).toBe(-0.25e6);
    expect(d2.flowTrade).toBe(0.25e6);
    expectClose(d2.totalTrade, 1.25e6, 1e-15);
    expect(d2.flowEffect).toBe('destabilizing');
    expectClose(d2.aum, 0.25e6, 1e-15);
    expectClose(d2.sharesOutstanding, 10_000 - 0.5e6 / 150 - 0.25e6 / 75, 1e-15);
  });

  test('day 3: +100 % wipes the fund out; the $0.5mm short is bought back', () => {
    expect(sim.wipedOutAt).toBe(3);
    expect([d3.nav, d3.sharesOutstanding, d3.aum, d3.exposureAfter]).toEqual([0, 0, 0, 0]);
    expectClose(d3.exposureBefore, -0.5e6, 1e-15);
    expectClose(d3.rebalanceTrade, 0.5e6, 1e-15);
  });

  test('totals: traded $0.5mm + $1.25mm + $0.5mm; turnover over the average AUM of $0.5625mm', () => {
    expectClose(sim.tradedNotional, 2.25e6, 1e-15);
    expectClose(sim.rebalanceNotional, 2.5e6, 1e-15);
    expectClose(sim.flowNotional, 0.75e6, 1e-15);
    expectClose(sim.averageAum, (1e6 + 1e6 + 0.25e6 + 0) / 4, 1e-15);
    expectClose(sim.turnover, 2.25e6 / 0.5625e6, 1e-15);
  });

  test('without the redemptions the fund trades $1mm on each of the first two days ("Shorting is hard" scenarios)', () => {
    const plain = simulateFund({ indexPrices: [100, 50, 75], leverage: -1, initialAum: 1e6 });
    // day 2 starts from $1.5mm: +50 % → rebalance 1.5e6·2·0.5 = $1.5mm
    expect(plain.days.map((d) => d.rebalanceTrade)).toEqual([-1e6, 1.5e6]);
    expect(plain.days.map((d) => d.flowEffect)).toEqual(['none', 'none']);
  });
});

describe('costs (docs/concepts.md §3) in the simulator', () => {
  const costs = { expenseRatio: 0.0095, financingRate: 0.05, spread: 0.004, dividendYield: 0.015 };

  test("one day of a $100mm 3x fund, τ = 1/252: growth, and the rebalance L·A' − E'", () => {
    const sim = simulateFund({ indexPrices: [100, 101], leverage: 3, initialAum: 100e6, costs });
    const t = 1 / 252;
    const g = 1 + 3 * (0.01 + 0.015 * t) + (1 - 3) * 0.05 * t - 3 * 0.004 * t - 0.0095 * t;
    const d = sim.days[0]!;
    expectClose(d.nav, g, 1e-15);
    expectClose(d.aum, 100e6 * g, 1e-15);
    expectClose(d.rebalanceTrade, 3 * 100e6 * g - 3 * 100e6 * 1.01, 1e-12);
  });

  test('Friday → Monday accrues three calendar days: financing and spread /360, expenses and dividends /365', () => {
    const sim = simulateFund({
      indexPrices: [100, 99],
      leverage: -1,
      initialAum: 1e6,
      costs: { ...costs, dates: ['2024-03-08', '2024-03-11'] },
    });
    const g = 1 + -1 * (-0.01 + (0.015 * 3) / 365) + 2 * ((0.05 * 3) / 360) - (0.004 * 3) / 360 - (0.0095 * 3) / 365;
    expectClose(sim.days[0]!.nav, g, 1e-15);
  });

  test('a financing series: one rate per day', () => {
    const sim = simulateFund({
      indexPrices: [100, 100, 100],
      leverage: -1,
      initialAum: 1e6,
      costs: { financingRate: [0.05, 0] },
    });
    expectClose(sim.days[0]!.nav, 1 + (2 * 0.05) / 252, 1e-15);
    expect(sim.days[1]!.nav).toBe(sim.days[0]!.nav);
    // a flat day with carry: the rebalance is L·A·carry = −1·$1mm·(2·0.05/252)
    expectClose(sim.days[0]!.rebalanceTrade, (-1e6 * 2 * 0.05) / 252, 1e-13);
  });
});

describe('flows: shares or currency, full redemption, creations into an empty fund', () => {
  test("flows in shares are created at the day's NAV", () => {
    const sim = simulateFund({
      indexPrices: [100, 110],
      leverage: 2,
      initialShares: 1000,
      initialNav: 50,
      flows: { shares: [200] },
    });
    const d = sim.days[0]!;
    // 110 / 100 − 1 is 0.10000000000000009 in floats: compare to 1e-15
    expectClose(d.nav, 50 * 1.2, 1e-15);
    expect(d.sharesOutstanding).toBe(1200);
    expectClose(d.flow, 200 * 60, 1e-15);
    expectClose(d.flowTrade, 2 * 200 * 60, 1e-15);
    expect(d.flowEffect).toBe('destabilizing'); // a 2x fund creating after a rally buys more
  });

  test('redeeming the whole AUM in currency leaves 0 shares; a later creation restarts the fund at its NAV', () => {
    const sim = simulateFund({
      indexPrices: [100, 50, 40],
      leverage: -1,
      initialAum: 1e6,
      flows: { currency: [-1.5e6, 0.75e6] },
    });
    const [d1, d2] = sim.days as [(typeof sim.days)[0], (typeof sim.days)[0]];
    expect([d1.sharesOutstanding, d1.aum, d1.exposureAfter]).toEqual([0, 0, 0]);
    expect(d1.totalTrade).toBe(0.5e6); // the $0.5mm short is bought back
    expect(d2.nav).toBe(1.5 * 1.2);
    expect(d2.rebalanceTrade).toBe(0);
    expectClose(d2.sharesOutstanding, 0.75e6 / 1.8, 1e-15);
    expectClose(d2.aum, 0.75e6, 1e-15);
    expectClose(d2.flowTrade, -0.75e6, 1e-15);
    expect(d2.flowEffect).toBe('none');
  });

  test('inputs are not mutated', () => {
    const prices = [100, 90, 95];
    const flows = { currency: new Float64Array([-1000, 2000]) };
    const costs = { financingRate: [0.05, 0.04] };
    simulateFund({ indexPrices: prices, leverage: -2, initialAum: 1e5, flows, costs });
    expect(prices).toEqual([100, 90, 95]);
    expect(Array.from(flows.currency)).toEqual([-1000, 2000]);
    expect(costs.financingRate).toEqual([0.05, 0.04]);
  });
});

describe('bad input → InverseMathError with codes', () => {
  const base = { indexPrices: [100, 101], leverage: -1, initialAum: 1e6 };
  test('start', () => {
    expectCode(() => simulateFund({ ...base, initialAum: -1 }), 'NEGATIVE', 'options.initialAum');
    expectCode(
      () => simulateFund({ indexPrices: [100, 101], leverage: -1, initialShares: -5, initialNav: 10 }),
      'NEGATIVE',
      'options.initialShares',
    );
    expectCode(
      () => simulateFund({ indexPrices: [100, 101], leverage: -1, initialShares: 5 }),
      'INVALID_OPTION',
      'options.initialNav',
    );
    expectCode(
      () => simulateFund({ ...base, initialShares: 5, initialNav: 1 }),
      'INVALID_OPTION',
      'options.initialAum',
    );
    expectCode(() => simulateFund({ indexPrices: [100, 101], leverage: -1 }), 'INVALID_OPTION', 'options.initialAum');
    expectCode(() => simulateFund({ ...base, initialNav: 0 }), 'NOT_POSITIVE', 'options.initialNav');
    expectCode(() => simulateFund({ ...base, initialAum: Number.NaN }), 'NON_FINITE', 'options.initialAum');
    expectCode(() => simulateFund({ ...base, leverage: Infinity }), 'NON_FINITE', 'options.leverage');
  });

  test('prices', () => {
    expectCode(() => simulateFund({ ...base, indexPrices: [100, 0] }), 'NOT_POSITIVE', 'options.indexPrices');
    expectCode(() => simulateFund({ ...base, indexPrices: [100, -3] }), 'NOT_POSITIVE', 'options.indexPrices');
    expectCode(() => simulateFund({ ...base, indexPrices: [100, Number.NaN] }), 'NON_FINITE', 'options.indexPrices');
    expectCode(() => simulateFund({ ...base, indexPrices: [100] }), 'SERIES_TOO_SHORT', 'options.indexPrices');
    expectCode(() => simulateFund({ ...base, indexPrices: [] }), 'EMPTY_SERIES', 'options.indexPrices');
    expectCode(() => simulateFund(undefined as never), 'INVALID_TYPE', 'options');
  });

  test('flows', () => {
    expectCode(() => simulateFund({ ...base, flows: { shares: [1, 2] } }), 'LENGTH_MISMATCH', 'options.flows.shares');
    expectCode(
      () => simulateFund({ ...base, flows: { shares: [1], currency: [1] } as never }),
      'INVALID_OPTION',
      'options.flows',
    );
    expectCode(() => simulateFund({ ...base, flows: {} as never }), 'INVALID_OPTION', 'options.flows');
    expectCode(
      () => simulateFund({ ...base, flows: { currency: [Infinity] } }),
      'NON_FINITE',
      'options.flows.currency',
    );
    const e = expectCode(
      () => simulateFund({ ...base, indexPrices: [100, 101, 102], flows: { shares: [0, -2e6] } }),
      'OUT_OF_RANGE',
      'options.flows.shares',
    );
    expect(e.index).toBe(1);
  });

  test('costs', () => {
    expectCode(
      () => simulateFund({ ...base, costs: { expenseRatio: -0.01 } }),
      'NEGATIVE',
      'options.costs.expenseRatio',
    );
    expectCode(
      () => simulateFund({ ...base, costs: { financingRate: [0.01, 0.02] } }),
      'LENGTH_MISMATCH',
      'options.costs.financingRate',
    );
    expectCode(
      () => simulateFund({ ...base, costs: { dates: ['2024-01-02'] } }),
      'LENGTH_MISMATCH',
      'options.costs.dates',
    );
    expectCode(
      () => simulateFund({ ...base, costs: { dates: ['2024-01-02', 'soon'] } }),
      'INVALID_DATE',
      'options.costs.dates',
    );
    expectCode(
      () => simulateFund({ ...base, costs: { dates: ['2024-01-02', '2024-01-03'], periodsPerYear: 252 } }),
      'INVALID_OPTION',
      'options.costs.periodsPerYear',
    );
    expectCode(() => simulateFund({ ...base, costs: 5 as never }), 'INVALID_TYPE', 'options.costs');
  });
});

describe('amounts beyond the double range are errors, never ±Infinity', () => {
  test('a price move that overflows, or costs that blow the NAV up', () => {
    const e = expectCode(
      () => simulateFund({ indexPrices: [5e-324, 4040], leverage: -3, initialAum: 1e8 }),
      'NON_FINITE',
      'options.indexPrices',
    );
    expect(e.index).toBe(1);
    expectCode(
      () =>
        simulateFund({
          indexPrices: [100, 101, 102, 103],
          leverage: -3,
          initialAum: 1e300,
          costs: { financingRate: 5e101 },
        }),
      'NON_FINITE',
      'options.initialAum', // the fund's size as given, not the options object
    );
  });
});

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
    const sh = simulateFund({
      indexPrices: [100, 101],
      leverage: 2,
      initialShares: 1000,
      initialNav: 10,
      flows: { shares: [-1000] },
    });
    expect(sh.finalShares).toBe(0);
    expectClose(sh.days[0]!.flow, -1000 * 10.2, 1e-15);
    expectCode(
      () =>
        simulateFund({
          indexPrices: [100, 101],
          leverage: 2,
          initialShares: 1000,
          initialNav: 10,
          flows: { shares: [-1000.5] },
        }),
      'OUT_OF_RANGE',
      'options.flows.shares',
    );
  });

  test('flows must have one value per day', () => {
    expectCode(
      () => simulateFund({ indexPrices: [100, 101, 102], leverage: 2, initialAum: 1e6, flows: { shares: [0] } }),
      'LENGTH_MISMATCH',
      'options.flows.shares',
    );
  });
});

describe('simulateFund: messages', () => {
  test.each<[string, () => unknown, InverseMathErrorCode, string, string]>([
    [
      'both starts',
      () => simulateFund({ ...base, initialShares: 5, initialNav: 1 }),
      'INVALID_OPTION',
      'options.initialAum',
      'options.initialAum give exactly one of initialAum or initialShares, got 1000000 [INVALID_OPTION]',
    ],
    [
      'shares without a NAV',
      () => simulateFund({ indexPrices: [100, 101], leverage: -1, initialShares: 5 }),
      'INVALID_OPTION',
      'options.initialNav',
      'options.initialNav initialShares requires initialNav, got undefined [INVALID_OPTION]',
    ],
    [
      'shares with a zero NAV',
      () => simulateFund({ indexPrices: [100, 101], leverage: -1, initialShares: 5, initialNav: 0 }),
      'NOT_POSITIVE',
      'options.initialNav',
      'options.initialNav must be greater than zero, got 0 [NOT_POSITIVE]',
    ],
    [
      'flows not an object',
      () => simulateFund({ ...base, flows: 5 as never }),
      'INVALID_TYPE',
      'options.flows',
      'options.flows must be an options object, got 5 [INVALID_TYPE]',
    ],
    [
      'both flow kinds',
      () => simulateFund({ ...base, flows: { shares: [1], currency: [1] } as never }),
      'INVALID_OPTION',
      'options.flows',
      'options.flows give exactly one of shares or currency, got object [INVALID_OPTION]',
    ],
    [
      'flows of the wrong length',
      () => simulateFund({ ...base, flows: { shares: [1, 2] } }),
      'LENGTH_MISMATCH',
      'options.flows.shares',
      'options.flows.shares must have length 1, got length 2 [LENGTH_MISMATCH]',
    ],
    // day 1 starts with 1e6 shares at NAV 1 (initialAum 1e6); the redemption of day 2 is the flow at index 1
    [
      'a redemption larger than the fund',
      () => simulateFund({ ...base, indexPrices: [100, 101, 102], flows: { shares: [0, -2e6] } }),
      'OUT_OF_RANGE',
      'options.flows.shares',
      'options.flows.shares[1] redeems more than the 1000000 shares outstanding on day 2, got -2000000 [OUT_OF_RANGE]',
    ],
    [
      'a price move that overflows',
      () => simulateFund({ ...base, indexPrices: [1e-300, 1e300] }),
      'NON_FINITE',
      'options.indexPrices',
      'options.indexPrices[1] the move from the previous price overflows a double, got 1e+300 [NON_FINITE]',
    ],
  ])('%s', (_name, call, code, argument, message) => {
    expect(expectCode(call, code, argument).message).toBe(message);
  });
});
