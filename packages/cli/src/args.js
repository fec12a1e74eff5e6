/**
 * Command-line arguments with `node:util` `parseArgs`, plus what it lacks: an
 * unknown flag names the nearest valid one ("did you mean --leverage?"),
 * negative numbers as values (`--leverage -1`, `--move -0.02`), and numbers
 * read strictly (`--leverage two` is an error, `0.95%` is `0.0095`).
 */
import { parseArgs } from 'node:util';
import { fail } from './errors.js';

/**
 * @typedef {object} OptionSpec
 * @property {'string' | 'boolean'} type
 * @property {string} [value] - the value's placeholder in the help (`L`, `FILE`)
 * @property {string} description - one line
 * @property {string} [short] - a one-letter alias
 */

/**
 * @typedef {object} CommandSpec
 * @property {string} name
 * @property {string} summary - one line, for the program's help
 * @property {string} usage - the synopsis after `inverse-math <name>`
 * @property {string[]} description - paragraphs of the command's help
 * @property {Record<string, OptionSpec>} options
 * @property {[number, number]} positionals - how many positional arguments: at least, at most
 * @property {string[]} examples - full command lines
 */

/** @typedef {Record<string, string | boolean | undefined>} Values */

/**
 * Edit distance between two short strings (Levenshtein).
 * @param {string} a
 * @param {string} b
 * @returns {number}
 */
export function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/**
 * The valid name closest to `name`: a prefix of it, or within 2 edits (3 for long names); else `null`.
 * @param {string} name
 * @param {readonly string[]} valid
 * @returns {string | null}
 */
export function nearest(name, valid) {
  const prefixed = valid.filter((v) => name.length >= 2 && v.startsWith(name));
  if (prefixed.length === 1) return prefixed[0] ?? null;
  let best = null;
  let bestDistance = Infinity;
  for (const v of valid) {
    const d = editDistance(name, v);
    if (d < bestDistance) {
      best = v;
      bestDistance = d;
    }
  }
  return bestDistance <= (name.length > 8 ? 3 : 2) ? best : null;
}

const NEGATIVE_NUMBER = /^-(\d|\.\d)/;

/**
 * Parse a command's arguments.
 * @param {CommandSpec} spec
 * @param {readonly string[]} argv - the arguments after the command's name
 * @returns {{ values: Values, positionals: string[] }}
 */
export function parseCommand(spec, argv) {
  const names = Object.keys(spec.options);
  const end = argv.indexOf('--');
  const flags = end < 0 ? argv : argv.slice(0, end);
  if (flags.includes('--help') || flags.includes('-h')) return { values: { help: true }, positionals: [] };
  /** @type {string[]} */
  const args = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? '';
    if (token === '--') {
      args.push(...argv.slice(i));
      break;
    }
    if (token.startsWith('--')) {
      const name = token.slice(2).split('=')[0] ?? '';
      if (!names.includes(name)) {
        const near = nearest(name, names);
        fail(
          `unknown option --${name}${near === null ? '' : ` (did you mean --${near}?)`}; see inverse-math ${spec.name} --help`,
        );
      }
      const next = argv[i + 1];
      if (
        spec.options[name]?.type === 'string' &&
        !token.includes('=') &&
        next !== undefined &&
        NEGATIVE_NUMBER.test(next)
      ) {
        args.push(`${token}=${next}`);
        i++;
        continue;
      }
    } else if (token.startsWith('-') && token.length > 1 && !NEGATIVE_NUMBER.test(token)) {
      const short = token.slice(1, 2);
      if (!names.some((n) => spec.options[n]?.short === short)) {
        fail(`unknown option ${token}; see inverse-math ${spec.name} --help`);
      }
    }
    args.push(token);
  }
  /** @type {Record<string, { type: 'string' | 'boolean', short?: string }>} */
  const options = {};
  for (const [name, o] of Object.entries(spec.options)) {
    options[name] = o.short === undefined ? { type: o.type } : { type: o.type, short: o.short };
  }
  /** @type {{ values: Values, positionals: string[] }} */
  let parsed;
  try {
    parsed = /** @type {{ values: Values, positionals: string[] }} */ (
      parseArgs({ args, options, allowPositionals: true, strict: true })
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const option = /'(--?[\w-]+)/.exec(message)?.[1];
    if (/argument missing/.test(message) && option) fail(`option ${option} needs a value`);
    if (/does not take an argument/.test(message) && option) fail(`option ${option} takes no value`);
    return fail(message.split('\n')[0] ?? message);
  }
  const [least, most] = spec.positionals;
  const n = parsed.positionals.length;
  if (n < least) fail(`${spec.name} needs ${spec.usage.split(' ')[0]}; see inverse-math ${spec.name} --help`);
  if (n > most) fail(`unexpected argument "${parsed.positionals[most]}"; see inverse-math ${spec.name} --help`);
  return parsed;
}

/**
 * Read a number written by the user: decimal, `1e-3`, or a percentage `0.95%` (÷ 100).
 * @param {string} text
 * @param {string} what - the flag, e.g. `'--leverage'`
 * @returns {number}
 */
export function parseNumber(text, what) {
  const t = text.trim();
  const percent = t.endsWith('%');
  const body = percent ? t.slice(0, -1) : t;
  const x = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(body) ? Number(body) : Number.NaN;
  if (Number.isNaN(x)) fail(`${what} "${text}" is not a number`);
  if (!Number.isFinite(x)) fail(`${what} "${text}" is too large`);
  return percent ? x / 100 : x;
}

/**
 * An optional number flag.
 * @param {Values} values
 * @param {string} name - without the dashes
 * @returns {number | undefined}
 */
export function optionalNumber(values, name) {
  const v = values[name];
  return typeof v === 'string' ? parseNumber(v, `--${name}`) : undefined;
}

/**
 * A required number flag.
 * @param {Values} values
 * @param {string} name
 * @param {string} command - for the error message
 * @returns {number}
 */
export function requiredNumber(values, name, command) {
  const x = optionalNumber(values, name);
  if (x === undefined) fail(`${command} needs --${name}; see inverse-math ${command} --help`);
  return /** @type {number} */ (x);
}

/**
 * A whole number `≥ min`.
 * @param {Values} values
 * @param {string} name
 * @param {number} min
 * @param {number | undefined} fallback - the default; `undefined`: required
 * @param {string} command
 * @returns {number}
 */
export function wholeNumber(values, name, min, fallback, command) {
  const x = fallback === undefined ? requiredNumber(values, name, command) : (optionalNumber(values, name) ?? fallback);
  if (!Number.isSafeInteger(x) || x < min) fail(`--${name} ${values[name]} must be a whole number ≥ ${min}`);
  return x;
}

/**
 * A comma-separated list of numbers (`-0.2,0,10%`).
 * @param {Values} values
 * @param {string} name
 * @param {readonly number[]} fallback
 * @returns {number[]}
 */
export function numberList(values, name, fallback) {
  const v = values[name];
  if (typeof v !== 'string') return [...fallback];
  const parts = v.split(',').filter((p) => p.trim() !== '');
  if (parts.length === 0) fail(`--${name} "${v}" lists no number`);
  return parts.map((p) => parseNumber(p, `--${name}`));
}

/**
 * One of a few words.
 * @template {string} T
 * @param {Values} values
 * @param {string} name
 * @param {readonly T[]} choices
 * @param {T} fallback
 * @returns {T}
 */
export function choice(values, name, choices, fallback) {
  const v = values[name];
  if (v === undefined) return fallback;
  if (choices.includes(/** @type {T} */ (v))) return /** @type {T} */ (v);
  const near = nearest(String(v), choices);
  return fail(
    `--${name} "${v}" must be one of ${choices.join(', ')}${near === null ? '' : ` (did you mean ${near}?)`}`,
  );
}
