/**
 * Bad CSV input (src/csv.js): exit code 2, nothing on stdout, and one line on
 * stderr naming the file as given and the line (the header is line 1).
 */
import { describe, expect, test } from 'vitest';
import { cli, tempFiles } from './helpers/run.ts';

const GOOD = ['date,close', '2020-01-02,100', '2020-01-03,101', '2020-01-06,99.5', '2020-01-07,102'];

/** `nav spx.csv --leverage 2 …` in a directory where spx.csv is `lines`. */
async function navOn(
  lines: string[] | string,
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const cwd = tempFiles({ 'spx.csv': typeof lines === 'string' ? lines : `${lines.join('\n')}\n` });
  return cli(['nav', 'spx.csv', '--leverage', '2', ...args], { cwd });
}

const with_ = (line: number, text: string): string[] => GOOD.map((l, i) => (i === line - 1 ? text : l));

describe.concurrent('a malformed CSV exits 2 with one message naming the file and line', () => {
  test.each([
    ['an unparsable number', with_(5, '2020-01-07,abc'), [], 'spx.csv:5: close "abc" is not a number'],
    ['an empty cell', with_(3, '2020-01-03,'), [], 'spx.csv:3: close is empty'],
    ['a price that is not positive', with_(4, '2020-01-06,-5'), [], 'spx.csv:4: close -5 must be positive'],
    [
      'an unparsable date',
      with_(3, '2020/01/03,101'),
      [],
      'spx.csv:3: date "2020/01/03" is not a date (expected YYYY-MM-DD)',
    ],
    [
      'a date that does not exist',
      with_(3, '2020-02-30,101'),
      [],
      'spx.csv:3: date "2020-02-30" is not a date (expected YYYY-MM-DD)',
    ],
    [
      'unsorted dates',
      with_(4, '2020-01-01,99.5'),
      [],
      'spx.csv:4: date 2020-01-01 is before 2020-01-03 (line 3): the dates must increase',
    ],
    ['a duplicate date', with_(4, '2020-01-03,99.5'), [], 'spx.csv:4: duplicate date 2020-01-03 (also on line 3)'],
    [
      'a row with too many cells',
      with_(2, '2020-01-02,100,7'),
      [],
      'spx.csv:2: 3 cells, but the header has 2 (date,close)',
    ],
    [
      'a missing price column',
      ['date,open', '2020-01-02,1', '2020-01-03,2'],
      [],
      'spx.csv:1: no price column "close" or "adj_close" (or --column NAME); the header has date, open',
    ],
    [
      'a missing --column',
      GOOD,
      ['--column', 'last'],
      'spx.csv:1: no price column "last" (or --column NAME); the header has date, close',
    ],
    [
      'a missing date column',
      ['day,close', '2020-01-02,1', '2020-01-03,2'],
      [],
      'spx.csv:1: no date column "date"; the header has day, close',
    ],
    ['a single price', GOOD.slice(0, 2), [], 'spx.csv: 1 data row, at least 2 needed'],
    ['an empty file', '', [], 'spx.csv: the file is empty (expected a header row)'],
  ])('%s', async (_what, lines, args, message) => {
    const run = await navOn(lines, ...args);
    expect(run.stderr).toBe(`inverse-math nav: ${message}\n`);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });

  test('a file that does not exist', async () => {
    const run = await cli(['nav', 'no-such.csv', '--leverage', '2'], { cwd: tempFiles({}) });
    expect([run.code, run.stdout, run.stderr]).toStrictEqual([
      2,
      '',
      'inverse-math nav: no-such.csv: cannot read the file (no such file)\n',
    ]);
  });

  test("Yahoo's header (Date,…,Adj Close), CRLF line ends, a BOM and quoted cells are read", async () => {
    const text = '\uFEFFDate,Open,Close,Adj Close\r\n2020-01-02,1,"100",100\r\n2020-01-03,1,101,101\r\n\r\n';
    const run = await navOn(text, '--column', 'Adj Close', '--format', 'csv');
    expect(run.stderr).toBe('');
    const r = 101 / 100 - 1; // NAV 1 + 2r, ln NAV log1p(2r)
    expect(run.stdout).toBe(
      `date,index,nav,logNav\n2020-01-02,100,1,0\n2020-01-03,101,${1 + 2 * r},${Math.log1p(2 * r)}\n`,
    );
  });
});
