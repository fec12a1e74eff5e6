/**
 * The cost flags and the rates file (src/common.js): the rate of a period is the
 * file's last rate dated on or before the period's first close.
 */
import { describe, expect, test } from 'vitest';
import { navFromPrices } from '../../../src/nav/index.ts';
import { cli, tempFiles } from './helpers/run.ts';

const PRICES = 'date,close\n2020-01-02,100\n2020-01-03,101\n2020-01-06,99\n2020-01-07,100\n';
const dates = ['2020-01-02', '2020-01-03', '2020-01-06', '2020-01-07'];

describe.concurrent('rates file', () => {
  test('a step function by date: 1 % from 2020-01-01, 2 % from 2020-01-06 → periods at 1 %, 1 %, 2 %', async () => {
    const cwd = tempFiles({ 'p.csv': PRICES, 'r.csv': 'date,rate\n2020-01-01,0.01\n2020-01-06,0.02\n' });
    const run = await cli(['nav', 'p.csv', '--leverage', '3', '--financing', 'r.csv', '--format', 'json'], { cwd });
    const nav = (JSON.parse(run.stdout) as { rows: { nav: number }[] }).rows.map((r) => r.nav);
    expect(nav).toStrictEqual(
      Array.from(navFromPrices([100, 101, 99, 100], { leverage: 3, dates, financingRate: [0.01, 0.01, 0.02] })),
    );
  });

  test.each([
    [
      'a file that starts after the first close',
      'date,rate\n2020-01-03,0.01\n',
      [],
      'r.csv: no rate on or before 2020-01-02 (the first period starts then; the file starts 2020-01-03)',
    ],
    [
      'no rate column',
      'date,value\n2020-01-01,0.01\n',
      [],
      'r.csv:1: no rate column "rate" or "rate_percent" (rate is a fraction, rate_percent in percent); the header has date, value',
    ],
    [
      'a rate that is not a number',
      'month,rate_percent\n2019-12,1.5\n2020-01,x\n',
      [],
      'r.csv:3: rate_percent "x" is not a number',
    ],
    [
      'dates out of order',
      'month,rate_percent\n2020-01,1.5\n2019-12,1.5\n',
      [],
      'r.csv:3: date 2019-12 is out of order: the dates must increase',
    ],
    [
      'both a rate and a file',
      'date,rate\n2020-01-01,0.01\n',
      ['--financing-rate', '0.01'],
      'give --financing-rate r or --financing RATES.csv, not both',
    ],
  ])('%s: exit 2', async (_what, rates, extra, message) => {
    const cwd = tempFiles({ 'p.csv': PRICES, 'r.csv': rates });
    const run = await cli(['nav', 'p.csv', '--leverage', '3', '--financing', 'r.csv', ...extra], { cwd });
    expect([run.code, run.stdout, run.stderr]).toStrictEqual([2, '', `inverse-math nav: ${message}\n`]);
  });

  test('--initial-nav must be positive', async () => {
    const run = await cli(['nav', 'p.csv', '--leverage', '3', '--initial-nav', '0'], {
      cwd: tempFiles({ 'p.csv': PRICES }),
    });
    expect(run.stderr).toBe('inverse-math nav: --initial-nav 0 must be positive\n');
  });
});
