import { describe, expect, it } from 'vitest';
import { fitRows, renderFittedGrid, terminalWidth, wrapLine } from './fit.js';
import { displayWidth } from '../../text/width.js';

describe('fitting output to the terminal', () => {
  it('takes COLUMNS, else the terminal, else no width', () => {
    expect(terminalWidth({ env: { COLUMNS: '100' }, stdoutIsTTY: true, columns: 120 })).toBe(100);
    expect(terminalWidth({ env: { COLUMNS: 'x' }, stdoutIsTTY: true, columns: 120 })).toBe(120);
    expect(terminalWidth({ env: { COLUMNS: '10' }, stdoutIsTTY: false })).toBeUndefined();
    expect(terminalWidth({ env: {}, stdoutIsTTY: false, columns: 120 })).toBeUndefined();
  });

  it('wraps the widest columns of a wide table and keeps every line within the width', () => {
    const rows = [['dv-0001', 'Nguyễn Thị Thanh Hương', 'Vắng sinh hoạt chi bộ từ 3 kỳ trở lên không có lý do; bị khiển trách trong năm']];
    for (const width of [40, 60, 80]) {
      const lines = renderFittedGrid([{ header: 'Mã' }, { header: 'Họ và tên' }, { header: 'Phát hiện' }], rows, width);
      expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(width);
      expect(lines.join('\n').replace(/[│ \n]+/g, ' ')).toContain('Vắng');
    }
  });

  it('leaves a table that fits, or without a width, as it is', () => {
    const rows = [['a', 'b']];
    expect(fitRows([{ header: 'x' }, { header: 'y' }], rows, 80)).toBe(rows);
    expect(fitRows([{ header: 'x' }, { header: 'y' }], rows, undefined)).toBe(rows);
  });

  it('keeps a style on every wrapped line of a cell', () => {
    const style = (s: string) => `<${s}>`;
    const fitted = fitRows([{ header: 'x' }], [[{ text: 'một hai ba bốn năm sáu bảy tám chín mười', style }]], 20);
    expect(fitted.length).toBeGreaterThan(1);
    for (const row of fitted) expect(typeof row[0] === 'object' && row[0].style).toBe(style);
  });

  it('wraps long lines with a hanging indent, breaking words longer than the width', () => {
    expect(wrapLine('    • [lưu ý] ' + 'x'.repeat(50), 40).every((l) => displayWidth(l) <= 40)).toBe(true);
    expect(wrapLine('  ✗ một hai ba bốn năm sáu', 16)).toEqual(['  ✗ một hai ba', '    bốn năm sáu']);
  });
});
