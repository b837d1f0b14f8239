import { describe, expect, it } from 'vitest';
import { evaluateReview } from '../../builtIn.js';
import { allTot, excellent, member, organization, reviewOf } from '../../testing/index.js';

const tccsd = organization('cb', 'chi-bo-co-so');
function rate(m: ReturnType<typeof member>, extra: Record<string, unknown> = {}) {
  const result = evaluateReview(reviewOf(2024, [tccsd], [m], extra));
  return result.members[0]!;
}
const codes = (r: { findings: readonly { code: string }[] }) => r.findings.map((f) => f.code);

describe('qd124-2023 members (shared/regulations/cases.md)', () => {
  it('C124-01: every criterion Tốt, results Tốt → HTTNV', () => {
    const r = rate(member('binh', 'cb', { name: 'Lê Văn Bình', criteria: allTot }));
    expect(r).toMatchObject({ rated: true, level: 'HTTNV', basis: 'HTTNV' });
    expect(r.findings).toEqual([]);
  });

  it('C124-02: results XS, all ≥ T, 100% on time, 55% exceeded → HTXSNV', () => {
    const r = rate(member('ha', 'cb', { criteria: excellent, tasks: { assigned: 20, completed: 20, onTime: 20, exceeded: 11 } }));
    expect(r.level).toBe('HTXSNV');
  });

  it('C124-03: workstyle Trung bình → HTTNV', () => {
    const r = rate(member('quan', 'cb', { criteria: { ...excellent, workstyle: 'trung-binh' }, tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 6 } }));
    expect(r).toMatchObject({ level: 'HTTNV', basis: 'HTTNV' });
  });

  it('C124-04: cảnh cáo decided 20/8/2024, not self-detected → KHTNV citing điểm 4.3 d', () => {
    const r = rate(member('lan', 'cb', { criteria: allTot, disciplines: [{ form: 'canh-cao', decidedOn: '2024-08-20', violationYear: 2024 }] }));
    expect(r.level).toBe('KHTNV');
    const f = r.findings.find((x) => x.code === 'discipline-in-year')!;
    expect(f).toMatchObject({ severity: 'cap', cap: 'KHTNV', path: 'members[0].disciplines[0]', assumption: false });
    expect(f.cite).toEqual({ doc: '124-QĐ/TW', article: 'Điều 12, khoản 4, điểm 4.3 d' });
  });

  it('self-detected and remedied discipline does not force KHTNV (điểm 4.3 d)', () => {
    const r = rate(member('x', 'cb', { criteria: allTot, disciplines: [{ form: 'khien-trach', decidedOn: '2024-03-01', selfDetectedAndRemedied: true }] }));
    expect(r.level).toBe('HTTNV');
    expect(codes(r)).toContain('discipline-self-detected');
  });

  it('C124-05: admitted 20/9/2024, review 06/12/2024 → not rated', () => {
    const r = rate(member('tuan', 'cb', { admittedOn: '2024-09-20', criteria: allTot }), { reviewDate: '2024-12-06' });
    expect(r).toMatchObject({ rated: false, level: null });
    expect(r.findings[0]).toMatchObject({ code: 'new-member', severity: 'not-rated', assumption: true });
  });

  it('six calendar months exactly is enough (admitted 2024-06-15, review 2024-12-15)', () => {
    expect(rate(member('n', 'cb', { admittedOn: '2024-06-15', criteria: allTot })).rated).toBe(true);
    expect(rate(member('n', 'cb', { admittedOn: '2024-06-16', criteria: allTot })).rated).toBe(false);
  });

  it('C124-06: miễn công tác và sinh hoạt → not rated; đình chỉ → not rated', () => {
    const exempt = rate(member('mai', 'cb', { exemption: { kind: 'mien-cong-tac-sinh-hoat', from: '2021-04-01' }, criteria: allTot }));
    expect(exempt.findings[0]).toMatchObject({ code: 'exempt', severity: 'not-rated', cite: { doc: '124-QĐ/TW', article: 'Điều 5, khoản 2' } });
    const suspended = rate(member('s', 'cb', { exemption: { kind: 'dinh-chi-sinh-hoat', from: '2024-05-01' }, criteria: allTot }));
    expect(suspended).toMatchObject({ rated: false, level: null });
    expect(codes(suspended)).toEqual(['suspended']);
  });

  it('a Kém criterion → KHTNV with a finding naming the criterion', () => {
    const r = rate(member('k', 'cb', { criteria: { ...allTot, ethics: 'kem' } }));
    expect(r).toMatchObject({ level: 'KHTNV', basis: 'KHTNV' });
    expect(r.findings[0]).toMatchObject({ code: 'criterion-kem', path: 'members[0].criteria.ethics' });
  });

  it('conclusions (suy thoái…) → KHTNV', () => {
    expect(rate(member('c', 'cb', { criteria: allTot, conclusions: ['vi-pham-neu-guong'] })).level).toBe('KHTNV');
  });

  it('HTXSNV needs ≥ 50% exceeded: 4/10 → HTTNV with task-condition finding', () => {
    const r = rate(member('t', 'cb', { criteria: excellent, tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 4 } }));
    expect(r).toMatchObject({ level: 'HTTNV', basis: 'HTXSNV' });
    expect(codes(r)).toEqual(['task-condition']);
  });

  it('tasks absent: not lowered, tasks-not-given warning; requireTaskData makes it a ceiling', () => {
    const m = member('t', 'cb', { criteria: excellent });
    const warn = rate(m);
    expect(warn.level).toBe('HTXSNV');
    expect(warn.findings[0]).toMatchObject({ code: 'tasks-not-given', severity: 'warning' });
    const strict = rate(m, { settings: { requireTaskData: true } });
    expect(strict.level).toBe('HTTNV');
    expect(strict.findings[0]).toMatchObject({ code: 'tasks-not-given', severity: 'cap', assumption: true });
  });

  it('earlier-year violation decided this year → re-rate-violation-year, review year not forced (default)', () => {
    const m = member('v', 'cb', { criteria: allTot, disciplines: [{ form: 'khien-trach', decidedOn: '2024-04-10', violationYear: 2023 }], history: [{ year: 2023, level: 'KHTNV' }] });
    const r = rate(m);
    expect(r.level).toBe('HTTNV');
    expect(r.findings[0]).toMatchObject({ code: 're-rate-violation-year', severity: 'warning', cite: { article: 'Điều 12, khoản 4, điểm 4.5' } });
    const decisionYear = rate(m, { settings: { disciplineCountsIn: 'decision-year' } });
    expect(decisionYear.level).toBe('KHTNV');
    expect(codes(decisionYear)).toEqual(['re-rate-violation-year', 'discipline-in-year', 'consecutive-khtnv']);
  });

  it('violation at another unit: counts-for-other-unit on the member and on that organization', () => {
    const result = evaluateReview(reviewOf(2024, [tccsd, organization('old', 'chi-bo-co-so', { proposedLevel: 'HTTNV' })], [
      member('m', 'cb', { criteria: allTot, disciplines: [{ form: 'khien-trach', decidedOn: '2024-05-05', orgIdAtViolation: 'old' }] }),
    ]));
    expect(result.members[0]!.level).toBe('KHTNV');
    expect(codes(result.members[0]!)).toContain('counts-for-other-unit');
    expect(codes(result.organizations[1]!)).toContain('counts-for-other-unit');
  });

  it('sick leave ≥ 90 days caps at HTNV (assumption); 89 days does not', () => {
    const r = rate(member('s', 'cb', { criteria: allTot, leave: { sickDays: 90 } }));
    expect(r.level).toBe('HTNV');
    expect(r.findings[0]).toMatchObject({ code: 'sick-leave', assumption: true });
    expect(rate(member('s', 'cb', { criteria: allTot, leave: { sickDays: 89 } })).level).toBe('HTTNV');
    expect(rate(member('s', 'cb', { criteria: allTot, leave: { sickDays: 120 } }), { settings: { sickLeaveCap: false } }).level).toBe('HTTNV');
  });

  it('civil service: warn by default, off silences it', () => {
    const m = member('c', 'cb', { criteria: allTot, civilService: { level: 'HTNV' } });
    const r = rate(m);
    expect(r.level).toBe('HTTNV');
    expect(r.findings[0]).toMatchObject({ code: 'civil-service-mismatch', severity: 'warning', assumption: true });
    expect(rate(m, { settings: { civilServiceCap: 'off' } }).findings).toEqual([]);
  });

  it('proposedLevel is one more ceiling; alone it is the basis', () => {
    const capped = rate(member('p', 'cb', { criteria: allTot, proposedLevel: 'HTNV' }));
    expect(capped).toMatchObject({ level: 'HTNV', basis: 'HTTNV' });
    expect(codes(capped)).toEqual(['proposed-level']);
    expect(rate(member('p', 'cb', { proposedLevel: 'HTXSNV' }))).toMatchObject({ level: 'HTXSNV', basis: 'HTXSNV' });
    expect(rate(member('p', 'cb', { criteria: allTot, proposedLevel: 'HTXSNV' })).level).toBe('HTTNV');
  });

  it('no criteria, score or proposal → rated false with a no-basis error', () => {
    const r = rate(member('z', 'cb'));
    expect(r).toMatchObject({ rated: false, level: null });
    expect(r.findings[0]).toMatchObject({ code: 'no-basis', severity: 'error' });
  });

  it('second consecutive KHTNV year → consecutive-khtnv warning, no change of level', () => {
    const r = rate(member('h', 'cb', { criteria: { ...allTot, politics: 'kem' }, history: [{ year: 2023, level: 'KHTNV' }] }));
    expect(r.level).toBe('KHTNV');
    expect(r.findings.at(-1)).toMatchObject({ code: 'consecutive-khtnv', severity: 'warning' });
  });

  it('under 50% of targets: a warning only (points 4.3 b–c not verified)', () => {
    const r = rate(member('t', 'cb', { criteria: allTot, tasks: { assigned: 10, completed: 4, onTime: 4 } }));
    expect(r.level).toBe('HTTNV');
    expect(r.findings.find((f) => f.code === 'targets-below-half')).toMatchObject({ severity: 'warning', assumption: true });
  });
});

describe('rule set named outside its years', () => {
  it('is allowed when named explicitly, with a rule-set-years warning check', () => {
    const r = evaluateReview(reviewOf(2021, [tccsd], [member('a', 'cb', { criteria: allTot })], { ruleSet: 'qd124-2023' }));
    expect(r.ruleSet.id).toBe('qd124-2023');
    expect(r.checks[0]).toMatchObject({ code: 'rule-set-years', ok: true, severity: 'warning', scope: { kind: 'review', id: '' } });
  });
  it('gives no such check for a year the rule set covers', () => {
    const r = evaluateReview(reviewOf(2024, [tccsd], [member('a', 'cb', { criteria: allTot })]));
    expect(r.checks.some((c) => c.code === 'rule-set-years')).toBe(false);
  });
});

describe('civil-service mismatch compares the final level', () => {
  it('no warning when the proposal already brings the level down to the CBCCVC level', () => {
    const r = rate(member('c', 'cb', { criteria: excellent, tasks: { assigned: 4, completed: 4, onTime: 4, exceeded: 2 }, proposedLevel: 'HTTNV', civilService: { level: 'HTTNV' } }));
    expect(r.level).toBe('HTTNV');
    expect(codes(r)).toEqual(['proposed-level']);
  });
});
