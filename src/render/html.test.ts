import { describe, expect, it } from 'vitest';
import { evaluateProgramme } from '../programme/evaluate.js';
import { parseProgramme } from '../programme/parse.js';
import { rollUp } from '../report/rollUp.js';
import { ABOVE_GRASSROOTS, notRated, TREE, treeResult } from '../report/testFixture.js';
import { memberResult, organizationResult } from '../testing/index.js';
import { escapeHtml, niceAxis } from './charts.js';
import { renderHtmlReport } from './html.js';

const review = { organizations: TREE.organizations.map((o) => (o.id === 'cb-b' ? { ...o, name: 'Chi bộ <script>alert(1)</script> & "B"' } : o)) };
const table = rollUp([{ result: treeResult(2024), review }, { result: treeResult(2025), review }]);
const programme = parseProgramme({
  format: 'xeploai/programme@1', id: 'p', title: 'Chương trình <thử>', fromYear: 2024, toYear: 2026,
  indicators: [
    { id: 'dv', title: 'Đảng viên HTTNV trở lên', unit: 'percent', direction: 'at-least', strict: true, targets: { '2024': 90, '2025': 90, '2026': 90 }, metric: 'members.httnv-or-better.percent', cite: { doc: '21-NQ/TW', article: 'Mục tiêu' } },
    { id: 'kt', title: 'Đảng viên KHTNV', unit: 'count', direction: 'at-most', targets: { '2026': 0 }, metric: 'members.khtnv.count' },
  ],
});
const evaluation = evaluateProgramme(programme, [{ result: treeResult(2024), review }, { result: treeResult(2025), review }]);

describe('renderHtmlReport', () => {
  it('is one Vietnamese document for A4, with nothing to fetch and everything escaped', () => {
    const html = renderHtmlReport({ rollUp: table, programme: evaluation });
    expect(html.startsWith('<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html).toContain('@page { size: A4;');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|@font-face/i);
    expect(html).toContain('Chi bộ &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;B&quot;');
    expect(html).toContain('<title>Chương trình &lt;thử&gt;</title>');
  });

  it('puts every chart in a figure with a caption and the table of its numbers', () => {
    const html = renderHtmlReport({ rollUp: table, programme: evaluation });
    const figures = html.split('<figure').slice(1);
    expect(figures).toHaveLength(3);
    for (const f of figures) {
      expect(f).toMatch(/<svg [^>]*role="img" aria-labelledby="([\w-]+)-title \1-desc"/);
      expect(f).toContain('<figcaption>');
      expect(f).toMatch(/<table[^>]*><caption>/);
    }
    expect(html).toContain('<section id="so-ket">');
  });

  it('renders a roll-up alone, or a programme alone, and in English', () => {
    const only = renderHtmlReport({ rollUp: table, title: 'Đảng bộ huyện H' });
    expect(only).toContain('<h1>Đảng bộ huyện H</h1>');
    expect(only).not.toContain('id="chi-tieu"');
    const prog = renderHtmlReport({ programme: evaluation, lang: 'en' });
    expect(prog).toContain('<html lang="en">');
    expect(prog).not.toContain('id="xep-loai"');
    expect(prog).toContain('INTERIM REVIEW');
  });
});

describe('renderHtmlReport of a roll-up', () => {
  const one = rollUp({ result: { year: 2025, organizations: [organizationResult('huyen', 'cap-tren', null, ABOVE_GRASSROOTS), organizationResult('xa-a', 'dang-bo-co-so', 'HTTNV')], members: [memberResult('m1', 'xa-a', 'HTTNV'), memberResult('m2', 'xa-a', 'HTXSNV'), memberResult('m3', 'xa-a', null, notRated('exempt'))] }, review: TREE });

  it('names the unit and says "năm 2025" for one year', () => {
    const html = renderHtmlReport({ rollUp: one });
    expect(html).toContain('<h1>Báo cáo tổng hợp kết quả đánh giá, xếp loại chất lượng — Đảng bộ xã A</h1>');
    expect(html).toContain('Kết quả xếp loại chất lượng năm 2025');
    expect(html).toContain('Số liệu xếp loại năm 2025');
    expect(html).not.toContain('qua các năm');
    expect(renderHtmlReport({ rollUp: table })).toContain('qua các năm');
    expect(renderHtmlReport({ rollUp: one, title: 'Báo cáo' })).toContain('Đơn vị: Đảng bộ xã A');
  });

  it('puts each count and its percentage in cells of their own, shares of the total labelled apart', () => {
    const html = renderHtmlReport({ rollUp: one });
    // 1 HTXSNV of 2 rated: count 1, 50,00 %; 2 rated of 3 members: 66,67 % of the total; 1 exempt: 33,33 %.
    expect(html).toContain('<td class="num" data-year="2025" data-subjects="members" data-level="HTXSNV" data-field="count">1</td><td class="num pct" data-year="2025" data-subjects="members" data-level="HTXSNV" data-field="percent">50,00%</td>');
    expect(html).toContain('data-part="rated" data-field="percent">66,67%</td>');
    expect(html).toContain('data-part="exempt" data-field="percent">33,33%</td>');
    expect(html).toContain('>Tỷ lệ trên tổng số</th>');
    expect(html).toContain('>Số lượng và tỷ lệ trên số được đánh giá, xếp loại</th>');
    expect(html).toContain('HTXSNV trên số chỉ xếp loại HTTNV (cơ sở tỷ lệ 20%)');
    expect(html).toContain('HTXSNV trên số HTTNV trở lên (HTXSNV và HTTNV)');
    expect(html).not.toMatch(/<br><span class="pct"/);
  });

  it('states a TCCSĐ row’s own level and leaves out empty tables', () => {
    const html = renderHtmlReport({ rollUp: one });
    expect(html).toMatch(/<th scope="row" class="name" style="padding-left:17px">Đảng bộ xã A<\/th><td data-year="2025" data-row="xa-a" data-subjects="tccsd" data-field="unit-level"><abbr title="[^"]+">HTTNV<\/abbr><\/td><td colspan="\d+"><\/td>/);
    expect(html).not.toContain('Chi bộ trực thuộc — 2025');
  });
});

describe('chart helpers', () => {
  it('escape text for HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
  it('choose nice axis steps', () => {
    expect(niceAxis(82, 92).ticks).toEqual([82, 84, 86, 88, 90, 92]);
    expect(niceAxis(0, 100).ticks).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceAxis(0, 1.1)).toMatchObject({ ticks: [0, 0.25, 0.5, 0.75, 1, 1.25], decimals: 2 });
    expect(niceAxis(0, 1.1, true).ticks).toEqual([0, 1, 2]);
    expect(niceAxis(85, 100).ticks).toEqual([85, 90, 95, 100]);
  });
});
