/**
 * exceljs, loaded on first use: importing `xeploai/xlsx` costs nothing until a workbook is read or
 * written (exceljs takes most of a second to load, which the CLI's other commands should not pay).
 *
 * @module
 */
import type ExcelJS from 'exceljs';

/** The exceljs module. @example `const { Workbook }: ExcelModule = await loadExcel();` */
export type ExcelModule = typeof ExcelJS;

let loading: Promise<ExcelModule> | undefined;

/**
 * The exceljs module (its CommonJS export, under whichever interop the runtime or bundler uses).
 *
 * @example
 * ```ts
 * const { Workbook } = await loadExcel();
 * ```
 */
export function loadExcel(): Promise<ExcelModule> {
  loading ??= import('exceljs').then((m) => (m as unknown as { default?: ExcelModule }).default ?? (m as unknown as ExcelModule));
  return loading;
}
