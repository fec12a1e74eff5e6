/**
 * Every `@example` in the TSDoc of `src/` is executed here, and every result
 * line (`//=> value` exact, `//≈ value` to the digits shown) is checked; the
 * conventions and the runner are in `helpers/examples.ts`, shared with
 * `guide-examples.test.ts`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type Example, runExample } from '../helpers/examples.ts';

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function examplesOf(file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: Example[] = [];
  let inExample = false;
  let code: string[] | null = null;
  let start = 0;
  lines.forEach((raw, i) => {
    const text = raw.replace(/^\s*\*\s?/, '');
    if (/^\s*\/\*\*/.test(raw)) inExample = false;
    if (text.startsWith('@example')) inExample = true;
    else if (text.startsWith('@') && code === null) inExample = false;
    if (!inExample) return;
    if (code === null && /^```(ts|js|typescript)?\s*$/.test(text)) {
      code = [];
      start = i + 2;
    } else if (code !== null && /^```\s*$/.test(text)) {
      out.push({ file: relative(ROOT, file), line: start, code: code.join('\n') });
      code = null;
    } else if (code !== null) {
      code.push(text);
    }
  });
  return out;
}

const examples = sourceFiles(SRC)
  .filter((f) => !f.includes(`${join('src', 'internal')}`))
  .flatMap(examplesOf);

describe('TSDoc @example blocks run and print what they say', () => {
  test('every public source file with a function has examples', () => {
    expect(examples.length).toBeGreaterThan(10);
  });

  test.each(examples.map((e) => [`${e.file}:${e.line}`, e] as const))('%s', async (_name, example) => {
    await runExample(example);
  });
});
