/**
 * Workbooks of what xeploai computes: a result (a sheet per kind of subject, with level, basis,
 * score and findings with their citations, and a sheet of checks), a roll-up (a sheet per table)
 * and a programme evaluation (indicators × years). Numbers are numbers, percentages have a
 * percent format at the table's precision, headers are Vietnamese (or English).
 *
 * @module
 */
import type ExcelJS from 'exceljs';
import type { ReviewFile } from '../model/types.js';
import { isPercentCell, programmeTables, rollUpTables, type OfficeTable } from '../office/tables.js';
import type { ProgrammeEvaluation } from '../programme/types.js';
import type { ReportLang } from '../render/labels.js';
import type { RollUp } from '../report/types.js';
import type { Citation, Finding, ReviewResult } from '../rules/types.js';
import { addTableSheet, newWorkbook, workbookBytes, type OutCell, type OutColumn } from './sheet.js';

/**
 * Options of the output workbooks: the language of headers and labels (default `vi`).
 *
 * @example
 * ```ts
 * import type { OutputWorkbookOptions } from 'xeploai/xlsx';
 * const o: OutputWorkbookOptions = { lang: 'en' };
 * ```
 */
export interface OutputWorkbookOptions {
  readonly lang?: ReportLang;
}

function percentFormat(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%';
}

function addOfficeTable(wb: ExcelJS.Workbook, table: OfficeTable): void {
  const columns: OutColumn[] = table.columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(10, Math.min(18, c.header.length + 2)) }));
  const rows = table.rows.map((row) => row.map((cell): OutCell => (isPercentCell(cell) ? (cell.percent === null ? null : cell.percent / 100) : cell)));
  const ws = addTableSheet(wb, table.name, columns, rows, { lists: false });
  const format = percentFormat(table.decimals);
  table.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (isPercentCell(cell)) ws.getCell(r + 2, c + 1).numFmt = format;
    });
    const depth = table.depths?.[r] ?? 0;
    if (depth > 0) ws.getCell(r + 2, 1).alignment = { indent: depth };
  });
}

async function tablesWorkbook(tables: readonly OfficeTable[]): Promise<Uint8Array> {
  const wb = await newWorkbook();
  for (const table of tables) addOfficeTable(wb, table);
  return workbookBytes(wb);
}

/**
 * A roll-up as a workbook: one sheet per year and kind of subject.
 *
 * @example
 * ```ts
 * import { evaluateReview } from 'xeploai';
 * import { rollUp } from 'xeploai/report';
 * import { writeReportWorkbook } from 'xeploai/xlsx';
 * const review = { format: 'xeploai/review@1', year: 2024, organizations: [{ id: 'cb', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so', proposedLevel: 'HTTNV' }], members: [] } as const;
 * (await writeReportWorkbook(rollUp({ result: evaluateReview(review), review }))).length > 0; // true
 * ```
 */
export async function writeReportWorkbook(table: RollUp, options: OutputWorkbookOptions = {}): Promise<Uint8Array> {
  return tablesWorkbook(rollUpTables(table, options.lang ?? 'vi'));
}

/**
 * A programme evaluation as a workbook: indicators × years (target, actual, verdict, line, on
 * track), then the verdicts of the sơ kết year.
 *
 * @example
 * ```ts
 * import { writeProgrammeWorkbook } from 'xeploai/xlsx';
 * import type { ProgrammeEvaluation } from 'xeploai/programme';
 * declare const evaluation: ProgrammeEvaluation;
 * const bytes = await writeProgrammeWorkbook(evaluation);
 * ```
 */
export async function writeProgrammeWorkbook(evaluation: ProgrammeEvaluation, options: OutputWorkbookOptions = {}): Promise<Uint8Array> {
  return tablesWorkbook(programmeTables(evaluation, options.lang ?? 'vi'));
}

function citation(cite: Citation): string {
  return cite.article ? `${cite.doc}, ${cite.article}` : cite.doc;
}

function findingsText(findings: readonly Finding[], lang: ReportLang): string {
  return findings.map((f) => `${f.code}${f.cap ? ` (${f.cap})` : ''}: ${f.message[lang]} [${citation(f.cite)}]`).join('\n');
}

const RESULT_WORDS = {
  vi: { members: 'Đảng viên', leaders: 'Lãnh đạo', organizations: 'Tổ chức', checks: 'Kiểm tra', id: 'Mã', name: 'Tên', org: 'Mã tổ chức', kind: 'Loại', head: 'Người đứng đầu', rated: 'Được xếp loại', level: 'Mức xếp loại', basis: 'Mức theo căn cứ', score: 'Điểm', findings: 'Phát hiện (căn cứ)', code: 'Mã kiểm tra', subjects: 'Đối tượng', scope: 'Phạm vi', ok: 'Đạt', counts: 'Số lượng theo mức', allowed: 'HTXSNV được phép', demote: 'Số cần hạ', suggest: 'Đề nghị hạ', cite: 'Căn cứ', message: 'Nội dung', yes: 'có', no: 'không' },
  en: { members: 'Members', leaders: 'Leaders', organizations: 'Organizations', checks: 'Checks', id: 'Id', name: 'Name', org: 'Organization', kind: 'Kind', head: 'Head', rated: 'Rated', level: 'Level', basis: 'Basis', score: 'Score', findings: 'Findings (citations)', code: 'Check', subjects: 'Subjects', scope: 'Scope', ok: 'Passed', counts: 'Counts by level', allowed: 'HTXSNV allowed', demote: 'To move down', suggest: 'Suggested', cite: 'Citation', message: 'Message', yes: 'yes', no: 'no' },
} as const;

/**
 * A result as a workbook: sheets of members, leaders and organizations (id, name, level, basis,
 * score, findings with their citations) and a sheet of checks. Names come from `review` when
 * given.
 *
 * @example
 * ```ts
 * import { evaluateReview } from 'xeploai';
 * import { writeResultWorkbook } from 'xeploai/xlsx';
 * const review = { format: 'xeploai/review@1', year: 2024, organizations: [{ id: 'cb', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so', proposedLevel: 'HTTNV' }], members: [] } as const;
 * (await writeResultWorkbook(evaluateReview(review), { review })).length > 0; // true
 * ```
 */
export async function writeResultWorkbook(result: ReviewResult, options: OutputWorkbookOptions & { readonly review?: ReviewFile } = {}): Promise<Uint8Array> {
  const lang = options.lang ?? 'vi';
  const w = RESULT_WORDS[lang];
  const memberName = new Map(options.review?.members.map((m) => [m.id, m.name]));
  const orgName = new Map(options.review?.organizations.map((o) => [o.id, o.name]));
  const yes = (b: boolean): string => (b ? w.yes : w.no);
  const col = (header: string, width = 14, wrap = false): OutColumn => ({ header, width, wrap });
  const tail = [col(w.rated, 10), col(w.level, 10), col(w.basis, 10), col(w.score, 8), col(w.findings, 90, true)];
  const wb = await newWorkbook();
  addTableSheet(wb, w.members, [col(w.id), col(w.name, 26), col(w.org, 18), ...tail],
    result.members.map((m) => [m.id, memberName.get(m.id) ?? null, m.orgId, yes(m.rated), m.level, m.basis ?? null, m.score ?? null, findingsText(m.findings, lang)]), { lists: false });
  addTableSheet(wb, w.leaders, [col(w.id), col(w.name, 26), col(w.org, 18), col(w.head, 10), ...tail],
    result.leaders.map((l) => [l.memberId, memberName.get(l.memberId) ?? null, l.orgId, yes((l as { head?: boolean }).head === true), yes(l.rated), l.level, l.basis ?? null, l.score ?? null, findingsText(l.findings, lang)]), { lists: false });
  addTableSheet(wb, w.organizations, [col(w.id, 18), col(w.name, 30), col(w.kind, 16), ...tail],
    result.organizations.map((o) => [o.id, orgName.get(o.id) ?? null, o.kind, yes(o.rated), o.level, o.basis ?? null, o.score ?? null, findingsText(o.findings, lang)]), { lists: false });
  addTableSheet(wb, w.checks, [col(w.code), col(w.subjects), col(w.scope, 24), col(w.ok, 8), col(w.counts, 24), col(w.allowed, 10), col(w.demote, 10), col(w.suggest, 24), col(w.cite, 30), col(w.message, 70, true)],
    result.checks.map((c) => [
      c.code, c.subjects, `${c.scope.kind} ${c.scope.id}`.trim(), yes(c.ok),
      Object.entries(c.counts ?? {}).map(([l, n]) => `${l}: ${n}`).join(', '), c.allowed ?? null, c.demote ?? null, (c.suggest ?? []).join(', '), citation(c.cite), c.message[lang],
    ]), { lists: false });
  return workbookBytes(wb);
}
