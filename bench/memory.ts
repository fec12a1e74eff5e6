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
 * profiler reports). Three runs are measured and the range is shown; the
 * target applies to the most (JIT states differ from run to run, and "no
 * allocation per period" must hold in all of them). Array-buffer backing stores (a `Float64Array` result)
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

console.log('\nmemory (node --expose-gc): JS-heap bytes allocated by each of 3 runs of n periods after warm-up; the target applies to the most');
const header = ['suite', 'check', 'periods n', 'heap bytes (3 runs: least … most)', 'bytes/period', 'GCs', 'external B/period', 'target', ''];
const rows: string[][] = [];
let missed = false;
/** JS-heap bytes allocated by each of three runs of `work` after warm-up, the GCs they took, and the array-buffer growth. */
function measure(work: () => unknown): { min: number; max: number; gcs: number; external: number } {
  for (let i = 0; i < 3; i++) consume(work()); // warm-up: let the JIT optimise the measured code
  const runs: { bytes: number; gcs: number; external: number }[] = [];
  for (let k = 0; k < 3; k++) {
    consume(undefined);
    (gc as () => void)();
    (gc as () => void)();
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
    runs.push({ bytes: Math.max(0, h1.heapUsed - h0.heapUsed + freed), gcs: profile.statistics.length, external: h1.arrayBuffers - h0.arrayBuffers });
  }
  const bytes = runs.map((r) => r.bytes);
  return { min: Math.min(...bytes), max: Math.max(...bytes), gcs: Math.max(...runs.map((r) => r.gcs)), external: Math.max(...runs.map((r) => r.external)) };
}

for (const m of selected) {
  const b = measure(m.setup(m.periods));
  // an upper bound: fixed costs (the result object, a JIT recompilation) are divided by n too
  const worst = b.max / m.periods;
  const ok = worst <= m.maxBytesPerPeriod;
  missed ||= !ok;
  rows.push([
    m.suite,
    m.name,
    m.periods.toExponential(0),
    `${b.min.toLocaleString('en-US')} … ${b.max.toLocaleString('en-US')}`,
    `${(b.min / m.periods).toFixed(4)} … ${worst.toFixed(4)}`,
    String(b.gcs),
    (b.external / m.periods).toFixed(2),
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
