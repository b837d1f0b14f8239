/**
 * The CLI's side of Excel and Word: review workbooks as input (`evaluate|check|report FILE.xlsx`),
 * and `.xlsx`/`.docx` files as output (always to `--out`: they are not text for a terminal).
 * The reading and writing itself is in `xeploai/xlsx` and `xeploai/docx` (bytes in, bytes out).
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ParseReviewOptions } from '../review/parse.js';
import { readReviewWorkbook } from '../xlsx/readReview.js';
import { usageError } from './args.js';
import { CliError } from './exit.js';
import { loadJsonFile } from './input.js';
import { fileErrorReason, writeFileAtomic, type CliIo } from './io.js';

/**
 * Whether a file name says Excel workbook (`.xlsx`).
 *
 * @example
 * ```ts
 * isWorkbookPath('mau-kiem-diem.xlsx'); // true
 * isWorkbookPath('review.json'); // false
 * ```
 */
export function isWorkbookPath(file: string): boolean {
  return /\.xlsx$/i.test(file);
}

/**
 * Reads a file's bytes; a failure is a `CliError` naming the file.
 *
 * @example
 * ```ts
 * (await readBytes('examples/xa-an-binh-2024.json', process.cwd())).length > 0; // true
 * ```
 */
export async function readBytes(file: string, cwd: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path.resolve(cwd, file)));
  } catch (error) {
    throw new CliError(`${file}: cannot read: ${fileErrorReason(error)}`);
  }
}

/**
 * A review input as a JSON object: a workbook is read and validated (its problems thrown as one
 * `XeploaiError`, each with its cell), anything else is read as JSON.
 *
 * @example
 * ```ts
 * const input = await loadReviewInput('examples/xa-an-binh-2024.json', process.cwd());
 * ```
 */
export async function loadReviewInput(file: string, cwd: string, options: ParseReviewOptions = {}): Promise<Record<string, unknown>> {
  if (!isWorkbookPath(file)) return loadJsonFile(file, cwd);
  const review = await readReviewWorkbook(await readBytes(file, cwd), options);
  return review as unknown as Record<string, unknown>;
}

/** The binary output formats. @example `BINARY_FORMATS.includes('docx') // true` */
export const BINARY_FORMATS = ['xlsx', 'docx'] as const;

/**
 * Checks that a binary format is written to a file: `--format xlsx` needs `--out FILE.xlsx`.
 *
 * @example
 * ```ts
 * needsOut('report', 'csv', undefined); // no error: text goes to stdout
 * ```
 */
export function needsOut(command: string, format: string, out: string | undefined): void {
  if ((BINARY_FORMATS as readonly string[]).includes(format) && out === undefined) {
    throw usageError(command, `--format ${format} writes a file: give --out FILE.${format}`);
  }
}

/**
 * Writes bytes to `out` atomically.
 *
 * @example
 * ```ts
 * declare const io: CliIo;
 * await writeBytes(new Uint8Array([80, 75]), 'out.xlsx', io);
 * ```
 */
export async function writeBytes(bytes: Uint8Array, out: string, io: Pick<CliIo, 'cwd'>): Promise<void> {
  try {
    await writeFileAtomic(out, bytes, io.cwd);
  } catch (error) {
    throw new CliError(`${out}: cannot write: ${fileErrorReason(error)}`);
  }
}
