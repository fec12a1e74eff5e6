#!/usr/bin/env node
/**
 * Add to package-lock.json the platform-specific optional dependencies that
 * `npm install` left out (esbuild's, rollup's, deno's and bun's binaries for
 * other operating systems and CPUs).
 *
 * Why: when a registry cannot serve a package for another platform, npm
 * writes a lockfile without it, and `npm ci` then refuses that lockfile
 * ("Missing: @deno/darwin-arm64@ from lock file"). An entry with the version,
 * `optional: true` and the package's `os`/`cpu`/`libc` lets `npm ci` skip it
 * on a platform it does not fit, and install it (by version) on one it does.
 *
 * Each entry also gets the registry's `integrity` (`npm view <pkg>@<version>
 * dist.integrity`), so that `npm ci` on the platform that installs it checks
 * the download against a hash like every other entry; an entry that is
 * already in the lockfile without one gets it too. `resolved` is not written:
 * npm is configured here with `omit-lockfile-registry-resolved=true` and
 * writes no `resolved` for any entry (npm ci then fetches name@version from
 * the configured registry or mirror); these entries follow that convention.
 * `scripts/check-lockfile.mjs` (run by CI) checks that every registry entry
 * has an integrity.
 *
 * Run after any `npm install` that changes the lockfile:
 *   node scripts/complete-lockfile.mjs
 * It only adds entries and missing integrity fields; it never changes an
 * existing value. It asks the registry for os/cpu/libc and infers them from
 * the package name when the registry has no answer.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;

const OS = ['darwin', 'linux', 'win32', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix', 'android'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el', 'wasm32'];

function infer(name) {
  const parts = name.split('/').pop().split('-');
  const os = OS.find((o) => parts.includes(o) || (o === 'win32' && parts.includes('windows')));
  const cpu =
    CPU.find((c) => parts.includes(c)) ??
    (parts.includes('aarch64')
      ? 'arm64'
      : parts.includes('armv7') || parts.includes('gnueabihf') || parts.includes('eabi')
        ? 'arm'
        : undefined);
  const libc = parts.includes('musl') ? 'musl' : parts.includes('gnu') || parts.includes('glibc') ? 'glibc' : undefined;
  return { os, cpu, libc };
}

/** The registry's integrity of name@version (sha512), or undefined. */
function integrity(name, version) {
  try {
    const out = execFileSync('npm', ['view', `${name}@${version}`, 'dist.integrity'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return /^sha\d+-[A-Za-z0-9+/=]+$/.test(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

function platform(name, version) {
  try {
    const out = execFileSync('npm', ['view', `${name}@${version}`, 'os', 'cpu', 'libc', '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const v = JSON.parse(out || '{}');
    if (v && (v.os || v.cpu)) return { os: v.os, cpu: v.cpu, libc: v.libc };
  } catch {
    // not on this registry: fall back to the name
  }
  const g = infer(name);
  return { os: g.os && [g.os], cpu: g.cpu && [g.cpu], libc: g.libc && [g.libc] };
}

let added = 0;
for (const [at, meta] of Object.entries(packages)) {
  if (at === '' || !meta.optionalDependencies) continue;
  const container = at.slice(0, at.lastIndexOf('node_modules/') + 'node_modules/'.length);
  for (const [name, spec] of Object.entries(meta.optionalDependencies)) {
    // Node resolution: nested under the parent, or in an enclosing node_modules.
    let found = packages[`${at}/node_modules/${name}`] !== undefined;
    for (let dir = container; !found && dir; ) {
      if (packages[`${dir}${name}`]) found = true;
      const up = dir.slice(0, -'node_modules/'.length);
      const i = up.lastIndexOf('node_modules/');
      dir = i < 0 ? '' : up.slice(0, i + 'node_modules/'.length);
    }
    if (found) continue;
    if (!/^\d+\.\d+\.\d+/.test(spec)) continue; // only exact platform pins are completed
    const p = platform(name, spec);
    const entry = {
      version: spec,
      integrity: integrity(name, spec),
      dev: meta.dev,
      optional: true,
      os: p.os,
      cpu: p.cpu,
      libc: p.libc,
    };
    for (const k of Object.keys(entry)) if (entry[k] === undefined) delete entry[k];
    packages[`${container}${name}`] = entry;
    added++;
  }
}

// entries written before integrity was recorded (or by an npm that could not fetch them)
let hashed = 0;
for (const [at, meta] of Object.entries(packages)) {
  if (
    at === '' ||
    meta.link ||
    meta.integrity ||
    !meta.version ||
    (meta.resolved && !meta.resolved.startsWith('https://'))
  )
    continue;
  const name = at.slice(at.lastIndexOf('node_modules/') + 'node_modules/'.length);
  const found = integrity(name, meta.version);
  if (found === undefined) throw new Error(`no integrity for ${name}@${meta.version} from the registry`);
  packages[at] = { version: meta.version, integrity: found, ...meta }; // npm's key order: version, (resolved,) integrity, …
  hashed++;
}

lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  `package-lock.json: added ${added} optional platform entr${added === 1 ? 'y' : 'ies'}, recorded ${hashed} missing integrit${hashed === 1 ? 'y' : 'ies'}`,
);
