/**
 * CSV of roll-ups and programme evaluations, through csv-stringify (its sync API is plain
 * JavaScript, so this runs in browsers too). One line per row and kind of subject (long format):
 * filters and pivot tables in a spreadsheet work on it directly. Numbers use a decimal point, or
 * a decimal comma with `locale: 'vi'`; an optional byte-order mark makes Excel read the file as
 * UTF-8; text that would start a formula is neutralised.
 *
 * @module
 */
import { stringify } from 'csv-stringify/sync';
import { LEVELS } from '../levels.js';
import type { ProgrammeEvaluation } from '../programme/types.js';
import type { RollUp, RollUpRow, TallySubjects } from '../report/types.js';
import { reasonLabel, subjectsLabel, typeLabel, type ReportLang } from './labels.js';

/**
 * Options of the CSV writers: header language (default `vi`); `locale` `vi` for a spreadsheet set
 * to Vietnamese — decimal comma, `;` between fields (Excel's list separator there) and Vietnamese
 * words instead of codes in the row, kind, type, subjects and reasons columns (default: decimal
 * point, `,`, codes); and a UTF-8 byte-order mark for Excel (default false).
 *
 * @example
 * ```ts
 * import type { CsvOptions } from 'xeploai/report';
 * const o: CsvOptions = { bom: true, locale: 'vi' };
 * ```
 */
export interface CsvOptions {
  readonly lang?: ReportLang;
  readonly locale?: ReportLang;
  readonly bom?: boolean;
}

type Cell = string | number | boolean | null;

/**
 * A text cell made safe for a spreadsheet (OWASP, CSV injection): text beginning with `=`, `+`,
 * `-`, `@`, a tab or a carriage return would be read as a formula, so it gets a leading `'`.
 * A number written as text (`-1,5`) is left as it is.
 *
 * @example
 * ```ts
 * import { spreadsheetText } from 'xeploai/report';
 * spreadsheetText('=HYPERLINK("http://x","y")'); // '\'=HYPERLINK("http://x","y")'
 * spreadsheetText('Chi bộ 1'); // 'Chi bộ 1'
 * ```
 */
export function spreadsheetText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^-?\d[\d.,]*$/.test(text) ? `'${text}` : text;
}

function write(header: readonly string[], rows: readonly Cell[][], options: CsvOptions): string {
  const vi = options.locale === 'vi';
  const cell = (c: Cell): string | number => {
    if (c === null) return '';
    if (typeof c === 'boolean') return c ? 'true' : 'false';
    if (typeof c === 'number') return vi ? String(c).replace('.', ',') : c;
    return spreadsheetText(c);
  };
  const text = stringify([header, ...rows.map((r) => r.map(cell))], { record_delimiter: 'unix', delimiter: vi ? ';' : ',' });
  return options.bom ? `\uFEFF${text}` : text;
}

const ROLL_UP_HEADER: Readonly<Record<ReportLang, readonly string[]>> = {
  vi: [
    'Năm', 'Mã', 'Tên', 'Cấp', 'Dòng', 'Loại tổ chức', 'Loại hình', 'Đối tượng', 'Xếp loại của đơn vị', 'Tổng số',
    'Được đánh giá, xếp loại', 'Được đánh giá, xếp loại (% trên tổng số)', 'Miễn đánh giá', 'Miễn đánh giá (% trên tổng số)',
    'Chưa kiểm điểm', 'Chưa kiểm điểm (% trên tổng số)', 'Chưa có căn cứ', 'Chưa có căn cứ (% trên tổng số)', 'Không xếp loại', 'Lý do không xếp loại',
    ...LEVELS.flatMap((l) => [l, `${l} (% trên số được xếp loại)`]),
    'HTTNV trở lên', 'HTTNV trở lên (% trên số được xếp loại)', 'HTXSNV trên số chỉ HTTNV (%, cơ sở tỷ lệ 20%)', 'HTXSNV trên số HTTNV trở lên (%)', 'HTXSNV trên số được xếp loại (%)', 'Số chữ số thập phân',
  ],
  en: [
    'year', 'id', 'name', 'depth', 'row', 'kind', 'type', 'subjects', 'unitLevel', 'total',
    'rated', 'ratedPercentOfTotal', 'exempt', 'exemptPercentOfTotal', 'notReviewed', 'notReviewedPercentOfTotal', 'noBasis', 'noBasisPercentOfTotal', 'notRated', 'notRatedReasons',
    ...LEVELS.flatMap((l) => [l, `${l}Percent`]),
    'httnvOrBetter', 'httnvOrBetterPercent', 'htxsnvOverHttnvPercent', 'htxsnvOverHttnvOrBetterPercent', 'htxsnvOverRatedPercent', 'decimals',
  ],
};

const ROW_WORDS: Readonly<Record<RollUpRow['row'], string>> = { organization: 'Tổ chức', kind: 'Loại tổ chức', type: 'Loại hình', total: 'Tổng cộng' };

/**
 * A roll-up as CSV: one line per year, row and kind of subject (members, TCCSĐ, chi bộ…), with
 * each count and its percentage in separate columns — rated, exempt, not reviewed and no basis
 * over the total, each level over those rated — and the reasons for not rating (`code:count; …`,
 * or in words with `locale: 'vi'`). Text cells that a spreadsheet would take for a formula are
 * neutralised (`spreadsheetText`).
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
  const vi = options.locale === 'vi';
  const rows: Cell[][] = [];
  for (const year of table.years) {
    for (const row of year.rows) {
      for (const t of row.tallies) {
        const kind = row.kind ?? (row.row === 'kind' ? (row.id as TallySubjects) : undefined);
        const type = row.type ?? (row.row === 'type' ? row.id : undefined);
        const o = t.ofTotal;
        rows.push([
          year.year, row.id, row.name, row.depth, vi ? ROW_WORDS[row.row] : row.row,
          kind === undefined ? null : vi ? subjectsLabel(kind, 'vi') : kind,
          type === undefined ? null : vi ? typeLabel(type, 'vi') : type,
          vi ? subjectsLabel(t.subjects, 'vi') : t.subjects, row.level ?? null, t.total,
          o.rated.count, o.rated.percent, o.exempt.count, o.exempt.percent, o.notReviewed.count, o.notReviewed.percent, o.noBasis.count, o.noBasis.percent,
          t.notRated, vi ? t.notRatedReasons.map((r) => `${reasonLabel(r.code, 'vi')}: ${r.count}`).join(', ') : t.notRatedReasons.map((r) => `${r.code}:${r.count}`).join('; '),
          ...LEVELS.flatMap((l) => [t.levels[l].count, t.levels[l].percent]),
          t.httnvOrBetter.count, t.httnvOrBetter.percent, ...t.htxsnvShare.map((s) => s.percent), t.decimals,
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
