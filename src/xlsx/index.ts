/**
 * Excel in and out (`xeploai/xlsx`, on exceljs): the review template an officer fills in, the
 * reader that turns a filled workbook into a validated review (every problem with its cell), and
 * workbooks of results, roll-ups and programme evaluations. Bytes in, bytes out (no file system):
 * it runs in Node and in browsers.
 *
 * @module xeploai/xlsx
 */
export { REVIEW_COLUMNS, REVIEW_SHEETS, GUIDE_SHEET, sheetColumns, type CellType, type ColumnSpec, type SheetId, type SheetSpec } from './columns.js';
export { writeReviewTemplate, writeReviewWorkbook, type ReviewWorkbookOptions, type TemplateOptions } from './writeReview.js';
export { readReviewWorkbook, safeReadReviewWorkbook } from './readReview.js';
export { writeResultWorkbook, writeReportWorkbook, writeProgrammeWorkbook, type OutputWorkbookOptions } from './writeOutputs.js';
