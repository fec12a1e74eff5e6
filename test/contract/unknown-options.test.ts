/**
 * Options objects reject unknown keys (CONTRIBUTING.md, "Rules"): a misspelled
 * option of any public function throws `UNKNOWN_OPTION`, naming the key as the
 * user wrote it and, when one is within two edits, the option that was
 * probably meant — never a silent default. Each case misspells one documented
 * option of a valid call.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import * as decimal from '../../src/decimal/index.ts';
import * as core from '../../src/index.ts';
import { expectCode } from '../helpers/assert.ts';

type Case = [name: string, call: () => unknown, argument: string, meant: string];

const prices = [100, 101, 99];
const CASES: Case[] = [
  [
    'navPath',
    () => core.navPath([0.01], { leverage: 2, expenseRatoi: 0.01 } as never),
    'options.expenseRatoi',
    'expenseRatio',
  ],
  [
    'navFromPrices',
    () => core.navFromPrices(prices, { leverage: 2, periodsPerYr: 252 } as never),
    'options.periodsPerYr',
    'periodsPerYear',
  ],
  [
    'logNavPath',
    () => core.logNavPath([0.01], { leverage: 2, rebalence: 'daily' } as never),
    'options.rebalence',
    'rebalance',
  ],
  [
    'navHistory',
    () => core.navHistory([0.01], { leverage: 2, initalNav: 1 } as never),
    'options.initalNav',
    'initialNav',
  ],
  [
    'navState',
    () => core.navState({ leverage: 2, startdate: '2024-03-08' } as never),
    'options.startdate',
    'startDate',
  ],
  [
    'stepNav',
    () => core.stepNav(core.navState({ leverage: 2 }), 0.01, { spred: 0.01 } as never),
    'inputs.spred',
    'spread',
  ],
  [
    'simulateFund',
    () => core.simulateFund({ indexPrices: prices, leverage: -1, initialAum: 1, flow: { shares: [0, 0] } } as never),
    'options.flow',
    'flows',
  ],
  [
    'simulateFund costs',
    () => core.simulateFund({ indexPrices: prices, leverage: -1, initialAum: 1, costs: { spreads: 0 } } as never),
    'options.costs.spreads',
    'spread',
  ],
  [
    'simulateFund flows',
    () => core.simulateFund({ indexPrices: prices, leverage: -1, initialAum: 1, flows: { share: [0, 0] } } as never),
    'options.flows.share',
    'shares',
  ],
  [
    'rebalanceTrade',
    () => core.rebalanceTrade({ aum: 1, leverage: 2, indexRetrun: 0.01 } as never),
    'options.indexRetrun',
    'indexReturn',
  ],
  [
    'closeTrade',
    () => core.closeTrade({ aum: 1, leverage: 2, indexReturn: 0.01, flows: 0 } as never),
    'options.flows',
    'flow',
  ],
  [
    'offsettingFlow',
    () => core.offsettingFlow({ aum: 1, leverage: 2, indexReturn: 0.01, Aum: 2 } as never),
    'options.Aum',
    'aum',
  ],
  ['toShares', () => core.toShares(100, 10, { roundng: 'nearest' } as never), 'options.roundng', 'rounding'],
  [
    'marketOnCloseImbalance',
    () => core.marketOnCloseImbalance([{ aum: 1, leverage: -3, nme: 'SQQQ' }] as never, 0.01),
    'funds[0].nme',
    'name',
  ],
  ['returnsFromPrices', () => core.returnsFromPrices(prices, { kinds: 'log' } as never), 'options.kinds', 'kind'],
  [
    'continuousDrag',
    () => core.continuousDrag({ leverage: 2, volatility: 0.2, year: 1 } as never),
    'options.year',
    'years',
  ],
  [
    'fundReturnTable',
    () => core.fundReturnTable({ leverage: 2, indexReturns: [0], volatilities: [0.2], yeras: 1 } as never),
    'options.yeras',
    'years',
  ],
  [
    'kellyLeverage',
    () => core.kellyLeverage({ drift: 0.1, volatility: 0.2, rates: 0 } as never),
    'options.rates',
    'rate',
  ],
  [
    'growthRate',
    () => core.growthRate({ leverage: 2, drift: 0.1, volatility: 0.2, expenseRation: 0 } as never),
    'options.expenseRation',
    'expenseRatio',
  ],
  [
    'lognormalFundOutcome',
    () => core.lognormalFundOutcome({ leverage: 2, drift: 0, volatility: 0.2, years: 1, drfit: 0 } as never),
    'options.drfit',
    'drift',
  ],
  [
    'holdingPeriodEfficiency',
    () => core.holdingPeriodEfficiency([0.1], [1, 1.2], 2, { form: 0 } as never),
    'period.form',
    'from',
  ],
  [
    'decimal navPath',
    () => decimal.navPath(['0.01'], { leverage: '2', precison: 40 } as never),
    'options.precison',
    'precision',
  ],
  [
    'decimal rebalanceTrade',
    () =>
      decimal.rebalanceTrade({ aum: '1', leverage: '2', indexReturn: '0.01', arithmeticRouding: 'half-up' } as never),
    'options.arithmeticRouding',
    'arithmeticRounding',
  ],
  [
    'decimal closeTrade',
    () => decimal.closeTrade({ aum: '1', leverage: '2', indexReturn: '0.01', flw: '0' } as never),
    'options.flw',
    'flow',
  ],
  [
    'decimal simulateFund',
    () =>
      decimal.simulateFund({ indexPrices: ['100', '101'], leverage: '-1', initialAum: '1', navDecimal: 4 } as never),
    'options.navDecimal',
    'navDecimals',
  ],
  [
    'decimal toShares',
    () => decimal.toShares('100', '10', { rouding: 'half-up' } as never),
    'options.rouding',
    'rounding',
  ],
  [
    'decimal fundReturn',
    () => decimal.fundReturn('0.01', '2', { precission: 40 } as never),
    'options.precission',
    'precision',
  ],
  [
    'decimal createDecimalContext',
    () => decimal.createDecimalContext({ precison: 40 } as never),
    'options.precison',
    'precision',
  ],
];

describe('a misspelled option is UNKNOWN_OPTION, naming the key and the option meant', () => {
  test.each(CASES)('%s', (_name, call, argument, meant) => {
    const e = expectCode(call, 'UNKNOWN_OPTION', argument);
    expect(e.message).toContain(`(did you mean '${meant}'?)`);
  });

  test('a key far from every option names no guess', () => {
    const e = expectCode(
      () => core.navPath([0.01], { leverage: 2, colour: 'red' } as never),
      'UNKNOWN_OPTION',
      'options.colour',
    );
    expect(e.message).toBe('options.colour is not an option, got "colour" [UNKNOWN_OPTION]');
  });

  test('every documented option is accepted (the key lists are complete)', () => {
    const navOptions = {
      leverage: 2,
      expenseRatio: 0,
      financingRate: 0,
      spread: 0,
      dividendYield: 0,
      periodsPerYear: 252,
      rebalance: 'daily',
      initialNav: 1,
    } as const;
    expect(() => core.navPath([0.01], navOptions)).not.toThrow();
    expect(() => core.navState({ ...navOptions, periodsPerYear: undefined, startDate: '2024-03-08' })).not.toThrow();
    const costs = { expenseRatio: 0, financingRate: 0, spread: 0, dividendYield: 0, periodsPerYear: 252 };
    expect(() =>
      core.simulateFund({
        indexPrices: prices,
        leverage: -1,
        initialShares: 10,
        initialNav: 1,
        flows: { currency: [0, 0] },
        costs,
      }),
    ).not.toThrow();
    const ledger = {
      indexPrices: ['100', '101'],
      leverage: '-1',
      initialAum: '100',
      multiplier: '1',
      navDecimals: 4,
      navRounding: 'half-even',
      unitRounding: 'half-even',
      shareRounding: 'toward-zero',
      accrualDecimals: 2,
      accrualRounding: 'half-even',
      precision: 40,
      arithmeticRounding: 'half-even',
    } as const;
    expect(() => decimal.simulateFund(ledger)).not.toThrow();
    expect(
      decimal
        .navPath(['0.01'], { leverage: new Decimal(2), precision: 40, arithmeticRounding: 'half-up' })[1]
        ?.toString(),
    ).toBe('1.02');
  });
});
