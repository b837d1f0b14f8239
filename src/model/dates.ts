/**
 * Calendar dates `YYYY-MM-DD` as strings: validation, comparison, month arithmetic and the
 * review period window. Pure integer arithmetic on the digits — no `Date`, so no time zone
 * can move a date by a day.
 *
 * @module
 */
import type { IsoDate, Period, ReviewFile } from './types.js';

const DASH = 0x2d;

/**
 * The number written by `count` ASCII digits from `start`, or -1 if one is not a digit. Read by
 * char codes, not a regular expression: dates are checked millions of times in a national run.
 */
function digitsAt(text: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Whether a value is a real calendar date written exactly `YYYY-MM-DD` (proleptic Gregorian,
 * years 0000–9999): no time, no zone, no Excel serial, no 30 February.
 *
 * @example
 * ```ts
 * import { isIsoDate } from 'xeploai/period';
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2023-02-29'); // false
 * isIsoDate('2024-01-01T00:00Z'); // false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function splitDate(date: IsoDate, what: string): [number, number, number] {
  if (!isIsoDate(date)) throw new RangeError(`${what}: expected a date YYYY-MM-DD, got ${JSON.stringify(date)}`);
  return [digitsAt(date, 0, 4), digitsAt(date, 5, 2), digitsAt(date, 8, 2)];
}

/**
 * Compares two `YYYY-MM-DD` dates: negative when `a` is earlier, 0 when equal, positive when later.
 * Both must be valid dates (as after `parseReview`); the fixed-width form makes this a string comparison.
 *
 * @example
 * ```ts
 * import { compareDates } from 'xeploai/period';
 * compareDates('2024-06-15', '2024-12-31'); // -1
 * ['2024-03-01', '2023-12-31'].sort(compareDates); // ['2023-12-31', '2024-03-01']
 * ```
 */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Adds whole calendar months to a date, clamping to the last day of the target month
 * (date-fns `addMonths` semantics): 2024-08-31 + 6 months = 2025-02-28. Negative months go back.
 * Throws `RangeError` for an invalid date, a non-integer month count or a result outside years 0000–9999.
 *
 * @example
 * ```ts
 * import { addCalendarMonths } from 'xeploai/period';
 * addCalendarMonths('2024-08-31', 6); // '2025-02-28'
 * addCalendarMonths('2024-03-31', -1); // '2024-02-29'
 * ```
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = splitDate(date, 'addCalendarMonths');
  if (!Number.isSafeInteger(months)) throw new RangeError(`addCalendarMonths: expected a whole number of months, got ${String(months)}`);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  if (newYear < 0 || newYear > 9999) throw new RangeError(`addCalendarMonths: ${date} + ${months} months is outside years 0000–9999`);
  return formatDate(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/**
 * First and last day (inclusive) of a review period in `year`: the year, a quarter, or a term
 * from 1 January of `fromYear` to 31 December of `toYear`.
 *
 * @example
 * ```ts
 * import { periodBounds } from 'xeploai/period';
 * periodBounds(2024, { kind: 'quarter', quarter: 1 }); // { start: '2024-01-01', end: '2024-03-31' }
 * ```
 */
export function periodBounds(year: number, period: Period = { kind: 'year' }): { start: IsoDate; end: IsoDate } {
  switch (period.kind) {
    case 'year':
      return { start: formatDate(year, 1, 1), end: formatDate(year, 12, 31) };
    case 'quarter': {
      const last = period.quarter * 3;
      return { start: formatDate(year, last - 2, 1), end: formatDate(year, last, daysInMonth(year, last)) };
    }
    case 'term':
      return { start: formatDate(period.fromYear, 1, 1), end: formatDate(period.toYear, 12, 31) };
  }
}

/**
 * The period window of a review and its effective review date: `reviewDate` when given, else the
 * last day of the period (31 December of `year`; the quarter's last day; 31 December of `toYear`).
 *
 * @example
 * ```ts
 * import { reviewPeriodBounds } from 'xeploai/period';
 * reviewPeriodBounds({ year: 2024, period: { kind: 'quarter', quarter: 2 } });
 * // { start: '2024-04-01', end: '2024-06-30', reviewDate: '2024-06-30' }
 * reviewPeriodBounds({ year: 2024, reviewDate: '2024-12-15' }).reviewDate; // '2024-12-15'
 * ```
 */
export function reviewPeriodBounds(review: Pick<ReviewFile, 'year' | 'period' | 'reviewDate'>): {
  start: IsoDate;
  end: IsoDate;
  reviewDate: IsoDate;
} {
  const { start, end } = periodBounds(review.year, review.period);
  return { start, end, reviewDate: review.reviewDate ?? end };
}
