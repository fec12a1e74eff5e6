/**
 * `inverse-math garch` (./volatility: garchFit, garchForecast, expectedDrag):
 * the wiring is tested against the stand-in of helpers/stubs (which echoes its
 * inputs), and the command itself on the real domain.
 */
import { describe, expect, test } from 'vitest';
import { readSeries } from '../../../../test/helpers/csv.ts';
import { cli } from '../helpers/run.ts';

const closes = [...readSeries('spx.csv', 'date', 'close').values()];
const logReturns = closes.slice(1).map((p, i) => Math.log(p / (closes[i] as number)));

interface Garch {
  returns: number;
  fit: {
    mu: number;
    logLikelihood: number;
    converged: boolean;
    alpha: number;
    beta: number;
    persistence: number;
    next: number;
  };
  forecast: { horizon: number; rows: { h: number; variance: number; cumulative: number; expectedDrag?: number }[] };
}

describe.concurrent('garch wiring (stand-in domain)', () => {
  test('fits the daily log returns of the file, passes --initial-variance, forecasts H periods and the drag of each horizon', async () => {
    const run = await cli(
      [
        'garch',
        'test/fixtures/spx.csv',
        '--horizon',
        '5',
        '--leverage',
        '3',
        '--initial-variance',
        'backcast',
        '--format',
        'json',
      ],
      { stubs: true },
    );
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as Garch;
    // the stand-in's logLikelihood is n and its mu the mean of what it was given
    expect(out.fit.logLikelihood).toBe(logReturns.length);
    expect(out.fit.mu).toBe(logReturns.reduce((a, b) => a + b, 0) / logReturns.length);
    expect(out.fit.converged).toBe(true);
    expect(out.forecast.rows.map((r) => r.h)).toStrictEqual([1, 2, 3, 4, 5]);
    // expectedDrag over the first h variances: −c(3)·Σ = −3·cumulative[h]
    for (const r of out.forecast.rows) expect(r.expectedDrag).toBeCloseTo(-3 * r.cumulative, 15);
  });

  test('--mean zero and a numeric --initial-variance reach garchFit; standard errors print, absent robust ones are empty', async () => {
    const run = await cli(
      ['garch', 'test/fixtures/spx.csv', '--mean', 'zero', '--initial-variance', '7', '--format', 'json'],
      { stubs: true },
    );
    const out = JSON.parse(run.stdout) as Garch & { fit: { iterations: number } };
    expect(out.fit.mu).toBe(0); // the stand-in's μ is 0 exactly when it was asked for a zero mean
    expect(out.fit.iterations).toBe(7); // and echoes a numeric initial variance as its iteration count
    const table = await cli(['garch', 'test/fixtures/spx.csv'], { stubs: true });
    expect(table.stdout).toMatch(/^alpha +0\.10000000 +0\.01000000$/m);
  });

  test('the table names convergence and the drag over the horizon; without --leverage no drag column', async () => {
    const withDrag = await cli(['garch', 'test/fixtures/spx.csv', '--horizon', '3', '--leverage', '-1'], {
      stubs: true,
    });
    expect(withDrag.stdout).toContain('NOT converged after 42 iterations');
    expect(withDrag.stdout).toMatch(/expected drag of a -1x fund over 3 periods: -\d+\.\d{3} %/);
    const without = await cli(['garch', 'test/fixtures/spx.csv', '--horizon', '3', '--format', 'csv'], { stubs: true });
    expect(without.stdout.split('\n')[0]).toBe('h,variance,cumulative,annualizedVolatility');
  });

  test.each([
    [['--horizon', '0'], '--horizon 0 must be a whole number ≥ 1'],
    [
      ['--initial-variance', 'bakcast'],
      '--initial-variance "bakcast" must be backcast, sample or a positive number (did you mean backcast?)',
    ],
  ])('%o: exit 2', async (args, message) => {
    const run = await cli(['garch', 'test/fixtures/spx.csv', ...args], { stubs: true });
    expect([run.code, run.stdout, run.stderr]).toStrictEqual([2, '', `inverse-math garch: ${message}\n`]);
  });
});

describe('garch on the library', () => {
  test('on the S&P 500: α + β is the persistence, the first forecast is the next variance, the drag is −c(L)·Σ E[σ²] (docs/concepts.md §6.1)', async () => {
    const run = await cli(['garch', 'test/fixtures/spx.csv', '--horizon', '10', '--leverage', '2', '--format', 'json']);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as Garch;
    expect(out.returns).toBe(logReturns.length);
    expect(out.fit.persistence).toBeCloseTo(out.fit.alpha + out.fit.beta, 12);
    expect(out.forecast.rows[0]!.variance).toBeCloseTo(out.fit.next, 15);
    for (const r of out.forecast.rows) expect(r.expectedDrag! / (-1 * r.cumulative)).toBeCloseTo(1, 6);
  });
});
