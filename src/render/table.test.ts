import { describe, expect, it } from 'vitest';
import { rollUp } from '../report/rollUp.js';
import { ABOVE_GRASSROOTS, notRated, TREE, treeResult } from '../report/testFixture.js';
import { memberResult, organizationResult } from '../testing/index.js';
import { rollUpTable } from './table.js';

const lineOf = (text: string, name: string): string => text.split('\n').find((l) => l.includes(name)) ?? '';

describe('rollUpTable', () => {
  const text = rollUpTable(rollUp({ result: treeResult(), review: TREE }));

  it('states the own level of a row that is one TCCSĐ, not counts of one', () => {
    // Table of TCCSĐ: Chi bộ cơ sở B is the TCCSĐ itself: "HTTNV", and no "1 │ 1 │ 0 (0,00%) │ 1 (100,00%)".
    const tccsd = text.slice(text.indexOf('— Tổ chức cơ sở đảng'), text.indexOf('— Chi bộ trực thuộc'));
    expect(lineOf(tccsd, 'Chi bộ cơ sở B')).toMatch(/│ +Chi bộ cơ sở B +│ HTTNV +│ +│/);
    expect(lineOf(tccsd, 'Chi bộ cơ sở B')).not.toContain('100,00%');
    // The huyện counts its two TCCSĐ.
    expect(lineOf(tccsd, 'Đảng bộ huyện H')).toMatch(/│ +2 │ +2 \(100,00%\) │/);
  });

  it('prints a lone reason without repeating its count, several with theirs', () => {
    const members = text.slice(text.indexOf('— Đảng viên'));
    expect(lineOf(members, 'Chi bộ cơ sở B')).toMatch(/│ miễn công tác và sinh hoạt đảng +│$/);
    expect(lineOf(members, 'Đảng bộ huyện H')).toContain('miễn công tác và sinh hoạt đảng 1; mới kết nạp chưa đủ 6 tháng 1');
    expect(members).not.toMatch(/: 1 ?[^│]*1 │/);
  });

  it('names both HTXSNV shares and both bases', () => {
    expect(text).toContain('HTXSNV/chỉ HTTNV');
    expect(text).toContain('HTXSNV/HTTNV trở lên');
    expect(text).toContain('(1) tỷ lệ trên tổng số; (2) tỷ lệ trên số được đánh giá, xếp loại.');
    // 8 of 10 members rated (80 %), 2 exempt (20 %); HTXSNV 1 over HTTNV 5 = 20 %, over 6 = 16,67 %.
    expect(lineOf(text.slice(text.indexOf('— Đảng viên')), 'Đảng bộ huyện H')).toMatch(/│ +10 │ +8 \(80,00%\) │ +2 \(20,00%\) │ .* │ +20,00% │ +16,67% │/);
  });

  it('counts the rated superior under one without a basis, not as the upper one’s own level', () => {
    // The tỉnh has no basis (not counted); the xã, a superior with a basis, is rated HTNV: the tỉnh
    // row of the table of superiors counts the xã (1, HTNV 100 %), the xã row states its level.
    const input = { year: 2025, organizations: [organizationResult('tinh', 'cap-tren', null, ABOVE_GRASSROOTS), { ...organizationResult('xa', 'cap-tren', 'HTNV'), parentId: 'tinh' }], members: [] };
    const out = rollUpTable(rollUp({ result: input, review: { organizations: [{ id: 'tinh', name: 'Tỉnh T', kind: 'cap-tren' }, { id: 'xa', name: 'Xã X', kind: 'cap-tren', parentId: 'tinh' }] } }));
    expect(lineOf(out, 'Tỉnh T')).toMatch(/│ Tỉnh T +│ +│ +1 │ +1 \(100,00%\) │ .*│ 1 \(100,00%\) │/);
    expect(lineOf(out, 'Xã X')).toMatch(/│ {3}Xã X +│ HTNV +│ +│/);
  });

  it('leaves out a table with nobody in it', () => {
    const only = rollUpTable(rollUp({ year: 2024, organizations: [organizationResult('cb', 'chi-bo-co-so', 'HTTNV')], members: [] }));
    expect(only).toContain('— Tổ chức cơ sở đảng');
    expect(only).not.toContain('— Đảng viên');
  });

  it('lists the members not reviewed with their reasons', () => {
    const m = { ...memberResult('dv-9', 'cb-b', null, notRated('not-reviewed')), name: 'Lê Thị Chín' };
    const withOne = { ...treeResult(), members: [...treeResult().members, m] };
    const out = rollUpTable(rollUp({ result: withOne, review: TREE }));
    expect(out).toContain('Đảng viên chưa được kiểm điểm, đánh giá, xếp loại (1):\n- Lê Thị Chín (dv-9), Chi bộ cơ sở B: not-reviewed');
    expect(lineOf(out.slice(out.indexOf('— Đảng viên')), 'Đảng bộ huyện H')).toMatch(/│ +1 \(9,09%\) │/); // 1 of 11 members
  });
});
