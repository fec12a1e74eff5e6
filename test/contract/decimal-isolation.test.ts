/**
 * decimal.js is reachable only through `@inverse-math/core/decimal`
 * (CONTRIBUTING.md, "Rules": importing any float entry must not load it). Each float entry of the
 * package.json exports map, and the root `src/index.ts`, is bundled with
 * esbuild: no input file may come from decimal.js, and no decimal.js code may
 * be in the output. The decimal entry itself is bundled the same way as the
 * positive control: there, both checks must find decimal.js.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const exportsMap = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown> }
).exports;
const floatEntries = Object.keys(exportsMap)
  .filter((key) => key !== './package.json' && key !== './decimal')
  .map((key) => (key === '.' ? 'src/index.ts' : `src/${key.slice(2)}/index.ts`));

// Strings that only decimal.js's source contains (its error prefix and its constant for ln 10).
const MARKERS = ['[DecimalError]', '2.3025850929940456840179914546843642076011014886287729760333'];

async function bundle(entry: string): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles.map((f) => f.text).join('\n');
  return { code, inputs: Object.keys(result.metafile.inputs) };
}

describe('decimal.js is loaded by the decimal entry only', () => {
  test('the float entries are read from the exports map', () => {
    expect(floatEntries).toContain('src/index.ts');
    expect(floatEntries.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(exportsMap)).toContain('./decimal');
  });

  test.each(floatEntries)('%s: no decimal.js module in the bundle, no decimal.js code in the output', async (entry) => {
    const { code, inputs } = await bundle(entry);
    expect(inputs.filter((p) => p.includes('decimal.js') || p.includes('src/decimal/'))).toEqual([]);
    for (const marker of MARKERS) expect(code.includes(marker), marker.slice(0, 20)).toBe(false);
    expect(code).not.toMatch(/from\s+["']decimal\.js["']|require\(["']decimal\.js["']\)/);
  });

  test('positive control: the decimal entry bundles decimal.js, and the checks see it', async () => {
    const { code, inputs } = await bundle('src/decimal/index.ts');
    expect(inputs.some((p) => p.includes('node_modules/decimal.js/'))).toBe(true);
    for (const marker of MARKERS) expect(code.includes(marker), marker.slice(0, 20)).toBe(true);
  });

  test('src/index.ts does not re-export the decimal entry', () => {
    expect(readFileSync(join(ROOT, 'src', 'index.ts'), 'utf8')).not.toMatch(/decimal\/index/);
  });
});
