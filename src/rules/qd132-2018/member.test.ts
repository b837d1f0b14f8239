import { describe, expect, it } from 'vitest';
import { evaluateReview } from '../../builtIn.js';
import type { Finding } from '../types.js';
import { ruleSetFor } from '../registry.js';
import { allTot, excellent, member, organization, reviewOf } from '../../testing/index.js';

const cb = organization('cb', 'chi-bo-co-so');
const HD21 = '21-HD/BTCTW';
const T2 = { doc: HD21, article: 'Mục II, điểm B, tiết 2' };
const T6 = { doc: HD21, article: 'Mục II, tiểu mục 6' };

function rate(year: number, m: ReturnType<typeof member>, extra: Record<string, unknown> = {}) {
  const result = evaluateReview(reviewOf(year, [cb], [m], extra));
  expect(result.ruleSet.id).toBe('qd132-2018');
  return result.members[0]!;
}
const codes = (r: { findings: readonly { code: string }[] }) => r.findings.map((f) => f.code);
const find = (r: { findings: readonly Finding[] }, code: string): Finding => {
  const f = r.findings.find((x) => x.code === code);
  if (f === undefined) throw new Error(`no finding ${code} in ${r.findings.map((x) => x.code).join(', ')}`);
  return f;
};

describe('qd132-2018 selection by review year (README document map)', () => {
  it('2018 and 2022 → qd132-2018; 2023 → qd124-2023', () => {
    expect(ruleSetFor(2018).id).toBe('qd132-2018');
    expect(ruleSetFor(2022).id).toBe('qd132-2018');
    expect(ruleSetFor(2023).id).toBe('qd124-2023');
    expect(evaluateReview(reviewOf(2018, [cb], [])).ruleSet.id).toBe('qd132-2018');
    expect(evaluateReview(reviewOf(2022, [cb], [])).ruleSet.id).toBe('qd132-2018');
    expect(evaluateReview(reviewOf(2023, [cb], [])).ruleSet.id).toBe('qd124-2023');
  });

  it('lists its three documents (QĐ 132, HD 21, HD 16)', () => {
    const r = evaluateReview(reviewOf(2021, [cb], []));
    expect(r.ruleSet.documents.map((d) => d.id)).toEqual(['132-QĐ/TW', '21-HD/BTCTW', '16-HD/BTCTW']);
    expect(r.settings).toMatchObject({ headCap: 'cap', civilServiceCap: 'cap', orgLinkageThresholds: true, disciplineCountsIn: 'decision-year', sickLeaveCap: true, quotaScope: 'tccsd' });
  });

  it('settings that are n/a for 132 are input errors', () => {
    for (const name of ['collectiveHtnvRequiresNoDiscipline', 'over90FailingConditions']) {
      expect(() => evaluateReview(reviewOf(2021, [cb], [], { settings: { [name]: name === 'over90FailingConditions' ? 'highest-lower' : true } }))).toThrow(new RegExp(`settings\\.${name}: .*rule set qd132-2018`));
    }
  });
});

describe('qd132-2018 members: §1 scope and exclusions', () => {
  it('miễn công tác và sinh hoạt đảng → not rated (21-HD Mục II, partial)', () => {
    const r = rate(2021, member('m', 'cb', { criteria: allTot, exemption: { kind: 'mien-cong-tac-sinh-hoat', from: '2020-01-01' } }));
    expect(r).toMatchObject({ rated: false, level: null });
    expect(r.findings[0]).toMatchObject({ code: 'exempt', severity: 'not-rated', cite: { doc: HD21, article: 'Mục II' } });
    expect(r.findings[0]!.cite.note).toMatch(/PARTIAL/);
  });

  it('đình chỉ sinh hoạt đảng → not rated from 2019 (added by HD 21)', () => {
    const r = rate(2019, member('s', 'cb', { criteria: allTot, exemption: { kind: 'dinh-chi-sinh-hoat', from: '2019-03-01' } }));
    expect(r).toMatchObject({ rated: false, level: null });
    expect(r.findings[0]).toMatchObject({ code: 'suspended', severity: 'not-rated', cite: { doc: HD21, article: 'Mục II' } });
  });

  it('2018 (HD 16): a suspended member is still rated, with an info finding citing HD 16', () => {
    const r = rate(2018, member('s', 'cb', { criteria: allTot, exemption: { kind: 'dinh-chi-sinh-hoat', from: '2018-03-01' } }));
    expect(r).toMatchObject({ rated: true, level: 'HTTNV' });
    expect(find(r, 'suspended-rated')).toMatchObject({ severity: 'info', cite: { doc: '16-HD/BTCTW', article: 'Mục II' } });
  });

  it('C124-05 under 132: admitted 20/9, review 06/12 → reviewed but not rated (tiểu mục 6)', () => {
    const r = rate(2021, member('tuan', 'cb', { admittedOn: '2021-09-20', criteria: allTot }), { reviewDate: '2021-12-06' });
    expect(r).toMatchObject({ rated: false, level: null });
    expect(r.findings[0]).toMatchObject({ code: 'new-member', severity: 'not-rated', cite: { doc: HD21, article: 'Mục II, tiểu mục 6' } });
    expect(r.findings[0]!.message.vi).toMatch(/vẫn phải kiểm điểm/);
  });
});

describe('qd132-2018 members: §3.1 level conditions (tiết 2.3)', () => {
  it('HTXSNV: results Xuất sắc, others ≥ Tốt (tiết 2.3 a); no task shares are needed', () => {
    const r = rate(2021, member('a', 'cb', { criteria: excellent }));
    expect(r).toMatchObject({ level: 'HTXSNV', basis: 'HTXSNV' });
    expect(r.findings).toEqual([]);
  });

  it('HTTNV and HTNV rows rest on an assumption: criteria-row-assumed info', () => {
    const httnv = rate(2021, member('a', 'cb', { criteria: allTot }));
    expect(httnv.level).toBe('HTTNV');
    expect(find(httnv, 'criteria-row-assumed')).toMatchObject({ severity: 'info', assumption: true, cite: { doc: HD21, article: 'Mục II, điểm B, tiết 2.3' } });
    const htnv = rate(2021, member('a', 'cb', { criteria: { ...allTot, results: 'trung-binh' } }));
    expect(htnv.level).toBe('HTNV');
    expect(codes(htnv)).toEqual(['criteria-row-assumed']);
  });

  it('a Kém criterion → KHTNV («không đạt mức HTNV», flagged)', () => {
    const r = rate(2021, member('k', 'cb', { criteria: { ...allTot, ethics: 'kem' } }));
    expect(r.level).toBe('KHTNV');
    expect(r.findings[0]).toMatchObject({ code: 'criterion-kem', cite: T2, assumption: true, path: 'members[0].criteria.ethics' });
  });

  it('CBCCVC HTXSNV is required for party HTXSNV (tiết 2.3 a, verified)', () => {
    const r = rate(2021, member('c', 'cb', { criteria: excellent, civilService: { level: 'HTTNV' } }));
    expect(r.level).toBe('HTTNV');
    expect(find(r, 'civil-service-cap')).toMatchObject({ severity: 'cap', cap: 'HTTNV', assumption: false, cite: { doc: HD21, article: 'Mục II, điểm B, tiết 2.3 a' } });
  });

  it('HTTNV/HTNV CBCCVC parallels are flagged assumptions; they cascade', () => {
    const r = rate(2021, member('c', 'cb', { criteria: excellent, civilService: { level: 'HTNV' } }));
    expect(r.level).toBe('HTNV');
    const caps = r.findings.filter((f) => f.code === 'civil-service-cap');
    expect(caps.map((f) => [f.cap, f.assumption])).toEqual([['HTTNV', false], ['HTNV', true]]);
  });

  it('2018: the HTXSNV CBCCVC clause is HD 16\'s', () => {
    const r = rate(2018, member('c', 'cb', { criteria: excellent, civilService: { level: 'HTTNV' } }));
    expect(find(r, 'civil-service-cap').cite).toMatchObject({ doc: '16-HD/BTCTW', article: 'Mục II, điểm B, tiết 2.3 a' });
  });

  it('civilServiceCap: warn reports instead of capping', () => {
    const r = rate(2021, member('c', 'cb', { criteria: excellent, civilService: { level: 'HTTNV' } }), { settings: { civilServiceCap: 'warn' } });
    expect(r.level).toBe('HTXSNV');
    expect(find(r, 'civil-service-mismatch')).toMatchObject({ severity: 'warning', cite: T2 });
  });
});

describe('qd132-2018 members: §4 KHTNV triggers (tiết 2)', () => {
  it('C124-04 under 132: cảnh cáo decided in the year → KHTNV', () => {
    const r = rate(2021, member('lan', 'cb', { criteria: allTot, disciplines: [{ form: 'canh-cao', decidedOn: '2021-08-20', violationYear: 2021 }] }));
    expect(r.level).toBe('KHTNV');
    expect(find(r, 'discipline-in-year')).toMatchObject({ severity: 'cap', cap: 'KHTNV', cite: T2, assumption: false, path: 'members[0].disciplines[0]' });
  });

  it('no self-detection exception: self-detected and remedied still → KHTNV, with an info finding', () => {
    const r = rate(2021, member('x', 'cb', { criteria: allTot, disciplines: [{ form: 'khien-trach', decidedOn: '2021-03-01', selfDetectedAndRemedied: true }] }));
    expect(r.level).toBe('KHTNV');
    expect(codes(r)).toEqual(['criteria-row-assumed', 'discipline-self-detected-counted', 'discipline-in-year']);
    expect(find(r, 'discipline-self-detected-counted')).toMatchObject({ severity: 'info', cite: T2 });
  });

  it('decision year counts (disciplineCountsIn decision-year): an earlier violation decided this year → KHTNV, no re-rating finding', () => {
    const r = rate(2021, member('v', 'cb', { criteria: allTot, disciplines: [{ form: 'khien-trach', decidedOn: '2021-04-10', violationYear: 2020 }] }));
    expect(r.level).toBe('KHTNV');
    expect(codes(r)).not.toContain('re-rate-violation-year');
  });

  it('disciplineCountsIn: violation-year (not the 132 reading) leaves an earlier violation uncounted, with a flagged warning', () => {
    const r = rate(2021, member('v', 'cb', { criteria: allTot, disciplines: [{ form: 'khien-trach', decidedOn: '2021-04-10', violationYear: 2020 }] }), { settings: { disciplineCountsIn: 'violation-year' } });
    expect(r.level).toBe('HTTNV');
    expect(find(r, 'discipline-not-counted')).toMatchObject({ severity: 'warning', assumption: true, cite: T2 });
  });

  it('«một vi phạm chỉ tính một lần»: the violation year already KHTNV in history → not counted again (flagged reading)', () => {
    const r = rate(2021, member('v', 'cb', { criteria: allTot, disciplines: [{ form: 'khien-trach', decidedOn: '2021-04-10', violationYear: 2020 }], history: [{ year: 2020, level: 'KHTNV' }] }));
    expect(r.level).toBe('HTTNV');
    expect(find(r, 'discipline-counted-once')).toMatchObject({ severity: 'info', assumption: true, cite: T2 });
  });

  it('degradation concluded → KHTNV; other conclusions are not listed in tiết 2 → warning only', () => {
    const suy = rate(2021, member('c', 'cb', { criteria: allTot, conclusions: ['suy-thoai'] }));
    expect(suy.level).toBe('KHTNV');
    expect(find(suy, 'conclusion')).toMatchObject({ cite: T2, path: 'members[0].conclusions[0]' });
    const other = rate(2021, member('c', 'cb', { criteria: allTot, conclusions: ['vi-pham-neu-guong', 'suy-thoai'] }));
    expect(other.level).toBe('KHTNV');
    expect(find(other, 'conclusion').path).toBe('members[0].conclusions[1]');
    const only = rate(2021, member('c', 'cb', { criteria: allTot, conclusions: ['vi-pham-dieu-cam'] }));
    expect(only.level).toBe('HTTNV');
    expect(find(only, 'conclusion-not-listed')).toMatchObject({ severity: 'warning', path: 'members[0].conclusions[0]' });
  });

  it('< 50% of targets → KHTNV, with no force-majeure exception for members', () => {
    const t = { assigned: 10, completed: 4, onTime: 4 };
    const r = rate(2021, member('t', 'cb', { criteria: allTot, tasks: t }));
    expect(r.level).toBe('KHTNV');
    expect(find(r, 'targets-below-half')).toMatchObject({ severity: 'cap', cite: T2, assumption: false });
    expect(rate(2021, member('t', 'cb', { criteria: allTot, tasks: { ...t, forceMajeure: true } })).level).toBe('KHTNV');
    expect(rate(2021, member('t', 'cb', { criteria: allTot, tasks: { assigned: 10, completed: 5, onTime: 5 } })).level).toBe('HTTNV');
  });

  it('CBCCVC KHTNV → KHTNV (tiết 2)', () => {
    const r = rate(2021, member('c', 'cb', { criteria: excellent, civilService: { level: 'KHTNV' } }));
    expect(r.level).toBe('KHTNV');
    expect(r.findings[0]).toMatchObject({ code: 'civil-service-khtnv', cite: T2, assumption: false });
  });
});

describe('qd132-2018 members: §8 partial year, §9 consequences', () => {
  it('sick leave ≥ 3 months (90 days) caps at HTNV (verified); 89 days does not', () => {
    const r = rate(2021, member('s', 'cb', { criteria: excellent, leave: { sickDays: 90 } }));
    expect(r.level).toBe('HTNV');
    expect(find(r, 'sick-leave')).toMatchObject({ cap: 'HTNV', cite: T6, assumption: false });
    expect(rate(2021, member('s', 'cb', { criteria: excellent, leave: { sickDays: 89 } })).level).toBe('HTXSNV');
  });

  it('maternity leave: rated on the time actually worked (info)', () => {
    const r = rate(2021, member('m', 'cb', { criteria: excellent, leave: { maternity: true } }));
    expect(r.level).toBe('HTXSNV');
    expect(find(r, 'maternity-leave')).toMatchObject({ severity: 'info', cite: T6, assumption: false });
  });

  it('KHTNV two years running → consecutive-khtnv (02-HD/BTCTW 2021); a cadre → 41-QĐ/TW', () => {
    const m = member('h', 'cb', { criteria: { ...allTot, politics: 'kem' }, history: [{ year: 2020, level: 'KHTNV' }] });
    expect(rate(2021, m).findings.at(-1)).toMatchObject({ code: 'consecutive-khtnv', cite: { doc: '02-HD/BTCTW', article: 'Mục II, tiểu mục 1', note: '2021' } });
    const cadre = rate(2021, { ...m, posts: [{ orgId: 'cb', title: 'Bí thư' }] });
    expect(cadre.findings.at(-1)!.cite.doc).toBe('41-QĐ/TW');
  });

  it('a proposal is one more ceiling; alone it is the basis', () => {
    expect(rate(2021, member('p', 'cb', { criteria: excellent, proposedLevel: 'HTNV' }))).toMatchObject({ level: 'HTNV', basis: 'HTXSNV' });
    expect(rate(2021, member('p', 'cb', { proposedLevel: 'HTTNV' }))).toMatchObject({ level: 'HTTNV', basis: 'HTTNV' });
    expect(rate(2021, member('p', 'cb')).findings[0]).toMatchObject({ code: 'no-basis', severity: 'error' });
  });
});

describe('qd132-2018 citations by review year (issue 16: HD 16 for 2018)', () => {
  const cbs = [organization('db', 'dang-bo-co-so', { criteria: { results: 'tot', building: 'tot', leadership: 'tot' } }), organization('cb', 'chi-bo', { parentId: 'db', proposedLevel: 'HTTNV' })];
  const file = (year: number) =>
    reviewOf(year, cbs, [
      member('d', 'cb', { criteria: allTot, disciplines: [{ form: 'khien-trach', decidedOn: `${year}-05-05` }] }),
      member('n', 'cb', { admittedOn: `${year}-09-20`, criteria: allTot }),
      member('s', 'cb', { criteria: allTot, leave: { sickDays: 100 } }),
      member('x', 'cb', { proposedLevel: 'HTXSNV' }),
    ], { reviewDate: `${year}-12-06` });

  it('2018 reviews cite 16-HD/BTCTW where HD 16 holds the rule: discipline, new members, sick leave, linkage, quota', () => {
    const r = evaluateReview(file(2018));
    expect(find(r.members[0]!, 'discipline-in-year').cite).toMatchObject({ doc: '16-HD/BTCTW', article: T2.article });
    expect(find(r.members[1]!, 'new-member').cite).toMatchObject({ doc: '16-HD/BTCTW', article: T6.article });
    expect(find(r.members[2]!, 'sick-leave').cite.doc).toBe('16-HD/BTCTW');
    expect(r.checks.filter((c) => c.code === 'quota').map((c) => c.cite.doc)).toEqual(expect.arrayContaining(['16-HD/BTCTW']));
    expect(r.checks.every((c) => c.cite.doc !== HD21)).toBe(true);
    const cites = JSON.stringify(r);
    // HD 21 (18/10/2019) appears only where a rule is known from it alone, and says so.
    for (const m of cites.matchAll(/"doc":"21-HD\/BTCTW","article":"[^"]*"(,"note":"([^"]*)")?/g)) expect(m[2] ?? '').toContain('known only from 21-HD/BTCTW');
  });

  it('2019 reviews cite 21-HD/BTCTW', () => {
    const r = evaluateReview(file(2019));
    expect(find(r.members[0]!, 'discipline-in-year').cite).toEqual(T2);
    expect(r.checks.find((c) => c.code === 'quota')!.cite.doc).toBe(HD21);
  });

  it('a rule known only from HD 21 keeps it in 2018, with a note', () => {
    const r = evaluateReview(reviewOf(2018, [organization('x', 'dang-bo-co-so', { criteria: { results: 'tot', building: 'tot', leadership: 'tot' } })], [
      member('bt', 'x', { criteria: allTot, posts: [{ orgId: 'x', title: 'Bí thư', head: true }], disciplines: [{ form: 'canh-cao', decidedOn: '2018-06-01' }] }),
    ]));
    expect(find(r.organizations[0]!, 'leadership-collective-discipline').cite).toMatchObject({ doc: HD21, note: expect.stringContaining('known only from 21-HD/BTCTW') });
  });

  it('QĐ 132 degradation is quoted with HD 21\'s own wording («kết luận đánh giá có biểu hiện suy thoái»)', () => {
    const r = rate(2021, member('c', 'cb', { criteria: allTot, conclusions: ['suy-thoai'] }));
    expect(find(r, 'conclusion').message.vi).toContain('kết luận đánh giá có biểu hiện suy thoái');
  });
});
