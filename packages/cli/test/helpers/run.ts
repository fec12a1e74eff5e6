/**
 * Run the CLI as a child process, as a user does: `node bin/inverse-math.js …`.
 * The tests run it on the library's sources (tsx maps `@inverse-math/core` to
 * src/ through the root tsconfig's `paths`), like every other test of the
 * repository, so they need no build; `main.test.ts` also runs the installed
 * `node_modules/.bin/inverse-math` on the built dist/.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const BIN = join(ROOT, 'packages', 'cli', 'bin', 'inverse-math.js');
export const GOLDEN = join(ROOT, 'packages', 'cli', 'test', 'golden');
const TSX = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const stub = (file: string): string =>
  pathToFileURL(join(ROOT, 'packages', 'cli', 'test', 'helpers', 'stubs', file)).href;

/** What a run printed and returned. */
export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link cli}. */
export interface RunOptions {
  /** Working directory; default the repository's root. */
  readonly cwd?: string;
  /** Replace ./volatility and ./montecarlo by the stand-ins of helpers/stubs (`true`, for the wiring of garch and mc) or by modules without exports (`'empty'`). */
  readonly stubs?: boolean | 'empty';
  /** The executable to run instead of `node --import tsx bin/inverse-math.js` (the installed bin). */
  readonly command?: string;
}

/** Run `inverse-math ...args`. */
export function cli(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  const argv = options.command
    ? [...args]
    : [
        '--import',
        TSX,
        ...(options.stubs ? ['--import', stub(options.stubs === 'empty' ? 'register-empty.mjs' : 'register.mjs')] : []),
        BIN,
        ...args,
      ];
  const child = spawn(options.command ?? process.execPath, argv, {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.json'), NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString('utf8');
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString('utf8');
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh temporary directory holding the given files (name → content). */
export function tempFiles(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'inverse-math-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** Absolute path of a file of the repository. */
export const repo = (path: string): string => join(ROOT, path);
