import { describe, expect, it } from 'vitest';
import { evaluateReview } from '../../builtIn.js';
import type { Finding } from '../types.js';
import type { ReviewSettings, Tasks } from '../../model/index.js';
import { allTot, excellent, member, organization, reviewOf } from '../../testing/index.js';
import { qd132, qd132Checks } from './index.js';

const good = { results: 'tot', building: 'tot', leadership: 'tot' } as const;
const best = { results: 'xuat-sac', building: 'xuat-sac', leadership: 'tot' } as const;
const bodiesOk = [{ name: 'UBND xã', level: 'HTTNV' as const }];
const HD21 = '21-HD/BTCTW';
const T13 = { doc: HD21, article: 'Mục II, điểm B, tiết 1.3' };
const T3 = { doc: HD21, article: 'Mục II, điểm B, tiết 3' };
const K4A = { doc: '132-QĐ/TW', article: 'Điều 12, khoản 4, điểm a' };
const codes = (r: { findings: readonly { code: string }[] }) => r.findings.map((f) => f.code);
const find = (r: { findings: readonly Finding[] }, code: string): Finding => {
  const f = r.findings.find((x) => x.code === code);
  if (f === undefined) throw new Error(`no finding ${code} in ${r.findings.map((x) => x.code).join(', ')}`);
  return f;
};

function ward(disciplined: number, selfDetected: boolean, settings: ReviewSettings = {}) {
  const chiBo = Array.from({ length: 12 }, (_, i) =>
    organization(`cb${i}`, 'chi-bo', {
      parentId: 'phuong',
      proposedLevel: 'HTTNV',
      ...(i < disciplined ? { disciplines: [{ form: 'khien-trach' as const, decidedOn: '2021-05-01', selfDetectedAndRemedied: selfDetected }] } : {}),
    }),
  );
  return evaluateReview(reviewOf(2021, [organization('phuong', 'dang-bo-co-so', { criteria: good, sameLevelBodies: bodiesOk }), ...chiBo], [], { settings }));
}

describe('qd132-2018 organizations: §1, §2, §3.3 (tiết 1.3)', () => {
  it('founded < 6 months → not rated (tiểu mục 6, verified)', () => {
    const r = evaluateReview(reviewOf(2021, [organization('x', 'chi-bo-co-so', { criteria: good, foundedOn: '2021-07-01' })], [])).organizations[0]!;
    expect(r).toMatchObject({ rated: false, level: null });
    expect(r.findings[0]).toMatchObject({ code: 'new-organization', assumption: false, cite: { doc: HD21, article: 'Mục II, tiểu mục 6' } });
  });

  it('results criteria are results and building: HTXSNV needs both Xuất sắc', () => {
    const one = evaluateReview(reviewOf(2021, [organization('x', 'chi-bo-co-so', { criteria: { ...best, building: 'tot' }, sameLevelBodies: bodiesOk })], [])).organizations[0]!;
    expect(one).toMatchObject({ level: 'HTTNV', basis: 'HTTNV' });
    const both = evaluateReview(reviewOf(2021, [organization('x', 'chi-bo-co-so', { criteria: best, sameLevelBodies: bodiesOk })], [])).organizations[0]!;
    expect(both).toMatchObject({ level: 'HTXSNV', basis: 'HTXSNV' });
    expect(qd132.criteria.collective.map((c) => c.id)).toEqual(['results', 'building', 'leadership', 'inspection', 'democracy', 'unity', 'remedy']);
  });

  it('a Kém criterion → KHTNV (132-QĐ/TW Điều 12, khoản 4)', () => {
    const r = evaluateReview(reviewOf(2021, [organization('x', 'chi-bo-co-so', { criteria: { ...good, democracy: 'kem' } })], [])).organizations[0]!;
    expect(r.level).toBe('KHTNV');
    expect(r.findings[0]).toMatchObject({ code: 'criterion-kem', cite: { doc: '132-QĐ/TW', article: 'Điều 12, khoản 4' }, assumption: false });
  });

  it('chi bộ: HTTNV needs 100% of rated members ≥ HTNV — one disciplined ordinary member makes it HTNV', () => {
    const members = [member('a', 'x', { criteria: allTot }), member('b', 'x', { criteria: allTot }), member('c', 'x', { criteria: allTot, disciplines: [{ form: 'khien-trach', decidedOn: '2021-06-01' }] })];
    const r = evaluateReview(reviewOf(2021, [organization('x', 'chi-bo-co-so', { criteria: good, sameLevelBodies: bodiesOk })], members)).organizations[0]!;
    expect(r).toMatchObject({ level: 'HTNV', basis: 'HTTNV' });
    const f = find(r, 'linkage-threshold');
    expect(f).toMatchObject({ cap: 'HTNV', cite: { ...T13, note: 'PARTIAL: quoted without naming HD 21' }, assumption: false });
    expect(f.message.en).toContain('2/3 HTNV or above');
  });

  it('chi bộ HTXSNV needs ≥ 80% of members ≥ HTTNV (4/5 holds, 3/5 does not)', () => {
    const mk = (n: number) => Array.from({ length: 5 }, (_, i) => member(`m${i}`, 'x', { proposedLevel: i < n ? 'HTTNV' : 'HTNV' }));
    const rate = (n: number) => evaluateReview(reviewOf(2021, [organization('x', 'chi-bo-co-so', { criteria: best, sameLevelBodies: bodiesOk })], mk(n))).organizations[0]!;
    expect(rate(4).level).toBe('HTXSNV');
    expect(rate(3)).toMatchObject({ level: 'HTTNV' });
    expect(find(rate(3), 'linkage-threshold').cite).toEqual(T13);
  });

  it('đảng bộ: thresholds over subordinate organizations; same-level bodies must be ≥ HTTNV for HTXSNV', () => {
    const subs = [organization('c1', 'chi-bo', { parentId: 'p', proposedLevel: 'HTTNV' }), organization('c2', 'chi-bo', { parentId: 'p', proposedLevel: 'HTTNV' })];
    const rate = (bodies: { name: string; level: 'HTTNV' | 'HTNV' }[]) => evaluateReview(reviewOf(2021, [organization('p', 'dang-bo-co-so', { criteria: best, sameLevelBodies: bodies }), ...subs], [])).organizations[0]!;
    expect(rate([{ name: 'UBND', level: 'HTTNV' }]).level).toBe('HTXSNV');
    expect(rate([{ name: 'UBND', level: 'HTNV' }]).level).toBe('HTTNV');
  });

  it('absent sameLevelBodies: not checked, warning (like absent tasks)', () => {
    const r = evaluateReview(reviewOf(2021, [organization('x', 'chi-bo-co-so', { criteria: good })], [])).organizations[0]!;
    expect(r.level).toBe('HTTNV');
    expect(find(r, 'same-level-bodies-not-given')).toMatchObject({ severity: 'warning', cite: T13, assumption: false });
  });

  it('shares count rated members only: a new member is left out, with a flagged info finding', () => {
    const members = [member('a', 'x', { criteria: allTot }), member('n', 'x', { admittedOn: '2021-10-01', criteria: allTot })];
    const r = evaluateReview(reviewOf(2021, [organization('x', 'chi-bo-co-so', { criteria: good, sameLevelBodies: bodiesOk })], members)).organizations[0]!;
    expect(r.level).toBe('HTTNV');
    expect(find(r, 'linkage-rated-only')).toMatchObject({ severity: 'info', assumption: true, cite: { ...T13, note: 'denominator assumed: rated members / organizations only' } });
  });

  it('HTNV row: every criterion ≥ Trung bình (PARTIAL, text cut)', () => {
    const r = evaluateReview(reviewOf(2021, [organization('x', 'chi-bo-co-so', { criteria: { results: 'trung-binh', building: 'tot', unity: 'trung-binh' }, sameLevelBodies: bodiesOk })], [])).organizations[0]!;
    expect(r).toMatchObject({ level: 'HTNV', basis: 'HTNV' });
    expect(r.findings).toEqual([]);
  });

  it('above the grassroots without a basis: not rated, not an error (132-QĐ/TW Điều 1, partial)', () => {
    const r = evaluateReview(reviewOf(2021, [organization('h', 'cap-tren')], [])).organizations[0]!;
    expect(r).toMatchObject({ rated: false, level: null });
    expect(r.findings[0]).toMatchObject({ code: 'above-grassroots-not-rated', severity: 'not-rated', cite: { doc: '132-QĐ/TW', article: 'Điều 1' } });
  });

  it('organization KHTNV two years running → consecutive-khtnv (reported only, flagged)', () => {
    const r = evaluateReview(reviewOf(2021, [organization('x', 'chi-bo-co-so', { criteria: { ...good, unity: 'kem' }, history: [{ year: 2020, level: 'KHTNV' }] })], [])).organizations[0]!;
    expect(find(r, 'consecutive-khtnv')).toMatchObject({ severity: 'warning', assumption: true, cite: { doc: '132-QĐ/TW', article: 'Điều 12, khoản 4' } });
    expect(find(r, 'khtnv-consequence').cite).toMatchObject({ doc: '132-QĐ/TW' });
  });

  it('cap-tren organizations are outside the tiết 1.3 thresholds', () => {
    const r = evaluateReview(reviewOf(2021, [organization('h', 'cap-tren', { criteria: good }), organization('c', 'dang-bo-co-so', { parentId: 'h', proposedLevel: 'KHTNV' })], [])).organizations[0]!;
    expect(r.level).toBe('HTTNV');
    expect(codes(r)).toEqual([]);
  });
});

describe('qd132-2018 organizations: §4 KHTNV triggers (Điều 12 k4 a; tiết 3)', () => {
  it('C124-09 under 132: 3 of 12 subordinate units disciplined (self-detected) → KHTNV, whatever subordinateDisciplineKhtnv', () => {
    for (const s of [false, true]) {
      const r = ward(3, true, { subordinateDisciplineKhtnv: s }).organizations[0]!;
      expect(r.level).toBe('KHTNV');
      expect(find(r, 'disciplined-units-share')).toMatchObject({ cite: K4A, assumption: false });
    }
  });

  it('"trên 20%" is strict: 2 of 10 is not above', () => {
    const chiBo = Array.from({ length: 10 }, (_, i) => organization(`c${i}`, 'chi-bo', { parentId: 'p', proposedLevel: 'HTTNV', ...(i < 2 ? { disciplines: [{ form: 'khien-trach' as const, decidedOn: '2021-05-01', selfDetectedAndRemedied: true }] } : {}) }));
    const r = evaluateReview(reviewOf(2021, [organization('p', 'dang-bo-co-so', { criteria: good, sameLevelBodies: bodiesOk }), ...chiBo], [])).organizations[0]!;
    expect(codes(r)).not.toContain('disciplined-units-share');
    // …but each disciplined chi bộ is itself KHTNV (its collective was disciplined), so the
    // tiết 1.3 threshold "100% of subordinate organizations ≥ HTNV" keeps the đảng bộ at HTNV.
    expect(r).toMatchObject({ level: 'HTNV' });
    expect(codes(r)).toEqual(['linkage-threshold']);
  });

  it('no QĐ 124 discipline bars: a case punished in a subordinate chi bộ leaves the đảng bộ HTTNV, with the điểm a warning', () => {
    const rate = (selfDetected: boolean, settings: ReviewSettings = {}) => {
      const chiBo = Array.from({ length: 4 }, (_, i) => organization(`cb${i}`, 'chi-bo', { parentId: 'p', proposedLevel: 'HTTNV' }));
      const m = member('m', 'cb0', { criteria: allTot, disciplines: [{ form: 'khien-trach', decidedOn: '2021-05-01', selfDetectedAndRemedied: selfDetected }] });
      return evaluateReview(reviewOf(2021, [organization('p', 'dang-bo-co-so', { criteria: good, sameLevelBodies: bodiesOk }), ...chiBo], [m], { settings })).organizations[0]!;
    };
    const r = rate(false);
    expect(r.level).toBe('HTTNV');
    expect(codes(r)).not.toContain('collective-bar-httnv');
    expect(find(r, 'subordinate-discipline')).toMatchObject({ severity: 'warning', assumption: true, cite: { ...K4A, note: 'scope unresolved (setting subordinateDisciplineKhtnv)' } });
    expect(rate(false, { subordinateDisciplineKhtnv: true }).level).toBe('KHTNV');
    expect(codes(rate(true))).not.toContain('subordinate-discipline');
  });

  it('the leadership collective disciplined → KHTNV (điểm a), with the củng cố info', () => {
    const r = evaluateReview(reviewOf(2021, [organization('x', 'chi-bo-co-so', { criteria: good, sameLevelBodies: bodiesOk, disciplines: [{ form: 'khien-trach', decidedOn: '2021-07-07' }] })], [])).organizations[0]!;
    expect(r.level).toBe('KHTNV');
    expect(find(r, 'collective-disciplined').cite).toEqual(K4A);
    expect(find(r, 'khtnv-consequence')).toMatchObject({ severity: 'info', assumption: true });
  });

  it('< 50% of targets and main targets missed → KHTNV unless force majeure (điểm a)', () => {
    const t: Tasks = { assigned: 10, completed: 4, onTime: 4, mainTargetsMissed: true };
    const rate = (tasks: Tasks) => evaluateReview(reviewOf(2021, [organization('x', 'chi-bo-co-so', { criteria: good, sameLevelBodies: bodiesOk, tasks })], [])).organizations[0]!;
    expect(rate(t).level).toBe('KHTNV');
    expect(find(rate(t), 'targets-below-half').cite).toMatchObject(K4A);
    expect(rate({ ...t, forceMajeure: true }).level).toBe('HTTNV');
  });

  it('mất đoàn kết concluded → KHTNV (tiết 3, attributed to the organization: flagged)', () => {
    const r = evaluateReview(reviewOf(2021, [organization('x', 'chi-bo-co-so', { criteria: good, conclusions: ['mat-doan-ket'] })], [])).organizations[0]!;
    expect(r.level).toBe('KHTNV');
    expect(find(r, 'conclusion')).toMatchObject({ cite: { doc: HD21, article: 'Mục II, điểm B, tiết 3' }, assumption: true });
  });

  it('leadership collective: khiển trách does not trigger; cảnh cáo is reported (info) and does not lower the organization', () => {
    const rate = (form: 'khien-trach' | 'canh-cao') =>
      evaluateReview(reviewOf(2021, [organization('x', 'dang-bo-co-so', { criteria: good, sameLevelBodies: bodiesOk })], [
        member('pbt', 'x', { criteria: allTot, posts: [{ orgId: 'x', title: 'Phó Bí thư' }], disciplines: [{ form, decidedOn: '2021-06-01' }] }),
      ])).organizations[0]!;
    const kt = rate('khien-trach');
    expect(kt.level).toBe('HTTNV');
    expect(codes(kt)).not.toContain('leadership-collective-discipline');
    const cc = rate('canh-cao');
    expect(cc.level).toBe('HTTNV');
    expect(find(cc, 'leadership-collective-discipline')).toMatchObject({ severity: 'info', cite: { ...T3, note: "the leadership collective's own rating is outside review@1" }, assumption: false });
  });
});

describe('qd132-2018 leaders (tiết 4; QĐ 89)', () => {
  const head = member('bt', 'x', { criteria: excellent, posts: [{ orgId: 'x', title: 'Bí thư Đảng ủy', head: true }] });
  const unit = (level: 'HTTNV' | 'HTNV', tasks?: Tasks) => organization('x', 'dang-bo-co-so', { proposedLevel: level, sameLevelBodies: bodiesOk, ...(tasks ? { tasks } : {}) });

  it('headCap defaults to cap: the head is not above the unit (verified)', () => {
    const r = evaluateReview(reviewOf(2021, [unit('HTNV', { assigned: 10, completed: 10, onTime: 10 })], [head]));
    expect(r.members[0]!.level).toBe('HTXSNV');
    expect(r.leaders[0]!.level).toBe('HTNV');
    expect(find(r.leaders[0]!, 'head-above-unit')).toMatchObject({ severity: 'cap', cap: 'HTNV', assumption: false, cite: { doc: HD21, article: 'Mục II, điểm B, tiết 4' }, path: 'members[0].posts[0]' });
  });

  it('QĐ 89 HTTNV condition: the unit led < 80% on time → head at most HTNV', () => {
    const r = evaluateReview(reviewOf(2021, [unit('HTTNV', { assigned: 10, completed: 10, onTime: 7 })], [{ ...head, criteria: allTot }]));
    expect(r.leaders[0]!.level).toBe('HTNV');
    expect(find(r.leaders[0]!, 'unit-condition').cite).toMatchObject({ doc: '89-QĐ/TW', article: 'Mục III, tiểu mục 1.2' });
  });

  it('the unit led < 50%: no separate leader rule; the head follows the unit (KHTNV through headCap)', () => {
    const r = evaluateReview(reviewOf(2021, [organization('x', 'dang-bo-co-so', { criteria: good, sameLevelBodies: bodiesOk, tasks: { assigned: 10, completed: 4, onTime: 4, mainTargetsMissed: true } })], [head]));
    expect(r.organizations[0]!.level).toBe('KHTNV');
    expect(r.leaders[0]!.level).toBe('KHTNV');
    expect(codes(r.leaders[0]!)).not.toContain('unit-targets-below-half');
    expect(codes(r.leaders[0]!)).toContain('head-above-unit');
  });
});

describe('qd132-2018 quota (§6)', () => {
  it('X = 6, T = 20 in one TCCSĐ → violated, k = 2 (digest example); cites tiết 2.3, verified', () => {
    const members = Array.from({ length: 26 }, (_, i) => member(`m${String(i).padStart(2, '0')}`, 'cb', { proposedLevel: i < 6 ? 'HTXSNV' : 'HTTNV' }));
    const r = evaluateReview(reviewOf(2021, [organization('cb', 'chi-bo-co-so', { proposedLevel: 'HTTNV' })], members));
    const q = r.checks.find((c) => c.code === 'quota' && c.subjects === 'members')!;
    expect(q).toMatchObject({ ok: false, demote: 2, scope: { kind: 'tccsd', id: 'cb' }, cite: { doc: HD21, article: 'Mục II, điểm B, tiết 2.3' }, assumption: false });
  });

  it('quota texts: leaders by equivalent post (verified); organizations assumed', () => {
    expect(qd132Checks.quota.leaders).toMatchObject({ cite: { doc: HD21, article: 'Mục II, điểm B, tiết 4' }, assumption: false });
    expect(qd132Checks.quota.organizations).toMatchObject({ cite: { doc: HD21, article: 'Mục II, điểm B, tiết 1.3' }, assumption: true });
    expect(qd132Checks.quota.maxPercent).toBe(20);
  });
});
