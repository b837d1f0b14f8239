// Reports by loại hình on a district-like year: 30 TCCSĐ of six types under one huyện, from the
// result alone (result@1 carries names, parentId and type). Every expected figure is worked out
// by hand from the table below.
//
//   type                    TCCSĐ (kind)                levels of the TCCSĐ         under each TCCSĐ
//   xa                      12 đảng bộ cơ sở            2 HTXSNV, 8 HTTNV, 2 HTNV   2 chi bộ (HTTNV), 10 members: 1 HTXSNV, 8 HTTNV, 1 HTNV
//   co-quan-dang            5 chi bộ cơ sở              5 HTTNV                     4 members HTTNV (the first chi bộ: 1 of them exempt)
//   don-vi-su-nghiep        4 chi bộ cơ sở              4 HTTNV                     3 members HTTNV
//   doanh-nghiep-nha-nuoc   4 chi bộ cơ sở              1 HTXSNV, 2 HTTNV, 1 KHTNV  6 members HTNV
//   quan-doi                3 đảng bộ cơ sở             3 HTTNV                     1 chi bộ (HTTNV), 8 members HTTNV
//   (no type)               2 chi bộ cơ sở              2 HTNV                      2 members HTNV
import { describe, expect, it } from 'vitest';
import type { Level } from '../levels.js';
import type { OrganizationKind, OrganizationType } from '../model/index.js';
import { rollUpTable } from '../render/table.js';
import type { MemberResult, OrganizationResult } from '../rules/types.js';
import { rollUp } from './rollUp.js';
import { ABOVE_GRASSROOTS, notRated } from './testFixture.js';
import { memberResult, organizationResult } from '../testing/index.js';
import type { RatedResult, RollUpRow, Tally } from './types.js';

interface Group {
  readonly type?: OrganizationType;
  readonly kind: OrganizationKind;
  readonly levels: readonly Level[];
  readonly chiBo: number;
  readonly members: readonly Level[];
}

const GROUPS: readonly Group[] = [
  { type: 'xa', kind: 'dang-bo-co-so', levels: ['HTXSNV', 'HTXSNV', ...Array<Level>(8).fill('HTTNV'), 'HTNV', 'HTNV'], chiBo: 2, members: ['HTXSNV', ...Array<Level>(8).fill('HTTNV'), 'HTNV'] },
  { type: 'co-quan-dang', kind: 'chi-bo-co-so', levels: Array<Level>(5).fill('HTTNV'), chiBo: 0, members: Array<Level>(4).fill('HTTNV') },
  { type: 'don-vi-su-nghiep', kind: 'chi-bo-co-so', levels: Array<Level>(4).fill('HTTNV'), chiBo: 0, members: Array<Level>(3).fill('HTTNV') },
  { type: 'doanh-nghiep-nha-nuoc', kind: 'chi-bo-co-so', levels: ['HTXSNV', 'HTTNV', 'HTTNV', 'KHTNV'], chiBo: 0, members: Array<Level>(6).fill('HTNV') },
  { type: 'quan-doi', kind: 'dang-bo-co-so', levels: Array<Level>(3).fill('HTTNV'), chiBo: 1, members: Array<Level>(8).fill('HTTNV') },
  { kind: 'chi-bo-co-so', levels: ['HTNV', 'HTNV'], chiBo: 0, members: ['HTNV', 'HTNV'] },
];

function district(): RatedResult {
  const organizations: OrganizationResult[] = [{ ...organizationResult('huyen', 'cap-tren', null, ABOVE_GRASSROOTS), name: 'Đảng bộ huyện Mẫu' }];
  const members: MemberResult[] = [];
  let n = 0;
  for (const g of GROUPS) {
    g.levels.forEach((level, i) => {
      const id = `${g.type ?? 'khong'}-${i + 1}`;
      organizations.push({ ...organizationResult(id, g.kind, level), name: `TCCSĐ ${id}`, parentId: 'huyen', ...(g.type ? { type: g.type } : {}) });
      const cells = g.chiBo === 0 ? [id] : Array.from({ length: g.chiBo }, (_, c) => `${id}-cb${c + 1}`);
      for (const cell of cells.filter((c) => c !== id)) organizations.push({ ...organizationResult(cell, 'chi-bo', 'HTTNV'), name: `Chi bộ ${cell}`, parentId: id });
      g.members.forEach((ml, j) => {
        const exempt = g.type === 'co-quan-dang' && i === 0 && j === 0;
        members.push(memberResult(`dv-${++n}`, cells[j % cells.length]!, exempt ? null : ml, exempt ? notRated('exempt') : {}));
      });
    });
  }
  return { year: 2025, organizations, members };
}

function tally(row: RollUpRow | undefined, subjects: Tally['subjects']): Tally {
  const t = row?.tallies.find((x) => x.subjects === subjects);
  if (!t) throw new Error(`no ${subjects} tally in ${row?.id}`);
  return t;
}
const counts = (t: Tally) => (['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const).map((l) => t.levels[l].count);
const percents = (t: Tally) => (['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const).map((l) => t.levels[l].percent);

describe('rollUp by type on a district of 30 TCCSĐ', () => {
  const input = JSON.parse(JSON.stringify(district())) as RatedResult; // as read back from a result file
  const table = rollUp(input, { by: 'type' });
  const rows = table.years[0]!.rows;
  const row = (id: string) => rows.find((r) => r.id === id);

  it('gives the total, then one row per type in the order of FORMAT.md, TCCSĐ without a type last', () => {
    expect(rows.map((r) => [r.id, r.row, r.depth])).toEqual([
      ['tong-cong', 'total', 0],
      ['xa', 'type', 1],
      ['co-quan-dang', 'type', 1],
      ['don-vi-su-nghiep', 'type', 1],
      ['doanh-nghiep-nha-nuoc', 'type', 1],
      ['quan-doi', 'type', 1],
      ['chua-phan-loai', 'type', 1],
    ]);
    expect(row('doanh-nghiep-nha-nuoc')?.name).toBe('Doanh nghiệp nhà nước');
  });

  it('counts the TCCSĐ of each type and of all (the huyện, a superior without a basis, nowhere)', () => {
    // All: 30 TCCSĐ; HTXSNV 2 + 1 = 3 (10 %), HTTNV 8 + 5 + 4 + 2 + 3 = 22 (73.33 %), HTNV 2 + 2 = 4 (13.33 %), KHTNV 1 (3.33 %).
    const all = tally(row('tong-cong'), 'tccsd');
    expect([all.total, all.rated, all.notRated]).toEqual([30, 30, 0]);
    expect(counts(all)).toEqual([3, 22, 4, 1]);
    expect(percents(all)).toEqual([10, 73.33, 13.33, 3.33]);
    expect(row('tong-cong')?.tallies.some((t) => t.subjects === 'cap-tren')).toBe(false);
    // xã: 2, 8, 2 of 12 = 16.67, 66.67, 16.67; doanh nghiệp: 1, 2, 0, 1 of 4 = 25, 50, 0, 25.
    expect(percents(tally(row('xa'), 'tccsd'))).toEqual([16.67, 66.67, 16.67, 0]);
    expect(percents(tally(row('doanh-nghiep-nha-nuoc'), 'tccsd'))).toEqual([25, 50, 0, 25]);
    // Chi bộ trực thuộc count with the type of their TCCSĐ: 24 under the xã, 3 under quân đội.
    expect(tally(row('xa'), 'chi-bo').total).toBe(24);
    expect(tally(row('quan-doi'), 'chi-bo').total).toBe(3);
    expect(tally(row('tong-cong'), 'chi-bo').total).toBe(27);
  });

  it('counts members with the type of their TCCSĐ, shares over all members and over those rated', () => {
    // xã: 12 × 10 = 120 members: 12 HTXSNV (10 %), 96 HTTNV (80 %), 12 HTNV (10 %).
    const xa = tally(row('xa'), 'members');
    expect([xa.total, ...counts(xa)]).toEqual([120, 12, 96, 12, 0]);
    expect(percents(xa)).toEqual([10, 80, 10, 0]);
    // Cơ quan đảng: 5 × 4 = 20 members, 1 exempt: rated 19 of 20 = 95 %, exempt 5 %; 19 HTTNV = 100 % of the rated.
    const cq = tally(row('co-quan-dang'), 'members');
    expect(cq.ofTotal.rated).toEqual({ count: 19, percent: 95 });
    expect(cq.ofTotal.exempt).toEqual({ count: 1, percent: 5 });
    expect(percents(cq)).toEqual([0, 100, 0, 0]);
    // All: 120 + 20 + 12 + 24 + 24 + 4 = 204 members, 203 rated; HTXSNV 12 over HTTNV 96 + 19 + 12 + 24 = 151:
    // 12/151 = 7.95 % (the quota base), 12/163 = 7.36 % over HTTNV and above.
    const all = tally(row('tong-cong'), 'members');
    expect([all.total, all.rated]).toEqual([204, 203]);
    expect(counts(all)).toEqual([12, 151, 40, 0]);
    expect(all.htxsnvShare.map((s) => [s.of, s.percent])).toEqual([[151, 7.95], [163, 7.36], [203, 5.91]]);
  });

  it('prints the table with the type names, from the result alone', () => {
    const text = rollUpTable(table);
    expect(text).toContain('Năm 2025 — Tổ chức cơ sở đảng');
    expect(text).toMatch(/│ {3}Doanh nghiệp nhà nước +│ +4 │/);
    expect(text).toMatch(/│ {3}Chưa ghi loại hình +│ +2 │/);
  });

  it('by parent, from the result alone: names and the tree, each TCCSĐ with its own level', () => {
    const byParent = rollUp(input).years[0]!;
    expect(byParent.tree).toBe(true);
    expect(byParent.rows.slice(0, 4).map((r) => [r.name, r.depth, r.level])).toEqual([
      ['Đảng bộ huyện Mẫu', 0, null],
      ['TCCSĐ xa-1', 1, 'HTXSNV'],
      ['Chi bộ xa-1-cb1', 2, 'HTTNV'],
      ['Chi bộ xa-1-cb2', 2, 'HTTNV'],
    ]);
    expect(rollUp(input, { depth: 1 }).years[0]!.rows).toHaveLength(31);
  });
});
