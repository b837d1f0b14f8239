/**
 * The deadlines of the annual review under QĐ 366 (43-HD/BTCTW · Mục 4, tiểu mục 4.1–4.3) as
 * cited data, the dates they give for a review year, and the working-day notice of the draft
 * collective report (43-HD/BTCTW · Mục 2, tiểu mục 2.1, tiết a). Calendar dates are
 * `YYYY-MM-DD` strings computed by day numbers, never by `Date`: the same in every time zone.
 *
 * «Trước ngày X» is read strictly: X itself is late, so the last allowed day (`lastDay`) is the
 * day before X (`before`).
 *
 * @module
 */
import type { IsoDate } from '../model/index.js';
import type { Citation, Message } from '../rules/types.js';
import { dateOfDayNumber, dayNumber, weekdayOf } from './calendar.js';

/**
 * Which annual deadline of 43-HD/BTCTW · Mục 4: `reviews` (reviews end), `special-units`
 * (units with special features finish), `files-to-btctw` (files reach the Ban Tổ chức Trung
 * ương, Mẫu 04), `report-to-politburo` (the Ban Tổ chức Trung ương reports to the Bộ Chính trị).
 *
 * @example
 * ```ts
 * import type { ReviewDeadlineId } from 'xeploai/period';
 * const id: ReviewDeadlineId = 'files-to-btctw';
 * ```
 */
export type ReviewDeadlineId = 'reviews' | 'special-units' | 'files-to-btctw' | 'report-to-politburo';

/**
 * One deadline rule as data: «trước ngày DAY/MONTH» of the review year (`nextYear: false`) or
 * of the year after («năm sau»), the words of the text and its citation.
 *
 * @example
 * ```ts
 * import { HD43_REVIEW_DEADLINES, type ReviewDeadlineRule } from 'xeploai/period';
 * const r: ReviewDeadlineRule = HD43_REVIEW_DEADLINES[0]!;
 * r.quote; // '«kết thúc trước ngày 31/12 hằng năm»'
 * ```
 */
export interface ReviewDeadlineRule {
  readonly id: ReviewDeadlineId;
  readonly month: number;
  readonly day: number;
  readonly nextYear: boolean;
  readonly quote: string;
  readonly message: Message;
  readonly cite: Citation;
}

const MUC_4_NOTE = 'which of tiểu mục 4.1–4.3 states each deadline is not seen';
const MUC_4: Citation = { doc: '43-HD/BTCTW', article: 'Mục 4, tiểu mục 4.1–4.3', note: MUC_4_NOTE };

/**
 * The four deadlines of 43-HD/BTCTW · Mục 4 (VERIFIED wording), in date order.
 *
 * @example
 * ```ts
 * import { HD43_REVIEW_DEADLINES } from 'xeploai/period';
 * HD43_REVIEW_DEADLINES.map((r) => r.id); // ['reviews', 'special-units', 'files-to-btctw', 'report-to-politburo']
 * HD43_REVIEW_DEADLINES[2]?.cite.doc; // '43-HD/BTCTW'
 * ```
 */
export const HD43_REVIEW_DEADLINES: readonly ReviewDeadlineRule[] = Object.freeze(
  (
    [
      {
        id: 'reviews',
        month: 12,
        day: 31,
        nextYear: false,
        quote: '«kết thúc trước ngày 31/12 hằng năm»',
        message: {
          vi: 'Kiểm điểm, đánh giá, xếp loại kết thúc trước ngày 31/12 hằng năm (trường học theo năm học, vẫn trước ngày 31/12)',
          en: 'Reviews and ratings end before 31 December each year (schools by school year, still before 31 December)',
        },
        cite: { ...MUC_4, note: `${MUC_4_NOTE}; schools review on the school year's results, still before 31/12` },
      },
      {
        id: 'special-units',
        month: 1,
        day: 15,
        nextYear: true,
        quote: '«hoàn thành trước ngày 15/01 năm sau»',
        message: { vi: 'Các đơn vị đặc thù hoàn thành trước ngày 15/01 năm sau', en: 'Units with special features finish before 15 January of the next year' },
        cite: MUC_4,
      },
      {
        id: 'files-to-btctw',
        month: 2,
        day: 1,
        nextYear: true,
        quote: '«gửi về Ban Tổ chức Trung ương trước ngày 01/02 năm sau theo Mẫu 04»',
        message: { vi: 'Hồ sơ gửi về Ban Tổ chức Trung ương trước ngày 01/02 năm sau, theo Mẫu 04', en: 'Files reach the Central Organization Commission before 1 February of the next year, on form 04' },
        cite: MUC_4,
      },
      {
        id: 'report-to-politburo',
        month: 3,
        day: 1,
        nextYear: true,
        quote: '«trước ngày 01/03 năm sau»',
        message: { vi: 'Ban Tổ chức Trung ương báo cáo Bộ Chính trị trước ngày 01/03 năm sau', en: 'The Central Organization Commission reports to the Politburo before 1 March of the next year' },
        cite: MUC_4,
      },
    ] as const satisfies readonly ReviewDeadlineRule[]
  ).map((r) => Object.freeze({ ...r, message: Object.freeze(r.message), cite: Object.freeze(r.cite) })),
);

/**
 * One deadline for a review year: `before` is the day the text names («trước ngày X»: X itself
 * is late), `lastDay` the last day allowed, the day before `before`.
 *
 * @example
 * ```ts
 * import { reviewDeadlines, type ReviewDeadline } from 'xeploai/period';
 * const d: ReviewDeadline = reviewDeadlines(2025)['report-to-politburo'];
 * d.lastDay; // '2026-02-28'
 * ```
 */
export interface ReviewDeadline extends ReviewDeadlineRule {
  /** The review year. */
  readonly year: number;
  /** The date «trước ngày …» names: on this day it is already late. */
  readonly before: IsoDate;
  /** The last day allowed: the day before `before`. */
  readonly lastDay: IsoDate;
}

function ymd(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The deadlines of 43-HD/BTCTW · Mục 4 for a review year, by id. Pure: calendar dates as
 * `YYYY-MM-DD` strings, the same in every time zone. «Trước ngày X» means the last allowed day
 * is the day before X: reviews of 2025 end by 30/12/2025, files reach the Ban Tổ chức Trung
 * ương by 31/01/2026, and the report to the Bộ Chính trị is due by the last day of February
 * (29/02 in a leap year). Throws `RangeError` for a year outside 1–9998.
 *
 * @example
 * ```ts
 * import { reviewDeadlines } from 'xeploai/period';
 * const d = reviewDeadlines(2025);
 * d.reviews.before; // '2025-12-31'
 * d.reviews.lastDay; // '2025-12-30'
 * d['special-units'].lastDay; // '2026-01-14'
 * d['files-to-btctw'].lastDay; // '2026-01-31'
 * reviewDeadlines(2027)['report-to-politburo'].lastDay; // '2028-02-29'
 * ```
 */
export function reviewDeadlines(year: number): Readonly<Record<ReviewDeadlineId, ReviewDeadline>> {
  if (!Number.isInteger(year) || year < 1 || year > 9998) throw new RangeError(`reviewDeadlines: expected a review year from 1 to 9998, got ${String(year)}`);
  const out = {} as Record<ReviewDeadlineId, ReviewDeadline>;
  for (const rule of HD43_REVIEW_DEADLINES) {
    const before = ymd(year + (rule.nextYear ? 1 : 0), rule.month, rule.day);
    out[rule.id] = { ...rule, year, before, lastDay: dateOfDayNumber(dayNumber(before) - 1) };
  }
  return Object.freeze(out);
}

/**
 * The notice of the draft collective report (dự thảo báo cáo kiểm điểm tập thể): sent «ít nhất
 * 03 ngày làm việc» before the meeting.
 *
 * @example
 * ```ts
 * import { DRAFT_REPORT_NOTICE } from 'xeploai/period';
 * DRAFT_REPORT_NOTICE.workingDays; // 3
 * DRAFT_REPORT_NOTICE.cite.article; // 'Mục 2, tiểu mục 2.1, tiết a'
 * ```
 */
export const DRAFT_REPORT_NOTICE = Object.freeze({
  workingDays: 3,
  quote: '«ít nhất 03 ngày làm việc»',
  cite: Object.freeze({
    doc: '43-HD/BTCTW',
    article: 'Mục 2, tiểu mục 2.1, tiết a',
    note: 'read: the report is sent on or before the 3rd working day (Monday–Friday, minus the holidays given) before the meeting day; public holidays and make-up working days are not known to the library',
  }),
} as const satisfies { workingDays: number; quote: string; cite: Citation });

/**
 * Options of `draftReportLatestDay`.
 *
 * @example
 * ```ts
 * import type { DraftReportOptions } from 'xeploai/period';
 * const o: DraftReportOptions = { holidays: ['2026-01-01'] };
 * ```
 */
export interface DraftReportOptions {
  /** Days off that fall on Monday–Friday (Tết, public holidays, days off in lieu), `YYYY-MM-DD`. */
  readonly holidays?: readonly IsoDate[];
}

/**
 * The latest day to send the draft collective report for a meeting on `meetingDate`: the 3rd
 * working day before the meeting (the meeting day is not counted; the day of sending is).
 * Working days are Monday to Friday. The library knows no holidays and no make-up working
 * Saturdays: pass the days off in `holidays`. Pure, dates as `YYYY-MM-DD` strings; throws
 * `RangeError` for an invalid date.
 *
 * @example
 * ```ts
 * import { draftReportLatestDay } from 'xeploai/period';
 * draftReportLatestDay('2025-12-18'); // '2025-12-15'
 * draftReportLatestDay('2025-12-22'); // '2025-12-17'
 * draftReportLatestDay('2026-01-05', { holidays: ['2026-01-01'] }); // '2025-12-30'
 * ```
 */
export function draftReportLatestDay(meetingDate: IsoDate, options: DraftReportOptions = {}): IsoDate {
  let n = dayNumber(meetingDate, 'draftReportLatestDay: meetingDate');
  const off = new Set((options.holidays ?? []).map((d, i) => dayNumber(d, `draftReportLatestDay: holidays[${i}]`)));
  let counted = 0;
  while (counted < DRAFT_REPORT_NOTICE.workingDays) {
    n -= 1;
    const weekday = weekdayOf(n);
    if (weekday !== 0 && weekday !== 6 && !off.has(n)) counted += 1;
  }
  return dateOfDayNumber(n);
}
