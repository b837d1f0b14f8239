import { describe, expect, it } from 'vitest';
import { renderGrid } from './grid.js';
import { displayWidth } from './width.js';

describe('renderGrid', () => {
  it('gives every line the same display width, whatever the diacritics', () => {
    const lines = renderGrid([{ header: 'Mã' }, { header: 'Họ và tên' }, { header: 'Số', align: 'right' }], [
      ['dv-1', 'Nguyễn Văn An', '7'],
      ['dv-2', 'Huỳnh Thị Ý'.normalize('NFD'), '12'],
    ]);
    expect(new Set(lines.map(displayWidth)).size).toBe(1);
    expect(lines[3]).toContain('│  7 │');
  });

  it('applies a style after measuring, so colour codes do not shift columns', () => {
    const lines = renderGrid([{ header: 'Xếp loại' }], [[{ text: 'HTNV', style: (s) => `<${s}>` }]]);
    expect(lines[3]).toBe('│ <HTNV>     │'); // 4 columns of text + 4 of padding under 'Xếp loại'
  });
});
