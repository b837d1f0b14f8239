import { describe, expect, it } from 'vitest';
import { evaluateReview } from '../../builtIn.js';
import { member, org, review } from '../../../test/helpers/build.js';

type O = ReturnType<typeof org>;
type M = ReturnType<typeof member>;
const all = (assigned: number, exceeded = 0) => ({ assigned, completed: assigned, onTime: assigned, exceeded });
const finding = (r: { findings: readonly { code: string }[] }, code: string) => r.findings.find((f) => f.code === code) as Record<string, unknown> | undefined;
const codes = (r: { findings: readonly { code: string }[] }) => r.findings.map((f) => f.code);

/** A đảng ủy xã with chi bộ trực thuộc (two unless given); returns the đảng ủy's result. */
function rateCommittee(extra: Partial<O>, opts: { children?: Partial<O>[]; members?: M[]; settings?: Record<string, unknown> } = {}) {
  const children = opts.children ?? [{}, {}];
  const orgs = [org('xa', 'dang-bo-co-so', extra as never), ...children.map((c, i) => org(`cb-${i + 1}`, 'chi-bo', { parentId: 'xa', proposedLevel: 'HTTNV', ...c } as never))];
  return evaluateReview(review(2025, orgs, opts.members ?? [], { settings: opts.settings ?? {} })).organizations[0]!;
}

const c1 = { score: { general: 27, results: 64.5 }, tasks: all(10, 4), shortcomings: { identified: 3, remedied: 3 } } as const;

describe('qd366-2025 collectives: cases.md', () => {
  it('C366-01: 27 + 64.5 = 91.5, 100% on time, 40% exceeded, no discipline, shortcomings fixed → HTXSNV', () => {
    const r = rateCommittee(c1);
    expect(r).toMatchObject({ rated: true, level: 'HTXSNV', basis: 'HTXSNV', score: 91.5 });
    expect(finding(r, 'review-form')).toMatchObject({ cite: { doc: '43-HD/BTCTW', article: 'Mẫu 01' } });
  });

  it('C366-02: 94 with 28% exceeded → not HTXSNV; highest-lower → HTTNV; residual-khtnv → KHTNV', () => {
    const c2 = { ...c1, score: { total: 94 }, tasks: all(25, 7) };
    const r = rateCommittee(c2);
    expect(r.level).toBe('HTTNV');
    expect(finding(r, 'task-condition')).toMatchObject({ cite: { doc: '366-QĐ/TW', article: 'Điều 11, khoản 1, tiểu mục 1.1' } });
    expect(finding(r, 'band-conditions-not-met')).toMatchObject({ assumption: true });
    expect(rateCommittee(c2, { settings: { over90FailingConditions: 'residual-khtnv' } }).level).toBe('KHTNV');
  });
});

describe('qd366-2025 collectives: each condition failing alone', () => {
  it('shortcomings not all remedied → HTTNV (1.4)', () => {
    expect(rateCommittee({ ...c1, shortcomings: { identified: 3, remedied: 2 } }).level).toBe('HTTNV');
  });

  // One of five subordinate units: 20 % is not «trên 20%», so the inherited 4.1 c does not apply.
  const oneOfFive: Partial<O>[] = [{ disciplines: [{ form: 'khien-trach', decidedOn: '2025-05-01', selfDetectedAndRemedied: true }] }, {}, {}, {}, {}];
  it('a subordinate unit disciplined, self-detected → HTTNV: 1.1 has no exception, cited to QĐ 366', () => {
    const r = rateCommittee(c1, { children: oneOfFive });
    expect(r.level).toBe('HTTNV');
    expect(finding(r, 'collective-bar-htxsnv')).toMatchObject({ severity: 'cap', cap: 'HTTNV', assumption: false, cite: { doc: '366-QĐ/TW', article: 'Điều 11, khoản 1, tiểu mục 1.1' } });
  });

  it('a leadership-collective member disciplined → HTXSNV barred; the inherited QĐ 124 HTTNV bar then applies, flagged', () => {
    const leader = member('bt', 'cb-1', { posts: [{ orgId: 'xa', title: 'Bí thư', head: true }], disciplines: [{ form: 'khien-trach', decidedOn: '2025-05-01' }] });
    const r = rateCommittee(c1, { members: [leader] });
    expect(r.level).toBe('HTNV');
    expect(finding(r, 'collective-bar-htxsnv')).toMatchObject({ cite: { doc: '366-QĐ/TW' } });
    expect(finding(r, 'collective-bar-httnv')).toMatchObject({ assumption: true, cite: { doc: '124-QĐ/TW', article: 'Điều 12, khoản 2' } });
    const off = rateCommittee(c1, { members: [leader], settings: { inherit124Rules: false } });
    expect(off.level).toBe('HTTNV');
    expect(codes(off)).not.toContain('collective-bar-httnv');
  });

  it('a proposal-only collective is barred by the pipeline with the same QĐ 366 citation', () => {
    const r = rateCommittee({ proposedLevel: 'HTXSNV', tasks: all(10, 5) }, { children: oneOfFive });
    expect(r.level).toBe('HTTNV');
    expect(finding(r, 'collective-bar-htxsnv')).toMatchObject({ cite: { doc: '366-QĐ/TW', article: 'Điều 11, khoản 1, tiểu mục 1.1' } });
  });

  it('HTNV band: 20% late exactly → HTNV; 25% late → KHTNV', () => {
    expect(rateCommittee({ score: { total: 55 }, tasks: { assigned: 20, completed: 20, onTime: 16 } }).level).toBe('HTNV');
    expect(rateCommittee({ score: { total: 55 }, tasks: { assigned: 20, completed: 20, onTime: 15 } }).level).toBe('KHTNV');
  });

  it('HTTNV band: 100% on time → HTTNV; one task late → HTNV', () => {
    expect(rateCommittee({ score: { total: 75 }, tasks: all(8) }).level).toBe('HTTNV');
    expect(rateCommittee({ score: { total: 75 }, tasks: { assigned: 8, completed: 8, onTime: 7 } }).level).toBe('HTNV');
  });
});

describe('qd366-2025 collectives: inherit124Rules', () => {
  const selfDisciplined = { ...c1, score: { total: 80 }, disciplines: [{ form: 'khien-trach' as const, decidedOn: '2025-04-01' }] };
  it('on: the collective disciplined → KHTNV (QĐ 124 4.1 c, inherited); off: not applied, info finding', () => {
    const on = rateCommittee(selfDisciplined);
    expect(on.level).toBe('KHTNV');
    expect(finding(on, 'collective-disciplined')).toMatchObject({ assumption: true, cite: { doc: '124-QĐ/TW' } });
    const off = rateCommittee(selfDisciplined, { settings: { inherit124Rules: false } });
    expect(off.level).toBe('HTTNV');
    expect(finding(off, 'rule-not-inherited')).toMatchObject({ path: 'organizations[0].disciplines' });
  });

  it('on: > 20% of subordinate units disciplined → KHTNV; off: only the 1.1 bar', () => {
    const children: Partial<O>[] = [{ disciplines: [{ form: 'khien-trach', decidedOn: '2025-05-01', selfDetectedAndRemedied: true }] }, {}];
    expect(rateCommittee(c1, { children }).level).toBe('KHTNV');
    const off = rateCommittee(c1, { children, settings: { inherit124Rules: false } });
    expect(off.level).toBe('HTTNV');
    expect(codes(off)).toContain('rule-not-inherited');
  });

  it('on: a violation committed here and disciplined elsewhere is a warning here (4.6); off: not reported', () => {
    const moved = member('dv', 'cb-1', { disciplines: [{ form: 'khien-trach', decidedOn: '2025-03-01', orgIdAtViolation: 'xa' }] });
    expect(codes(rateCommittee(c1, { members: [moved] }))).toContain('counts-for-other-unit');
    expect(codes(rateCommittee(c1, { members: [moved], settings: { inherit124Rules: false } }))).not.toContain('counts-for-other-unit');
  });

  it('on: an organization founded < 6 months ago is not rated; off: rated', () => {
    const young = { ...c1, foundedOn: '2025-09-01' };
    expect(rateCommittee(young)).toMatchObject({ rated: false, level: null });
    expect(rateCommittee(young, { settings: { inherit124Rules: false } })).toMatchObject({ rated: true, level: 'HTXSNV' });
  });
});

describe('qd366-2025 leaders (1.2: the unit directly led)', () => {
  function rateHead(unit: Partial<O>, settings: Record<string, unknown> = {}) {
    const head = member('bt', 'xa', { score: { total: 95 }, tasks: all(10, 5), posts: [{ orgId: 'xa', title: 'Bí thư Đảng ủy xã', head: true }] });
    return evaluateReview(review(2025, [org('xa', 'dang-bo-co-so', { score: { total: 95 }, ...unit } as never)], [head], { settings })).leaders[0]!;
  }
  it('unit 100% done with 30% exceeded → HTXSNV', () => {
    expect(rateHead({ tasks: all(10, 3) }).level).toBe('HTXSNV');
  });
  it('unit at 29% exceeded → HTTNV under highest-lower, flagged; KHTNV under residual-khtnv', () => {
    const r = rateHead({ tasks: all(100, 29) });
    expect(r.level).toBe('HTTNV');
    expect(finding(r, 'unit-condition')).toMatchObject({ cite: { doc: '366-QĐ/TW', article: 'Điều 11, khoản 1, tiểu mục 1.2' }, path: 'organizations[0].tasks' });
    expect(finding(r, 'band-conditions-not-met')).toMatchObject({ assumption: true, cap: 'HTTNV', path: 'members[0].posts[0]' });
    expect(rateHead({ tasks: all(100, 29) }, { over90FailingConditions: 'residual-khtnv' }).level).toBe('KHTNV');
  });
  it('unit completed 99% → not HTXSNV (1.2 needs 100%), not HTTNV, not HTNV → KHTNV', () => {
    expect(rateHead({ tasks: { assigned: 100, completed: 99, onTime: 99, exceeded: 40 } }).level).toBe('KHTNV');
  });
  it('unit under 50% done: QĐ 124 trigger when inherited; QĐ 366 HTNV condition otherwise — KHTNV both ways', () => {
    const on = rateHead({ tasks: { assigned: 10, completed: 4, onTime: 4 } });
    expect(on.level).toBe('KHTNV');
    expect(finding(on, 'unit-targets-below-half')).toMatchObject({ assumption: true, cite: { doc: '124-QĐ/TW' } });
    const off = rateHead({ tasks: { assigned: 10, completed: 4, onTime: 4 } }, { inherit124Rules: false });
    expect(off.level).toBe('KHTNV');
    expect(codes(off)).not.toContain('unit-targets-below-half');
    expect(off.findings.filter((f) => f.code === 'unit-condition').at(-1)).toMatchObject({ cap: 'KHTNV', cite: { article: 'Điều 11, khoản 3' } });
  });

  it('unit tasks not given → a warning, the level stands', () => {
    const r = rateHead({});
    expect(r.level).toBe('HTXSNV');
    expect(finding(r, 'unit-tasks-not-given')).toMatchObject({ severity: 'warning' });
  });
  it('the members[] entry is not lowered by the unit', () => {
    const head = member('bt', 'xa', { score: { total: 95 }, tasks: all(10, 5), posts: [{ orgId: 'xa', title: 'Bí thư', head: true }] });
    const r = evaluateReview(review(2025, [org('xa', 'dang-bo-co-so', { score: { total: 95 }, tasks: all(100, 10) } as never)], [head]));
    expect(r.members[0]!.level).toBe('HTXSNV');
    expect(r.leaders[0]!.level).toBe('HTTNV');
  });
});
