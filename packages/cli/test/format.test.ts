/**
 * Output formats (src/format.js): markdown tables, no "-0.0 %", money with
 * thousands separators; csv/json full precision is checked per command.
 */
import { describe, expect, test } from 'vitest';
import { cli } from './helpers/run.ts';

describe.concurrent('formats', () => {
  test('markdown: a heading, a pipe table with right-aligned numbers, the notes', async () => {
    const run = await cli([
      'table',
      '--leverage',
      '2',
      '--returns',
      '0,0.1',
      '--volatilities',
      '0.2',
      '--format',
      'markdown',
    ]);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^### Estimated 2x fund return/);
    expect(lines.slice(2, 6)).toStrictEqual([
      '| index return | σ 20 % |',
      '| ---: | ---: |',
      `| 0 % | ${(Math.expm1(-0.04) * 100).toFixed(1)} % |`,
      `| 10 % | ${((1.21 * Math.exp(-0.04) - 1) * 100).toFixed(1)} % |`,
    ]);
    expect(run.stdout).toContain('\n> (1 + R)^L');
  });

  test('a value that rounds to zero shows as 0.0 %, never -0.0 %', async () => {
    const run = await cli(['table', '--leverage', '2', '--returns', '-0.00001', '--volatilities', '0']);
    expect(run.stdout).toContain(' 0.0 %');
    expect(run.stdout).not.toMatch(/-0\.0+ %/);
  });

  test('money: thousands separators, a sign only when the rounded amount is not zero', async () => {
    const run = await cli(['moc', 'packages/cli/test/fixtures/universe.csv', '--move', '-0.5']);
    expect(run.stdout).toMatch(/W3 inverse +-1\.00 +1,000,000 +2\.00 +-1,000,000/);
    // 1 + 3·(−0.5) < 0 wipes the 3x fund out: it closes its position, −L·A·(1 + r) = −150mm (docs/concepts.md §3)
    expect(run.stdout).toMatch(/W4 ultrapro +3\.00 +100,000,000 +6\.00 +-150,000,000/);
  });

  test('json: the nav command prints its options and the rows; -Infinity becomes null', async () => {
    const run = await cli(['table', '--leverage', '1', '--returns', '0', '--volatilities', '0', '--format', 'json']);
    expect(JSON.parse(run.stdout)).toStrictEqual({
      command: 'table',
      leverage: 1,
      years: 1,
      indexReturns: [0],
      volatilities: [0],
      returns: [[0]],
    });
  });
});
