/**
 * Heap checks registered with `s.memory(...)` in `bench/*.bench.ts`.
 * Started by `bench/index.ts` as `node --expose-gc --import tsx bench/memory.ts [filters]`
 * (or by hand the same way).
 *
 * Method: each check runs in a process of its own (what one check leaves in
 * the JIT must not decide another's figures). Its `setup` builds the inputs
 * and is warmed up on them; before each measured run `gc()` is forced twice,
 * the work runs twice more (the collections free the last run's objects, and
 * V8 drops optimised code that embedded them: measured right after them, a
 * run would start in unoptimised code and bail out of its on-stack
 * replacement again and again), then a `v8.GCProfiler` is started and the
 * work runs once. Two figures per run:
 *
 * - allocated: bytes allocated on the JS heap during the run = the growth of
 *   the used heap + everything the collections during the run freed
 *   (`before − after` of each GC the profiler reports). Short-lived garbage
 *   (e.g. the new state object of each pure `stepNav` step) counts here, and
 *   so does garbage the warm-up runs left that a collection during the run
 *   frees: an upper bound.
 * - retained: the growth of the used heap from before the warm-up runs to
 *   after the run and two forced collections, with the run's result still
 *   referenced: what the work (and its warm-up) keeps alive. O(1) memory means this does not grow with the number of periods
 *   (≈ 0 bytes/period); the target applies to it.
 *
 * Three runs are measured and the range is shown; the target applies to the
 * most (JIT states differ from run to run). Array-buffer backing stores (a
 * `Float64Array` result) live outside the JS heap; their growth is reported
 * separately: a function that returns an `n`-element `Float64Array`
 * necessarily has 8 bytes/period there, which is its output, not garbage.
 */
import { spawnSync } from 'node:child_process';
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
for (const file of readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()) {
  await import(pathToFileURL(join(here, file)).href);
}
const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const selected = memoryChecks.filter((m) => filters.length === 0 || filters.some((f) => m.suite.includes(f)));
if (selected.length === 0) process.exit(0);
/** `--check=i`: this process measures the selected check `i` alone and prints its row as JSON (the parent's child). */
const only = process.argv.find((a) => a.startsWith('--check='));

const header = [
  'suite',
  'check',
  'periods n',
  'allocated B/period (least … most)',
  'retained bytes (least … most)',
  'retained B/period',
  'GCs',
  'external B/period',
  'target',
  '',
];
const rows: string[][] = [];
let missed = false;
interface Run {
  readonly allocated: number;
  readonly retained: number;
  readonly gcs: number;
  readonly external: number;
}
/** Three runs of `work` after warm-up: bytes allocated, bytes retained after GC, GCs, array-buffer growth. */
function measure(work: () => unknown): Run[] {
  for (let i = 0; i < 3; i++) consume(work()); // warm-up: let the JIT optimise the measured code
  const runs: Run[] = [];
  for (let k = 0; k < 3; k++) {
    consume(undefined);
    (gc as () => void)();
    (gc as () => void)();
    const clean = process.memoryUsage();
    // the forced collections free the last run's objects, and V8 drops optimised code that embedded them
    // ("weak objects"); a warm-up run after them, not before, lets the measured run start optimised
    for (let i = 0; i < 2; i++) consume(work());
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
    (gc as () => void)();
    (gc as () => void)();
    const h2 = process.memoryUsage();
    runs.push({
      allocated: Math.max(0, h1.heapUsed - h0.heapUsed + freed),
      retained: h2.heapUsed - clean.heapUsed,
      gcs: profile.statistics.length,
      external: h1.arrayBuffers - h0.arrayBuffers,
    });
  }
  return runs;
}

const range = (xs: number[], f: (x: number) => string): string => `${f(Math.min(...xs))} … ${f(Math.max(...xs))}`;

/** The table row of one check, measured in this process. */
function checkRow(m: (typeof selected)[number]): { row: string[]; ok: boolean } {
  const runs = measure(m.setup(m.periods));
  const retained = runs.map((r) => r.retained);
  // an upper bound: fixed costs (the result object, a JIT recompilation) are divided by n too
  const worst = Math.max(0, ...retained) / m.periods;
  const allocated = Math.max(...runs.map((r) => r.allocated)) / m.periods;
  const ok =
    worst <= m.maxBytesPerPeriod &&
    (m.maxAllocatedBytesPerPeriod === undefined || allocated <= m.maxAllocatedBytesPerPeriod);
  const row = [
    m.suite,
    m.name,
    m.periods.toExponential(0),
    range(
      runs.map((r) => r.allocated / m.periods),
      (x) => x.toFixed(2),
    ),
    range(retained, (x) => x.toLocaleString('en-US')),
    worst.toFixed(4),
    String(Math.max(...runs.map((r) => r.gcs))),
    (Math.max(...runs.map((r) => r.external)) / m.periods).toFixed(2),
    `retained ≤ ${m.maxBytesPerPeriod} B/period${m.maxAllocatedBytesPerPeriod === undefined ? '' : `, allocated ≤ ${m.maxAllocatedBytesPerPeriod} B/period`}`,
    ok ? 'ok' : 'MISSED',
  ];
  return { row, ok };
}

if (only !== undefined) {
  console.log(JSON.stringify(checkRow(selected[Number(only.slice('--check='.length))] as (typeof selected)[number])));
  process.exit(0);
}
console.log(
  '\nmemory (node --expose-gc), 3 runs of n periods after warm-up: JS-heap bytes allocated during a run, and retained after it (after GC, result kept); the target applies to the most retained',
);
// Each check in a process of its own: what one check leaves in the JIT (a deoptimised stepNav after
// another check's states) must not decide another's figures.
for (let i = 0; i < selected.length; i++) {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), ...filters, `--check=${i}`],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const last = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !last.startsWith('{')) {
    console.error(`memory check ${selected[i]?.name} failed (exit ${child.status})`);
    process.exit(1);
  }
  const { row, ok } = JSON.parse(last) as { row: string[]; ok: boolean };
  missed ||= !ok;
  rows.push(row);
}
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
const line = (cells: string[]): string =>
  cells
    .map((c, i) => (i >= 2 && i <= 7 ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number)))
    .join('  ')
    .trimEnd();
console.log(line(header));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
if (missed) console.log('\nsome memory targets were missed (see MISSED above)');
