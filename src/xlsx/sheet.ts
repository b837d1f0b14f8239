/**
 * The shared shape of every sheet this library writes: a bold Vietnamese header row (with an
 * optional second row of field names), frozen; sized columns; typed cells (dates as dates,
 * numbers as numbers, text always as text cells, never formulas); lists as data validation.
 *
 * @module
 */
import type ExcelJS from 'exceljs';
import { loadExcel } from './excel.js';

/** A value written to a cell: text, number, flag, date, or nothing. @example `const v: OutCell = new Date(Date.UTC(2024, 0, 31));` */
export type OutCell = string | number | boolean | Date | null;

/**
 * One column of a written sheet.
 *
 * @example
 * ```ts
 * const c: OutColumn = { header: 'Ngày vào Đảng', field: 'admittedOn', width: 14, numFmt: 'dd/mm/yyyy' };
 * ```
 */
export interface OutColumn {
  readonly header: string;
  /** The field name shown in the second header row (review workbooks). */
  readonly field?: string;
  readonly width?: number;
  readonly numFmt?: string;
  /** A cell note on the header. */
  readonly note?: string;
  /** Allowed values: a drop-down list on the data rows. */
  readonly list?: readonly string[];
  /** Whether a value outside `list` is refused by Excel (default true; false for comma-separated lists). */
  readonly strictList?: boolean;
  readonly wrap?: boolean;
}

/** exceljs validates a whole range at once (`dataValidations`), which its typings leave out. */
interface RangeValidations {
  readonly dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/** The date format of every date cell written. @example `DATE_FORMAT // 'dd/mm/yyyy'` */
export const DATE_FORMAT = 'dd/mm/yyyy';

/** Empty rows below the data that still get the drop-down lists, for the person filling in. */
const SPARE_ROWS = 500;

/**
 * A new workbook with fixed metadata (no clock: the same input gives the same cells).
 *
 * @example
 * ```ts
 * const wb = await newWorkbook();
 * ```
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { Workbook } = await loadExcel();
  const wb = new Workbook();
  wb.creator = 'xeploai';
  wb.created = new Date(Date.UTC(2000, 0, 1));
  wb.modified = wb.created;
  return wb;
}

/**
 * The letters of a 1-based column number (`1` → `A`, `28` → `AB`).
 *
 * @example
 * ```ts
 * columnLetters(28); // 'AB'
 * ```
 */
export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function setCell(cell: ExcelJS.Cell, value: OutCell): void {
  if (value === null) return;
  // A string is always a text cell: exceljs never turns a string into a formula, so a value
  // beginning with = + - @ is shown as typed and never evaluated (OWASP formula injection).
  cell.value = value;
}

/**
 * Adds a sheet with a header row (and a row of field names when the columns have them), frozen,
 * then the data rows. Returns the sheet.
 *
 * @example
 * ```ts
 * const wb = await newWorkbook();
 * addTableSheet(wb, 'Đảng viên', [{ header: 'Mã đảng viên', field: 'id' }], [['dv-1']]);
 * ```
 */
export function addTableSheet(wb: ExcelJS.Workbook, name: string, columns: readonly OutColumn[], rows: readonly (readonly OutCell[])[], options: { readonly lists?: boolean } = {}): ExcelJS.Worksheet {
  const fields = columns.some((c) => c.field !== undefined);
  const headerRows = fields ? 2 : 1;
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: headerRows, xSplit: 0 }] });
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width ?? Math.min(40, Math.max(10, c.header.length * 0.9));
    if (c.numFmt) col.numFmt = c.numFmt;
    const head = ws.getCell(1, i + 1);
    head.value = c.header;
    head.font = { bold: true };
    head.alignment = { wrapText: true, vertical: 'middle' };
    head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    if (c.note) head.note = c.note;
    if (fields) {
      const field = ws.getCell(2, i + 1);
      field.value = c.field ?? '';
      field.font = { italic: true, size: 9, color: { argb: 'FF808080' } };
    }
  });
  rows.forEach((row, r) => {
    row.forEach((value, i) => {
      const cell = ws.getCell(headerRows + 1 + r, i + 1);
      setCell(cell, value);
      if (columns[i]?.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
    });
  });
  if (options.lists !== false) {
    const last = headerRows + rows.length + SPARE_ROWS;
    columns.forEach((c, i) => {
      if (!c.list || c.list.length === 0) return;
      const letters = columnLetters(i + 1);
      (ws as unknown as RangeValidations).dataValidations.add(`${letters}${headerRows + 1}:${letters}${last}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${c.list.join(',')}"`],
        showErrorMessage: c.strictList !== false,
        errorStyle: 'error',
        error: `Chọn một giá trị trong danh sách: ${c.list.join(', ')}`,
      });
    });
  }
  return ws;
}

/**
 * The workbook's bytes (`.xlsx`).
 *
 * @example
 * ```ts
 * const bytes = await workbookBytes(await newWorkbook());
 * ```
 */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
