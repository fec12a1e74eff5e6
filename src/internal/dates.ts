/**
 * Dates of the cost schedule and of the streaming state, read the same way on
 * every machine: an instant in epoch milliseconds whose UTC calendar day is
 * the day that counts (docs/concepts.md §3).
 *
 * - A `Date` is its instant.
 * - An ISO 8601 string `YYYY-MM-DD`, optionally followed by a time
 *   `THH:MM[:SS[.fff…]]` and an offset `Z` or `±HH:MM` (`±HHMM`). Every field
 *   must exist on the calendar: the fields are round-tripped through the UTC
 *   calendar, so `2024-02-30`, `2023-02-29`, `2024-04-31` or `T24:00` are
 *   `INVALID_DATE` instead of rolling over to the next day or month.
 * - A date-time without an offset is read as UTC (its written calendar day
 *   counts), like a date alone — never in the machine's time zone, where
 *   `Date.parse` would read it. So a day count never depends on `TZ`.
 *
 * @internal
 * @module
 */
import * as guard from './guards.ts';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):?(\d{2}))?)?$/;

const getTime = Date.prototype.getTime;

/**
 * The epoch milliseconds of an ISO 8601 date or date-time string (UTC unless
 * it carries an offset), or `NaN` if it is not one or names a day or time
 * that does not exist.
 */
export function isoMilliseconds(text: string): number {
  const m = ISO.exec(text);
  if (m === null) return Number.NaN;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Number(((m[7] ?? '') + '000').slice(0, 3));
  const at = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999
  at.setUTCFullYear(y, mo - 1, d);
  at.setUTCHours(h, mi, s, ms);
  const exists =
    at.getUTCFullYear() === y &&
    at.getUTCMonth() === mo - 1 &&
    at.getUTCDate() === d &&
    at.getUTCHours() === h &&
    at.getUTCMinutes() === mi &&
    at.getUTCSeconds() === s;
  const offsetHours = Number(m[10] ?? '0');
  const offsetMinutes = Number(m[11] ?? '0');
  if (!exists || offsetHours > 23 || offsetMinutes > 59) return Number.NaN;
  const offset = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  return at.getTime() - offset;
}

/**
 * One date (ISO 8601 string, see the module, or a valid `Date`) as epoch
 * milliseconds: `INVALID_TYPE` for anything else, `INVALID_DATE` for a
 * string that is not such a date or names a day that does not exist, or an
 * invalid `Date`.
 */
export function parseDate(value: unknown, argument: string, index?: number): number {
  const ms =
    value instanceof Date ? getTime.call(value) : typeof value === 'string' ? isoMilliseconds(value) : Number.NaN;
  if (!Number.isFinite(ms)) {
    guard.fail(
      typeof value === 'string' || value instanceof Date ? 'INVALID_DATE' : 'INVALID_TYPE',
      'must be an ISO 8601 date or a Date (a day that exists; YYYY-MM-DD[THH:MM[:SS]][Z|±HH:MM], UTC without an offset)',
      argument,
      value,
      index,
    );
  }
  return ms;
}
