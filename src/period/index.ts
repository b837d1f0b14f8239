/**
 * Review periods beyond the year (QĐ 366: «theo nhiệm kỳ, hằng năm, hằng quý hoặc khi cần
 * thiết») and deadlines: the HD 43 annual deadlines and the draft report's working-day notice,
 * the KL 198 quarterly report deadline, quarterly results side by side, and the calendar-date
 * helpers (`periodBounds`, `reviewPeriodBounds`, `compareDates`, `addCalendarMonths`). The subpath
 * `xeploai/period`.
 *
 * @module xeploai/period
 */
export { isIsoDate, compareDates, addCalendarMonths, periodBounds, reviewPeriodBounds } from '../model/dates.js';
export * from './deadline.js';
export * from './quarters.js';
export * from './reviewDeadlines.js';
