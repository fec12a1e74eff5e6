/**
 * The layout rules of CONTRIBUTING.md ("Layout", "Rules"), checked on the
 * source text of `src/`:
 *
 * - dependencies flow one way, domains → internal → errors: no import cycle
 *   (type imports and re-exports included), `src/internal/` imports no domain,
 *   `src/errors.ts` imports nothing of `src/`, a domain imports another
 *   domain only through a file that domain's `index.ts` exports (never its
 *   internal files), and no float file imports `src/decimal/`;
 * - short functions, short files: no function body over 80 lines, no file
 *   over 400 lines;
 * - tests you can find: every non-index file `src/<path>.ts` has its test at
 *   `test/<path>.test.ts`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');
const MAX_FUNCTION_LINES = 80;
const MAX_FILE_LINES = 400;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Source files as paths relative to `src/`, with `/` separators. */
const files = walk(SRC)
  .map((f) => relative(SRC, f).split(sep).join('/'))
  .sort();
const text = new Map(files.map((f) => [f, readFileSync(join(SRC, f), 'utf8')]));

/** Every relative module a file imports or re-exports (`import type` and `export … from` included), relative to `src/`. */
function importsOf(file: string): string[] {
  const source = text.get(file) ?? '';
  const specifiers = [...source.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+'(\.[^']+)'/gms)].map(
    (m) => m[1] as string,
  );
  return specifiers.map((s) =>
    relative(SRC, resolve(SRC, dirname(file), s))
      .split(sep)
      .join('/'),
  );
}

const graph = new Map(files.map((f) => [f, importsOf(f)]));

/** `internal`, `errors.ts`, `index.ts` or the domain directory of a file. */
const area = (file: string): string => file.split('/')[0] as string;

/** The files a domain's `index.ts` re-exports from (its public files). */
function publicFiles(domain: string): Set<string> {
  return new Set(graph.get(`${domain}/index.ts`) ?? []);
}

/** A cycle of the import graph, as the list of files around it, or `null`. */
function findCycle(): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): string[] | null => {
    if (state.get(f) === 'done') return null;
    if (state.get(f) === 'open') return [...stack.slice(stack.indexOf(f)), f];
    state.set(f, 'open');
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      const found = visit(g);
      if (found !== null) return found;
    }
    stack.pop();
    state.set(f, 'done');
    return null;
  };
  for (const f of files) {
    const found = visit(f);
    if (found !== null) return found;
  }
  return null;
}

describe('dependencies flow one way: domains → internal → errors', () => {
  test('the import graph of src/ (type imports and re-exports included) has no cycle', () => {
    expect(findCycle()).toBeNull();
  });

  test('the import scanner sees type imports and re-exports (so the cycle check is not vacuous)', () => {
    expect(graph.get('stream/index.ts')).toContain('stream/stream.ts');
    expect(graph.get('internal/engine/step.ts')).toContain('internal/engine/state.ts');
    expect(graph.get('internal/engine/state.ts')).toContain('internal/options/rebalance-rule.ts');
  });

  test('every imported file exists', () => {
    const missing = [...graph].flatMap(([f, targets]) => targets.filter((t) => !text.has(t)).map((t) => `${f} → ${t}`));
    expect(missing).toEqual([]);
  });

  test('src/internal/ imports no domain, src/errors.ts imports nothing of src/', () => {
    const bad = [...graph].flatMap(([f, targets]) =>
      targets
        .filter((t) => (area(f) === 'internal' && !['internal', 'errors.ts'].includes(area(t))) || f === 'errors.ts')
        .map((t) => `${f} → ${t}`),
    );
    expect(bad).toEqual([]);
  });

  test("a domain imports another domain only through a file of that domain's public surface", () => {
    const bad = [...graph].flatMap(([f, targets]) =>
      targets
        .filter(
          (t) =>
            !['internal', 'errors.ts', 'index.ts'].includes(area(f)) &&
            !['internal', 'errors.ts'].includes(area(t)) &&
            area(t) !== area(f),
        )
        .filter((t) => !publicFiles(area(t)).has(t) || t.endsWith('/index.ts'))
        .map((t) => `${f} → ${t}`),
    );
    expect(bad).toEqual([]);
  });

  test('no float file imports the decimal entry, and decimal.js only under src/decimal/', () => {
    const bad = files.filter(
      (f) =>
        area(f) !== 'decimal' &&
        ((graph.get(f) ?? []).some((t) => area(t) === 'decimal') || /from 'decimal\.js'/.test(text.get(f) ?? '')),
    );
    expect(bad).toEqual([]);
  });
});

/** Every function-like node with a body, as `file:line name (n lines)` when its body is over `max` lines. */
function longFunctions(file: string, max: number): string[] {
  const source = ts.createSourceFile(file, text.get(file) ?? '', ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
      const body = node.body as ts.Node;
      const first = source.getLineAndCharacterOfPosition(body.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(body.getEnd()).line;
      const lines = last - first + 1;
      const name = (node as { name?: ts.Node }).name?.getText(source) ?? '(anonymous)';
      if (lines > max) out.push(`${file}:${first + 1} ${name} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('short functions, short files', () => {
  test(`no function body in src/ is over ${MAX_FUNCTION_LINES} lines`, () => {
    expect(files.flatMap((f) => longFunctions(f, MAX_FUNCTION_LINES))).toEqual([]);
  });

  test('the function-length scanner measures bodies (so the limit check is not vacuous)', () => {
    // simulateFund's TSDoc is long, its body short: a scanner counting comments would flag it
    expect(longFunctions('fund/simulate-fund.ts', 3).some((s) => s.includes('simulateFund'))).toBe(true);
    expect(longFunctions('fund/simulate-fund.ts', 60).some((s) => s.includes('simulateFund '))).toBe(false);
  });

  test(`no file in src/ is over ${MAX_FILE_LINES} lines`, () => {
    const long = files
      .map((f) => [f, (text.get(f) ?? '').split('\n').length] as const)
      .filter(([, n]) => n > MAX_FILE_LINES);
    expect(long).toEqual([]);
  });
});

describe('tests you can find', () => {
  test('every non-index file src/<path>.ts has its test file test/<path>.test.ts', () => {
    const missing = files
      .filter((f) => !f.endsWith('index.ts'))
      .filter((f) => !existsSync(join(ROOT, 'test', f.replace(/\.ts$/, '.test.ts'))));
    expect(missing).toEqual([]);
  });
});
