#!/usr/bin/env node
/**
 * CI: every registry entry of package-lock.json carries an `integrity`, so
 * `npm ci` checks every download against a hash — on this platform and on the
 * others (their deno/rollup/esbuild binaries are completed by
 * scripts/complete-lockfile.mjs, which records the registry's integrity too).
 *
 * `resolved` is not required: npm here runs with
 * `omit-lockfile-registry-resolved=true` and writes no `resolved` for any
 * entry (npm ci fetches name@version from the configured registry or mirror);
 * an entry that has one must point to an https registry. Links (workspaces,
 * `file:`) are not registry entries.
 */
import { readFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const bad = [];
let checked = 0;
for (const [at, meta] of Object.entries(lock.packages ?? {})) {
  // the root, links, and the workspace packages' own entries (a path, not node_modules/…) come from this repository
  if (at === '' || meta.link || !at.includes('node_modules/')) continue;
  if (meta.resolved !== undefined && !meta.resolved.startsWith('https://')) continue; // git or file: dependencies carry no registry hash
  checked++;
  if (typeof meta.integrity !== 'string' || !/^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/.test(meta.integrity))
    bad.push(`${at}@${meta.version}: no integrity`);
}
if (bad.length > 0) {
  console.error(
    `package-lock.json: ${bad.length} of ${checked} registry entries without an integrity (run node scripts/complete-lockfile.mjs):\n  ${bad.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`package-lock.json: all ${checked} registry entries have an integrity`);
