import { describe, expect, it } from 'vitest';
import { displayWidth, padDisplay, truncateDisplay, wrapDisplay } from './width.js';

describe('displayWidth', () => {
  it('counts grapheme clusters, not code units', () => {
    expect(displayWidth('Nguyễn')).toBe(6);
    expect(displayWidth('Nguye\u0302\u0303n')).toBe(6);
    expect('Nguye\u0302\u0303n'.length).toBe(8);
    expect(displayWidth('Đảng bộ xã An Bình')).toBe(18);
  });

  it('counts wide characters and emoji as two columns, controls as none', () => {
    expect(displayWidth('中文')).toBe(4);
    expect(displayWidth('✅️')).toBe(2);
    expect(displayWidth('a\u0007b')).toBe(2);
  });
});

describe('padDisplay', () => {
  it('pads decomposed and composed text to the same width, as NFC', () => {
    const composed = padDisplay('Huỳnh', 8);
    const decomposed = padDisplay('Huỳnh'.normalize('NFD'), 8);
    expect(composed).toBe(decomposed);
    expect(displayWidth(composed)).toBe(8);
    expect(padDisplay('7', 3, 'right')).toBe('  7');
  });

  it('leaves longer text unchanged', () => {
    expect(padDisplay('Trường học', 3)).toBe('Trường học');
  });
});

describe('truncateDisplay and wrapDisplay', () => {
  it('cuts at the display width with an ellipsis', () => {
    expect(truncateDisplay('Đảng viên mới kết nạp', 10)).toBe('Đảng viên…');
    expect(displayWidth(truncateDisplay('Đảng viên mới kết nạp chưa đủ 6 tháng', 12))).toBeLessThanOrEqual(12);
    expect(truncateDisplay('ngắn', 10)).toBe('ngắn');
  });

  it('wraps at spaces', () => {
    expect(wrapDisplay('dv-0001, dv-0002, dv-0003', 18)).toEqual(['dv-0001, dv-0002,', 'dv-0003']);
    expect(wrapDisplay('', 10)).toEqual([]);
  });
});
