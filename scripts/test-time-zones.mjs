#!/usr/bin/env node
// The date tests under several time zones: every test file that passes dates
// (`dates:`, `startDate`, `date:`, a `Date`) runs once per TZ below, so a day
// count that depends on the machine's zone fails in CI (docs/concepts.md §3:
// calendar days are UTC calendar days). Usage: node scripts/test-time-zones.mjs [TZ…]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const zones = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['America/New_York', 'Asia/Tokyo'];
const DATED = /\bdates\s*:|\bstartDate\b|\bdate\s*:|new Date\(|INVALID_DATE/;

function* testFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* testFiles(path);
    else if (entry.name.endsWith('.test.ts')) yield path;
  }
}

// the fuzz suites (test/contract/bad-input, argument-names) pass dates only as garbage of the wrong type: they do not depend on the zone
const FUZZ = [join('test', 'contract', 'bad-input.test.ts'), join('test', 'contract', 'argument-names.test.ts')];
const files = [...testFiles('test')].filter((f) => !FUZZ.includes(f) && DATED.test(readFileSync(f, 'utf8'))).sort();
if (files.length === 0) throw new Error('no date tests found under test/');
for (const tz of zones) {
  console.log(`TZ=${tz}: ${files.length} files (${files.join(' ')})`);
  const run = spawnSync('npx', ['vitest', 'run', ...files], { stdio: 'inherit', env: { ...process.env, TZ: tz } });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
