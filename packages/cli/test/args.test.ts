/**
 * Arguments (src/args.js): an unknown flag names the nearest valid one, a value
 * that is not a number is named, negative numbers and percentages are values.
 */
import { describe, expect, test } from 'vitest';
import { cli } from './helpers/run.ts';

const SPX = 'test/fixtures/spx.csv';

describe.concurrent('bad arguments exit 2 with one message', () => {
  test.each([
    [
      'a misspelt flag',
      ['nav', SPX, '--levrage', '2'],
      'nav',
      'unknown option --levrage (did you mean --leverage?); see inverse-math nav --help',
    ],
    [
      'a flag of another command',
      ['table', '--leverage', '2', '--move', '0.1'],
      'table',
      'unknown option --move; see inverse-math table --help',
    ],
    [
      'a prefix of a flag',
      ['moc', 'u.csv', '--mo', '0.1'],
      'moc',
      'unknown option --mo (did you mean --move?); see inverse-math moc --help',
    ],
    ['a leverage that is not a number', ['nav', SPX, '--leverage', 'two'], 'nav', '--leverage "two" is not a number'],
    ['a leverage beyond a double', ['nav', SPX, '--leverage', '1e999'], 'nav', '--leverage "1e999" is too large'],
    ['no leverage', ['nav', SPX], 'nav', 'nav needs --leverage; see inverse-math nav --help'],
    ['a flag without its value', ['nav', SPX, '--leverage'], 'nav', 'option --leverage needs a value'],
    [
      'an unknown format',
      ['table', '--leverage', '2', '--format', 'xml'],
      'table',
      '--format "xml" must be one of table, csv, json, markdown',
    ],
    [
      'a misspelt format',
      ['table', '--leverage', '2', '--format', 'jsno'],
      'table',
      '--format "jsno" must be one of table, csv, json, markdown (did you mean json?)',
    ],
    ['a missing file argument', ['nav', '--leverage', '2'], 'nav', 'nav needs PRICES.csv; see inverse-math nav --help'],
    [
      'a second file argument',
      ['nav', SPX, SPX, '--leverage', '2'],
      'nav',
      `unexpected argument "${SPX}"; see inverse-math nav --help`,
    ],
    ['an unknown short flag', ['nav', SPX, '-x'], 'nav', 'unknown option -x; see inverse-math nav --help'],
    [
      'a bad rebalance rule',
      ['nav', SPX, '--leverage', '2', '--rebalance', 'weekly'],
      'nav',
      '--rebalance "weekly" must be daily, every:K (a whole number of periods) or band:B (a fraction)',
    ],
    [
      'a fractional every',
      ['nav', SPX, '--leverage', '2', '--rebalance', 'every:2.5'],
      'nav',
      '--rebalance "every:2.5": K must be a whole number ≥ 1',
    ],
  ])('%s', async (_what, args, command, message) => {
    const run = await cli(args);
    expect(run.stderr).toBe(`inverse-math ${command}: ${message}\n`);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });

  test('an unknown command names the nearest', async () => {
    const run = await cli(['nva']);
    expect([run.code, run.stdout, run.stderr]).toStrictEqual([
      2,
      '',
      'inverse-math: unknown command "nva" (did you mean nav?); see inverse-math --help\n',
    ]);
  });
});

describe.concurrent('values', () => {
  test('negative numbers and percentages are values: --leverage -1 --returns -10%,0 is L = −1, R = −0.1, 0', async () => {
    const run = await cli([
      'table',
      '--leverage',
      '-1',
      '--returns',
      '-10%,0',
      '--volatilities',
      '0',
      '--format',
      'json',
    ]);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as { leverage: number; indexReturns: number[]; returns: number[][] };
    expect(out.leverage).toBe(-1);
    expect(out.indexReturns).toStrictEqual([-0.1, 0]);
    // (1 − 0.1)^−1 − 1 = 1/9, closed form
    expect(out.returns[0]?.[0]).toBeCloseTo(1 / 9, 15);
  });
});
