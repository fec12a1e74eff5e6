/**
 * `inverse-math mc` (./montecarlo: simulateOutcomes): the wiring is tested
 * against the stand-in of helpers/stubs (which echoes its inputs), and the
 * command on the real domain (the mean against the closed form, |z| ≤ 4).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSeries } from '../../../../test/helpers/csv.ts';
import { cli, tempFiles } from '../helpers/run.ts';

const GBM = [
  'mc',
  '--leverage',
  '3',
  '--drift',
  '0.07',
  '--volatility',
  '0.2',
  '--years',
  '2',
  '--paths',
  '1000',
  '--seed',
  '9',
];

interface Mc {
  periods: number;
  result: { mean: number; standardError: number; median: number; echo: Record<string, unknown> };
}

describe.concurrent('mc wiring (stand-in domain)', () => {
  test('GBM: periods = years × 252, paths, seed and a progress callback are passed; nothing on stderr when it is not a terminal', async () => {
    const run = await cli([...GBM, '--format', 'json'], { stubs: true });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as Mc;
    expect(out.result.echo).toStrictEqual({
      kind: 'gbm',
      returns: null,
      firstReturn: null,
      block: null,
      periods: 504,
      periodsPerYear: 252,
      paths: 1000,
      seed: 9,
      costs: null,
      bands: null,
      progress: true,
    });
  });

  test('the cost flags are passed as costs; --svg asks for the fan bands every periods/100 closes', async () => {
    const cwd = tempFiles({});
    const run = await cli(
      [...GBM, '--expense-ratio', '0.95%', '--financing-rate', '0.04', '--svg', 'fan.svg', '--format', 'json'],
      { stubs: true, cwd },
    );
    const echo = (JSON.parse(run.stdout) as Mc).result.echo;
    expect(echo.costs).toStrictEqual({ expenseRatio: 0.0095, financingRate: 0.04 });
    expect(echo.bands).toStrictEqual({ probabilities: [0.05, 0.25, 0.5, 0.75, 0.95], every: 5 });
  });

  test('json leaves out the per-path values and keeps the summary', async () => {
    const run = await cli([...GBM, '--svg', 'fan.svg', '--format', 'json'], { stubs: true, cwd: tempFiles({}) });
    const result = (JSON.parse(run.stdout) as { result: Record<string, Record<string, unknown>> }).result;
    expect(Object.keys(result.terminal!)).toStrictEqual(['probabilities', 'quantiles']);
    expect(Object.keys(result.bands!)).toStrictEqual(['periods', 'probabilities', 'quantiles']);
    expect(result.wipeOutProbability).toStrictEqual({ probability: 0.25, standardError: 0.01, count: 250 });
  });

  test('bootstrap: the daily simple returns of the file, and the block', async () => {
    const run = await cli(
      [
        'mc',
        '--leverage',
        '-1',
        '--bootstrap',
        'test/fixtures/spx.csv',
        '--block',
        '21',
        '--block-kind',
        'fixed',
        '--years',
        '1',
        '--paths',
        '10',
        '--seed',
        '1',
        '--format',
        'json',
      ],
      { stubs: true },
    );
    const echo = (JSON.parse(run.stdout) as Mc).result.echo;
    const closes = [...readSeries('spx.csv', 'date', 'close').values()];
    expect(echo.returns).toBe(closes.length - 1);
    expect(echo.firstReturn).toBe((closes[1] as number) / (closes[0] as number) - 1);
    expect(echo.block).toStrictEqual({ kind: 'fixed', meanLength: 21 });
  });

  test('the table shows the quantiles and the wipe-out probability; --svg draws the fan chart with its bands', async () => {
    const cwd = tempFiles({});
    const run = await cli([...GBM, '--svg', 'fan.svg'], { stubs: true, cwd });
    expect(run.stdout).toMatch(/quantile 5 %/);
    expect(run.stdout).toMatch(/P\(wipe-out\) +0\.250000 +0\.010000/);
    expect(run.stdout).toMatch(/P\(fund return < L × index return\) +0\.500000 +0\.020000/);
    const svg = readFileSync(join(cwd, 'fan.svg'), 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('>5–95 %</text>');
    expect(svg).toContain('>25–75 %</text>');
    expect(svg).toContain('>median</text>');
  });

  test.each([
    [
      ['--drift', '0.1', '--volatility', '0.2', '--bootstrap', 'x.csv'],
      'give --drift and --volatility (GBM) or --bootstrap PRICES.csv, not both',
    ],
    [[], 'mc needs --drift m --volatility s (GBM) or --bootstrap PRICES.csv; see inverse-math mc --help'],
    [['--drift', '0.1', '--volatility', '0.2', '--block', '5'], '--block needs --bootstrap PRICES.csv'],
    [['--drift', '0.1', '--volatility', '-0.2'], '--volatility -0.2 must be ≥ 0'],
  ])('%o: exit 2', async (model, message) => {
    const run = await cli(['mc', '--leverage', '2', ...model, '--years', '1', '--paths', '10', '--seed', '1'], {
      stubs: true,
    });
    expect([run.code, run.stdout, run.stderr]).toStrictEqual([2, '', `inverse-math mc: ${message}\n`]);
  });

  test('--paths 0 and a fractional seed: exit 2', async () => {
    const base = ['mc', '--leverage', '2', '--drift', '0', '--volatility', '0.2', '--years', '1'];
    const paths = await cli([...base, '--paths', '0', '--seed', '1'], { stubs: true });
    expect(paths.stderr).toBe('inverse-math mc: --paths 0 must be a whole number ≥ 1\n');
    const seed = await cli([...base, '--paths', '10', '--seed', '1.5'], { stubs: true });
    expect(seed.stderr).toBe('inverse-math mc: --seed 1.5 must be a whole number ≥ 0\n');
  });
});

describe('mc on the library', () => {
  test('GBM 2x, μ 5 %, σ 20 %, 1 year: the mean is exp(L·μ·T) within 4 standard errors (docs/concepts.md §2)', async () => {
    const run = await cli([
      'mc',
      '--leverage',
      '2',
      '--drift',
      '0.05',
      '--volatility',
      '0.2',
      '--years',
      '1',
      '--paths',
      '20000',
      '--seed',
      '1',
      '--format',
      'json',
    ]);
    const { result } = JSON.parse(run.stdout) as Mc;
    expect(Math.abs((result.mean - Math.exp(2 * 0.05)) / result.standardError)).toBeLessThanOrEqual(4);
  });
});
