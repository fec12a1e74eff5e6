/**
 * Heap-growth checks registered with `s.memory(...)` in `bench/*.bench.ts`.
 * Started by `bench/index.ts` as `node --expose-gc --import tsx bench/memory.ts [filters]`
 * (or by hand the same way).
 *
 * Method: each check's `setup` builds its inputs and is warmed up on them
 * (so the measured run is optimised code), then `gc()` is forced, a
 * `v8.GCProfiler` is started and the work runs once. Bytes allocated on the
 * JS heap during the run = the growth of the used heap + everything the
 * collections during the run freed (`before − after` of each GC the
 * profiler reports). Array-buffer backing stores (a `Float64Array` result)
 * live outside the JS heap; their growth is reported separately: a function
 * that returns an `n`-element `Float64Array` necessarily has 8 bytes/period
 * there, which is its output, not per-period garbage.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { consume, memoryChecks } from './harness.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) {
  console.error('bench/memory.ts needs --expose-gc: node --expose-gc --import tsx bench/memory.ts');
  process.exit(2);
}

const here = dirname(fileURLToPath(import.meta.url));
for (const file of readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort()) {
  await import(pathToFileURL(join(here, file)).href);
}
const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const selected = memoryChecks.filter((m) => filters.length === 0 || filters.some((f) => m.suite.includes(f)));
if (selected.length === 0) process.exit(0);

console.log('\nmemory (node --expose-gc; JS-heap bytes allocated during one run, after warm-up)');
const header = ['suite', 'check', 'periods', 'heap bytes', 'bytes/period', 'GCs', 'external bytes/period', 'target', ''];
const rows: string[][] = [];
let missed = false;
for (const m of selected) {
  const work = m.setup();
  for (let i = 0; i < 3; i++) consume(work()); // warm-up: let the JIT optimise the measured code
  consume(undefined);
  gc();
  gc();
  const h0 = process.memoryUsage();
  const profiler = new v8.GCProfiler();
  profiler.start();
  const result = work();
  const profile = profiler.stop();
  const h1 = process.memoryUsage();
  consume(result);
  let freed = 0;
  for (const s of profile.statistics) {
    freed += Math.max(0, s.beforeGC.heapStatistics.usedHeapSize - s.afterGC.heapStatistics.usedHeapSize);
  }
  const heapBytes = Math.max(0, h1.heapUsed - h0.heapUsed + freed);
  const perPeriod = heapBytes / m.periods;
  const external = (h1.arrayBuffers - h0.arrayBuffers) / m.periods;
  const ok = perPeriod <= m.maxBytesPerPeriod;
  missed ||= !ok;
  rows.push([
    m.suite,
    m.name,
    m.periods.toExponential(0),
    heapBytes.toLocaleString('en-US'),
    perPeriod.toFixed(4),
    String(profile.statistics.length),
    external.toFixed(2),
    `≤ ${m.maxBytesPerPeriod} B/period`,
    ok ? 'ok' : 'MISSED',
  ]);
}
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
const line = (cells: string[]): string => cells.map((c, i) => (i >= 2 && i <= 6 ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number))).join('  ').trimEnd();
console.log(line(header));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
if (missed) console.log('\nsome memory targets were missed (see MISSED above)');
