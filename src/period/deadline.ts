/**
 * KL 198-KL/TW (08/10/2025): cadres managed by the Politburo and Secretariat are evaluated every
 * quarter, and the report reaches them «trước ngày 15 tháng cuối mỗi quý». Computed with
 * date-fns on a local-noon date and formatted locally, so the result is the same calendar date
 * in every time zone.
 *
 * @module
 */
import { format, setDate, setMonth, setYear, subDays } from 'date-fns';
import type { IsoDate } from '../model/index.js';
import type { Citation } from '../rules/types.js';

/**
 * The quarterly report deadline: the report must arrive before `before` (the 15th of the
 * quarter's last month), so `lastDay` (the 14th) is the last day it may arrive.
 *
 * @example
 * ```ts
 * import { quarterReportDeadline, type QuarterDeadline } from 'xeploai/period';
 * const d: QuarterDeadline = quarterReportDeadline(2025, 4);
 * d.lastDay; // '2025-12-14'
 * ```
 */
export interface QuarterDeadline {
  readonly year: number;
  readonly quarter: 1 | 2 | 3 | 4;
  /** The report must arrive before this day: the 15th of the quarter's last month. */
  readonly before: IsoDate;
  /** The last day it may arrive («trước ngày 15» read strictly). */
  readonly lastDay: IsoDate;
  readonly cite: Citation;
}

const CITE: Citation = { doc: '198-KL/TW', article: 'article not seen', note: '«trước ngày 15 tháng cuối mỗi quý»; read strictly: the 15th itself is late' };

/**
 * When the quarterly evaluation report of KL 198-KL/TW is due. Throws `RangeError` for a year
 * outside 1–9999 or a quarter other than 1–4.
 *
 * @example
 * ```ts
 * import { quarterReportDeadline } from 'xeploai/period';
 * quarterReportDeadline(2025, 4).before; // '2025-12-15'
 * quarterReportDeadline(2026, 1).lastDay; // '2026-03-14'
 * ```
 */
export function quarterReportDeadline(year: number, quarter: number): QuarterDeadline {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`quarterReportDeadline: expected a year from 1 to 9999, got ${String(year)}`);
  if (quarter !== 1 && quarter !== 2 && quarter !== 3 && quarter !== 4) throw new RangeError(`quarterReportDeadline: expected a quarter 1, 2, 3 or 4, got ${String(quarter)}`);
  // Noon, not midnight: some zones skip midnight on the day their clocks change.
  const fifteenth = setDate(setMonth(setYear(new Date(2000, 0, 1, 12), year), quarter * 3 - 1), 15);
  return { year, quarter, before: format(fifteenth, 'yyyy-MM-dd'), lastDay: format(subDays(fifteenth, 1), 'yyyy-MM-dd'), cite: CITE };
}
