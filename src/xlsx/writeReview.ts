/**
 * Writing a review as a workbook: the blank template an officer fills in, or a whole review
 * (`xeploai convert review.json --out review.xlsx`) that reads back unchanged.
 *
 * @module
 */
import type ExcelJS from 'exceljs';
import { findRuleSet, getRuleSet, ruleSetFor } from '../rules/registry.js';
import type { RuleSet } from '../rules/types.js';
import type { ReviewFile } from '../model/types.js';
import { REVIEW_FORMAT } from '../model/schema.js';
import { toCell } from './cells.js';
import { GUIDE_SHEET, REVIEW_SHEETS, type SheetId } from './columns.js';
import { layoutColumns, valueAt, type Column, type LayoutContext } from './layout.js';
import { addTableSheet, DATE_FORMAT, newWorkbook, workbookBytes, type OutCell, type OutColumn } from './sheet.js';

/**
 * Options of the review writers: the rule set whose columns to write (a built-in id or a rule
 * set; default the review's, else the one in force for the year).
 *
 * @example
 * ```ts
 * import type { ReviewWorkbookOptions } from 'xeploai/xlsx';
 * const o: ReviewWorkbookOptions = { ruleSet: 'qd366-2025' };
 * ```
 */
export interface ReviewWorkbookOptions {
  readonly ruleSet?: RuleSet | string;
}

/**
 * Options of `writeReviewTemplate`: the review year, and the rule set (default: the one in force
 * for the year).
 *
 * @example
 * ```ts
 * import type { TemplateOptions } from 'xeploai/xlsx';
 * const o: TemplateOptions = { year: 2025 };
 * ```
 */
export interface TemplateOptions extends ReviewWorkbookOptions {
  readonly year: number;
}

function resolveRuleSet(option: RuleSet | string | undefined, review: Pick<ReviewFile, 'ruleSet' | 'year'>): RuleSet {
  if (typeof option === 'object') return option;
  const id = option ?? review.ruleSet;
  if (id !== undefined) return findRuleSet(id) ?? getRuleSet(id);
  return ruleSetFor(review.year);
}

function outColumn(c: Column): OutColumn {
  const { spec } = c;
  const list = spec.type === 'flag' ? ['có', 'không'] : spec.values;
  return {
    header: c.header,
    field: c.path,
    note: `${c.path}: ${spec.help}`,
    ...(spec.width !== undefined ? { width: spec.width } : { width: Math.max(12, Math.min(24, c.header.length * 0.7)) }),
    ...(spec.type === 'date' ? { numFmt: DATE_FORMAT } : {}),
    ...(list ? { list, strictList: spec.type !== 'list' } : {}),
  };
}

function rowsOf(sheet: SheetId, review: ReviewFile): { row: object; key?: string }[] {
  const spec = REVIEW_SHEETS[sheet];
  if (sheet === 'organizations' || sheet === 'members') return review[sheet].map((row) => ({ row }));
  if (!spec.owner || !spec.field) return [];
  const out: { row: object; key: string }[] = [];
  for (const entry of review[spec.owner]) {
    const items = (entry as unknown as Record<string, unknown>)[spec.field];
    if (Array.isArray(items)) for (const row of items as object[]) out.push({ row, key: entry.id });
  }
  return out;
}

function listSheet(wb: ExcelJS.Workbook, sheet: SheetId, review: ReviewFile, ctx: LayoutContext): void {
  const columns = layoutColumns(sheet, ctx);
  const rows = rowsOf(sheet, review).map(({ row, key }): OutCell[] =>
    columns.map((c) => toCell(c.spec.type, c.spec.key ? key : valueAt(row, c.path))),
  );
  addTableSheet(wb, REVIEW_SHEETS[sheet].name, columns.map(outColumn), rows);
}

function reviewSheet(wb: ExcelJS.Workbook, review: ReviewFile, ctx: LayoutContext): void {
  const columns = layoutColumns('review', ctx);
  const ws = addTableSheet(
    wb,
    REVIEW_SHEETS.review.name,
    [{ header: 'Mục', width: 28 }, { header: 'Trường', width: 22 }, { header: 'Giá trị', width: 20 }, { header: 'Ghi chú', width: 70 }],
    columns.map((c) => [c.header, c.path, toCell(c.spec.type, valueAt(review, c.path)), c.spec.help]),
    { lists: false },
  );
  columns.forEach((c, i) => {
    const cell = ws.getCell(2 + i, 3);
    if (c.spec.type === 'date') cell.numFmt = DATE_FORMAT;
    if (c.spec.values) cell.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${c.spec.values.join(',')}"`] };
  });
}

function guideSheet(wb: ExcelJS.Workbook, ctx: LayoutContext, sheets: readonly SheetId[]): void {
  const rows: OutCell[][] = [];
  for (const sheet of sheets) {
    for (const c of layoutColumns(sheet, ctx)) {
      rows.push([REVIEW_SHEETS[sheet].name, c.header, c.path, c.spec.help, c.spec.values ? c.spec.values.join(', ') : c.spec.type === 'flag' ? 'có, không' : '']);
    }
  }
  addTableSheet(
    wb,
    GUIDE_SHEET,
    [{ header: 'Sheet', width: 18 }, { header: 'Cột', width: 30 }, { header: 'Trường review@1', width: 24 }, { header: 'Cách điền', width: 80 }, { header: 'Giá trị', width: 40 }],
    rows,
    { lists: false },
  );
}

const SHEET_ORDER: readonly SheetId[] = ['review', 'organizations', 'members', 'posts', 'memberDisciplines', 'organizationDisciplines', 'sameLevelBodies'];

/**
 * A review as a workbook (`.xlsx` bytes): sheets *Kỳ kiểm điểm*, *Tổ chức*, *Đảng viên*,
 * *Chức vụ*, *Kỷ luật*, *Kỷ luật tổ chức*, *Cơ quan cùng cấp* and *Hướng dẫn*. Each column has a
 * Vietnamese header, its review@1 field in the second row, drop-down lists for enumerations and
 * date cells for dates. `readReviewWorkbook` reads it back to the same review.
 *
 * @example
 * ```ts
 * import { writeReviewWorkbook } from 'xeploai/xlsx';
 * const bytes = await writeReviewWorkbook({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [] });
 * bytes.length > 0; // true
 * ```
 */
export async function writeReviewWorkbook(review: ReviewFile, options: ReviewWorkbookOptions = {}): Promise<Uint8Array> {
  const ruleSet = resolveRuleSet(options.ruleSet, review);
  const ctx: LayoutContext = { ruleSet, year: review.year, entries: { review: [review], organizations: review.organizations, members: review.members } };
  const wb = await newWorkbook();
  reviewSheet(wb, review, ctx);
  for (const sheet of SHEET_ORDER.slice(1)) listSheet(wb, sheet, review, ctx);
  guideSheet(wb, ctx, SHEET_ORDER);
  return workbookBytes(wb);
}

/**
 * A blank review template for a year and rule set (`xeploai template`): the columns of the rule
 * set (score columns for QĐ 366, criteria columns for the others), the year and rule set filled
 * in, every other cell empty.
 *
 * @example
 * ```ts
 * import { writeReviewTemplate } from 'xeploai/xlsx';
 * const bytes = await writeReviewTemplate({ year: 2025 });
 * bytes.length > 0; // true
 * ```
 */
export async function writeReviewTemplate(options: TemplateOptions): Promise<Uint8Array> {
  const { year } = options;
  const ruleSet = resolveRuleSet(options.ruleSet, { year });
  return writeReviewWorkbook({ format: REVIEW_FORMAT, year, ruleSet: ruleSet.id, organizations: [], members: [] }, { ruleSet });
}
