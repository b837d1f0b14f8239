import { describe, expect, it } from 'vitest';
import { evaluateProgramme } from '../programme/evaluate.js';
import { parseProgramme } from '../programme/parse.js';
import { rollUp } from '../report/rollUp.js';
import { TREE, treeResult } from '../report/testFixture.js';
import { programmeCsv, rollUpCsv, spreadsheetText } from './csv.js';

describe('rollUpCsv', () => {
  const table = rollUp({ result: treeResult(), review: TREE });
  it('writes one line per row and kind of subject, quoting where needed', () => {
    const lines = rollUpCsv(table, { lang: 'en' }).trimEnd().split('\n');
    const header = lines[0]!.split(',');
    expect(header.slice(0, 10)).toEqual(['year', 'id', 'name', 'depth', 'row', 'kind', 'type', 'subjects', 'unitLevel', 'total']);
    const rows = table.years[0]!.rows.reduce((s, r) => s + r.tallies.length, 0);
    expect(lines).toHaveLength(rows + 1);
    const huyen = lines.find((l) => l.startsWith('2024,huyen,') && l.includes(',members,'))!;
    // 10 members: 8 rated (80 %), 2 exempt (20 %: miễn công tác, mới kết nạp); levels over the 8.
    expect(huyen).toBe('2024,huyen,Đảng bộ huyện H,0,organization,cap-tren,,members,,10,8,80,2,20,0,0,0,0,2,exempt:1; new-member:1,1,12.5,5,62.5,1,12.5,1,12.5,6,75,20,16.67,12.5,2');
  });
  it('starts with a byte-order mark on request, Vietnamese headers by default', () => {
    const text = rollUpCsv(table, { bom: true });
    expect(text.startsWith('\uFEFFNăm,Mã,Tên,Cấp,')).toBe(true);
    expect(rollUpCsv(table).startsWith('Năm,')).toBe(true);
  });
  it('quotes a name with a comma', () => {
    const review = { organizations: TREE.organizations.map((o) => (o.id === 'huyen' ? { ...o, name: 'Huyện H, tỉnh T' } : o)) };
    expect(rollUpCsv(rollUp({ result: treeResult(), review }))).toContain('2024,huyen,"Huyện H, tỉnh T",');
  });
});

describe('rollUpCsv for a spreadsheet', () => {
  const table = rollUp({ result: treeResult(), review: TREE });
  it('--locale vi: decimal comma, ";" between fields, Vietnamese words instead of codes', () => {
    const lines = rollUpCsv(table, { locale: 'vi' }).trimEnd().split('\n');
    expect(lines[0]!.startsWith('Năm;Mã;Tên;Cấp;Dòng;Loại tổ chức;Loại hình;Đối tượng;')).toBe(true);
    const huyen = lines.find((l) => l.startsWith('2024;huyen;') && l.includes(';Đảng viên;'))!;
    expect(huyen).toBe(
      '2024;huyen;Đảng bộ huyện H;0;Tổ chức;Cấp trên cơ sở;;Đảng viên;;10;8;80;2;20;0;0;0;0;2;miễn công tác và sinh hoạt đảng: 1, mới kết nạp chưa đủ 6 tháng: 1;' +
        '1;12,5;5;62,5;1;12,5;1;12,5;6;75;20;16,67;12,5;2',
    );
    expect(lines.join('\n')).not.toMatch(/exempt:|new-member|organization;|members;/);
  });

  it('neutralises text a spreadsheet would take for a formula (OWASP), in every text column', () => {
    const evil = { organizations: TREE.organizations.map((o) => (o.id === 'cb-b' ? { ...o, name: '=HYPERLINK("http://x","Bấm")' } : o.id === 'xa-a' ? { ...o, name: '+Xã A' } : o)) };
    const text = rollUpCsv(rollUp({ result: treeResult(), review: evil }));
    expect(text).toContain(`,"'=HYPERLINK(""http://x"",""Bấm"")",`);
    expect(text).toContain(`,'+Xã A,`);
    expect(text).not.toMatch(/,=|,\+|,@/);
    expect(spreadsheetText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(spreadsheetText('-2+3')).toBe("'-2+3");
    expect(spreadsheetText('\t=1')).toBe("'\t=1");
    expect(spreadsheetText('-1,5')).toBe('-1,5');
    expect(spreadsheetText('Chi bộ = tốt')).toBe('Chi bộ = tốt');
  });
});

describe('programmeCsv', () => {
  it('writes one line per indicator and year', () => {
    const p = parseProgramme({
      format: 'xeploai/programme@1', id: 'p', title: 'P', fromYear: 2024, toYear: 2025,
      indicators: [{ id: 'dv', title: 'Đảng viên HTTNV trở lên', unit: 'percent', direction: 'at-least', strict: true, targets: { '2024': 90, '2025': 90 }, metric: 'members.httnv-or-better.percent' }],
    });
    const text = programmeCsv(evaluateProgramme(p, [{ result: treeResult(2024), review: TREE }]), { lang: 'en' });
    expect(text.split('\n')).toEqual([
      'programme,indicatorId,indicator,unit,direction,strict,year,target,actual,numerator,denominator,source,status,line,onTrack',
      'p,dv,Đảng viên HTTNV trở lên,percent,at-least,true,2024,90,75,6,8,metric,chua-dat,75,',
      'p,dv,Đảng viên HTTNV trở lên,percent,at-least,true,2025,90,,,,,chua-co-so-lieu,90,',
      '',
    ]);
  });
  it('neutralises an indicator title or id that would start a formula', () => {
    const p = parseProgramme({
      format: 'xeploai/programme@1', id: '-p', title: 'P', fromYear: 2024, toYear: 2024,
      indicators: [{ id: 'dv', title: '=1+1', unit: 'percent', direction: 'at-most', targets: { '2024': 0.5 }, actuals: { '2024': 1.5 } }],
    });
    const text = programmeCsv(evaluateProgramme(p, []), { lang: 'en', locale: 'vi' });
    expect(text.split('\n')[1]).toBe("'-p;dv;'=1+1;percent;at-most;false;2024;0,5;1,5;;;actuals;chua-dat;;");
  });
});
