/**
 * Fitting tables and long lines to the terminal: the width comes from `COLUMNS` or the terminal
 * itself (never for a file or a pipe, so grep and diff see whole lines); a table wider than it
 * wraps its widest columns onto continuation rows, and long lines wrap with a hanging indent.
 *
 * @module
 */
import { renderGrid, type GridCell, type GridColumn } from '../../text/grid.js';
import { displayWidth, wrapDisplay } from '../../text/width.js';

/** Narrower than this, nothing is wrapped: the text would be unreadable either way. */
const MIN_WIDTH = 40;
/** A column is never wrapped narrower than this (or its natural width, if smaller). */
const MIN_COLUMN = 8;

/**
 * The width to fit human-readable output to: `COLUMNS` when set (a whole number ≥ 40), else the
 * terminal's width when stdout is one, else `undefined` (no wrapping: a file or a pipe).
 *
 * @example
 * ```ts
 * terminalWidth({ env: { COLUMNS: '80' }, stdoutIsTTY: false }); // 80
 * terminalWidth({ env: {}, stdoutIsTTY: false, columns: 120 }); // undefined
 * terminalWidth({ env: {}, stdoutIsTTY: true, columns: 120 }); // 120
 * ```
 */
export function terminalWidth(io: { readonly env: Readonly<Record<string, string | undefined>>; readonly stdoutIsTTY: boolean; readonly columns?: number }): number | undefined {
  const fromEnv = Number(io.env['COLUMNS']);
  if (Number.isInteger(fromEnv) && fromEnv >= MIN_WIDTH) return fromEnv;
  if (io.stdoutIsTTY && io.columns !== undefined && io.columns >= MIN_WIDTH) return io.columns;
  return undefined;
}

/** Splits a text into lines of at most `max` columns, breaking words longer than that too. */
function hardWrap(text: string, max: number): string[] {
  const out: string[] = [];
  for (const line of wrapDisplay(text, max)) {
    if (displayWidth(line) <= max) {
      out.push(line);
      continue;
    }
    let chunk = '';
    for (const char of Array.from(line)) {
      if (chunk !== '' && displayWidth(chunk + char) > max) {
        out.push(chunk);
        chunk = '';
      }
      chunk += char;
    }
    if (chunk !== '') out.push(chunk);
  }
  return out.length === 0 ? [''] : out;
}

function textOf(cell: GridCell | undefined): string {
  return cell === undefined ? '' : typeof cell === 'string' ? cell : cell.text;
}

/**
 * The rows of a table fitted to `width` columns (borders included): when the table is wider, the
 * widest columns get narrower and their cells wrap onto continuation rows (the other cells of a
 * continuation row are empty). Without a width, or when the table fits, the rows are returned as given.
 *
 * @example
 * ```ts
 * fitRows([{ header: 'Mã' }, { header: 'Ghi chú' }], [['dv-1', 'một hai ba bốn năm sáu bảy tám chín mười']], 30);
 * // [['dv-1', 'một hai ba bốn năm'], ['', 'sáu bảy tám chín'], ['', 'mười']]
 * ```
 */
export function fitRows(columns: readonly GridColumn[], rows: readonly (readonly GridCell[])[], width: number | undefined): (readonly GridCell[])[] {
  return fitTable(columns, rows, width).rows;
}

function fitTable(columns: readonly GridColumn[], rows: readonly (readonly GridCell[])[], width: number | undefined): { headers: string[][]; rows: (readonly GridCell[])[] } {
  const plain = { headers: columns.map((c) => [c.header]), rows: rows as (readonly GridCell[])[] };
  if (width === undefined || columns.length === 0) return plain;
  const natural = columns.map((c, i) => {
    let w = displayWidth(c.header);
    for (const row of rows) w = Math.max(w, displayWidth(textOf(row[i])));
    return w;
  });
  let budget = width - (3 * columns.length + 1);
  if (natural.reduce((a, b) => a + b, 0) <= budget) return plain;
  // Water-filling: the narrowest columns keep their width, the others share what is left.
  const widths = [...natural];
  const order = natural.map((w, i) => [w, i] as const).sort((a, b) => a[0] - b[0]);
  let left = columns.length;
  for (const [w, i] of order) {
    const share = Math.floor(budget / left);
    const floor = Math.min(w, Math.max(MIN_COLUMN, ...columns[i]!.header.split(/\s+/).map(displayWidth)));
    widths[i] = Math.min(w, Math.max(share, floor));
    budget -= widths[i]!;
    left--;
  }
  const out: (readonly GridCell[])[] = [];
  for (const row of rows) {
    const wrapped = columns.map((_, i) => {
      const cell = row[i];
      const lines = displayWidth(textOf(cell)) <= widths[i]! ? [textOf(cell)] : hardWrap(textOf(cell), widths[i]!);
      const style = cell !== undefined && typeof cell !== 'string' ? cell.style : undefined;
      return lines.map((text): GridCell => (style ? { text, style } : text));
    });
    const height = Math.max(...wrapped.map((lines) => lines.length));
    for (let k = 0; k < height; k++) out.push(wrapped.map((lines) => lines[k] ?? ''));
  }
  return { headers: columns.map((c, i) => (displayWidth(c.header) <= widths[i]! ? [c.header] : hardWrap(c.header, widths[i]!))), rows: out };
}

/**
 * `renderGrid` fitted to `width` columns: cells and headers too wide wrap onto more lines.
 *
 * @example
 * ```ts
 * renderFittedGrid([{ header: 'Không xếp loại', align: 'right' }], [['4']], 12).length; // 6
 * ```
 */
export function renderFittedGrid(columns: readonly GridColumn[], rows: readonly (readonly GridCell[])[], width: number | undefined): string[] {
  const fitted = fitTable(columns, rows, width);
  const depth = Math.max(...fitted.headers.map((h) => h.length));
  if (depth === 1) return renderGrid(columns, fitted.rows);
  // Header lines after the first are rendered as rows (same widths), then moved above the rule.
  const more = Array.from({ length: depth - 1 }, (_, k) => fitted.headers.map((h) => h[k + 1] ?? ''));
  const lines = renderGrid(columns.map((c, i) => ({ ...c, header: fitted.headers[i]![0]! })), [...more, ...fitted.rows]);
  return [lines[0]!, lines[1]!, ...lines.slice(3, 3 + more.length), lines[2]!, ...lines.slice(3 + more.length)];
}

/**
 * A long line wrapped to `width` columns, continuation lines indented one step further than the
 * line's own indent; without a width, the line as it is.
 *
 * @example
 * ```ts
 * wrapLine('  • một hai ba bốn năm sáu bảy tám', 20); // ['  • một hai ba bốn', '    năm sáu bảy tám']
 * wrapLine('  ngắn', undefined); // ['  ngắn']
 * ```
 */
export function wrapLine(line: string, width: number | undefined): string[] {
  if (width === undefined || displayWidth(line) <= width) return [line];
  const indent = /^\s*(?:[•✗!-] )?/.exec(line)![0];
  const hanging = ' '.repeat(displayWidth(indent));
  const body = hardWrap(line.slice(indent.length), Math.max(MIN_COLUMN, width - hanging.length));
  return body.map((text, i) => (i === 0 ? indent : hanging) + text);
}
