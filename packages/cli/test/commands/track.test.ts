/**
 * `inverse-math track`: the year-by-year model and fund returns are those of
 * test/helpers/real-funds.ts (the real-fund comparison of docs/concepts.md §3,
 * navPath with the same inputs) to the last digit; the attribution adds up to
 * the model; the deviation is fund − L × index; the premium compounds.
 */
import { describe, expect, test } from 'vitest';
import { FUNDS, SWAP_SPREAD, yearByYear } from '../../../../test/helpers/real-funds.ts';
import { expectGolden, tableRows } from '../helpers/golden.ts';
import { cli, tempFiles } from '../helpers/run.ts';

const SSO = FUNDS[0]!;
const ARGS = [
  'track',
  '--fund',
  'test/fixtures/sso.csv',
  '--index',
  'test/fixtures/spx.csv',
  '--leverage',
  '2',
  '--expense-ratio',
  String(SSO.expenseRatio),
  '--financing',
  'test/fixtures/fedfunds.csv',
  '--spread',
  String(SWAP_SPREAD),
];

interface Year {
  year: number;
  from: string;
  to: string;
  full: boolean;
  index: number;
  leveraged: number;
  compounding: number;
  financing: number;
  spread: number;
  expenses: number;
  dividends: number;
  model: number;
  fund: number;
  difference: number;
  deviation: number;
  premium: number;
}

describe.concurrent('track against the real-fund comparison', () => {
  test('SSO vs the S&P 500 with fed funds, a 0.3 % spread and 0.89 % expenses: every full year equals yearByYear exactly', async () => {
    const run = await cli([...ARGS, '--format', 'json']);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as { commonDates: number; years: Year[]; meanAbsoluteDifference: number };
    const expected = yearByYear(SSO, { dividends: false });
    const full = out.years.filter((y) => y.full);
    expect(full.map((y) => y.year)).toStrictEqual(expected.map((y) => y.year));
    expect(full.map((y) => y.model)).toStrictEqual(expected.map((y) => y.model));
    expect(full.map((y) => y.fund)).toStrictEqual(expected.map((y) => y.fund));
    expect(full.map((y) => y.index)).toStrictEqual(expected.map((y) => y.index));
    const mad = expected.reduce((s, y) => s + Math.abs(y.fund - y.model), 0) / expected.length;
    expect(out.meanAbsoluteDifference).toBeCloseTo(mad, 14);
  });

  test('the attribution adds up: L×index + compounding + financing + spread + expenses + dividends = model; deviation = fund − L×index; premium compounds', async () => {
    const run = await cli([...ARGS, '--dividend-yield', '0.018', '--format', 'json']);
    const years = (JSON.parse(run.stdout) as { years: Year[] }).years;
    let fundGrowth = 1;
    let modelGrowth = 1;
    for (const y of years) {
      expect(y.leveraged).toBeCloseTo(2 * y.index, 15);
      expect(y.leveraged + y.compounding + y.financing + y.spread + y.expenses + y.dividends).toBeCloseTo(y.model, 13);
      expect(y.difference).toBeCloseTo(y.fund - y.model, 15);
      expect(y.deviation).toBeCloseTo(y.fund - 2 * y.index, 12);
      fundGrowth *= 1 + y.fund;
      modelGrowth *= 1 + y.model;
      expect(y.premium).toBeCloseTo(fundGrowth / modelGrowth - 1, 12);
      // signs of docs/concepts.md §3: a 2x fund pays financing on one unit, the spread and fees; it earns 2q
      expect(y.financing).toBeLessThanOrEqual(0);
      expect(y.spread).toBeLessThan(0);
      expect(y.expenses).toBeLessThan(0);
      expect(y.dividends).toBeGreaterThan(0);
    }
  });

  test('dates are aligned by an inner join, and the output says how many were dropped', async () => {
    const cwd = tempFiles({
      'fund.csv': 'date,adj_close\n2020-01-02,10\n2020-01-03,10.2\n2020-01-06,10.1\n2020-01-07,10.4\n',
      'index.csv': 'date,close\n2019-12-31,99\n2020-01-02,100\n2020-01-06,100.5\n2020-01-07,102\n',
    });
    const run = await cli(['track', '--fund', 'fund.csv', '--index', 'index.csv', '--leverage', '2'], { cwd });
    expect(run.stdout).toContain(
      "aligned by date (inner join): 3 common dates; 1 of fund.csv's and 1 of index.csv's dates dropped",
    );
    const json = JSON.parse(
      (
        await cli(['track', '--fund', 'fund.csv', '--index', 'index.csv', '--leverage', '2', '--format', 'json'], {
          cwd,
        })
      ).stdout,
    ) as { years: Year[] };
    const y = json.years[0]!;
    expect([y.from, y.to, y.full]).toStrictEqual(['2020-01-02', '2020-01-07', false]);
    expect(y.index).toBeCloseTo(102 / 100 - 1, 15);
    expect(y.fund).toBeCloseTo(10.4 / 10 - 1, 15);
    expect(y.model).toBeCloseTo((1 + 2 * (100.5 / 100 - 1)) * (1 + 2 * (102 / 100.5 - 1)) - 1, 15);
  });

  test.each([
    [
      'no --fund',
      ['track', '--index', 'i.csv', '--leverage', '2'],
      'track needs --fund FILE; see inverse-math track --help',
    ],
    [
      'no common dates',
      ['track', '--fund', 'f.csv', '--index', 'i.csv', '--leverage', '2'],
      'f.csv and i.csv have 0 dates in common; at least 2 needed',
    ],
  ])('%s: exit 2', async (_what, args, message) => {
    const cwd = tempFiles({
      'f.csv': 'date,close\n2020-01-02,1\n2020-01-03,2\n',
      'i.csv': 'date,close\n2021-01-04,1\n2021-01-05,2\n',
    });
    const run = await cli(args, { cwd });
    expect([run.code, run.stdout, run.stderr]).toStrictEqual([2, '', `inverse-math track: ${message}\n`]);
  });
});

describe('golden output', () => {
  test('SSO against the model, 2007–2023 (table): the rounded model and fund columns are yearByYear', async () => {
    const run = await cli(ARGS);
    expect(run.code).toBe(0);
    expectGolden('track-sso.txt', run.stdout);
    const expected = yearByYear(SSO, { dividends: false });
    const rows = tableRows(run.stdout);
    const pct = (x: number): string => `${(x * 100).toFixed(2)} %`;
    expect(rows.map((r) => r[0])).toStrictEqual(expected.map((y) => String(y.year)));
    expect(rows.map((r) => r[10])).toStrictEqual(expected.map((y) => pct(y.model)));
    expect(rows.map((r) => r[11])).toStrictEqual(expected.map((y) => pct(y.fund)));
  });
});
