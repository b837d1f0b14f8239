/**
 * Calendar arithmetic on `YYYY-MM-DD` strings by day numbers (days since 1970-01-01, proleptic
 * Gregorian): no `Date`, so no time zone or clock change can move a day. Internal to
 * `xeploai/period`.
 *
 * @module
 */
import { isIsoDate } from '../model/dates.js';
import type { IsoDate } from '../model/index.js';

/**
 * The day number of a date: days since 1970-01-01 (negative before). Throws `RangeError` for a
 * value that is not a valid `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * import { dayNumber } from './calendar.js';
 * dayNumber('1970-01-02'); // 1
 * dayNumber('2000-03-01') - dayNumber('2000-02-28'); // 2
 * ```
 */
export function dayNumber(date: IsoDate, what = 'date'): number {
  if (!isIsoDate(date)) throw new RangeError(`${what}: expected a date YYYY-MM-DD, got ${JSON.stringify(date)}`);
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  // Years start in March, so the leap day is the last day of the year (H. Hinnant, days_from_civil).
  const year = Number(date.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The date of a day number. Throws `RangeError` outside years 0000–9999.
 *
 * @example
 * ```ts
 * import { dateOfDayNumber } from './calendar.js';
 * dateOfDayNumber(0); // '1970-01-01'
 * dateOfDayNumber(11016); // '2000-02-29'
 * ```
 */
export function dateOfDayNumber(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (!Number.isSafeInteger(n) || year < 0 || year > 9999) throw new RangeError(`day ${String(n)} is outside years 0000–9999`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The day of the week of a day number: 0 = Sunday (Chủ nhật), 1 = Monday (thứ Hai) … 6 = Saturday.
 *
 * @example
 * ```ts
 * import { dayNumber, weekdayOf } from './calendar.js';
 * weekdayOf(dayNumber('2025-12-31')); // 3
 * ```
 */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}
