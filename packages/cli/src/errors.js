/** The CLI's own error: bad input from the user (a flag, a file, a line). Exit code 2. */
export class CliError extends Error {
  /**
   * @param {string} message - one line, naming the file and line when there is one (`spx.csv:5: …`)
   */
  constructor(message) {
    super(message);
    this.name = 'CliError';
  }
}

/**
 * Throw a {@link CliError}.
 * @param {string} message
 * @returns {never}
 */
export function fail(message) {
  throw new CliError(message);
}

/**
 * Is `error` an `InverseMathError` of the library? Checked by its registered brand
 * (`Symbol.for('inverse-math.error')`, see src/errors.ts), so that it holds whichever copy
 * of the library (ESM/CJS, dist/src) threw it.
 * @param {unknown} error
 * @returns {error is Error & { code: string }}
 */
export function isLibraryError(error) {
  return (
    typeof error === 'object' &&
    error !== null &&
    /** @type {Record<symbol, unknown>} */ (error)[Symbol.for('inverse-math.error')] === true &&
    typeof (/** @type {{ code?: unknown }} */ (error).code) === 'string'
  );
}
