/**
 * Cell values in and out: what exceljs reads (numbers, text, rich text, dates, formula results)
 * becomes a plain value, and a column's type turns it into the review@1 value. A value that does
 * not convert is passed on as typed, so the review's own validation reports it with its cell
 * (`expected a date YYYY-MM-DD, got "31/02/2024"`). Dates are calendar dates in UTC on both
 * sides, so the machine's time zone never shifts them.
 *
 * @module
 */
import type { CellValue } from 'exceljs';
import { isIsoDate } from '../model/dates.js';
import type { CellType } from './columns.js';

/** A cell's value once read: text (NFC, trimmed, never empty), a number, a flag or a date. @example `const v: PlainValue = 'Chi bộ thôn 1';` */
export type PlainValue = string | number | boolean | Date;

const DAY_MS = 86_400_000;

/**
 * A cell's value as a plain value; `undefined` for an empty cell (or only spaces). Rich text is
 * joined, a formula gives its cached result, an error value its text (`#N/A`).
 *
 * @example
 * ```ts
 * plainValue({ richText: [{ text: ' Chi bộ ' }, { text: 'thôn 1' }] }); // 'Chi bộ thôn 1'
 * plainValue('   '); // undefined
 * ```
 */
export function plainValue(value: CellValue | undefined): PlainValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') {
    const text = value.normalize('NFC').trim();
    return text === '' ? undefined : text;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return plainValue(value.richText.map((r) => r.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) return plainValue((value as { result?: CellValue }).result);
  if ('error' in value) return value.error;
  if ('text' in value) return plainValue(typeof value.text === 'string' ? value.text : (value.text as { richText: { text: string }[] }).richText.map((r) => r.text).join(''));
  return undefined;
}

/**
 * A date cell's calendar date `YYYY-MM-DD`, read in UTC (exceljs stores dates at UTC midnight)
 * and snapped to the nearest day, so a serial stored as 45352.99999 is still that day.
 *
 * @example
 * ```ts
 * isoDateOf(new Date(Date.UTC(2024, 1, 29))); // '2024-02-29'
 * ```
 */
export function isoDateOf(date: Date): string {
  const day = new Date(Math.round(date.getTime() / DAY_MS) * DAY_MS);
  return day.toISOString().slice(0, 10);
}

/**
 * A `YYYY-MM-DD` date as the `Date` exceljs writes as that calendar day (UTC midnight).
 *
 * @example
 * ```ts
 * excelDate('2015-03-02').toISOString(); // '2015-03-02T00:00:00.000Z'
 * ```
 */
export function excelDate(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

function dateValue(value: PlainValue): unknown {
  if (value instanceof Date) return isoDateOf(value);
  if (typeof value !== 'string') return value;
  const m = DMY.exec(value);
  if (!m) return value;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  // A day that does not exist stays as typed, so the message shows what the person wrote.
  return isIsoDate(iso) ? iso : value;
}

const YES = new Set(['có', 'co', 'x', 'true', 'yes', '1', 'đúng', 'c']);
const NO = new Set(['không', 'khong', 'false', 'no', '0', 'sai', 'k']);

function flagValue(value: PlainValue): unknown {
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : value;
  if (typeof value !== 'string') return value;
  const word = value.toLocaleLowerCase('vi');
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  return value;
}

function numberValue(value: PlainValue, decimals: boolean): unknown {
  if (typeof value !== 'string') return value;
  if (/^\d+$/.test(value)) return Number(value);
  if (decimals && /^\d+[.,]\d+$/.test(value)) return Number(value.replace(',', '.'));
  return value;
}

function textValue(value: PlainValue): unknown {
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return isoDateOf(value);
  return value;
}

function settingValue(value: PlainValue): unknown {
  if (value instanceof Date) return isoDateOf(value);
  if (value === 'true' || value === 'false') return value === 'true';
  // A number typed into a text cell (setting values that are text are slugs, never digits).
  return typeof value === 'string' ? numberValue(value, true) : value;
}

/**
 * The review@1 value of a non-empty cell in a column of type `type`; a value that does not fit
 * is returned as typed, for the validation to report.
 *
 * @example
 * ```ts
 * fromCell('date', '02/03/2015'); // '2015-03-02'
 * fromCell('date', '31/02/2024'); // '31/02/2024'
 * fromCell('number', '27,5'); // 27.5
 * fromCell('flag', 'có'); // true
 * fromCell('list', 'suy-thoai, vi-pham-dieu-cam'); // ['suy-thoai', 'vi-pham-dieu-cam']
 * fromCell('setting', '25'); // 25
 * ```
 */
export function fromCell(type: CellType, value: PlainValue): unknown {
  switch (type) {
    case 'date':
      return dateValue(value);
    case 'count':
    case 'year':
      return numberValue(value, false);
    case 'number':
      return numberValue(value, true);
    case 'flag':
      return flagValue(value);
    case 'list':
      return typeof value === 'string' ? value.split(/[,;\n]/).map((v) => v.trim()).filter((v) => v !== '') : [value];
    case 'setting':
      return settingValue(value);
    default:
      return textValue(value);
  }
}

/**
 * The cell value written for a review@1 value in a column of type `type`: dates as Excel dates,
 * flags as `có`/`không`, lists comma-separated, everything else as it is. Text is always written
 * as a text cell (never a formula), so a value beginning with `=`, `+`, `-` or `@` stays text.
 *
 * @example
 * ```ts
 * toCell('flag', false); // 'không'
 * toCell('list', ['suy-thoai', 'mat-doan-ket']); // 'suy-thoai, mat-doan-ket'
 * ```
 */
export function toCell(type: CellType, value: unknown): string | number | boolean | Date | null {
  if (value === undefined || value === null) return null;
  if (type === 'date' && typeof value === 'string' && isIsoDate(value)) return excelDate(value);
  if (type === 'flag' && typeof value === 'boolean') return value ? 'có' : 'không';
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}
