/**
 * CSV of roll-ups and programme evaluations, through csv-stringify (its sync API is plain
 * JavaScript, so this runs in browsers too). One line per row and kind of subject (long format):
 * filters and pivot tables in a spreadsheet work on it directly. Numbers use a decimal point;
 * an optional byte-order mark makes Excel read the file as UTF-8.
 *
 * @module
 */
import { stringify } from 'csv-stringify/sync';
import { LEVELS } from '../levels.js';
import type { ProgrammeEvaluation } from '../programme/types.js';
import type { RollUp } from '../report/types.js';
import type { ReportLang } from './labels.js';

/**
 * Options of the CSV writers: header language (default `vi`) and a UTF-8 byte-order mark for
 * Excel (default false).
 *
 * @example
 * ```ts
 * import type { CsvOptions } from 'xeploai/report';
 * const o: CsvOptions = { bom: true };
 * ```
 */
export interface CsvOptions {
  readonly lang?: ReportLang;
  readonly bom?: boolean;
}

type Cell = string | number | boolean | null;

function write(header: readonly string[], rows: readonly Cell[][], options: CsvOptions): string {
  const text = stringify([header, ...rows.map((r) => r.map((c) => (c === null ? '' : c)))], { record_delimiter: 'unix', cast: { boolean: (b) => (b ? 'true' : 'false') } });
  return options.bom ? `\uFEFF${text}` : text;
}

const ROLL_UP_HEADER: Readonly<Record<ReportLang, readonly string[]>> = {
  vi: [
    'Năm', 'Mã', 'Tên', 'Cấp', 'Dòng', 'Loại hình', 'Đối tượng', 'Xếp loại của đơn vị', 'Tổng số', 'Được xếp loại', 'Không xếp loại', 'Lý do không xếp loại',
    ...LEVELS.flatMap((l) => [l, `${l} (%)`]),
    'HTTNV trở lên', 'HTTNV trở lên (%)', 'HTXSNV/HTTNV (%)', 'HTXSNV/HTTNV trở lên (%)', 'HTXSNV/được xếp loại (%)',
  ],
  en: [
    'year', 'id', 'name', 'depth', 'row', 'kind', 'subjects', 'unitLevel', 'total', 'rated', 'notRated', 'notRatedReasons',
    ...LEVELS.flatMap((l) => [l, `${l}Percent`]),
    'httnvOrBetter', 'httnvOrBetterPercent', 'htxsnvOverHttnvPercent', 'htxsnvOverHttnvOrBetterPercent', 'htxsnvOverRatedPercent',
  ],
};

/**
 * A roll-up as CSV: one line per year, row and kind of subject (members, TCCSĐ, chi bộ…), with
 * counts, percentages and the reasons for not rating (`code:count; …`).
 *
 * @example
 * ```ts
 * import { rollUp, rollUpCsv } from 'xeploai/report';
 * import type { ReviewResult } from 'xeploai';
 * declare const result: ReviewResult;
 * rollUpCsv(rollUp(result), { bom: true }).startsWith('\uFEFFNăm,Mã,Tên'); // true
 * ```
 */
export function rollUpCsv(table: RollUp, options: CsvOptions = {}): string {
  const rows: Cell[][] = [];
  for (const year of table.years) {
    for (const row of year.rows) {
      for (const t of row.tallies) {
        rows.push([
          year.year, row.id, row.name, row.depth, row.row, row.kind ?? (row.row === 'kind' ? row.id : null), t.subjects, row.level ?? null,
          t.total, t.rated, t.notRated, t.notRatedReasons.map((r) => `${r.code}:${r.count}`).join('; '),
          ...LEVELS.flatMap((l) => [t.levels[l].count, t.levels[l].percent]),
          t.httnvOrBetter.count, t.httnvOrBetter.percent, ...t.htxsnvShare.map((s) => s.percent),
        ]);
      }
    }
  }
  return write(ROLL_UP_HEADER[options.lang ?? 'vi'], rows, options);
}

const PROGRAMME_HEADER: Readonly<Record<ReportLang, readonly string[]>> = {
  vi: ['Chương trình', 'Mã chỉ tiêu', 'Chỉ tiêu', 'Đơn vị tính', 'Chiều', 'Nghiêm ngặt', 'Năm', 'Mục tiêu', 'Thực hiện', 'Tử số', 'Mẫu số', 'Nguồn', 'Đánh giá', 'Lộ trình', 'Đúng lộ trình'],
  en: ['programme', 'indicatorId', 'indicator', 'unit', 'direction', 'strict', 'year', 'target', 'actual', 'numerator', 'denominator', 'source', 'status', 'line', 'onTrack'],
};

/**
 * A programme evaluation as CSV: one line per indicator and year (target, actual with its count
 * and base when computed, source, verdict slug, line, on track).
 *
 * @example
 * ```ts
 * import { programmeCsv } from 'xeploai/report';
 * import type { ProgrammeEvaluation } from 'xeploai/programme';
 * declare const evaluation: ProgrammeEvaluation;
 * programmeCsv(evaluation, { lang: 'en' }).split('\n')[0]; // 'programme,indicatorId,indicator,…'
 * ```
 */
export function programmeCsv(evaluation: ProgrammeEvaluation, options: CsvOptions = {}): string {
  const rows: Cell[][] = [];
  for (const e of evaluation.indicators) {
    const ind = e.indicator;
    for (const y of e.years) {
      rows.push([
        evaluation.programme.id, ind.id, ind.title, ind.unit, ind.direction, ind.strict === true, y.year, y.target, y.actual,
        y.count?.numerator ?? null, y.count?.denominator ?? null, y.source, y.status, y.line, y.onTrack,
      ]);
    }
  }
  return write(PROGRAMME_HEADER[options.lang ?? 'vi'], rows, options);
}
