import { describe, expect, it } from 'vitest';
import { evaluateReview } from '../../builtIn.js';
import type { ReviewSettings, Tasks } from '../../model/index.js';
import { allTot, member, organization, reviewOf } from '../../testing/index.js';

const good = { results: 'tot', building: 'tot', leadership: 'tot' } as const;
const best = { results: 'xuat-sac', building: 'tot', leadership: 'tot' } as const;
const codes = (r: { findings: readonly { code: string }[] }) => r.findings.map((f) => f.code);

function ward(disciplined: number, selfDetected: boolean, settings: ReviewSettings = {}) {
  const chiBo = Array.from({ length: 12 }, (_, i) =>
    organization(`cb${i}`, 'chi-bo', {
      parentId: 'phuong',
      proposedLevel: 'HTTNV',
      ...(i < disciplined ? { disciplines: [{ form: 'khien-trach' as const, decidedOn: '2024-05-01', selfDetectedAndRemedied: selfDetected }] } : {}),
    }),
  );
  return evaluateReview(reviewOf(2024, [organization('phuong', 'dang-bo-co-so', { criteria: good }), ...chiBo], [], { settings }));
}

describe('qd124-2023 organizations', () => {
  it('C124-09: 3 of 12 chi bộ disciplined (self-detected) → KHTNV by 4.1 c, whatever subordinateDisciplineKhtnv', () => {
    for (const s of [false, true]) {
      const r = ward(3, true, { subordinateDisciplineKhtnv: s }).organizations[0]!;
      expect(r.level).toBe('KHTNV');
      const f = r.findings.find((x) => x.code === 'disciplined-units-share')!;
      expect(f.cite).toEqual({ doc: '124-QĐ/TW', article: 'Điều 12, khoản 4, điểm 4.1 c', note: 'sub-number inferred' });
      expect(f.message.en).toContain('3/12');
    }
  });

  it('"trên 20%" is strict: 2 of 10 is not above 20%', () => {
    const chiBo = Array.from({ length: 10 }, (_, i) => organization(`c${i}`, 'chi-bo', { parentId: 'p', proposedLevel: 'HTTNV', ...(i < 2 ? { disciplines: [{ form: 'khien-trach' as const, decidedOn: '2024-05-01', selfDetectedAndRemedied: true }] } : {}) }));
    const r = evaluateReview(reviewOf(2024, [organization('p', 'dang-bo-co-so', { criteria: good }), ...chiBo], [])).organizations[0]!;
    expect(r.level).toBe('HTTNV');
    expect(codes(r)).not.toContain('disciplined-units-share');
  });

  it('one subordinate disciplined, self-detected: no HTXSNV, HTTNV still possible', () => {
    const r = ward(1, true).organizations[0]!;
    expect(r.level).toBe('HTTNV');
    const others = Array.from({ length: 5 }, (_, i) => organization(`o${i}`, 'chi-bo', { parentId: 'p', proposedLevel: 'HTTNV' }));
    const bestWard = evaluateReview(reviewOf(2024, [organization('p', 'dang-bo-co-so', { criteria: best }), organization('c', 'chi-bo', { parentId: 'p', proposedLevel: 'HTTNV', disciplines: [{ form: 'khien-trach', decidedOn: '2024-02-02', selfDetectedAndRemedied: true }] }), ...others], []));
    expect(bestWard.organizations[0]).toMatchObject({ level: 'HTTNV', basis: 'HTXSNV' });
    expect(codes(bestWard.organizations[0]!)).toEqual(['collective-bar-htxsnv']);
  });

  it('one subordinate disciplined, not self-detected: HTNV; subordinate-discipline warning (or KHTNV when the setting is on)', () => {
    const r = ward(1, false).organizations[0]!;
    expect(r.level).toBe('HTNV');
    expect(r.findings.find((f) => f.code === 'subordinate-discipline')).toMatchObject({ severity: 'warning', assumption: true });
    const literal = ward(1, false, { subordinateDisciplineKhtnv: true }).organizations[0]!;
    expect(literal.level).toBe('KHTNV');
  });

  it('collectiveHtnvRequiresNoDiscipline: true takes the HTNV row literally', () => {
    expect(ward(1, false, { collectiveHtnvRequiresNoDiscipline: true }).organizations[0]!.level).toBe('KHTNV');
  });

  it('a leadership-collective member disciplined bars HTXSNV/HTTNV and reports the collective rule as info', () => {
    const r = evaluateReview(reviewOf(2024, [organization('x', 'dang-bo-co-so', { criteria: best })], [
      member('bt', 'x', { criteria: allTot, posts: [{ orgId: 'x', title: 'Bí thư', head: true }], disciplines: [{ form: 'khien-trach', decidedOn: '2024-06-01' }] }),
    ]));
    const o = r.organizations[0]!;
    expect(o.level).toBe('HTNV');
    expect(codes(o)).toEqual(['collective-bar-htxsnv', 'collective-bar-httnv', 'leadership-collective-discipline']);
    expect(o.findings[2]!.severity).toBe('info');
  });

  it('a self-detected and remedied case of a leadership-collective member: no leadership-collective note (its exception)', () => {
    const r = evaluateReview(reviewOf(2024, [organization('x', 'dang-bo-co-so', { criteria: best })], [
      member('bt', 'x', { criteria: allTot, posts: [{ orgId: 'x', title: 'Bí thư', head: true }], disciplines: [{ form: 'khien-trach', decidedOn: '2024-06-01', selfDetectedAndRemedied: true }] }),
    ]));
    expect(codes(r.organizations[0]!)).toEqual(['collective-bar-htxsnv']);
  });

  it('the 4.1 a–c sub-numbers carry the "inferred" note, like 4.3 a', () => {
    const r = ward(3, false).organizations[0]!;
    for (const code of ['subordinate-discipline', 'disciplined-units-share']) expect(r.findings.find((f) => f.code === code)!.cite.note).toContain('sub-number inferred');
    const t = { assigned: 10, completed: 4, onTime: 4, mainTargetsMissed: true };
    const below = evaluateReview(reviewOf(2024, [organization('x', 'chi-bo-co-so', { criteria: good, tasks: t })], [])).organizations[0]!;
    expect(below.findings.find((f) => f.code === 'targets-below-half')!.cite.note).toContain('sub-number inferred');
    const self = evaluateReview(reviewOf(2024, [organization('x', 'chi-bo-co-so', { criteria: good, disciplines: [{ form: 'canh-cao', decidedOn: '2024-07-07' }] })], [])).organizations[0]!;
    expect(self.findings.find((f) => f.code === 'collective-disciplined')!.cite.note).toContain('sub-number inferred');
  });

  it('HD 25 has its own title («… đối với tập thể, cá nhân trong hệ thống chính trị»)', () => {
    const doc = evaluateReview(reviewOf(2024, [], [])).ruleSet.documents.find((d) => d.id === '25-HD/BTCTW')!;
    expect(doc.title).toBe('Hướng dẫn một số nội dung về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị');
  });

  it('the organization itself disciplined → KHTNV (4.1 c)', () => {
    const r = evaluateReview(reviewOf(2024, [organization('x', 'chi-bo-co-so', { criteria: good, disciplines: [{ form: 'canh-cao', decidedOn: '2024-07-07' }] })], []));
    expect(r.organizations[0]!.level).toBe('KHTNV');
  });

  it('under 50% of targets with main targets missed → KHTNV unless force majeure (4.1 b)', () => {
    const t = { assigned: 10, completed: 4, onTime: 4, mainTargetsMissed: true };
    expect(evaluateReview(reviewOf(2024, [organization('x', 'chi-bo-co-so', { criteria: good, tasks: t })], [])).organizations[0]!.level).toBe('KHTNV');
    expect(evaluateReview(reviewOf(2024, [organization('x', 'chi-bo-co-so', { criteria: good, tasks: { ...t, forceMajeure: true } })], [])).organizations[0]!.level).toBe('HTTNV');
    expect(evaluateReview(reviewOf(2024, [organization('x', 'chi-bo-co-so', { criteria: good, tasks: { ...t, mainTargetsMissed: false } })], [])).organizations[0]!.level).toBe('HTTNV');
  });

  it('mất đoàn kết → KHTNV', () => {
    expect(evaluateReview(reviewOf(2024, [organization('x', 'chi-bo-co-so', { criteria: good, conclusions: ['mat-doan-ket'] })], [])).organizations[0]!.level).toBe('KHTNV');
  });

  it('founded less than 6 months before the review → not rated (assumption)', () => {
    const r = evaluateReview(reviewOf(2024, [organization('x', 'chi-bo-co-so', { criteria: good, foundedOn: '2024-07-01' })], [])).organizations[0]!;
    expect(r).toMatchObject({ rated: false, level: null });
    expect(r.findings[0]).toMatchObject({ code: 'new-organization', assumption: true });
  });

  it('cap-tren without basis is not rated and is not an error', () => {
    const r = evaluateReview(reviewOf(2024, [organization('h', 'cap-tren'), organization('x', 'dang-bo-co-so', { parentId: 'h', criteria: good })], [])).organizations[0]!;
    expect(r).toMatchObject({ rated: false, level: null });
    expect(r.findings[0]!.severity).toBe('not-rated');
  });

  it('orgLinkageThresholds (off by default in 124): chi bộ needs ≥ 50% members HTTNV for HTTNV', () => {
    const members = [member('a', 'x', { proposedLevel: 'HTTNV' }), member('b', 'x', { proposedLevel: 'HTNV' }), member('c', 'x', { proposedLevel: 'HTNV' })];
    const off = evaluateReview(reviewOf(2024, [organization('x', 'chi-bo-co-so', { criteria: good })], members));
    expect(off.organizations[0]!.level).toBe('HTTNV');
    const on = evaluateReview(reviewOf(2024, [organization('x', 'chi-bo-co-so', { criteria: good, sameLevelBodies: [] })], members, { settings: { orgLinkageThresholds: true } }));
    expect(on.organizations[0]!.level).toBe('HTNV');
    expect(on.organizations[0]!.findings[0]).toMatchObject({ code: 'linkage-threshold', assumption: true });
  });
});

describe('qd124-2023 leaders', () => {
  const unit = (level: 'HTTNV' | 'HTNV', tasks?: Tasks) => organization('x', 'dang-bo-co-so', { proposedLevel: level, ...(tasks ? { tasks } : {}) });
  const head = member('bt', 'x', { criteria: allTot, posts: [{ orgId: 'x', title: 'Bí thư Đảng ủy', head: true }, { orgId: 'x', title: 'Ủy viên' }] });

  it('one leaders[] entry per head post; head above unit → warning by default', () => {
    const r = evaluateReview(reviewOf(2024, [unit('HTNV', { assigned: 10, completed: 10, onTime: 9 })], [head]));
    expect(r.leaders).toHaveLength(1);
    expect(r.leaders[0]).toMatchObject({ memberId: 'bt', orgId: 'x', rated: true, level: 'HTTNV' });
    expect(r.leaders[0]!.findings.find((f) => f.code === 'head-above-unit')).toMatchObject({ severity: 'warning', assumption: true, path: 'members[0].posts[0]' });
    expect(r.members[0]!.findings).toEqual([]);
  });

  it('headCap: cap lowers the leader entry, not the member entry', () => {
    const r = evaluateReview(reviewOf(2024, [unit('HTNV', { assigned: 10, completed: 10, onTime: 9 })], [head], { settings: { headCap: 'cap' } }));
    expect(r.leaders[0]!.level).toBe('HTNV');
    expect(r.members[0]!.level).toBe('HTTNV');
  });

  it('unit under 50% of targets and main targets missed → leader KHTNV', () => {
    const r = evaluateReview(reviewOf(2024, [unit('HTTNV', { assigned: 10, completed: 4, onTime: 4, mainTargetsMissed: true })], [head]));
    expect(r.leaders[0]!.level).toBe('KHTNV');
    expect(r.leaders[0]!.findings.find((f) => f.code === 'unit-targets-below-half')!.message.en).toContain('missed its main targets');
  });

  it('under 50% alone, or with force majeure, is not the KHTNV case: both conjuncts are needed (Điều 12 k4)', () => {
    for (const tasks of [{ assigned: 10, completed: 4, onTime: 4 }, { assigned: 10, completed: 4, onTime: 4, mainTargetsMissed: false }, { assigned: 10, completed: 4, onTime: 4, mainTargetsMissed: true, forceMajeure: true }]) {
      const r = evaluateReview(reviewOf(2024, [unit('HTTNV', tasks)], [head]));
      expect(r.leaders[0]!.level).toBe('HTNV');
      expect(r.leaders[0]!.findings.map((f) => f.code)).not.toContain('unit-targets-below-half');
    }
  });

  it('QĐ 89 HTTNV condition: unit < 80% on time → leader at most HTNV', () => {
    const r = evaluateReview(reviewOf(2024, [unit('HTTNV', { assigned: 10, completed: 10, onTime: 7 })], [head]));
    expect(r.leaders[0]!.level).toBe('HTNV');
    expect(r.leaders[0]!.findings.find((f) => f.code === 'unit-condition')!.cite.doc).toBe('89-QĐ/TW');
  });

  it('a head who is not rated as a member is not rated as a leader', () => {
    const r = evaluateReview(reviewOf(2024, [unit('HTTNV')], [{ ...head, exemption: { kind: 'dinh-chi-sinh-hoat', from: '2024-03-01' } }]));
    expect(r.leaders[0]).toMatchObject({ rated: false, level: null });
  });
});

describe('qd124-2023 subordinate cases (regulations README, subordinateDisciplineKhtnv: false)', () => {
  it('an ordinary member disciplined in a chi bộ trực thuộc bars HTXSNV/HTTNV of the đảng bộ (broad reading, flagged)', () => {
    const units = Array.from({ length: 6 }, (_, i) => organization(`c${i}`, 'chi-bo', { parentId: 'p', proposedLevel: 'HTTNV' }));
    const r = evaluateReview(reviewOf(2024, [organization('p', 'dang-bo-co-so', { criteria: best }), ...units], [
      member('m', 'c0', { criteria: allTot, disciplines: [{ form: 'khien-trach', decidedOn: '2024-04-04' }] }),
    ])).organizations[0]!;
    expect(r.level).toBe('HTNV');
    expect(r.findings.map((f) => [f.code, f.assumption])).toEqual([
      ['collective-bar-htxsnv', true],
      ['collective-bar-httnv', true],
      ['subordinate-discipline', true],
    ]);
  });
  it('the same member self-detected and remedied only bars HTXSNV', () => {
    const units = Array.from({ length: 6 }, (_, i) => organization(`c${i}`, 'chi-bo', { parentId: 'p', proposedLevel: 'HTTNV' }));
    const r = evaluateReview(reviewOf(2024, [organization('p', 'dang-bo-co-so', { criteria: best }), ...units], [
      member('m', 'c0', { criteria: allTot, disciplines: [{ form: 'khien-trach', decidedOn: '2024-04-04', selfDetectedAndRemedied: true }] }),
    ])).organizations[0]!;
    expect(r.level).toBe('HTTNV');
    expect(r.findings.map((f) => f.code)).toEqual(['collective-bar-htxsnv']);
  });
});
