// How Tỉnh Ví Dụ's developers test their rule set: a case table of facts and expected levels,
// and a whole-commune review checked level by level. Runs in vitest (here), jest or node:test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getRuleSet } from 'xeploai';
import { scoreWithSheet } from 'xeploai/score';
import { caseTable, evaluateWith, expectFinding, expectLevel, review } from 'xeploai/testing';
import { memberSheet, tinhViDu2025 } from './rule-set.js';

const base = review(2025).reviewDate('2025-12-10');
const tasks = { assigned: 10, completed: 10, onTime: 10, exceeded: 4 };

describe('Tỉnh Ví Dụ 2025: the province finding', () => {
  caseTable(tinhViDu2025, [
    { name: '93,5 điểm, tiêu chí chung 28,5 → HTXSNV', member: { score: { general: 28.5, results: 65 }, tasks }, level: 'HTXSNV', absent: ['tinh-tieu-chi-chung-duoi-24'] },
    { name: '91 điểm, tiêu chí chung 23 → HTTNV (Mục III, điểm 3)', member: { score: { general: 23, results: 68 }, tasks }, level: 'HTTNV',
      findings: [{ code: 'tinh-tieu-chi-chung-duoi-24', cap: 'HTTNV', cite: { doc: '12-HD/TU', article: 'Mục III, điểm 3' } }] },
    { name: '84 điểm, tiêu chí chung 23 → HTTNV, không cần trần', member: { score: { general: 23, results: 61 }, tasks }, level: 'HTTNV', absent: ['tinh-tieu-chi-chung-duoi-24'] },
    { name: 'chưa đủ 6 tháng → không xếp loại', member: { admittedOn: '2025-09-02', score: { general: 28, results: 65 } }, level: null },
  ], { base }).run(it);
});

describe('Tỉnh Ví Dụ 2025: the stricter quota (15 %)', () => {
  const commune = base
    .organization({ id: 'xa', kind: 'dang-bo-co-so', score: { total: 86 } })
    .member({ orgId: 'xa', score: { general: 28, results: 65 }, tasks })
    .members(5, { orgId: 'xa', score: { general: 25, results: 55 }, tasks: { assigned: 5, completed: 5, onTime: 5 } });

  it('1 HTXSNV for 5 HTTNV passes at 20 % (QĐ 366) and fails at 15 % (the province)', () => {
    const quota = (rs: Parameters<typeof evaluateWith>[0]) => evaluateWith(rs, commune).checks.find((c) => c.code === 'quota' && c.subjects === 'members');
    expect(quota(getRuleSet('qd366-2025'))?.ok).toBe(true);
    expect(quota(tinhViDu2025)).toMatchObject({ ok: false, demote: 1, suggest: ['dv-1'] });
  });
});

describe('the commune file examples/province/tinh-vi-du-2025.json', () => {
  const file = JSON.parse(readFileSync(new URL('./tinh-vi-du-2025.json', import.meta.url), 'utf8')) as { members: { id: string; score?: unknown }[] };
  const marks = (JSON.parse(readFileSync(new URL('./marks-2025.json', import.meta.url), 'utf8')) as { marks: Record<string, Record<string, number>> }).marks;

  it("each member's score is the sum of the marks on the province sheet", () => {
    for (const m of file.members.filter((x) => x.score !== undefined)) {
      expect(scoreWithSheet(memberSheet, marks[m.id] as never).score, m.id).toEqual(m.score);
    }
  });

  it('gives the levels the committee expects', () => {
    const result = evaluateWith(tinhViDu2025, file);
    expectLevel(result, 'dv-01', 'HTXSNV');
    expectLevel(result, 'dv-02', 'HTTNV');
    expectFinding(result, 'dv-02', 'tinh-tieu-chi-chung-duoi-24', { path: 'members[1].score.general' });
    for (const id of ['dv-03', 'dv-04', 'dv-05', 'dv-06']) expectLevel(result, id, 'HTTNV');
    expectLevel(result, 'dv-07', 'HTNV');
    expectLevel(result, 'dv-08', null);
    expect(result.checks.find((c) => c.code === 'quota' && c.subjects === 'members')).toMatchObject({ ok: false, demote: 1, suggest: ['dv-01'] });
  });
});
