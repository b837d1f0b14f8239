/**
 * Roll-ups and programme evaluations as plain tables (title, columns, rows of numbers and text),
 * which the workbook writer (`xeploai/xlsx`) and the Word writer (`xeploai/docx`) both lay out:
 * the same tables with the same headers in both files.
 *
 * @module
 */
import { LEVELS } from '../levels.js';
import type { ProgrammeEvaluation } from '../programme/types.js';
import { onTrackLabel, reasonLabel, reportText, statusLabel, subjectsLabel, type ReportLang } from '../render/labels.js';
import type { RollUp, RollUpRow, Tally, TallySubjects } from '../report/types.js';

/** A percentage cell (the value in percent, e.g. `87.5`), written with a percent format. @example `const c: PercentCell = { percent: 87.5 };` */
export interface PercentCell {
  readonly percent: number | null;
}

/** One cell: text, a number, a percentage, or nothing. @example `const c: OfficeCell = { percent: null };` */
export type OfficeCell = string | number | PercentCell | null;

/**
 * One column: its header and whether its cells are numbers (right-aligned).
 *
 * @example
 * ```ts
 * const c: OfficeColumn = { header: 'Tổng số', numeric: true };
 * ```
 */
export interface OfficeColumn {
  readonly header: string;
  readonly numeric: boolean;
  readonly width?: number;
}

/**
 * A table of a report: title, a short name (a sheet name, ≤ 31 characters), columns, rows, the
 * decimals of its percentages, and each row's depth in the tree (indent of the first cell).
 *
 * @example
 * ```ts
 * const t: OfficeTable = { title: 'Đảng viên — 2024', name: '2024 Đảng viên', columns: [], rows: [], decimals: 2 };
 * ```
 */
export interface OfficeTable {
  readonly title: string;
  readonly name: string;
  readonly columns: readonly OfficeColumn[];
  readonly rows: readonly (readonly OfficeCell[])[];
  readonly decimals: number;
  readonly depths?: readonly number[];
}

/**
 * Whether a cell is a percentage.
 *
 * @example
 * ```ts
 * isPercentCell({ percent: 12.5 }); // true
 * ```
 */
export function isPercentCell(cell: OfficeCell): cell is PercentCell {
  return cell !== null && typeof cell === 'object';
}

/** A sheet name: at most 31 characters, none of `[]:*?/\`. */
function sheetName(text: string): string {
  return text.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim();
}

function subjectsOrder(rows: readonly RollUpRow[]): TallySubjects[] {
  const seen: TallySubjects[] = [];
  for (const row of rows) for (const t of row.tallies) if (!seen.includes(t.subjects)) seen.push(t.subjects);
  return [...seen.filter((s) => s !== 'members'), ...seen.filter((s) => s === 'members')];
}

function reasons(t: Tally, lang: ReportLang): string {
  return t.notRatedReasons.map((r) => `${reasonLabel(r.code, lang)}: ${r.count}`).join('; ');
}

function rollUpColumns(lang: ReportLang): OfficeColumn[] {
  const n = (header: string): OfficeColumn => ({ header, numeric: true });
  return [
    { header: reportText('unit', lang), numeric: false, width: 34 },
    n(reportText('total', lang)),
    n(reportText('rated', lang)),
    ...LEVELS.flatMap((l) => [n(l), n(`${l} (%)`)]),
    n(reportText('httnvOrBetter', lang)),
    n(`${reportText('httnvOrBetter', lang)} (%)`),
    n(`${reportText('htxsnvShare', lang)} ${reportText('overHttnv', lang)} (%)`),
    n(reportText('notRated', lang)),
    { header: reportText('reasons', lang), numeric: false, width: 30 },
  ];
}

/**
 * The tables of a roll-up: one per year and kind of subject (organizations first, members last),
 * one row per organization (or kind) with counts, and percentages at the roll-up's precision.
 *
 * @example
 * ```ts
 * import { rollUp } from 'xeploai/report';
 * import type { ReviewResult } from 'xeploai';
 * declare const result: ReviewResult;
 * rollUpTables(rollUp(result), 'vi')[0]?.columns[0]?.header; // 'Đơn vị'
 * ```
 */
export function rollUpTables(table: RollUp, lang: ReportLang): OfficeTable[] {
  const out: OfficeTable[] = [];
  for (const year of table.years) {
    for (const subjects of subjectsOrder(year.rows)) {
      const rows: OfficeCell[][] = [];
      const depths: number[] = [];
      for (const row of year.rows) {
        const t = row.tallies.find((x) => x.subjects === subjects);
        if (!t || t.total === 0) continue;
        depths.push(row.depth);
        rows.push([
          row.name, t.total, t.rated,
          ...LEVELS.flatMap((l): OfficeCell[] => [t.levels[l].count, { percent: t.levels[l].percent }]),
          t.httnvOrBetter.count, { percent: t.httnvOrBetter.percent }, { percent: t.htxsnvShare[0].percent },
          t.notRated, reasons(t, lang),
        ]);
      }
      const label = subjectsLabel(subjects, lang);
      out.push({ title: `${label} — ${reportText('year', lang)} ${year.year}`, name: sheetName(`${year.year} ${label}`), columns: rollUpColumns(lang), rows, decimals: table.decimals, depths });
    }
  }
  return out;
}

function valueCell(value: number | null, unit: string): OfficeCell {
  return unit === 'percent' ? { percent: value } : value;
}

/**
 * The tables of a programme evaluation: every indicator and year (target, actual, verdict, line,
 * on track), then the verdicts of the sơ kết year.
 *
 * @example
 * ```ts
 * import type { ProgrammeEvaluation } from 'xeploai/programme';
 * declare const evaluation: ProgrammeEvaluation;
 * programmeTables(evaluation, 'vi').map((t) => t.name); // ['Chỉ tiêu', 'Sơ kết 2025']
 * ```
 */
export function programmeTables(evaluation: ProgrammeEvaluation, lang: ReportLang): OfficeTable[] {
  const n = (header: string): OfficeColumn => ({ header, numeric: true });
  const text = (header: string, width?: number): OfficeColumn => ({ header, numeric: false, ...(width ? { width } : {}) });
  const byYear: OfficeCell[][] = [];
  const verdicts: OfficeCell[][] = [];
  const asOf = evaluation.summary.asOf;
  for (const e of evaluation.indicators) {
    const { unit } = e.indicator;
    for (const y of e.years) {
      byYear.push([e.indicator.id, e.indicator.title, String(y.year), valueCell(y.target, unit), valueCell(y.actual, unit), statusLabel(y.status, lang), valueCell(y.line, unit), onTrackLabel(y.onTrack, lang)]);
    }
    const y = e.years.find((x) => x.year === asOf);
    verdicts.push([e.indicator.title, valueCell(y?.target ?? null, unit), valueCell(y?.actual ?? null, unit), statusLabel(y?.status ?? null, lang), onTrackLabel(y?.onTrack ?? null, lang)]);
  }
  const indicator = reportText('indicator', lang);
  return [
    {
      title: `${reportText('programmeTitle', lang)} — ${evaluation.programme.title}`,
      name: sheetName(indicator),
      columns: [text(lang === 'vi' ? 'Mã chỉ tiêu' : 'Id', 22), text(indicator, 44), text(reportText('year', lang)), n(reportText('target', lang)), n(reportText('actual', lang)), text(reportText('status', lang)), n(reportText('line', lang)), text(reportText('onTrack', lang), 20)],
      rows: byYear,
      decimals: evaluation.decimals,
    },
    {
      title: `${reportText('summary', lang)} ${asOf}`,
      name: sheetName(`${lang === 'vi' ? 'Sơ kết' : 'Review'} ${asOf}`),
      columns: [text(indicator, 44), n(reportText('target', lang)), n(reportText('actual', lang)), text(reportText('status', lang)), text(reportText('onTrack', lang), 20)],
      rows: verdicts,
      decimals: evaluation.decimals,
    },
  ];
}
