// QĐ 366 as its text says (shared/regulations/qd366-2025.md, revised 2026-12): one test per row
// of the digest that issue #15 names, with the boundaries of each threshold and each exception
// both ways. Every review goes through the public entry point (parse, rule set by year, engine).
import { describe, expect, it } from 'vitest';
import { evaluateReview } from '../../builtIn.js';
import { diffRuleSets } from '../../compare/diff.js';
import { XeploaiError } from '../../errors.js';
import { extendRuleSet } from '../extend.js';
import type { Finding } from '../types.js';
import { member, organization, reviewOf } from '../../testing/index.js';
import { qd366, qd366LeaderParams, qd366MemberParams, qd366OrganizationParams } from './index.js';
import { applyTaskShortfall } from '../common/cases.js';
import { LevelAccumulator } from '../common/findings.js';
import { ruleSetParams } from '../common/byYear.js';

type Extra = Record<string, unknown>;
const full = (assigned: number, exceeded = 0) => ({ assigned, completed: assigned, onTime: assigned, exceeded });
const codes = (r: { findings: readonly Finding[] }) => r.findings.map((f) => f.code);
const find = (r: { findings: readonly Finding[] }, code: string) => r.findings.find((f) => f.code === code);

/** A đảng bộ xã with two chi bộ, every unit completing its tasks, scores in the HTXSNV band. */
function commune(extra: { xa?: Extra; cb1?: Extra; cb2?: Extra; cb3?: Extra } = {}) {
  return [
    organization('xa', 'dang-bo-co-so', { score: { total: 95 }, tasks: full(10, 4), ...extra.xa }),
    organization('cb1', 'chi-bo', { parentId: 'xa', score: { total: 92 }, tasks: full(10, 4), ...extra.cb1 }),
    organization('cb2', 'chi-bo', { parentId: 'xa', score: { total: 92 }, tasks: full(10, 4), ...extra.cb2 }),
  ];
}
const secretary = (extra: Extra = {}) => member('bt', 'cb1', { score: { total: 93 }, tasks: full(10, 1), posts: [{ orgId: 'xa', title: 'Bí thư Đảng ủy xã', head: true }], ...extra });
const deputy = (extra: Extra = {}) => member('pbt', 'cb1', { score: { total: 93 }, tasks: full(10, 1), posts: [{ orgId: 'xa', title: 'Phó Bí thư Đảng ủy xã' }], ...extra });
const plain = (id: string, extra: Extra = {}) => member(id, 'cb2', { score: { total: 85 }, tasks: full(10), ...extra });
const run = (orgs: ReturnType<typeof commune>, members: ReturnType<typeof member>[], extra: Extra = {}) => evaluateReview(reviewOf(2025, orgs, members, extra));

describe('qd366-2025: what QĐ 124 did and QĐ 366 does not', () => {
  it('a chi bộ trực thuộc disciplined bars HTXSNV of its đảng bộ (1.1) and nothing more: no KHTNV', () => {
    const r = run(commune({ cb2: { disciplines: [{ form: 'khien-trach', decidedOn: '2025-05-02' }] } }), [plain('a')]);
    const xa = r.organizations[0]!;
    expect(xa.level).toBe('HTTNV');
    expect(find(xa, 'collective-bar-htxsnv')?.cite).toEqual({ doc: '366-QĐ/TW', article: 'Điều 11, khoản 1, tiểu mục 1.1' });
    expect(codes(xa)).not.toContain('disciplined-units-share');
    expect(r.organizations[2]!.level).toBe('HTXSNV');
    expect(find(r.organizations[2]!, 'collective-disciplined')).toMatchObject({ severity: 'warning', assumption: true });
  });

  it('120 days of sick leave: rated on the work actually done (HD 43 7.5), no cap', () => {
    const m = run(commune(), [plain('a', { score: { total: 93 }, tasks: full(10, 3), leave: { sickDays: 120 } })]).members[0]!;
    expect(m.level).toBe('HTXSNV');
    expect(find(m, 'sick-leave')).toMatchObject({ severity: 'info', cite: { doc: '43-HD/BTCTW', article: 'Mục 7, tiểu mục 7.5' } });
  });

  it('a 2023 violation disciplined in 2025 counts in 2025 (case 1), with no re-rating of 2023', () => {
    const m = run(commune(), [plain('a', { disciplines: [{ form: 'canh-cao', decidedOn: '2025-04-10', violationYear: 2023 }] })]).members[0]!;
    expect(m.level).toBe('KHTNV');
    expect(codes(m)).toContain('discipline-in-year');
    expect(codes(m)).not.toContain('re-rate-violation-year');
  });

  it('a cadre disciplined in 2025 for an earlier violation gets the cadre-work note (case 1)', () => {
    const r = run(commune(), [deputy({ disciplines: [{ form: 'cach-chuc', decidedOn: '2025-04-10', violationYear: 2024 }] })]);
    expect(find(r.members[0]!, 'cadre-work')).toMatchObject({ severity: 'info', cite: { doc: '366-QĐ/TW', article: 'Điều 11' } });
  });

  it('inherit124Rules is retired: naming it is an input error that says why', () => {
    try {
      run(commune(), [], { settings: { inherit124Rules: false } });
      expect.unreachable();
    } catch (e) {
      expect((e as XeploaiError).issues[0]).toMatchObject({ path: 'settings.inherit124Rules', code: 'retired-setting' });
      expect((e as XeploaiError).issues[0]!.message).toContain('QĐ 366');
    }
  });
});

describe('qd366-2025: leaders (Điều 10 k2; Điều 11 k1.2; Mẫu 2A)', () => {
  it('a head and a deputy side by side: a leaders[] entry each, rated on the unit led; Mẫu 2A', () => {
    const r = run(commune(), [secretary(), deputy()]);
    expect(r.leaders.map((l) => [l.memberId, l.head])).toEqual([['bt', true], ['pbt', false]]);
    expect(r.leaders.every((l) => l.level === 'HTXSNV')).toBe(true);
    expect(find(r.members[0]!, 'review-form')?.cite.article).toBe('Mẫu 2A');
    // The deputy's field is not in the input: the organization's tasks, flagged.
    expect(find(r.leaders[1]!, 'unit-tasks-from-organization')).toMatchObject({ assumption: true });
    expect(codes(r.leaders[0]!)).not.toContain('unit-tasks-from-organization');
  });

  it('the unit meets 1.2 (100 %, 40 % exceeded): HTXSNV though his own tasks are 10 % exceeded (1.3 not added)', () => {
    const r = run(commune(), [secretary()]);
    expect(r.members[0]).toMatchObject({ level: 'HTXSNV', basis: 'HTXSNV' });
    expect(r.leaders[0]!.level).toBe('HTXSNV');
  });

  it('a deputy with his own field (posts[].tasks) is rated on it, in members[] and leaders[]', () => {
    const r = run(commune(), [deputy({ posts: [{ orgId: 'xa', title: 'Phó Bí thư', tasks: { assigned: 10, completed: 10, onTime: 9, exceeded: 2 } }] })]);
    expect(r.members[0]!.level).toBe('HTNV');
    expect(find(r.members[0]!, 'task-condition')?.path).toBe('members[0].posts[0].tasks');
    expect(r.leaders[0]!.level).toBe('HTNV');
  });

  it('a seat marked leader: false is rated as a non-leader (Mẫu 2B) with no leaders[] entry', () => {
    const r = run(commune(), [member('cuv', 'cb1', { score: { total: 85 }, tasks: full(4), posts: [{ orgId: 'cb1', title: 'Chi ủy viên', leader: false }] })]);
    expect(r.leaders).toEqual([]);
    expect(find(r.members[0]!, 'review-form')?.cite.article).toBe('Mẫu 2B');
  });

  it('l1: more than 50 % of the units under the unit led rated KHTNV — 2 of 4 is not, 3 of 5 is', () => {
    const units = (n: number, khtnv: number) => [
      organization('xa', 'dang-bo-co-so', { score: { total: 80 }, tasks: full(10) }),
      ...Array.from({ length: n }, (_, i) => organization(`cb${i}`, 'chi-bo', { parentId: 'xa', score: { total: i < khtnv ? 40 : 80 }, tasks: full(4) })),
    ];
    const head = member('bt', 'cb0', { score: { total: 80 }, posts: [{ orgId: 'xa', title: 'Bí thư', head: true }] });
    expect(run(units(4, 2), [head]).leaders[0]!.level).toBe('HTTNV');
    const r = run(units(5, 3), [head]);
    expect(r.leaders[0]!.level).toBe('KHTNV');
    expect(find(r.leaders[0]!, 'subordinates-khtnv')?.message.en).toContain('3/5');
    expect(r.members[0]!.level).toBe('KHTNV');
  });

  it('l2: more than 50 % low-confidence votes — 50 % is not, 51 % is', () => {
    expect(run(commune(), [secretary({ confidenceVote: { low: 50, total: 100 } })]).members[0]!.level).toBe('HTXSNV');
    const r = run(commune(), [secretary({ confidenceVote: { low: 51, total: 100 } })]);
    expect(r.members[0]!.level).toBe('KHTNV');
    expect(find(r.members[0]!, 'low-confidence')?.path).toBe('members[0].confidenceVote');
  });

  it('l1: the unit led under 70 % of its tasks — 69 % is the case, 70 % is not; force majeure leaves it to the competent level', () => {
    // In a review the HTNV condition (100 % done) already gives KHTNV below 100 %: the line itself is tested on the data.
    const at = (completed: number, extra: Extra = {}) => {
      const acc = new LevelAccumulator('HTTNV');
      applyTaskShortfall(acc, { assigned: 100, completed, ...extra }, qd366LeaderParams.unitShortfall!, 'organizations[0].tasks');
      return acc;
    };
    expect(at(69).level).toBe('KHTNV');
    expect(at(70).level).toBe('HTTNV');
    const forced = at(69, { forceMajeure: true });
    expect(forced.level).toBe('HTTNV');
    expect(find(forced, 'decision-required')).toMatchObject({ severity: 'warning', assumption: false });
    const inReview = run(commune({ xa: { tasks: { assigned: 100, completed: 69, onTime: 69, forceMajeure: true } } }), [secretary()]).leaders[0]!;
    expect(codes(inReview)).toContain('decision-required');
  });

  it('l1: the 5 basic indicators missed is a case on its own', () => {
    const r = run(commune({ xa: { tasks: { ...full(10, 4), basicIndicatorsMissed: true } } }), [secretary()]);
    expect(r.leaders[0]!.level).toBe('KHTNV');
    expect(r.organizations[0]!.level).toBe('KHTNV');
  });

  it('l4: a leader concluded to show degradation is KHTNV; a nêu gương breach is a warning for the competent level', () => {
    expect(run(commune(), [secretary({ conclusions: ['suy-thoai'] })]).members[0]!.level).toBe('KHTNV');
    const r = run(commune(), [secretary({ conclusions: ['vi-pham-neu-guong'] })]);
    expect(r.members[0]!.level).toBe('HTXSNV');
    expect(find(r.members[0]!, 'conclusion-not-listed')?.severity).toBe('warning');
  });

  it('l5: corruption disciplined in the scope led → KHTNV; detected by the leader → decision required', () => {
    const corrupt = (detectedByLeader: boolean) => plain('x', { disciplines: [{ form: 'canh-cao', decidedOn: '2025-06-01', corruption: true, detectedByLeader }] });
    expect(run(commune(), [secretary(), corrupt(false)]).leaders[0]!.level).toBe('KHTNV');
    const r = run(commune(), [secretary(), corrupt(true)]);
    expect(r.leaders[0]!.level).not.toBe('KHTNV');
    expect(codes(r.leaders[0]!)).toContain('decision-required');
  });

  it('heads and deputies pool apart for the quota («theo chức danh tương đương»)', () => {
    const r = run(commune(), [secretary(), deputy()]);
    const leaderChecks = r.checks.filter((c) => c.code === 'quota' && c.subjects === 'leaders');
    expect(leaderChecks.map((c) => c['posts'] ?? 'heads')).toEqual(['heads', 'deputies']);
  });
});

describe('qd366-2025: collectives (khoản 4, c1–c4)', () => {
  it('c2: a deputy secretary disciplined for a duty-related violation → the collective is KHTNV', () => {
    const r = run(commune(), [deputy({ disciplines: [{ form: 'khien-trach', decidedOn: '2025-05-02' }] })]);
    expect(r.organizations[0]!.level).toBe('KHTNV');
    expect(find(r.organizations[0]!, 'leadership-member-disciplined')?.cite.note).toContain('c2');
  });

  it('c2 exceptions: not duty-related (a reading, flagged) and self-detected (decision required, no cap)', () => {
    const notDuty = run(commune(), [deputy({ disciplines: [{ form: 'khien-trach', decidedOn: '2025-05-02', dutyRelated: false }] })]).organizations[0]!;
    expect(notDuty.level).toBe('HTTNV');
    expect(find(notDuty, 'leadership-discipline-not-duty-related')?.assumption).toBe(true);
    const self = run(commune(), [deputy({ disciplines: [{ form: 'khien-trach', decidedOn: '2025-05-02', selfDetectedAndRemedied: true }] })]).organizations[0]!;
    expect(self.level).toBe('HTTNV');
    expect(find(self, 'decision-required')).toMatchObject({ severity: 'warning', cite: { doc: '366-QĐ/TW', article: 'Điều 11, khoản 4' } });
  });

  it('the decision recorded as proposedLevel is applied as usual', () => {
    const r = run(commune({ xa: { proposedLevel: 'HTNV' } }), [deputy({ disciplines: [{ form: 'khien-trach', decidedOn: '2025-05-02', selfDetectedAndRemedied: true }] })]);
    expect(r.organizations[0]!.level).toBe('HTNV');
  });

  it('c1 and c3: conclusions on the organization, and a leadership member concluded to show degradation', () => {
    expect(run(commune({ xa: { conclusions: ['sai-pham-can-bo'] } }), []).organizations[0]!.level).toBe('KHTNV');
    const r = run(commune(), [deputy({ conclusions: ['suy-thoai'] })]);
    expect(find(r.organizations[0]!, 'leadership-member-degradation')?.cap).toBe('KHTNV');
  });

  it('c4: under 70 % of the tasks — 69 % is the case, 70 % is not; force majeure → decision required', () => {
    const at = (completed: number, forceMajeure = false) => {
      const acc = new LevelAccumulator('HTNV');
      applyTaskShortfall(acc, { assigned: 100, completed, forceMajeure }, qd366OrganizationParams.taskShortfall, 'organizations[2].tasks');
      return acc;
    };
    expect(codes(at(69))).toEqual(['tasks-below-70-percent']);
    expect(codes(at(70))).toEqual([]);
    expect(codes(at(69, true))).toEqual(['decision-required']);
    expect(codes(run(commune({ cb2: { tasks: { assigned: 100, completed: 60, onTime: 60, forceMajeure: true } } }), []).organizations[2]!)).toContain('decision-required');
  });

  it('the transfer rule: a violation at the former unit never touches the new one, and warns on the old one', () => {
    const moved = deputy({ disciplines: [{ form: 'khien-trach', decidedOn: '2025-05-02', orgIdAtViolation: 'cu' }] });
    const orgs = [...commune(), organization('cu', 'chi-bo-co-so', { score: { total: 95 }, tasks: full(10, 4) })];
    const r = run(orgs, [moved]);
    expect(r.organizations[0]!.level).toBe('HTXSNV');
    expect(find(r.organizations[3]!, 'counts-for-other-unit')?.severity).toBe('warning');
    expect(find(r.members[0]!, 'counts-for-other-unit')).toBeDefined();
  });
});

describe('qd366-2025: non-leaders (n1–n2) and absent data', () => {
  it('n1: a duty-related discipline → KHTNV; self-detected → decision required; not duty-related → no case', () => {
    const d = (extra: Extra) => run(commune(), [plain('a', { disciplines: [{ form: 'khien-trach', decidedOn: '2025-05-02', ...extra }] })]).members[0]!;
    expect(d({}).level).toBe('KHTNV');
    expect(d({ selfDetectedAndRemedied: true })).toMatchObject({ level: 'HTTNV' });
    expect(codes(d({ selfDetectedAndRemedied: true }))).toContain('decision-required');
    expect(d({ dutyRelated: false }).level).toBe('HTTNV');
  });

  it('n2: more than 50 % of tasks not completed is a KHTNV case (cited), with no force-majeure exception', () => {
    expect(qd366MemberParams.targetsBelowHalf).toMatchObject({ effect: 'cap', forceMajeureException: false });
    expect(qd366MemberParams.targetsBelowHalf.rule.cite.note).toContain('n2');
    expect(run(commune(), [plain('a', { tasks: { assigned: 10, completed: 4, onTime: 4, forceMajeure: true } })]).members[0]!.level).toBe('KHTNV');
  });

  it('absent onTime is unknown, never 0: 85 points and 12/12 done stay HTTNV with tasks-not-given naming the field', () => {
    const m = run(commune(), [plain('a', { tasks: { assigned: 12, completed: 12 } })]).members[0]!;
    expect(m.level).toBe('HTTNV');
    expect(find(m, 'tasks-not-given')).toMatchObject({ severity: 'warning', path: 'members[0].tasks.onTime' });
    const strict = run(commune(), [plain('a', { tasks: { assigned: 12, completed: 12 } })], { settings: { requireTaskData: true } }).members[0]!;
    // HTNV too needs onTime («chưa bảo đảm tiến độ»): with requireTaskData nothing above KHTNV is shown.
    expect(strict.level).toBe('KHTNV');
    expect(find(strict, 'tasks-not-given')).toMatchObject({ severity: 'cap', assumption: true });
  });

  it('a quarter next to last year’s KHTNV is not "hai năm liền" (years only)', () => {
    const m = plain('a', { score: { total: 40 }, history: [{ year: 2024, level: 'KHTNV' }] });
    expect(codes(run(commune(), [m], { period: { kind: 'quarter', quarter: 2 }, reviewDate: '2025-06-20' }).members[0]!)).not.toContain('consecutive-khtnv');
    expect(codes(run(commune(), [m]).members[0]!)).toContain('consecutive-khtnv');
  });

  it('score boundaries: 49.9 / 50, 69.9 / 70, 89.9 / 90', () => {
    const level = (total: number) => run(commune(), [plain('a', { score: { total }, tasks: full(10, 5) })]).members[0]!.basis;
    expect([49.9, 50, 69.9, 70, 89.9, 90].map(level)).toEqual(['KHTNV', 'HTNV', 'HTNV', 'HTTNV', 'HTTNV', 'HTXSNV']);
  });
});

describe('qd366-2025 as data', () => {
  it('exposes its params in the shared shape; nothing cites QĐ 124 any more', () => {
    const cites: string[] = [];
    JSON.stringify(qd366.params, (k, v: unknown) => {
      if (k === 'doc' && typeof v === 'string') cites.push(v);
      return v;
    });
    expect(cites.length).toBeGreaterThan(50);
    expect(cites).not.toContain('124-QĐ/TW');
  });

  it('diffRuleSets shows the rule-level changes from QĐ 124 with both citations', () => {
    const d = diffRuleSets('qd124-2023', 'qd366-2025');
    expect(d.paramsCompared).toBe(true);
    const paths = d.differences.map((x) => x.path);
    expect(paths).toEqual(expect.arrayContaining(['organization.taskShortfall.belowPercent', 'leader.posts', 'member.sickLeave.notCapped', 'settings.disciplineCountsIn.default', 'organization.leadershipCases']));
    const line = d.differences.find((x) => x.path === 'organization.taskShortfall.belowPercent')!;
    expect([line.a?.value, line.a?.cite?.doc, line.b?.value, line.b?.cite?.doc]).toEqual([50, '124-QĐ/TW', 70, '366-QĐ/TW']);
    // Citations across rule sets are compared on request: the exclusions' new article.
    const texts = diffRuleSets('qd124-2023', 'qd366-2025', { texts: true }).differences.find((x) => x.path === 'member.exempt.cite');
    expect(texts?.b?.value).toMatchObject({ doc: '366-QĐ/TW', article: 'Điều 5, khoản 2, tiểu mục 2.1' });
  });

  it('extendRuleSet(qd366, …) works as on QĐ 124: a province lowers the 70 % line to 75 % of tasks, cited', () => {
    const tinh = extendRuleSet(qd366, {
      id: 'tinh-vi-du-366', title: 'QĐ 366 với hướng dẫn của Tỉnh ủy (ví dụ)',
      documents: [{ id: '07-HD/TU', title: 'Hướng dẫn (ví dụ)', issuedOn: '2025-11-20', issuer: 'Ban Tổ chức Tỉnh ủy' }],
      params: { organization: (p) => ({ ...p, taskShortfall: { ...p.taskShortfall, belowPercent: 75, rule: { ...p.taskShortfall.rule, cite: { doc: '07-HD/TU', article: 'Mục 3' } } } }) },
    });
    expect(tinh.params).toBeDefined();
    expect(diffRuleSets(qd366, tinh).differences.map((x) => x.path)).toContain('organization.taskShortfall.belowPercent');
    const acc = new LevelAccumulator('HTNV');
    applyTaskShortfall(acc, { assigned: 100, completed: 72 }, ruleSetParams(tinh)!.organization.taskShortfall, 'x');
    expect(find(acc, 'tasks-below-70-percent')?.cite).toEqual({ doc: '07-HD/TU', article: 'Mục 3' });
    expect(tinh.leaderPosts).toBe('post-holders');
    const r = evaluateReview(reviewOf(2025, commune(), [secretary(), deputy()]), { ruleSet: tinh });
    expect(r.leaders).toHaveLength(2);
  });
});

describe('qd366-2025: the quota at 25 % only by a recorded decision (Điều 11 k1.5, đoạn 2)', () => {
  it('a rule-set-wide quotaPercent of 25 is an input error at settings.quotaPercent', () => {
    try {
      run(commune(), [], { settings: { quotaPercent: 25 } });
      expect.unreachable();
    } catch (e) {
      expect((e as XeploaiError).issues.map((i) => [i.path, i.code])).toEqual([['settings.quotaPercent', 'invalid-setting']]);
    }
    expect(run(commune(), [], { settings: { quotaPercent: 15 } }).settings.quotaPercent).toBe(15);
  });
});
