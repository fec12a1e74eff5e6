/**
 * The guides run: every ```ts block of README.md and docs/*.md that shows a
 * result (`//=> value` or `//≈ value`, the conventions of the TSDoc examples,
 * see `helpers/examples.ts`) is executed against `src/` and its results are
 * checked. Blocks without a result line (shell commands, Deno `npm:`
 * snippets, CommonJS) are prose and are not run; the runtime stage
 * (`npm run test:runtimes`) runs the examples/ scripts for those runtimes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type Example, runExample } from '../helpers/examples.ts';

const ROOT = join(__dirname, '..', '..');

const documents = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** The fenced ```ts / ```typescript blocks of a markdown file that contain a result line. */
function blocksOf(file: string): Example[] {
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const out: Example[] = [];
  let code: string[] | null = null;
  let start = 0;
  let fence = '';
  lines.forEach((line, i) => {
    if (code === null) {
      const open = /^(\s*)(`{3,})(ts|typescript)\s*$/.exec(line);
      if (open) {
        code = [];
        start = i + 2;
        fence = open[2] as string;
      }
    } else if (line.trim() === fence) {
      if (code.some((l) => /^\s*\/\/(=>|≈)/.test(l))) out.push({ file, line: start, code: code.join('\n') });
      code = null;
    } else {
      code.push(line);
    }
  });
  return out;
}

const examples = documents.flatMap(blocksOf);

describe('README and guides: ```ts blocks with results run and print what they say', () => {
  test('the guides have runnable examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  test.each(examples.map((e) => [`${e.file}:${e.line}`, e] as const))('%s', async (_name, example) => {
    await runExample(example);
  });
});
