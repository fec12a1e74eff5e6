/**
 * `inverse-math table`: the issuers' table is (1 + R)^L · exp(−(L² − L)/2 · σ² · T) − 1
 * (docs/concepts.md §2), computed here independently; the golden default grid is
 * the prospectuses' (−60 % … +60 % by 10 %, σ 10 % … 100 %).
 */
import { describe, expect, test } from 'vitest';
import { expectGolden, tableRows } from '../helpers/golden.ts';
import { cli } from '../helpers/run.ts';

const closedForm = (L: number, R: number, s: number, T: number): number =>
  (1 + R) ** L * Math.exp((-(L * L - L) / 2) * s * s * T) - 1;

describe.concurrent('table', () => {
  test.each([-3, -1, 2, 3])('L = %d, two years: every cell is the closed form (json, 13 digits)', async (L) => {
    const run = await cli([
      'table',
      '--leverage',
      String(L),
      '--returns',
      '-0.5,-0.1,0,0.25',
      '--volatilities',
      '0,0.2,0.6',
      '--years',
      '2',
      '--format',
      'json',
    ]);
    const out = JSON.parse(run.stdout) as { indexReturns: number[]; volatilities: number[]; returns: number[][] };
    expect(out.indexReturns).toStrictEqual([-0.5, -0.1, 0, 0.25]);
    out.indexReturns.forEach((R, i) => {
      out.volatilities.forEach((s, j) => {
        expect(out.returns[i]![j]).toBeCloseTo(closedForm(L, R, s, 2), 13);
      });
    });
  });

  test('csv has one column per volatility, in full precision', async () => {
    const run = await cli([
      'table',
      '--leverage',
      '2',
      '--returns',
      '0.1',
      '--volatilities',
      '0.2,0.5',
      '--format',
      'csv',
    ]);
    const [header, row] = run.stdout.trimEnd().split('\n');
    expect(header).toBe('indexReturn,vol_0.2,vol_0.5');
    const cells = row!.split(',').map(Number);
    expect(cells[0]).toBe(0.1);
    expect(cells[1]).toBeCloseTo(closedForm(2, 0.1, 0.2, 1), 15);
    expect(cells[2]).toBeCloseTo(closedForm(2, 0.1, 0.5, 1), 15);
  });

  test('a library error shows its code: an index return of −150 %', async () => {
    const run = await cli(['table', '--leverage', '2', '--returns', '-1.5']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^inverse-math table: options\.indexReturns\[0\] .*\[RETURN_OUT_OF_DOMAIN\]\n$/);
  });
});

describe('golden output', () => {
  test('the −1x prospectus table (default grid): every cell is the closed form, rounded to 0.1 %', async () => {
    const run = await cli(['table', '--leverage', '-1']);
    expectGolden('table-inverse.txt', run.stdout);
    const vols = [0.1, 0.25, 0.5, 0.75, 1];
    const rows = tableRows(run.stdout);
    expect(rows).toHaveLength(13);
    rows.forEach((cells, i) => {
      const R = -0.6 + 0.1 * i;
      expect(cells[0]).toBe(`${Math.round(R * 100)} %`);
      for (const [j, s] of vols.entries()) expect(cells[j + 1]).toBe(`${(closedForm(-1, R, s, 1) * 100).toFixed(1)} %`);
    });
    // ProShares' −1x table: index 0 %, volatility 10 % → −1.0 %; index −60 %, volatility 100 % → −8.0 %
    expect(rows[6]![1]).toBe('-1.0 %');
    expect(rows[0]![5]).toBe('-8.0 %');
  });
});
