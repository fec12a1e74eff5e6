/**
 * Dates of the cost schedule and of the streaming state, read the same way on
 * every machine: an instant in epoch milliseconds whose UTC calendar day is
 * the day that counts (docs/concepts.md §3).
 *
 * - A `Date` is its instant.
 * - An ISO 8601 string `YYYY-MM-DD`, optionally followed by a time
 *   `THH:MM[:SS[.fff…]]` and an offset `Z` or `±HH:MM` (`±HHMM`). Every field
 *   must exist on the calendar: the date and time are round-tripped through
 *   the UTC calendar (`toISOString`), so `2024-02-30`, `2023-02-29`,
 *   `2024-04-31` or `T24:00` are `INVALID_DATE` instead of rolling over to the
 *   next day or month.
 * - A date-time without an offset is read as UTC (its written calendar day
 *   counts), like a date alone — never in the machine's time zone, where
 *   `Date.parse` would read it. So a day count never depends on `TZ`.
 *
 * @internal
 * @module
 */
import * as guard from './guards.ts';

const ISO = /^(\d{4}-\d\d-\d\d)(?:T(\d\d:\d\d)(:\d\d)?(?:\.(\d{1,9}))?(Z|([+-])(\d\d):?(\d\d))?)?$/;

/**
 * The epoch milliseconds of an ISO 8601 date or date-time string (UTC unless
 * it carries an offset), or `NaN` if it is not one or names a day or time
 * that does not exist.
 */
export function isoMilliseconds(text: string): number {
  const m = ISO.exec(text);
  if (m === null || !(m[3] !== undefined || m[4] === undefined) || (m[7] ?? '') > '23' || (m[8] ?? '') > '59')
    return Number.NaN;
  const fields = `${m[1]}T${m[2] ?? '00:00'}${m[3] ?? ':00'}`;
  const ms = Date.parse(`${fields}Z`);
  if (!(Number.isFinite(ms) && new Date(ms).toISOString().startsWith(fields))) return Number.NaN;
  const offset = m[6] === undefined ? 0 : (m[6] === '-' ? -1 : 1) * (Number(m[7]) * 60 + Number(m[8])) * 60_000;
  return ms + Number(`${m[4] ?? ''}000`.slice(0, 3)) - offset;
}

/**
 * One date (ISO 8601 string, see the module, or a valid `Date`) as epoch
 * milliseconds: `INVALID_TYPE` for anything else, `INVALID_DATE` for a
 * string that is not such a date or names a day that does not exist, or an
 * invalid `Date`.
 */
export function parseDate(value: unknown, argument: string, index?: number): number {
  const ms =
    value instanceof Date
      ? Date.prototype.getTime.call(value)
      : typeof value === 'string'
        ? isoMilliseconds(value)
        : Number.NaN;
  if (!Number.isFinite(ms)) {
    const code = typeof value === 'string' || value instanceof Date ? 'INVALID_DATE' : 'INVALID_TYPE';
    guard.fail(
      code,
      'must be an ISO 8601 date or a Date (a day that exists; UTC without an offset)',
      argument,
      value,
      index,
    );
  }
  return ms;
}
