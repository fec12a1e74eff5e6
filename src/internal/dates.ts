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

/** Date, `T` time, seconds (fraction only after them), offset (hours ≤ 23, minutes ≤ 59) or `Z`. */
const ISO = /^(\d{4}-\d\d-\d\d)(?:T(\d\d:\d\d)(?:(:\d\d)(?:\.(\d{1,9}))?)?(?:Z|([+-])([01]\d|2[0-3]):?([0-5]\d))?)?$/;

/**
 * The epoch milliseconds of an ISO 8601 date or date-time string (UTC unless
 * it carries an offset), or `NaN` if it is not one or names a day or time
 * that does not exist.
 */
export function isoMilliseconds(text: string): number {
  const m = ISO.exec(text);
  if (m === null) return NaN;
  const [, date, time = '00:00', seconds = ':00', fraction = '', sign = '+', hours = '0', minutes = '0'] = m;
  const fields = `${date}T${time}${seconds}`;
  // the fields must come back from the UTC calendar unchanged (toJSON is null for an invalid date)
  const ms = Date.parse(`${fields}Z`);
  if (!new Date(ms).toJSON()?.startsWith(fields)) return NaN;
  return ms + Number(`${fraction}000`.slice(0, 3)) - (Number(sign + hours) * 60 + Number(sign + minutes)) * 60_000;
}

/**
 * One date (ISO 8601 string, see the module, or a valid `Date`) as epoch
 * milliseconds: `INVALID_TYPE` for anything else, `INVALID_DATE` for a
 * string that is not such a date or names a day that does not exist, or an
 * invalid `Date`.
 */
export function parseDate(value: unknown, argument: string, index?: number): number {
  const text = typeof value === 'string';
  const date = value instanceof Date;
  const ms = date ? Date.prototype.getTime.call(value) : text ? isoMilliseconds(value) : NaN;
  if (!Number.isFinite(ms)) {
    guard.fail(
      text || date ? 'INVALID_DATE' : 'INVALID_TYPE',
      'must be an ISO 8601 date or a Date (a day that exists; UTC without an offset)',
      argument,
      value,
      index,
    );
  }
  return ms;
}
