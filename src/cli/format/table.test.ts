import { describe, expect, it } from 'vitest';
import { formatCitation, formatFinding, formatFindingDetails } from './findings.js';
import { changedSettings, formatTable } from './table.js';
import type { ReviewFile } from '../../model/index.js';
import type { Finding, ReviewResult } from '../../rules/types.js';
import { tableBlocks, widths } from '../testIo.js';

const DISCIPLINE: Finding = {
  code: 'discipline-in-year',
  severity: 'cap',
  cap: 'KHTNV',
  cite: { doc: '124-QĐ/TW', article: 'Điều 12, khoản 4, điểm 4.3 d' },
  assumption: false,
  message: { vi: 'Bị xử lý kỷ luật trong năm đánh giá', en: 'Disciplined in the review year' },
  path: 'members[1].disciplines[0]',
};
const NEW_MEMBER: Finding = {
  code: 'admitted-less-than-6-months',
  severity: 'not-rated',
  cite: { doc: '124-QĐ/TW', article: 'Điều 5, khoản 2' },
  assumption: true,
  message: { vi: 'Đảng viên mới kết nạp chưa đủ 6 tháng: không kiểm điểm, không xếp loại', en: 'Admitted less than 6 months ago: not reviewed, not rated' },
};
const NO_TASKS: Finding = {
  code: 'tasks-not-given',
  severity: 'warning',
  cite: { doc: '124-QĐ/TW', article: 'Điều 12, khoản 1' },
  assumption: true,
  message: { vi: 'Không có số liệu nhiệm vụ', en: 'No task data' },
};

const REVIEW: Pick<ReviewFile, 'organizations' | 'members'> = {
  organizations: [{ id: 'cb-1', name: 'Chi bộ ấp Bình Thạnh', kind: 'chi-bo-co-so' }],
  members: [
    { id: 'dv-1', name: 'Nguyễn Văn An', orgId: 'cb-1', status: 'chinh-thuc', admittedOn: '2010-01-01', posts: [{ orgId: 'cb-1', title: 'Bí thư Chi bộ', head: true }] },
    { id: 'dv-2', name: 'Huỳnh Thị Ý'.normalize('NFD'), orgId: 'cb-1', status: 'chinh-thuc', admittedOn: '2012-01-01' },
    { id: 'dv-3', name: 'Lê Ngọc Ánh', orgId: 'cb-1', status: 'du-bi', admittedOn: '2024-09-01' },
    { id: 'dv-4', name: 'Đỗ Minh Quân', orgId: 'cb-1', status: 'chinh-thuc', admittedOn: '2001-01-01' },
  ],
};

const RESULT: ReviewResult = {
  format: 'xeploai/result@1',
  ruleSet: { id: 'qd124-2023', title: 'QĐ 124-QĐ/TW', documents: [] },
  year: 2024,
  period: { kind: 'year' },
  reviewDate: '2024-12-15',
  settings: { headCap: 'cap', sickLeaveCap: true },
  members: [
    { id: 'dv-1', orgId: 'cb-1', rated: true, level: 'HTXSNV', basis: 'HTXSNV', findings: [NO_TASKS] },
    { id: 'dv-2', orgId: 'cb-1', rated: true, level: 'KHTNV', basis: 'HTTNV', findings: [DISCIPLINE, NO_TASKS] },
    { id: 'dv-3', orgId: 'cb-1', rated: false, level: null, findings: [NEW_MEMBER] },
    { id: 'dv-4', orgId: 'cb-1', rated: true, level: 'HTTNV', basis: 'HTTNV', findings: [NO_TASKS] },
  ],
  leaders: [{ head: true, memberId: 'dv-1', orgId: 'cb-1', rated: true, level: 'HTTNV', basis: 'HTXSNV', findings: [] }],
  organizations: [{ id: 'cb-1', kind: 'chi-bo-co-so', rated: true, level: 'HTTNV', basis: 'HTTNV', findings: [] }],
  checks: [
    {
      code: 'quota',
      subjects: 'members',
      scope: { kind: 'tccsd', id: 'cb-1' },
      ok: false,
      counts: { HTXSNV: 1, HTTNV: 1 },
      allowed: 0,
      demote: 1,
      suggest: ['dv-1'],
      cite: { doc: '124-QĐ/TW', article: 'Điều 12, khoản 1' },
      message: { vi: 'Số HTXSNV vượt 20% số HTTNV', en: 'HTXSNV above 20% of HTTNV' },
    },
  ],
  summary: {
    members: { rated: 3, notRated: 1, HTXSNV: 1, HTTNV: 1, HTNV: 0, KHTNV: 1 },
    leaders: { rated: 1, notRated: 0, HTXSNV: 0, HTTNV: 1, HTNV: 0, KHTNV: 0 },
    organizations: { rated: 1, notRated: 0, HTXSNV: 0, HTTNV: 1, HTNV: 0, KHTNV: 0 },
  },
};

describe('formatTable', () => {
  const text = formatTable(RESULT, REVIEW, { lang: 'vi', color: false, defaults: { headCap: 'warn', sickLeaveCap: true } });

  it('prints the header with the settings that differ from the defaults', () => {
    expect(text).toContain('Bộ quy tắc: qd124-2023 — QĐ 124-QĐ/TW');
    expect(text).toContain('Kỳ đánh giá: năm 2024 · Ngày xếp loại: 2024-12-15');
    expect(text).toContain('Thiết lập khác mặc định: headCap=cap');
    expect(text).not.toContain('sickLeaveCap=');
  });

  it('aligns every table', () => {
    const blocks = tableBlocks(text);
    expect(blocks.length).toBe(5); // summary, checks, organizations, leaders, members
    for (const block of blocks) expect(new Set(widths(block)).size).toBe(1);
  });

  it('shows names from the review, levels, the reason of a member not rated, and NFC text', () => {
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('Huỳnh Thị Ý');
    expect(text).not.toContain('Huỳnh Thị Ý'.normalize('NFD'));
    expect(text).toMatch(/│ dv-3 +│ Lê Ngọc Ánh +│ Chi bộ ấp Bình Thạnh +│ không xếp loại: Đảng viên mới kết nạp/);
    expect(text).toContain('Bí thư Chi bộ');
    expect(text).toMatch(/1 \(33,3%\)/);
  });

  it('explains each finding with its citation, grouping findings shared by several subjects', () => {
    expect(text).toContain('[giới hạn KHTNV] discipline-in-year: Bị xử lý kỷ luật trong năm đánh giá (124-QĐ/TW · Điều 12, khoản 4, điểm 4.3 d)');
    expect(text).toContain('Phát hiện chung');
    expect(text).toContain('áp dụng cho 3: dv-1, dv-2, dv-4');
    expect(text.match(/Không có số liệu nhiệm vụ/g)?.length).toBe(1);
    expect(text).toContain('[giả định]');
  });

  it('reports a failed check with its suggestion', () => {
    expect(text).toContain('không đạt; HTXSNV 1, HTTNV 1; tối đa 0; cần hạ 1; đề xuất hạ: dv-1');
    expect(text).toContain('  Tỷ lệ HTXSNV cb-1: Số HTXSNV vượt 20% số HTTNV (124-QĐ/TW · Điều 12, khoản 1)');
  });

  it('shows a failing warning check as a warning, and a check on the whole file', () => {
    const warning = {
      code: 'civil-service-share', subjects: 'members' as const, scope: { kind: 'review' as const, id: '' }, ok: false, severity: 'warning' as const,
      cite: { doc: '90/2020/NĐ-CP', article: 'Điều 2' }, message: { vi: 'Tỷ lệ CBCCVC HTXSNV cao hơn', en: 'Civil-service share higher' },
    };
    const out = formatTable({ ...RESULT, checks: [warning] }, REVIEW, { lang: 'vi', color: false });
    expect(out).toMatch(/│ Liên thông CBCCVC │ Đảng viên +│ cả hồ sơ +│ lưu ý +│/);
    expect(out).toContain('  Liên thông CBCCVC: Tỷ lệ CBCCVC HTXSNV cao hơn (90/2020/NĐ-CP · Điều 2)');
  });

  it('has no colour unless asked, and colours levels when asked', () => {
    expect(text).not.toContain('\u001b[');
    const coloured = formatTable(RESULT, REVIEW, { lang: 'vi', color: true });
    expect(coloured).toContain('\u001b[32mHTXSNV\u001b[39m');
    expect(coloured).toContain('\u001b[31mKHTNV\u001b[39m');
    const stripped = coloured.replace(/\u001b\[\d+m/g, '');
    for (const block of tableBlocks(stripped)) expect(new Set(widths(block)).size).toBe(1);
  });

  it('switches to English', () => {
    const en = formatTable(RESULT, REVIEW, { lang: 'en', color: false });
    expect(en).toContain('Rule set: qd124-2023');
    expect(en).toContain('[cap KHTNV] discipline-in-year: Disciplined in the review year (124-QĐ/TW · Điều 12, khoản 4, điểm 4.3 d)');
    expect(en).toContain('not rated: Admitted less than 6 months ago');
    expect(en).toMatch(/1 \(33\.3%\)/);
  });

  it('works without the review (ids only)', () => {
    const bare = formatTable(RESULT, undefined, { lang: 'vi', color: false });
    for (const block of tableBlocks(bare)) expect(new Set(widths(block)).size).toBe(1);
  });
});

describe('findings helpers', () => {
  it('formats citations and findings', () => {
    expect(formatCitation({ doc: '124-QĐ/TW', article: 'Điều 5, khoản 2' })).toBe('(124-QĐ/TW · Điều 5, khoản 2)');
    expect(formatFinding(DISCIPLINE, 'vi')).toBe('[giới hạn KHTNV] discipline-in-year: Bị xử lý kỷ luật trong năm đánh giá (124-QĐ/TW · Điều 12, khoản 4, điểm 4.3 d)');
    expect(formatFindingDetails([], 'vi')).toEqual([]);
  });

  it('lists the settings that differ from the defaults', () => {
    expect(changedSettings({ headCap: 'cap', quotaPercent: 20 }, { headCap: 'warn', quotaPercent: 20 })).toEqual(['headCap=cap']);
    expect(changedSettings({ headCap: 'cap' }, undefined)).toEqual([]);
  });
});
