/**
 * `npm run bench`: runs every `bench/*.bench.ts` with tinybench and prints one
 * table (median time, ops/s, time per operation, ratio to the suite's
 * baseline measured in the same process, and the target), then the
 * allocating navPath against numpy (`nav-vs-numpy.ts`), then the memory
 * checks in a child process started with `--expose-gc` (see `memory.ts`).
 *
 *   npm run bench                      everything
 *   npm run bench -- nav decimal       suites whose name contains "nav" or "decimal"
 *   npm run bench -- --time=2000       measurement time per task, ms (default 500)
 *   npm run bench -- --rounds=5        rounds per suite, tasks interleaved (default 5; ratio = median of the rounds' ratios)
 *   npm run bench -- --no-memory       skip the heap-growth checks
 *   npm run bench -- --no-numpy        skip navPath against numpy (bench/nav-vs-numpy.ts; runs when python3 has numpy)
 *   npm run bench -- --json=out.json   also write the rows as JSON
 *
 * Exit code 0 even when a target is missed: the table says so (speed depends
 * on the machine; it is recorded in bench/README.md, never asserted in tests).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';
import { suites, type TaskSpec } from './harness.ts';
import { compareWithNumpy } from './nav-vs-numpy.ts';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const filters = args.filter((a) => !a.startsWith('--'));
const time = Number(flag('time') ?? 500);
const jsonOut = flag('json');
const memory = !args.includes('--no-memory');
const rounds = Math.max(1, Math.round(Number(flag('rounds') ?? 5)));

for (const file of readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()) {
  await import(pathToFileURL(join(here, file)).href);
}
const selected = suites.filter((s) => filters.length === 0 || filters.some((f) => s.name.includes(f)));

interface Row {
  suite: string;
  task: string;
  medianMs: number;
  opsPerSec: number;
  nsPerCall: number;
  calls: number;
  ratio: number | null;
  target: string;
  ok: boolean | null;
  samples: number;
}

console.log(
  `machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, node ${process.version}, ${process.platform}/${process.arch}`,
);
console.log(
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(', ')} (1, 5, 15 min)`,
);
console.log(
  `tinybench, ${time} ms per task (unless the suite sets its own) in ${rounds} interleaved rounds; median: of each round's samples, then of the rounds; ratio: median of the rounds' task/baseline ratios\n`,
);

const rows: Row[] = [];
for (const s of selected) {
  // The suite runs in `rounds` rounds of (its time / rounds) per task, the tasks in a rotated order each
  // round; a task's ratio is the median over the rounds of (its median / the baseline's median in the same
  // round). On a shared machine the load drifts between tasks measured seconds apart; pairing each task
  // with a baseline measured next to it keeps that drift out of the ratio.
  const perRound = new Map<string, number[]>(s.tasks.map((t) => [t.name, []]));
  const sampleCount = new Map<string, number>();
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({
      name: s.name,
      time: (s.time ?? time) / rounds,
      iterations: 3,
      warmupTime: 100,
      warmupIterations: 2,
    });
    const order = s.tasks.map((_, i) => s.tasks[(i + round) % s.tasks.length] as TaskSpec);
    for (const t of order) bench.add(t.name, t.fn);
    await bench.run();
    for (const task of bench.tasks) {
      const r = task.result;
      if (r.state !== 'completed')
        throw new Error(`${s.name} / ${task.name}: ${r.state}${'error' in r ? `: ${String(r.error)}` : ''}`);
      perRound.get(task.name)?.push(r.latency.p50);
      sampleCount.set(task.name, (sampleCount.get(task.name) ?? 0) + r.latency.samplesCount);
    }
  }
  const base = s.tasks.find((t) => t.baseline);
  const baseRounds = base === undefined ? undefined : (perRound.get(base.name) as number[]);
  for (const t of s.tasks) {
    const mine = perRound.get(t.name) as number[];
    const medianMs = median(mine);
    const calls = t.calls ?? 1;
    const ratio =
      baseRounds === undefined || t.baseline ? null : median(mine.map((m, i) => m / (baseRounds[i] as number)));
    const nsPerCall = (medianMs * 1e6) / calls;
    rows.push({
      suite: s.name,
      task: t.baseline ? `${t.name} (baseline)` : t.name,
      medianMs,
      opsPerSec: 1000 / medianMs,
      nsPerCall,
      calls,
      ratio,
      target: targetText(t),
      ok: verdict(t, ratio, nsPerCall),
      samples: sampleCount.get(t.name) ?? 0,
    });
  }
}

printTable(rows);
if (jsonOut !== undefined) writeFileSync(jsonOut, `${JSON.stringify(rows, null, 2)}\n`);
// the allocating navPath against numpy (other processes; skipped without python3 and numpy)
if (selected.some((s) => s.name.startsWith('nav: navPath')) && !args.includes('--no-numpy')) compareWithNumpy(3);

if (memory) {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(here, 'memory.ts'), ...filters], {
    stdio: 'inherit',
  });
  if (child.status !== 0) process.exitCode = child.status ?? 1;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 === 1 ? (s[h] as number) : ((s[h - 1] as number) + (s[h] as number)) / 2;
}

function targetText(t: TaskSpec): string {
  const parts: string[] = [];
  if (t.maxRatio !== undefined) parts.push(`≤ ${t.maxRatio}× base`);
  if (t.maxNsPerCall !== undefined) parts.push(`≤ ${t.maxNsPerCall} ns/op`);
  return parts.join(', ');
}

function verdict(t: TaskSpec, ratio: number | null, nsPerCall: number): boolean | null {
  if (t.maxRatio === undefined && t.maxNsPerCall === undefined) return null;
  if (t.maxRatio !== undefined && ratio !== null && ratio > t.maxRatio) return false;
  if (t.maxNsPerCall !== undefined && nsPerCall > t.maxNsPerCall) return false;
  return true;
}

function fmtTime(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  if (ms >= 1e-3) return `${(ms * 1e3).toFixed(2)} µs`;
  return `${(ms * 1e6).toFixed(1)} ns`;
}

function fmtNs(ns: number): string {
  return ns >= 1000 ? fmtTime(ns / 1e6) : `${ns.toFixed(2)} ns`;
}

function fmtOps(x: number): string {
  return x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : x >= 1e3 ? `${(x / 1e3).toFixed(2)} k` : x.toFixed(2);
}

function printTable(all: Row[]): void {
  const header = ['suite', 'task', 'median', 'ops/s', 'per op', 'ops/call', 'ratio to baseline', 'target', 'verdict'];
  const body = all.map((r) => [
    r.suite,
    r.task,
    fmtTime(r.medianMs),
    fmtOps(r.opsPerSec),
    fmtNs(r.nsPerCall),
    r.calls.toLocaleString('en-US'),
    r.ratio === null ? '—' : `${r.ratio.toFixed(3)}×`,
    r.target === '' ? '—' : r.target,
    r.ok === null ? '—' : r.ok ? 'ok' : 'MISSED',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] as string).length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i >= 2 && i <= 6 ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  let previous = '';
  for (const b of body) {
    if (b[0] === previous) b[0] = '';
    else previous = b[0] as string;
    console.log(line(b));
  }
}
