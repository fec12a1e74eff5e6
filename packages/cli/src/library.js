/**
 * Domains of the library that a version may not have yet (`./volatility`,
 * `./montecarlo` arrive in wave 2): loaded with a dynamic import, so the other
 * commands work without them and the command that needs them says clearly that
 * this version lacks them (exit 2).
 */
import { fail } from './errors.js';

/**
 * The named functions of a subpath of `@inverse-math/core`, or a clear error.
 * @param {string} subpath - `'volatility'`, `'montecarlo'`
 * @param {readonly string[]} names - the functions the command calls
 * @param {string} command - for the message
 * @returns {Promise<Record<string, (...args: any[]) => any>>}
 */
export async function loadDomain(subpath, names, command) {
  const specifier = `@inverse-math/core/${subpath}`;
  /** @type {Record<string, unknown>} */
  let module;
  try {
    module = await import(specifier);
  } catch (error) {
    const code = /** @type {{ code?: unknown }} */ (error)?.code;
    if (code === 'ERR_PACKAGE_PATH_NOT_EXPORTED' || code === 'ERR_MODULE_NOT_FOUND') {
      return fail(`${command} is not available in this version: ${specifier} is missing`);
    }
    throw error;
  }
  const missing = names.filter((n) => typeof module[n] !== 'function');
  if (missing.length > 0) {
    fail(`${command} is not available in this version: ${specifier} does not export ${missing.join(', ')}`);
  }
  return /** @type {Record<string, (...args: any[]) => any>} */ (module);
}
