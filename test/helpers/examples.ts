/**
 * Runs a documentation example and checks every result line it shows. Used by
 * `test/contract/doc-examples.test.ts` (TSDoc `@example` blocks of `src/`) and
 * `test/contract/guide-examples.test.ts` (```ts blocks of README.md and docs/*.md).
 *
 * - `//=> value` — the expression on the line above equals `value` exactly
 *   (deep, strict equality; `-0` and `0` differ).
 * - `//≈ value` — every number agrees to the digits shown: within half a unit
 *   of the last decimal written. A whole number written without a decimal
 *   point takes the finest precision shown elsewhere in the same line, and is
 *   exact when the line has no decimals at all.
 *
 * Imports of `@inverse-math/core` and its subpaths resolve to `src/`; they
 * must be written `import { a, b } from '@inverse-math/core[/subpath]'`.
 */
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { expect } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');

/** One fenced code block: where it starts (file and line of its first code line) and its code. */
export interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function modulePath(specifier: string): string {
  if (specifier === '@inverse-math/core') return join(SRC, 'index.ts');
  const sub = specifier.replace('@inverse-math/core/', '');
  return join(SRC, sub, 'index.ts');
}

interface Check {
  readonly kind: '=>' | '≈';
  readonly expectedText: string;
  readonly line: number;
}

/** Turn an example into a function body: imports become parameters, result lines become checks. */
function compile(example: Example): { body: string; imports: Map<string, string>; checks: Check[] } {
  const imports = new Map<string, string>(); // local name → module path|exported name
  const checks: Check[] = [];
  const out: string[] = [];
  const lines = example.code.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const imp = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)';?\s*$/.exec(line);
    if (imp) {
      if (!imp[1]) {
        for (const part of (imp[2] as string).split(',')) {
          const m = /^\s*(type\s+)?(\w+)(?:\s+as\s+(\w+))?\s*$/.exec(part);
          if (m && !m[1]) imports.set(m[3] ?? (m[2] as string), `${modulePath(imp[3] as string)}|${m[2]}`);
        }
      }
      out.push('');
      continue;
    }
    const result = /^\/\/(=>|≈)\s*(.+)$/.exec(line.trim());
    if (result) {
      let j = out.length - 1;
      while (j >= 0 && (out[j] as string).trim() === '') j--;
      const target = out[j];
      if (target === undefined)
        throw new Error(`${example.file}:${example.line + i}: result line with no expression above it`);
      const expr = target.replace(/\s*\/\/.*$/, '').replace(/;\s*$/, '');
      out[j] = `__check(${checks.length}, () => (${expr}));`;
      checks.push({ kind: result[1] as '=>' | '≈', expectedText: result[2] as string, line: example.line + i });
      out.push('');
      continue;
    }
    out.push(line);
  }
  const js = transformSync(out.join('\n'), { loader: 'ts', format: 'esm' }).code;
  return { body: js, imports, checks };
}

/** Decimals written in each numeric literal of `text`, in order. */
function decimalsShown(text: string): number[] {
  const literals = text.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?/gi) ?? [];
  return literals.map((lit) => {
    const [mantissa, exp] = lit.toLowerCase().split('e') as [string, string | undefined];
    const dot = mantissa.indexOf('.');
    const decimals = dot < 0 ? -1 : mantissa.length - dot - 1;
    return decimals < 0 ? -1 : decimals - Number(exp ?? 0);
  });
}

function numbersIn(value: unknown, into: number[] = []): number[] {
  if (typeof value === 'number') into.push(value);
  else if (Array.isArray(value) || ArrayBuffer.isView(value))
    for (const v of value as ArrayLike<unknown> & Iterable<unknown>) numbersIn(v, into);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) numbersIn(v, into);
  return into;
}

function shapeOf(value: unknown): unknown {
  if (typeof value === 'number') return 0;
  if (Array.isArray(value) || ArrayBuffer.isView(value)) return Array.from(value as ArrayLike<unknown>, shapeOf);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shapeOf(v)]));
  return value;
}

function approximatelyEqual(actual: unknown, expectedText: string, where: string): void {
  const expected: unknown = new Function(`return (${expectedText});`)();
  expect(shapeOf(actual), `${where}: shape`).toStrictEqual(shapeOf(expected));
  const a = numbersIn(actual);
  const e = numbersIn(expected);
  const shown = decimalsShown(expectedText);
  expect(shown.length, `${where}: numeric literals`).toBe(e.length);
  const finest = Math.max(-1, ...shown);
  e.forEach((value, k) => {
    const d = (shown[k] as number) >= 0 ? (shown[k] as number) : finest;
    const got = a[k] as number;
    if (d < 0) {
      expect(got, `${where}: element ${k}`).toBe(value);
    } else {
      const tolerance = 0.5 * 10 ** -d * (1 + 1e-9) + Number.EPSILON * Math.abs(value);
      expect(
        Math.abs(got - value),
        `${where}: element ${k}: ${got} vs ${value} (to ${d} decimals)`,
      ).toBeLessThanOrEqual(tolerance);
    }
  });
}

/** Run an example: every result line must show what its expression evaluates to. */
export async function runExample(example: Example): Promise<void> {
  const { body, imports, checks } = compile(example);
  const names = [...imports.keys()];
  const values = await Promise.all(
    names.map(async (name) => {
      const [path, exported] = (imports.get(name) as string).split('|') as [string, string];
      const mod = (await import(path)) as Record<string, unknown>;
      if (!(exported in mod))
        throw new Error(`${example.file}:${example.line}: ${exported} is not exported by ${path}`);
      return mod[exported];
    }),
  );
  const results: unknown[] = [];
  const check = (k: number, thunk: () => unknown): void => {
    results[k] = thunk();
  };
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
    ...args: string[]
  ) => (...a: unknown[]) => Promise<void>;
  await new AsyncFunction('__check', ...names, body)(check, ...values);
  expect(checks.length, `${example.file}:${example.line}: an example must show at least one result`).toBeGreaterThan(0);
  checks.forEach((c, k) => {
    const where = `${example.file}:${c.line}`;
    expect(k in results, `${where}: the checked expression did not run`).toBe(true);
    if (c.kind === '=>') {
      const expected: unknown = new Function(`return (${c.expectedText});`)();
      expect(results[k], where).toStrictEqual(expected);
    } else {
      approximatelyEqual(results[k], c.expectedText, where);
    }
  });
}
