/**
 * `inverse-math moc`: the worked numbers of docs/concepts.md §4: W3 (a −1x fund
 * with $1mm, index −50 %: sell $1mm) and W4 (a 3x fund with $100mm, index +1 %:
 * buy $6mm); the net is the sum of the trades.
 */
import { describe, expect, test } from 'vitest';
import { expectGolden, tableRows } from '../helpers/golden.ts';
import { cli, tempFiles } from '../helpers/run.ts';

const UNIVERSE = 'packages/cli/test/fixtures/universe.csv';

interface Moc {
  trades: { name: string; leverage: number; aum: number; gamma: number; trade: number }[];
  net: number;
}

describe.concurrent('moc', () => {
  test('W4: the 3x $100mm fund buys $6mm after +1 %; the −1x $1mm fund buys $20k (A·(L² − L)·r); net their sum', async () => {
    const out = JSON.parse((await cli(['moc', UNIVERSE, '--move', '1%', '--format', 'json'])).stdout) as Moc;
    expect(out.trades.map((t) => t.name)).toStrictEqual(['W3 inverse', 'W4 ultrapro']);
    expect(out.trades[1]!.trade).toBeCloseTo(6e6, 6);
    expect(out.trades[0]!.trade).toBeCloseTo(1e6 * 2 * 0.01, 8);
    expect(out.net).toBeCloseTo(6e6 + 2e4, 6);
  });

  test('W3: the −1x $1mm fund sells $1mm after −50 % (triples its short)', async () => {
    const out = JSON.parse((await cli(['moc', UNIVERSE, '--move', '-0.5', '--format', 'json'])).stdout) as Moc;
    expect(out.trades[0]!.trade).toBe(-1e6);
    expect(out.trades[0]!.gamma).toBe(2);
  });

  test.each([
    ['a missing aum column', 'name,leverage\nA,2\n', 'u.csv:1: no column "aum"; the header has name, leverage'],
    ['an aum that is not a number', 'name,leverage,aum\nA,2,1e6\nB,-1,lots\n', 'u.csv:3: aum "lots" is not a number'],
    ['a negative aum', 'name,leverage,aum\nA,2,-5\n', 'u.csv:2: aum -5 must be ≥ 0'],
    ['no fund', 'name,leverage,aum\n', 'u.csv: no fund (one row per fund after the header)'],
  ])('%s: exit 2', async (_what, text, message) => {
    const run = await cli(['moc', 'u.csv', '--move', '0.01'], { cwd: tempFiles({ 'u.csv': text }) });
    expect([run.code, run.stdout, run.stderr]).toStrictEqual([2, '', `inverse-math moc: ${message}\n`]);
  });

  test('a move of −100 % is the library error RETURN_OUT_OF_DOMAIN', async () => {
    const run = await cli(['moc', UNIVERSE, '--move', '-1']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\[RETURN_OUT_OF_DOMAIN\]\n$/);
  });
});

describe('golden output', () => {
  test('W3 and W4 after +1 % (table): $20,000 and $6,000,000, net $6,020,000', async () => {
    const run = await cli(['moc', UNIVERSE, '--move', '+1%']);
    expectGolden('moc-universe.txt', run.stdout);
    const rows = tableRows(run.stdout);
    expect(rows.map((r) => [r[0], r[r.length - 1]])).toStrictEqual([
      ['W3 inverse', '20,000'],
      ['W4 ultrapro', '6,000,000'],
      ['net', '6,020,000'],
    ]);
  });
});
