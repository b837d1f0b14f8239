/**
 * Box-drawn text tables whose columns line up whatever the diacritics.
 *
 * @module
 */
import { escapeControls } from './escape.js';
import { displayWidth, padDisplay } from './width.js';

/** A column: its header and alignment. @example `const c: GridColumn = { header: 'Số lượng', align: 'right' };` */
export interface GridColumn {
  readonly header: string;
  readonly align?: 'left' | 'right';
}

/**
 * A cell: plain text, or text with a style (e.g. an ANSI colour) applied to the text alone;
 * widths are measured on the plain text, so colour codes never shift a column.
 *
 * @example
 * ```ts
 * const cell: GridCell = { text: 'HTXSNV', style: (s) => `\u001b[32m${s}\u001b[39m` };
 * ```
 */
export type GridCell = string | { readonly text: string; readonly style?: (text: string) => string };

/** The text of a cell, with control characters and lone surrogates escaped (see `escapeControls`). */
function cellText(cell: GridCell | undefined): string {
  if (cell === undefined) return '';
  return escapeControls(typeof cell === 'string' ? cell : cell.text);
}

/**
 * Renders a table with box-drawing borders; every line has the same display width.
 *
 * @example
 * ```ts
 * renderGrid([{ header: 'Mã' }, { header: 'Họ và tên' }], [['dv-0001', 'Nguyễn Văn An']]);
 * // ┌─────────┬───────────────┐
 * // │ Mã      │ Họ và tên     │
 * // ├─────────┼───────────────┤
 * // │ dv-0001 │ Nguyễn Văn An │
 * // └─────────┴───────────────┘
 * ```
 */
export function renderGrid(columns: readonly GridColumn[], rows: readonly (readonly GridCell[])[]): string[] {
  // A loop, not Math.max(...rows): a spread of 100,000 rows overflows the call stack.
  const widths = columns.map((col, i) => {
    let width = displayWidth(cellText(col.header));
    for (const row of rows) width = Math.max(width, displayWidth(cellText(row[i])));
    return width;
  });
  const rule = (left: string, mid: string, right: string): string => left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right;
  const line = (cells: readonly GridCell[], header: boolean): string => {
    const parts = columns.map((col, i) => {
      const cell = cells[i];
      const align = header ? 'left' : (col.align ?? 'left');
      const text = cellText(cell).normalize('NFC');
      const style = cell !== undefined && typeof cell !== 'string' ? cell.style : undefined;
      if (!style) return padDisplay(text, widths[i] ?? 0, align);
      const fill = ' '.repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(text)));
      return align === 'left' ? style(text) + fill : fill + style(text);
    });
    return `│ ${parts.join(' │ ')} │`;
  };
  const lines = [
    rule('┌', '┬', '┐'),
    line(
      columns.map((c) => c.header),
      true,
    ),
    rule('├', '┼', '┤'),
  ];
  for (const row of rows) lines.push(line(row, false));
  lines.push(rule('└', '┴', '┘'));
  return lines;
}
