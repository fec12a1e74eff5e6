/**
 * `prepare` (run by `npm ci`, `npm install`, `npm pack` and `npm publish`):
 * build `dist/` unless it is already newer than everything it is built from.
 *
 * Why at install: the CLI workspace (`packages/cli`, `npx inverse-math`)
 * imports the library as users do, `@inverse-math/core` → `dist/`, so a fresh
 * clone needs `dist/` right after `npm ci`. Why "unless fresh": the CLI's
 * `file:../..` dependency links this package into its own node_modules, and npm
 * runs `prepare` for that link too, right after the root's: the second call
 * finds `dist/` fresh and returns at once instead of building twice.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STAMP = join(ROOT, 'dist', '.built');

/** Latest modification time (ms) of a file, or of every file under a folder. */
function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = 0;
  for (const name of readdirSync(path)) t = Math.max(t, newest(join(path, name)));
  return t;
}

const inputs = ['src', 'package.json', 'tsup.config.ts', 'tsconfig.json'].map((p) => join(ROOT, p));
if (existsSync(STAMP) && statSync(STAMP).mtimeMs >= Math.max(...inputs.map(newest))) {
  console.log('prepare: dist/ is up to date');
} else {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}
