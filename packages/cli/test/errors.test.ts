/**
 * Errors (src/errors.js): an InverseMathError of the library is bad input (exit
 * 2) and its message, with its code, is shown as is.
 */
import { describe, expect, test } from 'vitest';
import { cli, tempFiles } from './helpers/run.ts';

describe.concurrent('library errors show their code', () => {
  test.each([
    [['table', '--leverage', '2', '--volatilities', '-0.2'], 'table', /^options\.volatilities\[0\] .*\[NEGATIVE\]$/],
    [['nav', 'p.csv', '--leverage', '2', '--expense-ratio', '-0.01'], 'nav', /^options\.expenseRatio .*\[NEGATIVE\]$/],
    [['moc', 'u.csv', '--move', '-2'], 'moc', /^indexReturn .*\[RETURN_OUT_OF_DOMAIN\]$/],
  ])('%o', async (args, command, message) => {
    const cwd = tempFiles({
      'p.csv': 'date,close\n2020-01-02,1\n2020-01-03,2\n',
      'u.csv': 'name,leverage,aum\nA,2,1\n',
    });
    const run = await cli(args, { cwd });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]!.startsWith(`inverse-math ${command}: `)).toBe(true);
    expect(lines[0]!.slice(`inverse-math ${command}: `.length)).toMatch(message);
  });
});
