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
 * Everything goes to stderr, so that `npm pack --json` prints only its JSON.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// when dist/ was last built by this script (outside dist/, which is packed)
const STAMP = join(ROOT, 'node_modules', '.cache', 'inverse-math', 'dist-built');

/** Latest modification time (ms) of a file, or of every file under a folder. */
function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = 0;
  for (const name of readdirSync(path)) t = Math.max(t, newest(join(path, name)));
  return t;
}

const inputs = ['src', 'package.json', 'tsup.config.ts', 'tsconfig.json'].map((p) => join(ROOT, p));
const built = existsSync(STAMP) && existsSync(join(ROOT, 'dist', 'index.js'));
if (built && statSync(STAMP).mtimeMs >= Math.max(...inputs.map(newest))) {
  console.error('prepare: dist/ is up to date');
} else {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build'], {
    cwd: ROOT,
    stdio: ['inherit', 2, 'inherit'],
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  mkdirSync(dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}
