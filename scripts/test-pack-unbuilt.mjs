#!/usr/bin/env node
/**
 * CI: `npm pack` (and so `npm publish`) from a fresh, unbuilt clone ships the
 * built package. The tracked files of this repository (`git ls-files`: what
 * a clone has; no `dist/`) are copied into a temp dir, node_modules is linked
 * (the install a contributor has after `npm ci`), and `npm pack` runs there:
 * its `prepare` script (scripts/prepare.mjs) must build, and the tarball must hold every file the
 * package.json "exports", "main", "module" and "types" name.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = mkdtempSync(join(tmpdir(), 'inverse-math-pack-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

const clone = join(tmp, 'clone');
const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
  cwd: ROOT,
  encoding: 'utf8',
})
  .split('\0')
  .filter((f) => f !== '' && existsSync(join(ROOT, f)));
for (const f of files) {
  mkdirSync(dirname(join(clone, f)), { recursive: true });
  cpSync(join(ROOT, f), join(clone, f));
}
if (existsSync(join(clone, 'dist')))
  throw new Error('the clone has a dist/: it is tracked, the test would prove nothing');
symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'), 'dir');

const out = join(tmp, 'out');
mkdirSync(out);
const res = spawnSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: clone, encoding: 'utf8' });
if (res.status !== 0) {
  console.error(`✗ npm pack in an unbuilt clone failed (exit ${res.status})\n${res.stdout}${res.stderr}`);
  process.exit(1);
}
const packed = JSON.parse(res.stdout.slice(res.stdout.indexOf('[')))[0];
const inTarball = new Set(packed.files.map((f) => f.path));

// every file the manifest points at
const pkg = JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8'));
const targets = new Set([pkg.main, pkg.module, pkg.types].filter(Boolean));
const walk = (x) =>
  typeof x === 'string' ? targets.add(x) : x && typeof x === 'object' && Object.values(x).forEach(walk);
walk(pkg.exports);
const missing = [...targets].map((t) => t.replace(/^\.\//, '')).filter((t) => !inTarball.has(t));
if (missing.length > 0) {
  console.error(
    `✗ the tarball of an unbuilt clone lacks ${missing.length} of the ${targets.size} files its package.json names:\n  ${missing.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(
  `✓ npm pack from an unbuilt clone (${files.length} tracked files): ${packed.filename}, ${packed.files.length} files, all ${targets.size} entry files present`,
);
