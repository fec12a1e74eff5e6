#!/usr/bin/env node
/**
 * After a failed `vitest run` with the JSON reporter: prints the test files a
 * worker process died in (tests left `pending`, never run), one per line, and
 * exits 0 — but only when that is the whole failure: no test failed and no
 * file failed. Anything else exits 1, so CI re-runs a file only when vitest 4's
 * forks pool lost it ("Worker exited unexpectedly": the worker process ended
 * mid-file, every test that ran had passed), never to hide a red test.
 *
 * Usage: node scripts/unreported-test-files.mjs .tmp/vitest.json
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const file = process.argv[2];
if (file === undefined) {
  console.error('usage: unreported-test-files.mjs <vitest json report>');
  process.exit(2);
}
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`no readable vitest report at ${file}: ${error.message}`);
  process.exit(1);
}
const failedFiles = report.testResults.filter((r) => r.status === 'failed');
if (report.numFailedTests > 0 || failedFiles.length > 0) {
  console.error(`${report.numFailedTests} failed tests in ${failedFiles.length} files: not a lost worker`);
  process.exit(1);
}
const unreported = report.testResults
  .filter((r) => r.assertionResults.some((a) => a.status === 'pending'))
  .map((r) => relative(process.cwd(), r.name));
if (unreported.length === 0) {
  console.error('no test was left unrun: the failure is not a lost worker');
  process.exit(1);
}
console.log(unreported.join('\n'));
