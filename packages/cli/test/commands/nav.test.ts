/**
 * `inverse-math nav`: the NAV column is navFromPrices of the library with the
 * file's dates (calendar days), to the last digit, in json and csv; ln NAV is
 * logNavPath's. The golden table's rounded numbers are checked against the same.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readSeries } from '../../../../test/helpers/csv.ts';
import { logNavPath, navFromPrices, type NavOptions } from '../../../../src/nav/index.ts';
import { expectGolden, tableRows } from '../helpers/golden.ts';
import { cli, repo, tempFiles } from '../helpers/run.ts';

const spx = readSeries('spx.csv', 'date', 'close');
const dates = [...spx.keys()];
const closes = [...spx.values()];
const returns = closes.slice(1).map((p, i) => p / (closes[i] as number) - 1);

interface NavJson {
  rows: { date: string; index: number; nav: number; logNav: number }[];
  rebalances: number;
  wipedOutOn: string | null;
}

async function navJson(args: string[]): Promise<NavJson> {
  const run = await cli(['nav', 'test/fixtures/spx.csv', ...args, '--format', 'json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as NavJson;
}

describe.concurrent('nav reproduces navFromPrices with dates exactly', () => {
  test('2x with every cost: NAV and ln NAV bit for bit (json)', async () => {
    const options: NavOptions = {
      leverage: 2,
      dates,
      expenseRatio: 0.0089,
      financingRate: 0.05,
      spread: 0.003,
      dividendYield: 0.018,
    };
    const out = await navJson([
      '--leverage',
      '2',
      '--expense-ratio',
      '0.89%',
      '--financing-rate',
      '0.05',
      '--spread',
      '0.003',
      '--dividend-yield',
      '0.018',
    ]);
    const nav = navFromPrices(closes, options);
    const logNav = logNavPath(returns, options);
    expect(out.rows.map((r) => r.date)).toStrictEqual(dates);
    expect(out.rows.map((r) => r.index)).toStrictEqual(closes);
    expect(out.rows.map((r) => r.nav)).toStrictEqual(Array.from(nav));
    expect(out.rows.map((r) => r.logNav)).toStrictEqual(Array.from(logNav));
    expect(out.rebalances).toBe(dates.length - 1);
  });

  test('a financing file: the rate in force at the start of each period (fed funds by month), bit for bit', async () => {
    const fed = readSeries('fedfunds.csv', 'month', 'rate_percent');
    const financingRate = dates.slice(0, -1).map((d) => (fed.get(d.slice(0, 7)) as number) / 100);
    const out = await navJson([
      '--leverage',
      '-1',
      '--financing',
      'test/fixtures/fedfunds.csv',
      '--spread',
      '0.004',
      '--initial-nav',
      '100',
    ]);
    const nav = navFromPrices(closes, { leverage: -1, dates, financingRate, spread: 0.004, initialNav: 100 });
    expect(out.rows.map((r) => r.nav)).toStrictEqual(Array.from(nav));
  });

  test.each([
    ['band:0.1', { band: 0.1 }],
    ['every:5', { every: 5 }],
  ] as const)('--rebalance %s is the rule %o', async (flag, rule) => {
    const out = await navJson(['--leverage', '3', '--rebalance', flag]);
    expect(out.rows.map((r) => r.nav)).toStrictEqual(
      Array.from(navFromPrices(closes, { leverage: 3, dates, rebalance: rule })),
    );
    expect(out.rebalances).toBeLessThan(dates.length - 1);
  });

  test('csv prints every number in full precision: reading it back gives navFromPrices exactly', async () => {
    const run = await cli(['nav', 'test/fixtures/spx.csv', '--leverage=-3', '--format', 'csv']);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('date,index,nav,logNav');
    const nav = navFromPrices(closes, { leverage: -3, dates });
    expect(lines.slice(1).map((l) => Number(l.split(',')[2]))).toStrictEqual(Array.from(nav));
  });

  test('a wipe-out is reported with its date, the NAV 0 and ln NAV null (−∞) from then on', async () => {
    // −3x on an index that rises 40 % on 2020-01-03: 1 − 3·0.4 < 0
    const cwd = tempFiles({ 'jump.csv': 'date,close\n2020-01-02,100\n2020-01-03,140\n2020-01-06,150\n' });
    const run = await cli(['nav', 'jump.csv', '--leverage', '-3', '--format', 'json'], { cwd });
    const out = JSON.parse(run.stdout) as NavJson;
    expect(out.wipedOutOn).toBe('2020-01-03');
    expect(out.rows.map((r) => r.nav)).toStrictEqual([1, 0, 0]);
    expect(out.rows.map((r) => r.logNav)).toStrictEqual([0, null, null]);
  });
});

describe('golden output', () => {
  test('nav of a −3x fund on the S&P 500 in 2008 with costs (table): the rounded numbers are navFromPrices', async () => {
    const run = await cli([
      'nav',
      'packages/cli/test/fixtures/spx-2008.csv',
      '--leverage',
      '-3',
      '--expense-ratio',
      '0.95%',
      '--financing-rate',
      '2%',
    ]);
    expect(run.code).toBe(0);
    expectGolden('nav-spx-2008.txt', run.stdout);
    const slice = readFileSync(repo('packages/cli/test/fixtures/spx-2008.csv'), 'utf8').trim().split('\n').slice(1);
    const d = slice.map((l) => l.split(',')[0] as string);
    const p = slice.map((l) => Number(l.split(',')[1]));
    const nav = navFromPrices(p, { leverage: -3, dates: d, expenseRatio: 0.0095, financingRate: 0.02 });
    const rows = tableRows(run.stdout);
    expect(rows.map((r) => r[0])).toStrictEqual(d);
    expect(rows.map((r) => r[2])).toStrictEqual(Array.from(nav, (v) => v.toFixed(6)));
    expect(rows.map((r) => r[3])).toStrictEqual(
      Array.from(nav, (v) =>
        Math.log(v)
          .toFixed(6)
          .replace(/^-(0\.0+)$/, '$1'),
      ),
    );
  });
});
