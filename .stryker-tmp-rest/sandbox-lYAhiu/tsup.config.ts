// @ts-nocheck
import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One build entry per subpath export: the exports map in package.json is the
// single list of entries, so adding a domain means adding it there only.
const pkg = JSON.parse(readFileSync('./package.json', 'utf8')) as {
  exports: Record<string, unknown>;
};
const entry = Object.keys(pkg.exports)
  .filter((key) => key !== './package.json')
  .map((key) => (key === '.' ? 'src/index.ts' : `src/${key.slice(2)}/index.ts`));

export default defineConfig({
  entry,
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  target: 'es2020',
  outDir: 'dist',
});
