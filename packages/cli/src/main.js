/**
 * The program: `inverse-math <command> [arguments]`. Dispatches to a command,
 * prints its report on stdout, and turns every bad input into one line on
 * stderr and exit code 2 (nothing on stdout). Exit codes: 0 done, 1 an
 * unexpected failure (a bug: please report it), 2 bad input.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { nearest, parseCommand } from './args.js';
import { formatOf } from './common.js';
import { CliError, isLibraryError } from './errors.js';
import { render } from './format.js';

/**
 * @typedef {object} Io
 * @property {(text: string) => void} stdout
 * @property {(text: string) => void} stderr
 * @property {boolean} stderrIsTTY - draw progress bars on stderr
 */

/**
 * @typedef {object} CommandModule
 * @property {import('./args.js').CommandSpec} spec
 * @property {(values: import('./args.js').Values, positionals: string[], io: Io) => Promise<import('./format.js').Report>} run
 */

/** The commands, loaded when used (each imports only its own domains of the library). */
const COMMANDS = /** @type {Record<string, () => Promise<CommandModule>>} */ ({
  nav: () => import('./commands/nav.js'),
  track: () => import('./commands/track.js'),
  table: () => import('./commands/table.js'),
  moc: () => import('./commands/moc.js'),
  garch: () => import('./commands/garch.js'),
  mc: () => import('./commands/mc.js'),
});

/** One-line summaries for the program's help (kept here so `--help` loads no command). */
const SUMMARIES = {
  nav: 'NAV of a daily-reset fund on an index CSV, with costs (exactly navFromPrices)',
  track: 'a real fund against the model, year by year: cost attribution, tracking difference, premium',
  table: "the issuers' one-year table: fund return by index return and volatility",
  moc: 'market-on-close rebalance trades of a universe of funds, and the net',
  garch: 'GARCH(1,1) fit of an index, its variance forecast and the expected drag',
  mc: 'Monte Carlo of fund outcomes (GBM or a block bootstrap of real returns)',
};

/** @returns {string} */
function versions() {
  const cli = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
  let core = 'unknown';
  try {
    core = createRequire(import.meta.url)('@inverse-math/core/package.json').version;
  } catch {
    // the library is not linked: say so in the version line rather than fail
  }
  return `inverse-math ${cli} (@inverse-math/core ${core})`;
}

/** @returns {string} */
function programHelp() {
  const width = Math.max(...Object.keys(SUMMARIES).map((k) => k.length));
  return [
    'inverse-math: the mathematics of leveraged and inverse daily-reset funds, on your CSV files',
    '',
    'Usage: inverse-math <command> [arguments] [--format table|csv|json|markdown]',
    '',
    'Commands:',
    ...Object.entries(SUMMARIES).map(([k, s]) => `  ${k.padEnd(width)}  ${s}`),
    '',
    'Options:',
    '  -h, --help     this help; `inverse-math <command> --help` for a command',
    '  -v, --version  the versions of the CLI and of @inverse-math/core',
    '',
    'Example:',
    '  $ inverse-math nav test/fixtures/spx.csv --leverage 2 --expense-ratio 0.89%',
    '',
    'Exit codes: 0 done, 2 bad input (one line on stderr naming the file and line), 1 a bug.',
    '',
  ].join('\n');
}

/**
 * @param {import('./args.js').CommandSpec} spec
 * @returns {string}
 */
export function commandHelp(spec) {
  const flags = Object.entries(spec.options).map(([name, o]) => {
    const short = o.short ? `-${o.short}, ` : '';
    return [`${short}--${name}${o.value ? ` ${o.value}` : ''}`, o.description];
  });
  const width = Math.max(...flags.map(([f]) => (f ?? '').length));
  return [
    `inverse-math ${spec.name}: ${spec.summary}`,
    '',
    `Usage: inverse-math ${spec.name} ${spec.usage}`,
    '',
    ...spec.description.flatMap((p) => [p, '']),
    'Options:',
    ...flags.map(([f, d]) => `  ${(f ?? '').padEnd(width)}  ${d}`),
    '',
    spec.examples.length === 1 ? 'Example:' : 'Examples:',
    ...spec.examples.map((e) => `  $ ${e}`),
    '',
  ].join('\n');
}

/**
 * Run the program.
 * @param {readonly string[]} argv - the arguments after the program's name
 * @param {Io} io
 * @returns {Promise<number>} the exit code
 */
export async function main(argv, io) {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(programHelp());
    return 0;
  }
  if (name === '--version' || name === '-v' || name === '-V') {
    io.stdout(`${versions()}\n`);
    return 0;
  }
  const load = COMMANDS[name];
  if (load === undefined) {
    const near = nearest(name.replace(/^-+/, ''), Object.keys(COMMANDS));
    const what = name.startsWith('-') ? `unknown option ${name}` : `unknown command "${name}"`;
    io.stderr(`inverse-math: ${what}${near === null ? '' : ` (did you mean ${near}?)`}; see inverse-math --help\n`);
    return 2;
  }
  try {
    const command = await load();
    const { values, positionals } = parseCommand(command.spec, rest);
    if (values.help === true) {
      io.stdout(commandHelp(command.spec));
      return 0;
    }
    const format = formatOf(values);
    const report = await command.run(values, positionals, io);
    io.stdout(render(report, format));
    return 0;
  } catch (error) {
    if (error instanceof CliError || isLibraryError(error)) {
      io.stderr(`inverse-math ${name}: ${error.message}\n`);
      return 2;
    }
    const code = /** @type {{ code?: unknown }} */ (error)?.code;
    if (code === 'ERR_MODULE_NOT_FOUND' && /inverse-math[\\/]core|dist/.test(String(error))) {
      io.stderr(
        `inverse-math ${name}: @inverse-math/core is not built: run \`npm run build\` at the repository's root\n`,
      );
      return 1;
    }
    io.stderr(
      `inverse-math ${name}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 1;
  }
}
