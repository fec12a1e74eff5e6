import { growthFactor } from '../internal/accrual.ts';
import { allFinite, overflow, type Input } from '../internal/blame.ts';
import * as guard from '../internal/guards.ts';
import {
  COST_KEYS,
  carryAt,
  readCostSchedule,
  type CostOptions,
  type CostSchedule,
} from '../internal/options/cost-schedule.ts';
import { readFlows, readFundStart, type FundFlows, type Flows } from '../internal/options/fund-start.ts';
import { FLOAT } from '../internal/options/reader.ts';
import { neumaierSum } from '../internal/sum.ts';
import { classifyFlow, type FlowEffect } from '../internal/flow-effect.ts';
import { zero } from '../internal/trade.ts';

export type { FundFlows } from '../internal/options/fund-start.ts';

/** Costs of {@link simulateFund}: the same option names and meaning as the `nav` domain (docs/concepts.md §3). */
export type FundCosts = CostOptions<number>;

/** Options of {@link simulateFund}. */
export interface SimulateFundOptions {
  /** Index closes `I_0 … I_n` (`n ≥ 1` days), each `> 0`; day `t` moves `I_{t−1} → I_t`. Not mutated. */
  readonly indexPrices: ArrayLike<number>;
  /** The daily multiple `L` (signed: −1 inverse, 2, −3 …). */
  readonly leverage: number;
  /** Assets at the start, currency `≥ 0`; the fund starts with `initialAum / initialNav` shares. Exclusive with `initialShares`. */
  readonly initialAum?: number;
  /** Shares outstanding at the start, `≥ 0`; requires `initialNav`. Exclusive with `initialAum`. */
  readonly initialShares?: number;
  /** NAV per share at the start, currency `> 0`. Default 1 with `initialAum`; required with `initialShares`. */
  readonly initialNav?: number;
  /** Net creations/redemptions per day, in shares or currency, at that day's NAV after the move. Default: none. */
  readonly flows?: FundFlows;
  /** Expenses, financing, spread and dividends (docs/concepts.md §3). Default: frictionless. */
  readonly costs?: FundCosts;
}

/** One simulated day of {@link simulateFund}; amounts in currency, trades buy `> 0`, sell `< 0`. */
export interface FundDay {
  /** The day `t` (`1 … n`): the index of its close in `indexPrices`. */
  readonly day: number;
  /** The index simple return `r_t = I_t / I_{t−1} − 1`. */
  readonly indexReturn: number;
  /** NAV per share after the close (`0` from the day the fund is wiped out). */
  readonly nav: number;
  /** Shares outstanding after the day's flow. */
  readonly sharesOutstanding: number;
  /** Assets after the close and the flow: `nav × sharesOutstanding`. */
  readonly aum: number;
  /** Assets after the move and the day's costs, before the flow: `A' = A·(1 + L·r + carry)`. */
  readonly aumBeforeFlow: number;
  /** Exposure after the move, before the close trade: `E' = L·A·(1 + r)`. */
  readonly exposureBefore: number;
  /** Exposure after the close trade: `L × aum`. */
  readonly exposureAfter: number;
  /** The rebalance part of the close trade, `L·A' − E' = A·((L² − L)·r + L·carry)`; the close-out `−E'` on the day the fund is wiped out. */
  readonly rebalanceTrade: number;
  /** Shares created (`> 0`) or redeemed (`< 0`) at the close. */
  readonly flowShares: number;
  /** The flow `F` in currency at the day's NAV. */
  readonly flow: number;
  /** The flow part of the close trade, `L·F`. */
  readonly flowTrade: number;
  /** `rebalanceTrade + flowTrade`: what the fund trades at the close. */
  readonly totalTrade: number;
  /** Whether the flow opposes or adds to the rebalance (docs/concepts.md I7). */
  readonly flowEffect: FlowEffect;
}

/** Result of {@link simulateFund}. */
export interface FundSimulation {
  /** The daily multiple `L`. */
  readonly leverage: number;
  /** NAV per share at the start. */
  readonly initialNav: number;
  /** Shares outstanding at the start. */
  readonly initialShares: number;
  /** Assets at the start (`initialNav × initialShares`). */
  readonly initialAum: number;
  /** One row per day (`n` rows). */
  readonly days: readonly FundDay[];
  /** NAV per share after the last day. */
  readonly finalNav: number;
  /** Shares outstanding after the last day. */
  readonly finalShares: number;
  /** Assets after the last day. */
  readonly finalAum: number;
  /** `Σ |totalTrade|`: the notional the fund traded at the closes. */
  readonly tradedNotional: number;
  /** `Σ |rebalanceTrade|`: what it would have traded without flows. */
  readonly rebalanceNotional: number;
  /** `Σ |flowTrade|`. */
  readonly flowNotional: number;
  /** Mean assets over the `n + 1` closes `AUM_0 … AUM_n`. */
  readonly averageAum: number;
  /** `tradedNotional / averageAum` over the whole simulation (0 if the fund never had assets). */
  readonly turnover: number;
  /** The day `t` the fund was wiped out (`1 + L·r + carry ≤ 0`), or `null` if it survived. */
  readonly wipedOutAt: number | null;
}

/** A redemption exceeding the shares outstanding by at most this relative amount is a full redemption (float currency flows of exactly −AUM). */
const FULL_REDEMPTION_SLACK = 1e-12;

/**
 * Day-by-day simulation of a daily-reset fund with shares outstanding,
 * creations and redemptions, costs, and its close trades.
 *
 * Formula, day `t` (state: NAV `P`, shares `N`, assets `A = P·N`):
 * `r = I_t/I_{t−1} − 1`; `g = 1 + L·r + carry_t` (docs/concepts.md §3);
 * `E' = L·A·(1 + r)`; if `g > 0`: `P' = P·g`, `A' = P'·N`,
 * rebalance `= A·((L² − L)·r + L·carry_t)` (`= L·A' − E'`, computed in this
 * form); the flow `F` (given in currency, or shares × `P'`) is created or
 * redeemed at `P'`, so NAV per share is unchanged by it and
 * `N' = N + F/P'`; flow trade `L·F`; `AUM = P'·N'`, exposure after `L·AUM`.
 * If `g ≤ 0` the fund is wiped out that day: NAV 0, shares 0, the position
 * is closed (rebalance `−E'`), `wipedOutAt = t`, and every later day is all
 * zeros with flows ignored — reported, never an error, never a negative NAV.
 * A fund redeemed to zero shares keeps its NAV and can take creations later.
 *
 * Rows are plain readonly objects rather than columns: a simulation is at
 * most a few thousand days, rows are what users print and serialise, and the
 * decimal ledger mirrors them row for row. For very long paths use `nav`.
 *
 * @param options - prices, leverage, the start (`initialAum`, or `initialShares` and `initialNav`), `flows`, `costs`
 * @returns one row per day, final state, traded notionals, turnover and the day of a wipe-out
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE`, `NOT_POSITIVE` (a price or `initialNav ≤ 0`), `NEGATIVE` (AUM, shares or a cost rate `< 0`), `SERIES_TOO_SHORT` (fewer than 2 prices), `LENGTH_MISMATCH` (flows, rates or dates not aligned), `INVALID_OPTION` (both or neither of `initialAum`/`initialShares`; `initialShares` without `initialNav`; flows with both or neither key; `dates` with `periodsPerYear`), `INVALID_DATE`, `OUT_OF_RANGE` (a redemption larger than the shares outstanding, with the flow's index), `NON_FINITE` (also a price move or an amount that overflows a double), `UNKNOWN_OPTION` (a key of `options`, `options.costs` or `options.flows` that is not an option), `EMPTY_SERIES`
 * @see "Shorting is hard" (AUM = NAV × shares outstanding; redemptions after declines and rallies); docs/concepts.md §3–5
 * @example
 * ```ts
 * import { simulateFund } from '@inverse-math/core/fund';
 * // "Shorting is hard": a $1mm −1x fund; the index falls 50 %, then $0.5mm is redeemed (docs/concepts.md W5)
 * const sim = simulateFund({ indexPrices: [100, 50], leverage: -1, initialAum: 1e6, flows: { currency: [-0.5e6] } });
 * const d = sim.days[0]!;
 * [d.nav, d.aumBeforeFlow, d.aum, d.sharesOutstanding]; // NAV unchanged by the flow; 1/3 of the shares redeemed
 * //≈ [1.50, 1500000.00, 1000000.00, 666666.67]
 * [d.rebalanceTrade, d.flowTrade, d.totalTrade, d.flowEffect];
 * //=> [-1000000, 500000, -500000, 'stabilizing']
 * ```
 */
export function simulateFund(options: SimulateFundOptions): FundSimulation {
  const run = readSimulation(options);
  const { n, L } = run;
  const fund: Fund = { nav: run.initialNav, shares: run.initialShares, wipedOutAt: null };
  const days: FundDay[] = [];
  for (let t = 1; t <= n; t++) days.push(simulateDay(run, fund, t));
  const { initialNav, initialShares } = run;
  const initialAum = initialNav * initialShares;
  // compensated sums over the days: of a trade in absolute value, of the assets from the start's
  const traded = (trade: (day: FundDay) => number): number => neumaierSum(days.map((day) => Math.abs(trade(day))));
  const tradedNotional = traded((day) => day.totalTrade);
  const averageAum = neumaierSum([initialAum, ...days.map((day) => day.aum)]) / (n + 1);
  const rebalanceNotional = traded((day) => day.rebalanceTrade);
  const flowNotional = traded((day) => day.flowTrade);
  const turnover = averageAum > 0 ? tradedNotional / averageAum : 0;
  if (!allFinite(tradedNotional, rebalanceNotional, flowNotional, averageAum, turnover))
    overflow('the totals', blame(run, n));
  const { nav, shares, wipedOutAt } = fund;
  return {
    leverage: L,
    initialNav,
    initialShares,
    initialAum,
    days,
    finalNav: nav,
    finalShares: shares,
    finalAum: nav * shares,
    tradedNotional,
    rebalanceNotional,
    flowNotional,
    averageAum,
    turnover,
    wipedOutAt,
  };
}

/** The keys of {@link SimulateFundOptions}. */
const FUND_KEYS = ['indexPrices', 'leverage', 'initialAum', 'initialShares', 'initialNav', 'flows', 'costs'];

/** The validated inputs of a simulation. */
interface Simulation {
  /** The fund's size as given, one of the inputs an overflow may name: `options.initialAum` or `options.initialShares`, and its value. */
  readonly size: Input;
  readonly prices: ArrayLike<number>;
  readonly n: number;
  readonly L: number;
  readonly initialNav: number;
  readonly initialShares: number;
  readonly flows: Flows<number> | null;
  readonly costs: CostSchedule;
}

/** Read and validate the options, each once. */
function readSimulation(options: unknown): Simulation {
  const o = guard.options(options, 'options', FUND_KEYS);
  const { indexPrices, leverage, initialAum, initialShares, initialNav, flows, costs } = o;
  const prices = guard.priceSeries(indexPrices, 'options.indexPrices', 2);
  const n = prices.length - 1;
  const L = guard.finite(leverage, 'options.leverage');
  const start = readFundStart(FLOAT, initialAum, initialShares, initialNav);
  const nav = start.nav ?? 1;
  const shares = start.shares ?? (start.aum as number) / nav;
  const f = readFlows(FLOAT, flows, n);
  const c = readCostSchedule(
    costs === undefined ? {} : guard.options(costs, 'options.costs', COST_KEYS),
    n,
    'options.costs',
  );
  return {
    size: start.aum === undefined ? ['options.initialShares', shares] : ['options.initialAum', start.aum],
    prices,
    n,
    L,
    initialNav: nav,
    initialShares: shares,
    flows: f,
    costs: c,
  };
}

/** The inputs of day `t`'s amounts, for an overflow (src/internal/blame.ts): the start, the leverage, the day's move and flow. */
function blame(run: Simulation, t: number): Input[] {
  const { size, L, prices, flows } = run;
  const inputs: Input[] = [size, ['options.leverage', L, 2], ['options.indexPrices', prices[t] as number, 1, t]];
  if (flows !== null) inputs.push([flows.argument, flows.values[t - 1] as number, 1, t - 1]);
  return inputs;
}

/** The fund between days. */
interface Fund {
  nav: number;
  shares: number;
  wipedOutAt: number | null;
}

/** Day `t`: the move and its costs, the flow, the close trade, and the day's checks. */
function simulateDay(run: Simulation, fund: Fund, t: number): FundDay {
  const { prices, L } = run;
  const indexReturn = (prices[t] as number) / (prices[t - 1] as number) - 1;
  if (!Number.isFinite(indexReturn))
    guard.fail(
      'NON_FINITE',
      'the move from the previous price overflows a double',
      'options.indexPrices',
      prices[t],
      t,
    );
  const A = fund.nav * fund.shares;
  const exposureBefore = zero(L * A * (1 + indexReturn));
  let aumBeforeFlow = 0;
  let rebalanceTrade = 0;
  let flowShares = 0;
  let flow = 0;
  if (fund.wipedOutAt === null) {
    // the index move and the day's costs: P' = P·g with g = 1 + L·r + carry, and the rebalance part of the close trade
    const c = carryAt(run.costs, L, t - 1);
    const g = growthFactor(indexReturn, L, c);
    if (g > 0) {
      fund.nav *= g;
      aumBeforeFlow = fund.nav * fund.shares;
      rebalanceTrade = zero(A * (L * (L - 1) * indexReturn + L * c));
      [flowShares, flow] = applyFlow(run, fund, t);
    } else {
      // g ≤ 0 wipes the fund out: NAV and shares 0, the position closed out
      fund.wipedOutAt = t;
      fund.nav = 0;
      fund.shares = 0;
      rebalanceTrade = zero(-exposureBefore);
    }
  }
  // the close: the fund after the flow, the trades
  const { nav, shares } = fund;
  flowShares = zero(flowShares);
  flow = zero(flow);
  const aum = nav * shares;
  const flowTrade = zero(L * flow);
  const totalTrade = zero(rebalanceTrade + flowTrade);
  if (!allFinite(nav, aum, exposureBefore, L * aum, totalTrade, flowShares))
    overflow(`the amounts of day ${t}`, blame(run, t));
  return {
    day: t,
    indexReturn,
    nav,
    sharesOutstanding: shares,
    aum,
    aumBeforeFlow,
    exposureBefore,
    exposureAfter: zero(L * aum),
    rebalanceTrade,
    flowShares,
    flow,
    flowTrade,
    totalTrade,
    flowEffect: classifyFlow(rebalanceTrade, flowTrade),
  };
}

/**
 * The day's flow, created or redeemed at the NAV after the move
 * (`OUT_OF_RANGE` beyond the shares outstanding): the shares and the
 * currency it moves; `[0, 0]` without flows.
 */
function applyFlow(run: Simulation, fund: Fund, t: number): [flowShares: number, flow: number] {
  const flows = run.flows;
  if (flows === null) return [0, 0];
  const { nav, shares } = fund;
  const value = flows.values[t - 1] as number;
  let flowShares = flows.kind === 'shares' ? value : value / nav;
  if (-flowShares > shares) {
    if (-flowShares > shares * (1 + FULL_REDEMPTION_SLACK)) {
      guard.fail(
        'OUT_OF_RANGE',
        `redeems more than the ${shares} shares outstanding on day ${t}`,
        flows.argument,
        value,
        t - 1,
      );
    }
    flowShares = -shares;
  }
  fund.shares = flowShares === -shares ? 0 : shares + flowShares;
  return [flowShares, flows.kind === 'currency' && flowShares !== -shares ? value : flowShares * nav];
}
