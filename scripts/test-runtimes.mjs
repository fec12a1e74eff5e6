#!/usr/bin/env node
/**
 * `npm run test:runtimes`: the package as users install it, under every runtime.
 *
 * 1. `npm run build` (skip with `--no-build`), then `npm pack` into a temp dir.
 * 2. Install the tarball into throwaway projects (one ESM, one CommonJS),
 *    offline: the runtime dependencies are packed from this repository's
 *    node_modules and installed beside the tarball (`npm install --offline`).
 * 3. Run `scripts/runtime-smoke.js` (the same checks everywhere; entries read
 *    from the packed package.json "exports") under Node ESM, Node CommonJS,
 *    Deno 2 (ESM and CommonJS, `--node-modules-dir=manual`) and Bun 1 (ESM and
 *    CommonJS, `--no-install`; the ESM runs also load the CommonJS build in
 *    the same process and check `instanceof` across the two), then the examples: `examples/node.mjs`,
 *    `examples/node.cjs`, `examples/deno.ts` (also `deno check`ed) and
 *    `examples/bun.ts`.
 *
 * Node 18, the oldest Node the package supports (`engines`), runs the same
 * smoke test (ESM and CommonJS) too: a pinned `node@18` from the npm
 * registry (the binary is published there as a package) is installed once
 * into `.tmp/node18/` (`--no-node18` skips it; it is the only network use).
 *
 * Deno and Bun are the dev dependencies in node_modules/.bin. The temp dir is
 * removed unless `--keep`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'node_modules', '.bin');
const args = new Set(process.argv.slice(2));
const started = Date.now();
const TIMEOUT_MS = 90_000;

function sh(cmd, argv, opts = {}) {
  const res = spawnSync(cmd, argv, { encoding: 'utf8', timeout: TIMEOUT_MS, ...opts });
  return {
    ok: res.status === 0,
    status: res.status,
    stdout: res.stdout ?? '',
    out: `${res.stdout ?? ''}${res.stderr ?? ''}${res.error ? String(res.error) : ''}`,
  };
}

function mustRun(label, cmd, argv, opts) {
  const res = sh(cmd, argv, opts);
  if (!res.ok) {
    console.error(`\n✗ ${label} (exit ${res.status})\n${res.out}`);
    process.exit(1);
  }
  return res.stdout;
}

const tmp = mkdtempSync(join(tmpdir(), 'inverse-math-runtimes-'));
const cleanup = () => {
  if (!args.has('--keep')) rmSync(tmp, { recursive: true, force: true });
  else console.log(`kept ${tmp}`);
};
process.on('exit', cleanup);

// 1. Build and pack.
if (!args.has('--no-build')) mustRun('npm run build', 'npm', ['run', 'build'], { cwd: ROOT });
// `npm pack` runs the prepare build unless it was just done
const packJson = mustRun('npm pack', 'npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], {
  cwd: ROOT,
});
const tarball = join(tmp, JSON.parse(packJson.slice(packJson.indexOf('[')))[0].filename);

// 2. The runtime dependencies, packed from node_modules so that the install is offline.
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const depTarballs = Object.keys(pkg.dependencies ?? {}).map((name) => {
  const dir = join(ROOT, 'node_modules', name);
  if (!existsSync(dir)) throw new Error(`dependency ${name} is not installed: run npm ci first`);
  const out = mustRun(`pack ${name}`, 'npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp, dir], {
    cwd: tmp,
  });
  return join(tmp, JSON.parse(out.slice(out.indexOf('[')))[0].filename);
});

function project(name, type) {
  const dir = join(tmp, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type }, null, 2));
  mustRun(
    `npm install into ${name}`,
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock', tarball, ...depTarballs],
    { cwd: dir },
  );
  return dir;
}
const esm = project('esm-app', 'module');
const cjs = project('cjs-app', 'commonjs');

// The entries, from the package.json that was packed and installed.
const installed = JSON.parse(readFileSync(join(esm, 'node_modules', '@inverse-math', 'core', 'package.json'), 'utf8'));
const entries = Object.keys(installed.exports).filter((k) => k !== './package.json');

// 3. The smoke script, wrapped for each module format.
const core = readFileSync(join(ROOT, 'scripts', 'runtime-smoke.js'), 'utf8');
const runtime = "(typeof Deno !== 'undefined' ? 'deno' : typeof Bun !== 'undefined' ? 'bun' : 'node')";
const header = (format) => `const ENTRIES = ${JSON.stringify(entries)};\nconst RUNTIME = ${runtime} + ' ${format}';\n`;
writeFileSync(
  join(esm, 'smoke.mjs'),
  `import { createRequire } from 'node:module';\n${header('esm')}const load = (s) => import(s);\nconst loadedModuleIds = undefined;\n` +
    `const loadCjs = createRequire(import.meta.url);\n${core}\nawait main();\n`,
);
writeFileSync(
  join(cjs, 'smoke.js'),
  `${header('cjs')}const load = async (s) => require(s);\nconst loadedModuleIds = () => Object.keys(require.cache);\nconst loadCjs = undefined;\n${core}\n` +
    'main().catch((e) => { console.error(e); process.exitCode = 1; });\n',
);
for (const name of ['node.mjs', 'deno.ts', 'bun.ts']) cpSync(join(ROOT, 'examples', name), join(esm, name));
cpSync(join(ROOT, 'examples', 'node.cjs'), join(cjs, 'node.cjs'));

// Node 18: pinned, from the registry, cached in .tmp/node18
const NODE18 = '18.20.8';
const node18Dir = join(ROOT, '.tmp', 'node18');
const node18 = join(node18Dir, 'node_modules', '.bin', 'node');
if (!args.has('--no-node18') && !existsSync(node18)) {
  mkdirSync(node18Dir, { recursive: true });
  mustRun(
    `npm install node@${NODE18}`,
    'npm',
    ['install', '--prefix', node18Dir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `node@${NODE18}`],
    { cwd: node18Dir },
  );
}

const deno = join(BIN, 'deno');
const bun = join(BIN, 'bun');
const env = {
  ...process.env,
  DENO_DIR: join(tmp, '.deno'),
  DENO_NO_UPDATE_CHECK: '1',
  NO_COLOR: '1',
  BUN_INSTALL_CACHE_DIR: join(tmp, '.bun'),
};
const denoRun = ['run', '--node-modules-dir=manual', '--no-prompt'];
const runs = [
  ['node esm', 'node', ['smoke.mjs'], esm],
  ['node cjs', 'node', ['smoke.js'], cjs],
  ...(args.has('--no-node18')
    ? []
    : [
        [`node ${NODE18} esm`, node18, ['smoke.mjs'], esm],
        [`node ${NODE18} cjs`, node18, ['smoke.js'], cjs],
      ]),
  ['deno esm', deno, [...denoRun, 'smoke.mjs'], esm],
  ['deno cjs', deno, [...denoRun, 'smoke.js'], cjs],
  ['bun esm', bun, ['--no-install', 'smoke.mjs'], esm],
  ['bun cjs', bun, ['--no-install', 'smoke.js'], cjs],
  ['example node.mjs', 'node', ['node.mjs'], esm],
  ['example node.cjs', 'node', ['node.cjs'], cjs],
  ['example deno.ts (check)', deno, ['check', '--node-modules-dir=manual', 'deno.ts'], esm],
  ['example deno.ts', deno, [...denoRun, 'deno.ts'], esm],
  ['example bun.ts', bun, ['--no-install', 'bun.ts'], esm],
];

console.log(
  `runtime stage: ${entries.length} entries (${entries.join(', ')}), tarball ${tarball.split(/[\\/]/).pop()}`,
);
console.log(
  `node ${process.version}, ${sh(deno, ['--version'], { env }).out.split('\n')[0]}, bun ${sh(bun, ['--version'], { env }).out.trim()}`,
);
let failed = 0;
for (const [label, cmd, argv, cwd] of runs) {
  const t0 = Date.now();
  const res = sh(cmd, argv, { cwd, env });
  const ms = Date.now() - t0;
  if (res.ok) {
    // The per-entry table once (every runtime checks the same), then one line per runtime.
    const lines = label.startsWith('example') ? [] : res.out.trimEnd().split('\n');
    const smoke = lines.length === 0 ? '' : `  ${(label === 'node esm' ? lines : lines.slice(0, 1)).join('\n')}`;
    console.log(`✓ ${label.padEnd(26)} ${String(ms).padStart(6)} ms${smoke}`);
  } else {
    failed += 1;
    console.error(`✗ ${label.padEnd(26)} ${String(ms).padStart(6)} ms (exit ${res.status})\n${res.out}`);
  }
}
console.log(
  `${failed === 0 ? 'all runtimes ok' : `${failed} failed`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exitCode = failed === 0 ? 0 : 1;
