import { describe, expect, it } from 'vitest';
import { XeploaiError } from '../errors.js';
import { getRuleSet } from '../rules/registry.js';
import type { Finding } from '../rules/types.js';
import { allTot, member, organization, reviewOf } from '../testing/index.js';
import { compareRuleSets } from './index.js';

const PAIR = ['qd132-2018', 'qd124-2023'] as const;
const codes = (fs: readonly Finding[] | undefined) => (fs ?? []).map((f) => f.code);
const good = { results: 'tot', building: 'tot', leadership: 'tot' } as const;
const bodies = [{ name: 'UBND xã', level: 'HTTNV' as const }];

describe('compareRuleSets: the same facts under QĐ 132 and QĐ 124', () => {
  it('a self-detected and remedied discipline: KHTNV under 132, HTTNV under 124', () => {
    const m = member('lan', 'cb', { criteria: allTot, disciplines: [{ form: 'khien-trach', decidedOn: '2021-05-01', selfDetectedAndRemedied: true }] });
    const c = compareRuleSets(reviewOf(2021, [organization('cb', 'chi-bo-co-so', { proposedLevel: 'HTTNV', sameLevelBodies: bodies })], [m]), PAIR);
    const d = c.differences.find((x) => x.subjects === 'members')!;
    expect(d).toMatchObject({ id: 'lan', levels: { 'qd132-2018': 'KHTNV', 'qd124-2023': 'HTTNV' } });
    expect(codes(d.findings['qd132-2018'])).toEqual(['criteria-row-assumed', 'discipline-self-detected-counted', 'discipline-in-year']);
    expect(d.findings['qd132-2018']!.find((f) => f.code === 'discipline-in-year')!.cite).toEqual({ doc: '21-HD/BTCTW', article: 'Mục II, điểm B, tiết 2' });
    expect(codes(d.findings['qd124-2023'])).toEqual(['discipline-self-detected']);
    expect(d.findings['qd124-2023']![0]!.cite).toEqual({ doc: '124-QĐ/TW', article: 'Điều 12, khoản 4, điểm 4.3 d' });
    // 2021 is a QĐ 132 year: QĐ 124 was named, so it is allowed with a warning.
    expect(c.ruleSets.map((r) => [r.id, r.inForce])).toEqual([['qd132-2018', true], ['qd124-2023', false]]);
    expect(c.warnings).toHaveLength(1);
    expect(c.warnings[0]).toMatchObject({ ruleSet: 'qd124-2023', finding: { code: 'rule-set-years', severity: 'warning' } });
  });

  it('a chi bộ with one disciplined ordinary member: HTNV under 132 (tiết 1.3 thresholds), HTTNV under 124', () => {
    const members = [member('a', 'cb', { criteria: allTot }), member('b', 'cb', { criteria: allTot, disciplines: [{ form: 'khien-trach', decidedOn: '2021-06-01' }] })];
    const c = compareRuleSets(reviewOf(2021, [organization('cb', 'chi-bo-co-so', { criteria: good, sameLevelBodies: bodies })], members), PAIR);
    const o = c.differences.find((x) => x.subjects === 'organizations')!;
    expect(o).toMatchObject({ id: 'cb', levels: { 'qd132-2018': 'HTNV', 'qd124-2023': 'HTTNV' } });
    expect(codes(o.findings['qd132-2018'])).toEqual(['linkage-threshold']);
    expect(o.findings['qd132-2018']![0]!.cite).toMatchObject({ doc: '21-HD/BTCTW', article: 'Mục II, điểm B, tiết 1.3' });
    // the member is KHTNV under both: not a difference
    expect(c.differences.filter((x) => x.subjects === 'members')).toEqual([]);
  });

  it('a leadership-collective member with khiển trách: the organization is HTTNV under 132, HTNV under 124', () => {
    const mk = (form: 'khien-trach' | 'canh-cao') =>
      reviewOf(2021, [organization('x', 'dang-bo-co-so', { criteria: good, sameLevelBodies: bodies })], [
        member('pbt', 'x', { criteria: allTot, posts: [{ orgId: 'x', title: 'Phó Bí thư Đảng ủy' }], disciplines: [{ form, decidedOn: '2021-06-01' }] }),
      ]);
    const kt = compareRuleSets(mk('khien-trach'), PAIR).differences.find((x) => x.subjects === 'organizations')!;
    expect(kt.levels).toEqual({ 'qd132-2018': 'HTTNV', 'qd124-2023': 'HTNV' });
    expect(codes(kt.findings['qd132-2018'])).toEqual([]);
    expect(codes(kt.findings['qd124-2023'])).toEqual(['collective-bar-httnv', 'leadership-collective-discipline']);
    // cảnh cáo: 132 reports that the leadership collective is KHTNV (tiết 3: «từ cảnh cáo trở lên»)
    const all = compareRuleSets(mk('canh-cao'), PAIR);
    const cc = all.differences.find((x) => x.subjects === 'organizations')!;
    expect(cc.levels).toEqual({ 'qd132-2018': 'HTTNV', 'qd124-2023': 'HTNV' });
    // both report the collective rule (same code and effect, so it does not explain the difference)
    expect(codes(cc.findings['qd132-2018'])).toEqual([]);
    expect(all.results['qd132-2018']!.organizations[0]!.findings.find((f) => f.code === 'leadership-collective-discipline')).toMatchObject({ severity: 'info', cite: { doc: '21-HD/BTCTW', article: 'Mục II, điểm B, tiết 3' } });
  });

  it('C124-04/05/09 (cases.md) under both: same levels where the texts agree', () => {
    const chiBo = Array.from({ length: 12 }, (_, i) => organization(`cb${i}`, 'chi-bo', { parentId: 'phuong', proposedLevel: 'HTTNV', ...(i < 3 ? { disciplines: [{ form: 'khien-trach' as const, decidedOn: '2021-05-01', selfDetectedAndRemedied: true }] } : {}) }));
    const members = [
      member('lan', 'cb0', { name: 'Vũ Thị Lan', criteria: allTot, disciplines: [{ form: 'canh-cao', decidedOn: '2021-08-20', violationYear: 2021 }] }),
      member('tuan', 'cb0', { name: 'Hoàng Anh Tuấn', admittedOn: '2021-09-20', criteria: allTot }),
    ];
    const c = compareRuleSets(reviewOf(2021, [organization('phuong', 'dang-bo-co-so', { criteria: good, sameLevelBodies: bodies }), ...chiBo], members, { reviewDate: '2021-12-06' }), PAIR);
    for (const id of PAIR) {
      const r = c.results[id]!;
      expect(r.members[0]!.level).toBe('KHTNV'); // C124-04
      expect(r.members[1]).toMatchObject({ rated: false, level: null }); // C124-05
      expect(r.organizations[0]!.level).toBe('KHTNV'); // C124-09
    }
    expect(c.results['qd132-2018']!.members[0]!.findings.find((f) => f.code === 'discipline-in-year')!.cite).toEqual({ doc: '21-HD/BTCTW', article: 'Mục II, điểm B, tiết 2' });
    expect(c.results['qd132-2018']!.members[1]!.findings[0]!.cite).toMatchObject({ doc: '21-HD/BTCTW', article: 'Mục II, tiểu mục 6' });
    expect(c.results['qd132-2018']!.organizations[0]!.findings.find((f) => f.code === 'disciplined-units-share')!.cite).toEqual({ doc: '132-QĐ/TW', article: 'Điều 12, khoản 4, điểm a' });
    expect(c.differences.filter((d) => d.id === 'lan' || d.id === 'tuan' || d.id === 'phuong')).toEqual([]);
  });

  it('a head: capped by the unit under 132 (headCap cap), only warned under 124', () => {
    const r = reviewOf(2021, [organization('x', 'dang-bo-co-so', { proposedLevel: 'HTNV', sameLevelBodies: bodies, tasks: { assigned: 10, completed: 10, onTime: 10 } })], [
      member('bt', 'x', { criteria: allTot, posts: [{ orgId: 'x', title: 'Bí thư', head: true }] }),
    ]);
    const d = compareRuleSets(r, PAIR).differences.find((x) => x.subjects === 'leaders')!;
    expect(d).toMatchObject({ id: 'bt', orgId: 'x', levels: { 'qd132-2018': 'HTNV', 'qd124-2023': 'HTTNV' } });
    expect(d.findings['qd132-2018']!.find((f) => f.code === 'head-above-unit')).toMatchObject({ severity: 'cap' });
    expect(d.findings['qd124-2023']!.find((f) => f.code === 'head-above-unit')).toMatchObject({ severity: 'warning' });
  });

  it('review year 2018: a suspended member is rated under 132 (HD 16), not under 124', () => {
    const m = member('s', 'cb', { criteria: allTot, exemption: { kind: 'dinh-chi-sinh-hoat', from: '2018-03-01' } });
    const d = compareRuleSets(reviewOf(2018, [organization('cb', 'chi-bo-co-so', { proposedLevel: 'HTTNV', sameLevelBodies: bodies })], [m]), PAIR).differences[0]!;
    expect(d).toMatchObject({ subjects: 'members', id: 's', levels: { 'qd132-2018': 'HTTNV', 'qd124-2023': null } });
    expect(codes(d.findings['qd132-2018'])).toContain('suspended-rated');
    expect(codes(d.findings['qd124-2023'])).toEqual(['suspended']);
  });
});

describe('compareRuleSets: input and output rules', () => {
  it('differences are ordered members, organizations, heads; each in input order; and repeatable', () => {
    const members = [
      member('z', 'cb', { criteria: allTot, disciplines: [{ form: 'khien-trach', decidedOn: '2022-02-02', selfDetectedAndRemedied: true }] }),
      member('a', 'cb', { criteria: allTot, disciplines: [{ form: 'khien-trach', decidedOn: '2022-02-02', selfDetectedAndRemedied: true }] }),
    ];
    const input = reviewOf(2022, [organization('cb', 'chi-bo-co-so', { criteria: good, sameLevelBodies: bodies })], members);
    const c = compareRuleSets(input, PAIR);
    expect(c.differences.map((d) => `${d.subjects}:${d.id}`)).toEqual(['members:z', 'members:a', 'organizations:cb']);
    expect(JSON.stringify(compareRuleSets(input, PAIR))).toBe(JSON.stringify(c));
  });

  it('a setting one rule set does not accept is dropped for it, with a warning', () => {
    const input = reviewOf(2021, [organization('cb', 'chi-bo-co-so', { proposedLevel: 'HTTNV' })], [], { settings: { collectiveHtnvRequiresNoDiscipline: true } });
    const c = compareRuleSets(input, PAIR);
    expect(c.warnings.map((w) => [w.ruleSet, w.finding.code, w.finding.path])).toContainEqual(['qd132-2018', 'setting-not-applicable', 'settings.collectiveHtnvRequiresNoDiscipline']);
    expect(c.results['qd124-2023']!.settings.collectiveHtnvRequiresNoDiscipline).toBe(true);
    const viaOptions = compareRuleSets(reviewOf(2021, [], []), PAIR, { settings: { collectiveHtnvRequiresNoDiscipline: true, headCap: 'warn' } });
    expect(viaOptions.results['qd132-2018']!.settings.headCap).toBe('warn');
    expect(viaOptions.warnings.map((w) => w.finding.code)).toContain('setting-not-applicable');
  });

  it('an unknown setting, rule set or a rule set named twice is an input error', () => {
    expect(() => compareRuleSets(reviewOf(2021, [], [], { settings: { nope: 1 } }), PAIR)).toThrow(XeploaiError);
    expect(() => compareRuleSets(reviewOf(2021, [], []), ['qd132-2018', 'qd999'])).toThrow(XeploaiError);
    expect(() => compareRuleSets(reviewOf(2021, [], []), ['qd132-2018', getRuleSet('qd132-2018')])).toThrow(/named twice/);
  });

  it('a rule set object is accepted; one rule set gives no differences', () => {
    const c = compareRuleSets(reviewOf(2020, [organization('cb', 'chi-bo-co-so', { proposedLevel: 'HTTNV' })], []), [getRuleSet('qd132-2018')]);
    expect(c).toMatchObject({ year: 2020, differences: [], warnings: [] });
    expect(c.summaries['qd132-2018']!.organizations.HTTNV).toBe(1);
  });
});
