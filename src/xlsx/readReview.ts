/**
 * Reading a filled review workbook into a review@1 document, then validating it the way a JSON
 * review is validated (`parseReview`), every issue pointing at its cell:
 * `Đảng viên!E12 (members[10].admittedOn): expected a date YYYY-MM-DD, got "31/02/2024"`.
 * Header rows are found wherever they are (a merged title above them is fine), empty rows are
 * skipped, and a cell is read only when it holds something.
 *
 * @module
 */
import type ExcelJS from 'exceljs';
import { safeParseReview } from '../builtIn.js';
import { describeValue, XeploaiError, type InputIssue, type SafeResult } from '../errors.js';
import type { ParseReviewOptions } from '../model/parse.js';
import { REVIEW_FORMAT } from '../model/schema.js';
import type { ReviewFile } from '../model/types.js';
import { loadExcel } from './excel.js';
import { fromCell, plainValue, type PlainValue } from './cells.js';
import { GUIDE_SHEET, REVIEW_SHEETS, sheetColumns, type ColumnSpec, type SheetId } from './columns.js';
import { setValueAt } from './layout.js';
import { columnLetters } from './sheet.js';

const HEADER_SCAN_ROWS = 20;
const IGNORED_HEADERS = new Set(['stt', 'tt', 'số tt']);

function norm(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

/** The spec and concrete path a header or field name stands for in a sheet, if any. */
function recognise(sheet: SheetId, text: string): { spec: ColumnSpec; path: string } | undefined {
  const t = text.normalize('NFC').trim();
  const lower = norm(t);
  for (const spec of sheetColumns(sheet)) {
    if (!spec.path.endsWith('.*')) {
      if (t === spec.path || lower === norm(spec.header)) return { spec, path: spec.path };
      continue;
    }
    const prefix = spec.path.slice(0, -1);
    const rest = t.startsWith(prefix) ? t.slice(prefix.length) : lower.startsWith(norm(spec.header)) ? t.slice(spec.header.length).replace(/^[:\s]+/, '') : undefined;
    if (rest === undefined || rest === '') continue;
    if (spec.path === 'history.*' && !/^\d{4}$/.test(rest)) continue;
    return { spec, path: `${prefix}${rest}` };
  }
  return undefined;
}

function cellValue(ws: ExcelJS.Worksheet, row: number, column: number): PlainValue | undefined {
  const cell = ws.getCell(row, column);
  // A merged range holds its value in its first cell only (the others are of type Merge).
  if (cell.isMerged && cell.master !== cell) return undefined;
  return plainValue(cell.value);
}

function textOf(value: PlainValue | undefined): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** What reading collects: the document, cell addresses by path, and the workbook's own problems. */
class Reading {
  readonly doc: Record<string, unknown> = { format: REVIEW_FORMAT };
  readonly organizations: Record<string, unknown>[] = [];
  readonly members: Record<string, unknown>[] = [];
  readonly cells = new Map<string, string>();
  readonly issues: InputIssue[] = [];

  issue(address: string, code: string, message: string): void {
    this.issues.push({ path: address, code, message });
  }

  /** The cell (or row) of the longest known prefix of an issue's path. */
  locate(path: string): string | undefined {
    for (let p = path; p !== ''; p = p.replace(/(\.[^.[\]]+|\[[^\]]*\])$/, '')) {
      const found = this.cells.get(p);
      if (found !== undefined) return found;
      if (!/(\.[^.[\]]+|\[[^\]]*\])$/.test(p)) break;
    }
    return undefined;
  }
}

function readReviewSheet(ws: ExcelJS.Worksheet, reading: Reading): void {
  const name = REVIEW_SHEETS.review.name;
  for (let r = 1; r <= ws.rowCount; r++) {
    for (let c = 1; c <= Math.min(ws.columnCount, 4); c++) {
      const text = textOf(cellValue(ws, r, c));
      const found = text === undefined ? undefined : recognise('review', text);
      if (!found) continue;
      // The label and the field name both stand for the field: the value is after the last of them.
      const next = textOf(cellValue(ws, r, c + 1));
      const valueColumn = next !== undefined && recognise('review', next)?.path === found.path ? c + 2 : c + 1;
      const address = `${name}!${columnLetters(valueColumn)}${r}`;
      reading.cells.set(found.path, address);
      const parent = found.path.split('.')[0]!;
      if (!reading.cells.has(parent)) reading.cells.set(parent, address);
      const value = cellValue(ws, r, valueColumn);
      if (value !== undefined) setValueAt(reading.doc, found.path, fromCell(found.spec.type, value));
      break;
    }
  }
}

interface MappedColumn {
  readonly column: number;
  readonly spec: ColumnSpec;
  readonly path: string;
}

/** Finds the header: the row of field names if there is one, else the row of Vietnamese headers. */
function findHeader(ws: ExcelJS.Worksheet, sheet: SheetId, reading: Reading): { columns: MappedColumn[]; firstRow: number } | undefined {
  let best: { row: number; score: number } | undefined;
  for (let r = 1; r <= Math.min(ws.rowCount, HEADER_SCAN_ROWS); r++) {
    let score = 0;
    for (let c = 1; c <= ws.columnCount; c++) {
      const text = textOf(cellValue(ws, r, c));
      if (text !== undefined && recognise(sheet, text)) score++;
    }
    if (score >= 2 && (!best || score > best.score || (score === best.score && r === best.row + 1))) best = { row: r, score };
  }
  if (!best) return undefined;
  const name = REVIEW_SHEETS[sheet].name;
  const columns: MappedColumn[] = [];
  for (let c = 1; c <= ws.columnCount; c++) {
    const own = textOf(cellValue(ws, best.row, c));
    const above = best.row > 1 ? textOf(cellValue(ws, best.row - 1, c)) : undefined;
    const found = (own !== undefined ? recognise(sheet, own) : undefined) ?? (above !== undefined ? recognise(sheet, above) : undefined);
    if (found) {
      if (columns.some((m) => m.path === found.path)) reading.issue(`${name}!${columnLetters(c)}${best.row}`, 'duplicate-column', `expected each field once, got a second column for ${found.path}`);
      else columns.push({ column: c, ...found });
      continue;
    }
    const label = own ?? above;
    if (label !== undefined && !IGNORED_HEADERS.has(norm(label))) {
      reading.issue(`${name}!${columnLetters(c)}${best.row}`, 'unknown-column', `expected a column of the template (see sheet ${GUIDE_SHEET}), got ${describeValue(label)}`);
    }
  }
  return { columns, firstRow: best.row + 1 };
}

function readRows(ws: ExcelJS.Worksheet, sheet: SheetId, reading: Reading): void {
  const spec = REVIEW_SHEETS[sheet];
  const header = findHeader(ws, sheet, reading);
  if (!header) {
    if (ws.actualRowCount > 0) reading.issue(`${spec.name}!1:1`, 'missing-header', `expected a header row with the columns of the template (see sheet ${GUIDE_SHEET})`);
    return;
  }
  const own = sheet === 'organizations' || sheet === 'members' ? reading[sheet] : undefined;
  for (let r = header.firstRow; r <= ws.rowCount; r++) {
    const values = header.columns.map((m) => cellValue(ws, r, m.column));
    if (values.every((v) => v === undefined)) continue;
    const at = (m: MappedColumn): string => `${spec.name}!${columnLetters(m.column)}${r}`;
    let base: string;
    let entry: Record<string, unknown> = {};
    if (own) {
      base = `${sheet}[${own.length}]`;
      own.push(entry);
    } else {
      const keyColumn = header.columns.find((m) => m.spec.key);
      const key = keyColumn ? textOf(values[header.columns.indexOf(keyColumn)]) : undefined;
      const owners = reading[spec.owner!];
      const index = key === undefined ? -1 : owners.findIndex((o) => o['id'] === key);
      if (index < 0) {
        const where = keyColumn ? at(keyColumn) : `${spec.name}!${r}:${r}`;
        const whose = spec.owner === 'members' ? REVIEW_SHEETS.members.name : REVIEW_SHEETS.organizations.name;
        reading.issue(where, key === undefined ? 'missing-field' : 'unknown-reference', `expected the id of an entry in sheet ${whose}, got ${describeValue(key)}`);
        continue;
      }
      const list = (owners[index]![spec.field!] ??= []) as unknown[];
      base = `${spec.owner}[${index}].${spec.field}[${list.length}]`;
      entry = {};
      list.push(entry);
    }
    reading.cells.set(base, `${spec.name}!${r}:${r}`);
    header.columns.forEach((m, i) => {
      if (m.spec.key) return;
      const value = values[i];
      if (m.path.startsWith('history.')) {
        if (value === undefined) return;
        setValueAt(entry, m.path, fromCell(m.spec.type, value));
        reading.cells.set(`${base}.history[${(entry['history'] as unknown[]).length - 1}]`, at(m));
        return;
      }
      reading.cells.set(`${base}.${m.path}`, at(m));
      if (value !== undefined) setValueAt(entry, m.path, fromCell(m.spec.type, value));
    });
  }
}

const LIST_ORDER: readonly SheetId[] = ['organizations', 'members', 'posts', 'memberDisciplines', 'organizationDisciplines', 'sameLevelBodies'];

function sheetIdOf(name: string): SheetId | 'guide' | undefined {
  if (norm(name) === norm(GUIDE_SHEET)) return 'guide';
  return (Object.keys(REVIEW_SHEETS) as SheetId[]).find((id) => norm(REVIEW_SHEETS[id].name) === norm(name));
}

async function loadWorkbook(data: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook | undefined> {
  const { Workbook } = await loadExcel();
  const wb = new Workbook();
  try {
    await wb.xlsx.load(data as ArrayBuffer);
    return wb;
  } catch {
    return undefined;
  }
}

/**
 * Reads a review workbook into a review@1 document and validates it; never throws. Problems name
 * their cell and path: `Đảng viên!E12 (members[10].admittedOn)`; problems of the workbook itself
 * (an unknown column, a post for an unknown member) name their cell.
 *
 * @example
 * ```ts
 * import { safeReadReviewWorkbook, writeReviewTemplate } from 'xeploai/xlsx';
 * const r = await safeReadReviewWorkbook(await writeReviewTemplate({ year: 2024 }));
 * r.success; // true
 * ```
 */
export async function safeReadReviewWorkbook(data: Uint8Array | ArrayBuffer, options: ParseReviewOptions = {}): Promise<SafeResult<ReviewFile>> {
  const wb = await loadWorkbook(data);
  if (!wb) return { success: false, issues: [{ path: '', code: 'invalid-workbook', message: 'expected an Excel workbook (.xlsx), got a file that is not one' }] };
  const reading = new Reading();
  const sheets = new Map<SheetId, ExcelJS.Worksheet>();
  wb.eachSheet((ws) => {
    const id = sheetIdOf(ws.name);
    if (id === 'guide') return;
    if (id === undefined) {
      if (ws.actualRowCount > 0) reading.issue(ws.name, 'unknown-sheet', `expected one of the sheets ${Object.values(REVIEW_SHEETS).map((s) => s.name).join(', ')}, ${GUIDE_SHEET}`);
      return;
    }
    sheets.set(id, ws);
  });
  const head = sheets.get('review');
  if (head) readReviewSheet(head, reading);
  else reading.issue(REVIEW_SHEETS.review.name, 'missing-sheet', `expected a sheet ${JSON.stringify(REVIEW_SHEETS.review.name)} with the year of the review`);
  for (const id of LIST_ORDER) {
    const ws = sheets.get(id);
    if (ws) readRows(ws, id, reading);
  }
  reading.doc['organizations'] = reading.organizations;
  reading.doc['members'] = reading.members;
  const parsed = safeParseReview(reading.doc, options);
  if (parsed.success && reading.issues.length === 0) return parsed;
  const mapped = parsed.success ? [] : parsed.issues.map((i) => {
    const address = reading.locate(i.path);
    return address === undefined ? i : { ...i, path: `${address} (${i.path})` };
  });
  return { success: false, issues: [...reading.issues, ...mapped] };
}

/**
 * Reads a review workbook (`.xlsx` bytes) into a validated review; throws `XeploaiError` listing
 * every problem with its cell.
 *
 * @example
 * ```ts
 * import { readReviewWorkbook, writeReviewWorkbook } from 'xeploai/xlsx';
 * const review = { format: 'xeploai/review@1', year: 2024, organizations: [{ id: 'cb', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so' }], members: [] } as const;
 * (await readReviewWorkbook(await writeReviewWorkbook(review))).organizations[0]?.name; // 'Chi bộ thôn 1'
 * ```
 */
export async function readReviewWorkbook(data: Uint8Array | ArrayBuffer, options: ParseReviewOptions = {}): Promise<ReviewFile> {
  const result = await safeReadReviewWorkbook(data, options);
  if (!result.success) throw new XeploaiError(result.issues);
  return result.data;
}
