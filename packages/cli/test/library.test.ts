/**
 * Optional domains (src/library.js): a command whose domain this version of the
 * library lacks says so and exits 2; the other commands work regardless.
 */
import { describe, expect, test } from 'vitest';
import { cli } from './helpers/run.ts';

describe.concurrent('a version without ./volatility and ./montecarlo', () => {
  test('garch: not available, exit 2, nothing on stdout', async () => {
    const run = await cli(['garch', 'test/fixtures/spx.csv', '--leverage', '2'], { stubs: 'empty' });
    expect([run.code, run.stdout, run.stderr]).toStrictEqual([
      2,
      '',
      'inverse-math garch: garch is not available in this version: @inverse-math/core/volatility does not export garchFit, garchForecast, expectedDrag\n',
    ]);
  });

  test('mc: not available, exit 2, nothing on stdout', async () => {
    const run = await cli(
      ['mc', '--leverage', '2', '--drift', '0', '--volatility', '0.2', '--years', '1', '--paths', '10', '--seed', '1'],
      { stubs: 'empty' },
    );
    expect([run.code, run.stdout, run.stderr]).toStrictEqual([
      2,
      '',
      'inverse-math mc: mc is not available in this version: @inverse-math/core/montecarlo does not export simulateOutcomes\n',
    ]);
  });

  test('nav still works', async () => {
    const run = await cli(['nav', 'test/fixtures/spx.csv', '--leverage', '2', '--format', 'csv'], { stubs: 'empty' });
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('date,index,nav,logNav\n2006-12-29,1418.300049,1,0\n')).toBe(true);
  });
});
