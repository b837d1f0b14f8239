import { describe, expect, it } from 'vitest';
import { evaluateReview } from '../../builtIn.js';
import type { ReviewSettings } from '../../model/index.js';
import { member, organization, reviewOf } from '../../testing/index.js';

type O = ReturnType<typeof organization>;
type M = ReturnType<typeof member>;
const all = (assigned: number, exceeded = 0) => ({ assigned, completed: assigned, onTime: assigned, exceeded });
const finding = (r: { findings: readonly { code: string }[] }, code: string) => r.findings.find((f) => f.code === code) as Record<string, unknown> | undefined;
const codes = (r: { findings: readonly { code: string }[] }) => r.findings.map((f) => f.code);

/** A đảng ủy xã with chi bộ trực thuộc (two unless given); returns the đảng ủy's result. */
function rateCommittee(extra: Partial<O>, opts: { children?: Partial<O>[]; members?: M[]; settings?: ReviewSettings } = {}) {
  const children = opts.children ?? [{}, {}];
  const orgs = [organization('xa', 'dang-bo-co-so', extra as never), ...children.map((c, i) => organization(`cb-${i + 1}`, 'chi-bo', { parentId: 'xa', proposedLevel: 'HTTNV', ...c } as never))];
  return evaluateReview(reviewOf(2025, orgs, opts.members ?? [], { settings: opts.settings ?? {} })).organizations[0]!;
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

describe('qd366-2025 leaders (1.2: the unit directly led)', () => {
  function rateHead(unit: Partial<O>, settings: ReviewSettings = {}) {
    const head = member('bt', 'xa', { score: { total: 95 }, tasks: all(10, 5), posts: [{ orgId: 'xa', title: 'Bí thư Đảng ủy xã', head: true }] });
    return evaluateReview(reviewOf(2025, [organization('xa', 'dang-bo-co-so', { score: { total: 95 }, ...unit } as never)], [head], { settings })).leaders[0]!;
  }
  it('unit 100% done with 30% exceeded → HTXSNV', () => {
    expect(rateHead({ tasks: all(10, 3) }).level).toBe('HTXSNV');
  });
  it('unit completed 99% → not HTXSNV (1.2 needs 100%), not HTTNV, not HTNV → KHTNV', () => {
    expect(rateHead({ tasks: { assigned: 100, completed: 99, onTime: 99, exceeded: 40 } }).level).toBe('KHTNV');
  });
});
