/** Golden outputs: compare with `test/golden/<name>`; `UPDATE_GOLDEN=1` writes them instead (then check the diff). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { GOLDEN } from './run.ts';

/** Assert that `text` is the golden file `name`. */
export function expectGolden(name: string, text: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    if (process.env.CI) throw new Error(`golden file ${name} is missing`);
    writeFileSync(file, text);
  }
  expect(text).toBe(readFileSync(file, 'utf8'));
}

/** The data rows of an aligned plain-text table: the lines after the `----` rule, split on runs of 2+ spaces. */
export function tableRows(text: string): string[][] {
  const lines = text.split('\n');
  const rule = lines.findIndex((l) => /^-+( +-+)*$/.test(l));
  const out: string[][] = [];
  for (const line of lines.slice(rule + 1)) {
    if (line.trim() === '') break;
    out.push(line.trim().split(/ {2,}/));
  }
  return out;
}
