/**
 * The allocating `navPath` on 10⁷ returns against numpy's allocating
 * `cumprod` (what a Python user writes, `bench/nav_numpy.py`): issue 18's
 * target is navPath ≤ 1.0 × numpy. Run by `npm run bench` after its table
 * when the `nav` suites are selected, or alone:
 *
 *   node --import tsx bench/nav-vs-numpy.ts [rounds]
 *
 * Two languages cannot share a process, so the comparison is made in rounds:
 * each round starts numpy, then Node, then Node with glibc's
 * `GLIBC_TUNABLES=glibc.malloc.hugetlb=1` (Linux: new array buffers in 2 MiB
 * transparent huge pages, as numpy maps its large arrays), each timing the
 * same call 11 times after a warm-up; a tool's figure is the median of its
 * rounds' minima, and the ratio the median of the rounds' ratios, so that load
 * drifting between rounds stays out of it. Without python3 and numpy the
 * comparison is skipped (numpy is not a dependency).
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { navPath } from '../src/nav/index.ts';
import { navReturns, periodCarry } from './harness.ts';

const here = dirname(fileURLToPath(import.meta.url));
const N = 10_000_000;
const REPEATS = 11;
const options = { leverage: 3, expenseRatio: 0.0095, financingRate: 0.05, spread: 0.004, periodsPerYear: 252 } as const;

interface Timing {
  readonly tool: string;
  readonly min: number;
  readonly median: number;
}

/** In a child: time the allocating navPath on 10⁷ returns and print one JSON line. */
function child(): void {
  const r = navReturns(N, 42, 0.02, options.leverage, periodCarry(options));
  navPath(r, options); // warm-up
  const times: number[] = [];
  for (let k = 0; k < REPEATS; k++) {
    const t = performance.now();
    const path = navPath(r, options);
    times.push(performance.now() - t);
    if (path.length !== N + 1) throw new Error('navPath returned the wrong length');
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ tool: 'navPath', min: times[0], median: times[REPEATS >> 1] }));
}

/** Run a command that prints one JSON {@link Timing} line; `null` when it cannot run. */
function timing(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Timing | null {
  const run = spawnSync(command, args, { env, encoding: 'utf8' });
  const line = run.status === 0 ? run.stdout.trim().split('\n').pop() : undefined;
  return line === undefined ? null : (JSON.parse(line) as Timing);
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 === 1 ? (s[h] as number) : ((s[h - 1] as number) + (s[h] as number)) / 2;
};

/** Rounds of numpy / navPath / navPath with huge pages; prints the table with the target and verdicts. */
export function compareWithNumpy(rounds: number): void {
  const node = (env: NodeJS.ProcessEnv): Timing | null =>
    timing(process.execPath, ['--import', 'tsx', join(here, 'nav-vs-numpy.ts'), '--child'], env);
  const rows = new Map<string, number[]>();
  const ratios = new Map<string, number[]>();
  for (let k = 0; k < rounds; k++) {
    const numpy = timing('python3', [join(here, 'nav_numpy.py'), String(REPEATS), '--json']);
    if (numpy === null) {
      console.log('\nnavPath vs numpy: skipped (python3 with numpy is not available here)');
      return;
    }
    const plain = node({ ...process.env, GLIBC_TUNABLES: '' });
    const huge = node({ ...process.env, GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1' });
    const add = (name: string, t: Timing | null): void => {
      if (t === null) return;
      rows.set(name, [...(rows.get(name) ?? []), t.min]);
      if (name !== numpy.tool) ratios.set(name, [...(ratios.get(name) ?? []), t.min / numpy.min]);
    };
    add(numpy.tool, numpy);
    add('navPath (default process)', plain);
    add('navPath (GLIBC_TUNABLES=glibc.malloc.hugetlb=1)', huge);
  }
  console.log(
    `\nnavPath (allocating) vs numpy on 10⁷ returns: ${rounds} rounds, each tool in its own process, ${REPEATS} calls each after a warm-up; time: median of the rounds' minima; ratio: median of the rounds' ratios to numpy`,
  );
  console.log(`${'tool'.padEnd(50)}  ${'time'.padStart(9)}  ${'ratio to numpy'.padStart(14)}  target  verdict`);
  for (const [name, mins] of rows) {
    const r = ratios.get(name);
    const ratio = r === undefined ? null : median(r);
    const verdict = ratio === null ? '—' : ratio <= 1 ? 'ok' : 'MISSED';
    console.log(
      `${name.padEnd(50)}  ${`${median(mins).toFixed(1)} ms`.padStart(9)}  ${(ratio === null ? '— (baseline)' : `${ratio.toFixed(3)}×`).padStart(14)}  ${ratio === null ? '—     ' : '≤ 1×  '}  ${verdict}`,
    );
  }
}

if (process.argv.includes('--child')) child();
else if (process.argv[1] === fileURLToPath(import.meta.url))
  compareWithNumpy(Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 3));
