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
import type { ParseReviewOptions } from '../review/parse.js';
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
  // find, not get: reading never creates cells (which would cost a style copy each).
  const cell = ws.findCell(row, column);
  if (!cell) return undefined;
  // A merged range holds its value in its first cell only (the others are of type Merge).
  if (cell.isMerged && cell.master !== cell) return undefined;
  return plainValue(cell.value);
}

function textOf(value: PlainValue | undefined): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** Where an entry was read: its sheet and row, the column of each field, and of each history entry. */
interface RowSource {
  readonly sheet: string;
  readonly row: number;
  readonly columns: ReadonlyMap<string, number>;
  readonly history: number[];
}

const LAST_SEGMENT = /(\.[^.[\]]+|\[[^\]]*\])$/;

/** The prefixes of a path, longest first: `a[1].b.c`, `a[1].b`, `a[1]`, `a`. */
function* prefixes(path: string): Generator<string> {
  for (let p = path; p !== ''; p = p.replace(LAST_SEGMENT, '')) {
    yield p;
    if (!LAST_SEGMENT.test(p)) return;
  }
}

/** What reading collects: the document, where each entry and field came from, and the workbook's own problems. */
class Reading {
  readonly doc: Record<string, unknown> = { format: REVIEW_FORMAT };
  readonly organizations: Record<string, unknown>[] = [];
  readonly members: Record<string, unknown>[] = [];
  /** Cells of the review's own fields, by path. */
  readonly cells = new Map<string, string>();
  /** Rows of entries, by the entry's path (`members[3]`, `members[3].posts[0]`). */
  readonly rows = new Map<string, RowSource>();
  readonly issues: InputIssue[] = [];

  issue(address: string, code: string, message: string): void {
    this.issues.push({ path: address, code, message });
  }

  /** The cell (or else the row) of the longest known prefix of an issue's path. */
  locate(path: string): string | undefined {
    for (const p of prefixes(path)) {
      const cell = this.cells.get(p);
      if (cell !== undefined) return cell;
      const source = this.rows.get(p);
      if (source) return cellIn(source, path.slice(p.length).replace(/^\./, ''));
    }
    return undefined;
  }
}

/** The cell of a field (`tasks.onTime`, `history[0].level`) in an entry's row, else the row. */
function cellIn(source: RowSource, rest: string): string {
  const history = /^history\[(\d+)\]/.exec(rest);
  const column = history ? source.history[Number(history[1])] : [...prefixes(rest)].map((p) => source.columns.get(p)).find((c) => c !== undefined);
  return column === undefined ? `${source.sheet}!${source.row}:${source.row}` : `${source.sheet}!${columnLetters(column)}${source.row}`;
}

function readReviewSheet(ws: ExcelJS.Worksheet, reading: Reading): void {
  const name = REVIEW_SHEETS.review.name;
  const rows = ws.rowCount;
  const columns = Math.min(ws.columnCount, 4);
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= columns; c++) {
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
interface Header {
  readonly columns: readonly MappedColumn[];
  readonly byPath: ReadonlyMap<string, number>;
  readonly byColumn: ReadonlySet<number>;
  /** Columns whose header was read (an ignored STT, or an unknown header already reported). */
  readonly labelled: readonly number[];
  readonly firstRow: number;
}

function findHeader(ws: ExcelJS.Worksheet, sheet: SheetId, reading: Reading): Header | undefined {
  let best: { row: number; score: number } | undefined;
  // exceljs counts columns over every row: count once.
  const width = ws.columnCount;
  for (let r = 1; r <= Math.min(ws.rowCount, HEADER_SCAN_ROWS); r++) {
    let score = 0;
    for (let c = 1; c <= width; c++) {
      const text = textOf(cellValue(ws, r, c));
      if (text !== undefined && recognise(sheet, text)) score++;
    }
    if (score >= 2 && (!best || score > best.score || (score === best.score && r === best.row + 1))) best = { row: r, score };
  }
  if (!best) return undefined;
  const name = REVIEW_SHEETS[sheet].name;
  const columns: MappedColumn[] = [];
  const labelled: number[] = [];
  for (let c = 1; c <= width; c++) {
    const own = textOf(cellValue(ws, best.row, c));
    const above = best.row > 1 ? textOf(cellValue(ws, best.row - 1, c)) : undefined;
    const found = (own !== undefined ? recognise(sheet, own) : undefined) ?? (above !== undefined ? recognise(sheet, above) : undefined);
    if (found) {
      if (columns.some((m) => m.path === found.path)) reading.issue(`${name}!${columnLetters(c)}${best.row}`, 'duplicate-column', `expected each field once, got a second column for ${found.path}`);
      else columns.push({ column: c, ...found });
      continue;
    }
    const label = own ?? above;
    if (label !== undefined) labelled.push(c);
    if (label !== undefined && !IGNORED_HEADERS.has(norm(label))) {
      reading.issue(`${name}!${columnLetters(c)}${best.row}`, 'unknown-column', `expected a column of the template (see sheet ${GUIDE_SHEET}), got ${describeValue(label)}`);
    }
  }
  return { columns, byPath: new Map(columns.map((m) => [m.path, m.column])), byColumn: new Set(columns.map((m) => m.column)), labelled, firstRow: best.row + 1 };
}

function readRows(ws: ExcelJS.Worksheet, sheet: SheetId, reading: Reading): void {
  const spec = REVIEW_SHEETS[sheet];
  const header = findHeader(ws, sheet, reading);
  if (!header) {
    if (ws.actualRowCount > 0) reading.issue(`${spec.name}!1:1`, 'missing-header', `expected a header row with the columns of the template (see sheet ${GUIDE_SHEET})`);
    return;
  }
  const own = sheet === 'organizations' || sheet === 'members' ? reading[sheet] : undefined;
  const owners = spec.owner ? reading[spec.owner] : [];
  const ownerIndex = new Map<unknown, number>();
  owners.forEach((o, i) => {
    if (!ownerIndex.has(o['id'])) ownerIndex.set(o['id'], i);
  });
  const last = ws.rowCount;
  const reported = new Set<number>(header.labelled);
  for (let r = header.firstRow; r <= last; r++) {
    // A value in a column without a header of the template is not dropped silently.
    ws.findRow(r)?.eachCell((cell, c) => {
      if (reported.has(c) || header.byColumn.has(c) || plainValue(cell.value) === undefined) return;
      reported.add(c);
      reading.issue(`${spec.name}!${columnLetters(c)}${r}`, 'unknown-column', `expected a value under a column of the template (see sheet ${GUIDE_SHEET}), got ${describeValue(plainValue(cell.value))} in a column without one`);
    });
    const values = header.columns.map((m) => cellValue(ws, r, m.column));
    if (values.every((v) => v === undefined)) continue;
    let base: string;
    let entry: Record<string, unknown> = {};
    if (own) {
      base = `${sheet}[${own.length}]`;
      own.push(entry);
    } else {
      const keyColumn = header.columns.find((m) => m.spec.key);
      const key = keyColumn ? textOf(values[header.columns.indexOf(keyColumn)]) : undefined;
      const index = key === undefined ? -1 : (ownerIndex.get(key) ?? -1);
      if (index < 0) {
        const where = keyColumn ? `${spec.name}!${columnLetters(keyColumn.column)}${r}` : `${spec.name}!${r}:${r}`;
        const whose = spec.owner === 'members' ? REVIEW_SHEETS.members.name : REVIEW_SHEETS.organizations.name;
        reading.issue(where, key === undefined ? 'missing-field' : 'unknown-reference', `expected the id of an entry in sheet ${whose}, got ${describeValue(key)}`);
        continue;
      }
      const list = (owners[index]![spec.field!] ??= []) as unknown[];
      base = `${spec.owner}[${index}].${spec.field}[${list.length}]`;
      entry = {};
      list.push(entry);
    }
    const source: RowSource = { sheet: spec.name, row: r, columns: header.byPath, history: [] };
    reading.rows.set(base, source);
    header.columns.forEach((m, i) => {
      const value = values[i];
      if (m.spec.key || value === undefined) return;
      setValueAt(entry, m.path, fromCell(m.spec.type, value));
      if (m.path.startsWith('history.')) source.history.push(m.column);
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
