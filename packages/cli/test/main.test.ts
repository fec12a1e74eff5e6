/**
 * The program (src/main.js, bin/inverse-math.js): help with an example for the
 * program and every command, the versions, and the installed
 * `node_modules/.bin/inverse-math` (what `npx inverse-math` runs) on the built library.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cli, repo } from './helpers/run.ts';

const COMMANDS = ['nav', 'track', 'table', 'moc', 'garch', 'mc'];
const version = (file: string): string => (JSON.parse(readFileSync(repo(file), 'utf8')) as { version: string }).version;

describe.concurrent('help and version', () => {
  test.each([[[]], [['--help']], [['-h']]])(
    '%o prints the program help with every command and an example, exit 0',
    async (args) => {
      const run = await cli(args);
      expect([run.code, run.stderr]).toStrictEqual([0, '']);
      for (const c of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${c} +\\S`, 'm'));
      expect(run.stdout).toMatch(/^Example:\n {2}\$ inverse-math nav /m);
    },
  );

  test.each(COMMANDS)('%s --help: usage, every option, an example; exit 0 (also with other flags)', async (c) => {
    const run = await cli([c, '--help', '--leverage', '2']);
    expect([run.code, run.stderr]).toStrictEqual([0, '']);
    expect(run.stdout).toMatch(new RegExp(`^Usage: inverse-math ${c} `, 'm'));
    expect(run.stdout).toMatch(/^ {2}--format F +table \(default/m);
    expect(run.stdout).toMatch(new RegExp(`^Examples?:\\n {2}\\$ inverse-math ${c} `, 'm'));
  });

  test('--version names the CLI and the library', async () => {
    const run = await cli(['--version']);
    expect(run.stdout).toBe(
      `inverse-math ${version('packages/cli/package.json')} (@inverse-math/core ${version('package.json')})\n`,
    );
  });
});

describe('the installed bin', () => {
  test('node_modules/.bin/inverse-math runs on the built library: the 2x table cell is (1.1)² · e^(−0.04) − 1', async () => {
    const run = await cli(
      ['table', '--leverage', '2', '--returns', '0.1', '--volatilities', '0.2', '--format', 'json'],
      {
        command: repo('node_modules/.bin/inverse-math'),
      },
    );
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as { returns: number[][] };
    expect(out.returns[0]![0]).toBeCloseTo(1.1 ** 2 * Math.exp(-0.04) - 1, 15);
  });
});
