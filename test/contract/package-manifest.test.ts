/**
 * The entry lists agree: package.json "exports" (the source of truth, read by
 * tsup), jsr.json "exports", typedoc.json "entryPoints" and the re-exports of
 * `src/index.ts` (every float domain, never ./decimal). CONTRIBUTING.md lists
 * these edits for a new domain; this test notices one that was forgotten.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const json = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, unknown>;

const pkg = json('package.json') as { exports: Record<string, unknown>; dependencies?: Record<string, string> };
const jsr = json('jsr.json') as { exports: Record<string, string>; imports?: Record<string, string> };
const typedoc = json('typedoc.json') as { entryPoints: string[] };
const entries = Object.keys(pkg.exports).filter((k) => k !== './package.json');
const isDecimal = (key: string): boolean => /decimal/.test(key);
const srcOf = (key: string): string => (key === '.' ? 'src/index.ts' : `src/${key.slice(2)}/index.ts`);

describe('package.json, jsr.json, typedoc.json and src/index.ts list the same entries', () => {
  test.each(entries)('%s: dual ESM/CJS conditions with separate .d.ts / .d.cts', (key) => {
    const base = key === '.' ? './dist/index' : `./dist/${key.slice(2)}/index`;
    expect(pkg.exports[key]).toStrictEqual({
      import: { types: `${base}.d.ts`, default: `${base}.js` },
      require: { types: `${base}.d.cts`, default: `${base}.cjs` },
    });
    expect(existsSync(join(ROOT, srcOf(key))), srcOf(key)).toBe(true);
  });

  test('jsr.json exports mirror package.json exports, pointing at the sources', () => {
    expect(jsr.exports).toStrictEqual(Object.fromEntries(entries.map((k) => [k, `./${srcOf(k)}`])));
  });

  test('jsr.json maps every runtime dependency to npm', () => {
    for (const [name, range] of Object.entries(pkg.dependencies ?? {})) {
      expect(jsr.imports?.[name], name).toBe(`npm:${name}@${range}`);
    }
  });

  test('typedoc documents every entry, plus src/errors.ts (the page of the error type every entry re-exports)', () => {
    expect([...typedoc.entryPoints].sort()).toStrictEqual([...entries.map(srcOf), 'src/errors.ts'].sort());
  });

  test('typedoc converts the root entry last, so that each function is documented on its own subpath page', () => {
    expect(typedoc.entryPoints.at(-1)).toBe(srcOf('.'));
  });

  test('src/index.ts re-exports every float domain and never ./decimal', () => {
    const index = readFileSync(join(ROOT, 'src', 'index.ts'), 'utf8');
    const reexported = [...index.matchAll(/^export \* from '\.\/([\w-]+)\/index\.ts';$/gm)].map((m) => `./${m[1]}`);
    // ./montecarlo/workers is a runner outside the float core (worker threads), not a float domain
    expect(reexported.sort()).toStrictEqual(
      entries.filter((k) => k !== '.' && !isDecimal(k) && k !== './montecarlo/workers').sort(),
    );
  });
});
