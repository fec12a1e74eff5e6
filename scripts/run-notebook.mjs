#!/usr/bin/env node
// Runs the code cells of a Deno Jupyter notebook in order, outside Jupyter, and fails on any error:
//
//   node scripts/run-notebook.mjs [examples/notebook.ipynb] [--write-outputs]
//
// The cells are joined into one module (in the notebook's directory, so that relative imports and
// files resolve as they do in the kernel, whose working directory is the notebook's) and run with
// the repository's Deno (node_modules/.bin/deno, a devDependency) and read permission only.
// `Deno.jupyter` exists only inside `deno jupyter`; when it is absent, a small shim stands in:
// `md`, `html`, `svg`, `display`, `format` return the same displayable objects and print a
// one-line note, so a cell that displays something runs the same code as in the kernel.
// With --write-outputs, each cell's console output and displays are stored in the notebook as
// its outputs (so the notebook shows results on GitHub); without it the notebook is not touched.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const write = args.includes('--write-outputs');
const notebookPath = resolve(args.find((a) => !a.startsWith('--')) ?? join(ROOT, 'examples', 'notebook.ipynb'));
const deno = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'deno.cmd' : 'deno');
if (!existsSync(deno)) {
  console.error(`run-notebook: ${deno} not found (run npm ci)`);
  process.exit(2);
}

const notebook = JSON.parse(readFileSync(notebookPath, 'utf8'));
const source = (cell) => (Array.isArray(cell.source) ? cell.source.join('') : cell.source);
const codeCells = notebook.cells
  .map((cell, index) => ({ cell, index }))
  .filter(({ cell }) => cell.cell_type === 'code');

// Markers on stdout: where a cell starts, and a display (its MIME bundle as JSON).
const CELL = '\u0001notebook-cell:';
const DISPLAY = '\u0001notebook-display:';

const shim = `
{
  let inKernel = true;
  try { Deno.jupyter; } catch { inKernel = false; }
  if (!inKernel) {
    const $display = Symbol.for('Jupyter.display');
    const show = (bundle) => {
      console.log(${JSON.stringify(DISPLAY)} + JSON.stringify(bundle));
      return { [$display]: () => bundle };
    };
    const join = (strings, values) => strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
    const tagged = (mime) => (strings, ...values) => show({ [mime]: join(strings, values) });
    Deno.jupyter = {
      $display,
      md: tagged('text/markdown'),
      html: tagged('text/html'),
      svg: tagged('image/svg+xml'),
      format: (obj) => (obj && typeof obj[$display] === 'function' ? obj[$display]() : { 'text/plain': Deno.inspect(obj) }),
      display: async (obj, options = {}) => {
        const bundle = options.raw ? obj : obj && typeof obj[$display] === 'function' ? obj[$display]() : { 'text/plain': Deno.inspect(obj) };
        console.log(${JSON.stringify(DISPLAY)} + JSON.stringify(bundle));
      },
      image: () => show({ 'text/plain': '[image]' }),
      broadcast: async () => {},
    };
  }
}
`;

const module = [
  shim,
  ...codeCells.map(({ index }, k) => `console.log(${JSON.stringify(CELL + index)});\n${source(codeCells[k].cell)}\n`),
].join('\n');

const runFile = join(dirname(notebookPath), `.${basename(notebookPath, '.ipynb')}.run.ts`);
writeFileSync(runFile, module);
let result;
try {
  result = spawnSync(deno, ['run', '--quiet', '--no-prompt', '--allow-read', '--allow-env', basename(runFile)], {
    cwd: dirname(notebookPath),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
} finally {
  rmSync(runFile, { force: true });
}

// Split stdout into cells; displays become display_data, the rest stream output.
const outputs = new Map();
let current = null;
for (const line of (result.stdout ?? '').split('\n')) {
  if (line.startsWith(CELL)) {
    current = Number(line.slice(CELL.length));
    outputs.set(current, { text: [], displays: [] });
  } else if (current !== null && line.startsWith(DISPLAY)) {
    outputs.get(current).displays.push(JSON.parse(line.slice(DISPLAY.length)));
  } else if (current !== null) {
    outputs.get(current).text.push(line);
  }
}

const ran = outputs.size;
if (result.status !== 0 || result.error) {
  const failed = codeCells[Math.max(ran - 1, 0)];
  console.error(
    `run-notebook: ${basename(notebookPath)} failed in code cell ${ran} of ${codeCells.length} (cell ${failed?.index ?? '?'} of the notebook):`,
  );
  console.error(result.error ? String(result.error) : result.stderr);
  process.exit(1);
}

for (const { index } of codeCells) {
  const out = outputs.get(index);
  const text = out?.text.join('\n').replace(/\n+$/, '') ?? '';
  console.log(
    `--- cell ${index}: ${text ? `${text.split('\n').length} lines` : 'no text'}, ${out?.displays.length ?? 0} display(s)`,
  );
}
console.log(`run-notebook: ${basename(notebookPath)}: ${codeCells.length} code cells ran without error`);

if (write) {
  let count = 0;
  for (const { cell, index } of codeCells) {
    const out = outputs.get(index);
    const cellOutputs = [];
    const text = out.text.join('\n').replace(/\n+$/, '');
    if (text) cellOutputs.push({ name: 'stdout', output_type: 'stream', text: `${text}\n`.split(/(?<=\n)/) });
    for (const bundle of out.displays) {
      const data = {};
      for (const [mime, value] of Object.entries(bundle)) data[mime] = String(value).split(/(?<=\n)/);
      if (!data['text/plain']) data['text/plain'] = [`<${Object.keys(bundle).join(', ')}>`];
      cellOutputs.push({ data, metadata: {}, output_type: 'display_data' });
    }
    cell.outputs = cellOutputs;
    cell.execution_count = ++count;
  }
  writeFileSync(notebookPath, `${JSON.stringify(notebook, null, 1)}\n`);
  console.log(`run-notebook: outputs written to ${basename(notebookPath)}`);
}
