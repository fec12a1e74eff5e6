/**
 * `npm run bench`: runs every `bench/*.bench.ts` with tinybench and prints one
 * table (median time, ops/s, time per operation, ratio to the suite's
 * baseline measured in the same process, and the target), then the memory
 * checks in a child process started with `--expose-gc` (see `memory.ts`).
 *
 *   npm run bench                      everything
 *   npm run bench -- nav decimal       suites whose name contains "nav" or "decimal"
 *   npm run bench -- --time=2000       measurement time per task, ms (default 500)
 *   npm run bench -- --no-memory       skip the heap-growth checks
 *   npm run bench -- --json=out.json   also write the rows as JSON
 *
 * Exit code 0 even when a target is missed: the table says so (speed depends
 * on the machine; it is recorded in bench/README.md, never asserted in tests).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';
import { suites, type TaskSpec } from './harness.ts';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const filters = args.filter((a) => !a.startsWith('--'));
const time = Number(flag('time') ?? 500);
const jsonOut = flag('json');
const memory = !args.includes('--no-memory');

for (const file of readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort()) {
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

console.log(`machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, node ${process.version}, ${process.platform}/${process.arch}`);
console.log(`tinybench, ${time} ms per task (after warm-up); median of the samples\n`);

const rows: Row[] = [];
for (const s of selected) {
  const bench = new Bench({ name: s.name, time: s.time ?? time, iterations: 5, warmupTime: 200, warmupIterations: 3 });
  for (const t of s.tasks) bench.add(t.name, t.fn);
  await bench.run();
  const medians = new Map<string, number>();
  for (const task of bench.tasks) {
    const r = task.result;
    if (r.state !== 'completed') throw new Error(`${s.name} / ${task.name}: ${r.state}${'error' in r ? `: ${String(r.error)}` : ''}`);
    medians.set(task.name, r.latency.p50);
  }
  const base = s.tasks.find((t) => t.baseline);
  const baseMedian = base === undefined ? undefined : medians.get(base.name);
  for (const t of s.tasks) {
    const task = bench.getTask(t.name);
    const r = task?.result;
    if (r === undefined || r.state !== 'completed') continue;
    const medianMs = r.latency.p50;
    const calls = t.calls ?? 1;
    const ratio = baseMedian === undefined || t.baseline ? null : medianMs / baseMedian;
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
      samples: r.latency.samplesCount,
    });
  }
}

printTable(rows);
if (jsonOut !== undefined) writeFileSync(jsonOut, `${JSON.stringify(rows, null, 2)}\n`);

if (memory) {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(here, 'memory.ts'), ...filters], { stdio: 'inherit' });
  if (child.status !== 0) process.exitCode = child.status ?? 1;
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
  const header = ['suite', 'task', 'median', 'ops/s', 'per op', 'ops/call', 'ratio', 'target', ''];
  const body = all.map((r) => [
    r.suite,
    r.task,
    fmtTime(r.medianMs),
    fmtOps(r.opsPerSec),
    fmtNs(r.nsPerCall),
    r.calls.toLocaleString('en-US'),
    r.ratio === null ? '—' : `${r.ratio.toFixed(3)}×`,
    r.target,
    r.ok === null ? '' : r.ok ? 'ok' : 'MISSED',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] as string).length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i >= 2 && i <= 6 ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  let previous = '';
  for (const b of body) {
    if (b[0] === previous) b[0] = '';
    else previous = b[0] as string;
    console.log(line(b));
  }
}
