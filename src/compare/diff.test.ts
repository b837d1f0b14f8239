import { describe, expect, it } from 'vitest';
import { getRuleSet } from '../rules/registry.js';
import type { RuleSet } from '../rules/types.js';
import { diffRuleSets, type DataDifference, type RuleSetDiff } from './index.js';

const at = (d: RuleSetDiff, path: string): DataDifference => {
  const found = d.differences.find((x) => x.path === path);
  if (found === undefined) throw new Error(`no difference at ${path}; paths: ${d.differences.map((x) => x.path).join(', ')}`);
  return found;
};

describe('diffRuleSets qd132-2018 → qd124-2023 (what changed)', () => {
  const d = diffRuleSets('qd132-2018', 'qd124-2023');

  it('compares the HD 21 variant of 132 by default, and both sides expose parameters', () => {
    expect(d.a).toEqual({ id: 'qd132-2018', year: 2022, variantFromYear: 2019 });
    expect(d.b).toEqual({ id: 'qd124-2023', year: 2024 });
    expect(d.paramsCompared).toBe(true);
  });

  it('the self-detection exception (new in QĐ 124 điểm 4.3 d), each side cited', () => {
    expect(at(d, 'member.discipline.selfDetectedException')).toEqual({
      section: 'params', path: 'member.discipline.selfDetectedException',
      a: { value: false, cite: { doc: '21-HD/BTCTW', article: 'Mục II, điểm B, tiết 2' } },
      b: { value: true, cite: { doc: '124-QĐ/TW', article: 'Điều 12, khoản 4, điểm 4.3 d' } },
    });
  });

  it('new members: reviewed but not rated under HD 21; not reviewed under QĐ 124', () => {
    expect(at(d, 'member.newMember.reviewed')).toMatchObject({ a: { value: true, cite: { doc: '21-HD/BTCTW', article: 'Mục II, tiểu mục 6' } }, b: { value: false } });
  });

  it('discipline timing: decision year (verified) vs violation year (assumed); re-rating only in 124; counted once only in 132', () => {
    expect(at(d, 'settings.disciplineCountsIn.default')).toMatchObject({ a: { value: 'decision-year' }, b: { value: 'violation-year' } });
    expect(at(d, 'member.discipline.reRate')).toMatchObject({ a: { value: null }, b: { cite: { doc: '124-QĐ/TW', article: 'Điều 12, khoản 4, điểm 4.5' } } });
    expect(at(d, 'member.discipline.countedOnce').a.cite).toMatchObject({ doc: '21-HD/BTCTW' });
  });

  it('the peer-group quota: the pool is named in HD 21 («trong từng tổ chức cơ sở đảng»), assumed in QĐ 124', () => {
    expect(at(d, 'settings.quotaScope.assumption')).toEqual({
      section: 'settings', path: 'settings.quotaScope.assumption',
      a: { value: false, cite: { doc: '21-HD/BTCTW', article: 'Mục II, điểm B, tiết 2.3', note: '«trong từng tổ chức cơ sở đảng»' } },
      b: { value: true, cite: { doc: '124-QĐ/TW', article: 'Điều 12, khoản 1', note: 'pool not named: "nhóm có vị trí, vai trò, chức năng tương đồng"' } },
    });
    expect(at(d, 'checks.quota.leaders.assumption')).toMatchObject({ section: 'checks', a: { value: false }, b: { value: true } });
  });

  it('settings: head cap, CBCCVC cap, linkage thresholds; a setting n/a for 132', () => {
    expect(at(d, 'settings.headCap.default')).toMatchObject({ a: { value: 'cap', cite: { article: 'Mục II, điểm B, tiết 4' } }, b: { value: 'warn' } });
    expect(at(d, 'settings.civilServiceCap.default')).toMatchObject({ a: { value: 'cap' }, b: { value: 'warn' } });
    expect(at(d, 'settings.orgLinkageThresholds.default')).toMatchObject({ a: { value: true }, b: { value: false } });
    expect(at(d, 'settings.collectiveHtnvRequiresNoDiscipline')).toMatchObject({ a: { value: null }, b: { value: { default: false, assumption: true } } });
  });

  it('organizations: QĐ 124 discipline bars absent in 132; leadership collective from cảnh cáo (132) vs any form (124); results criteria', () => {
    expect(at(d, 'organization.barHtxsnv')).toMatchObject({ a: { value: null }, b: { cite: { doc: '124-QĐ/TW', article: 'Điều 12, khoản 1' } } });
    expect(at(d, 'organization.leadershipCollective.minForm')).toMatchObject({ a: { value: 'canh-cao', cite: { article: 'Mục II, điểm B, tiết 3' } }, b: { value: 'khien-trach' } });
    expect(at(d, 'organization.grading.resultsIds')).toMatchObject({ a: { value: ['results', 'building'] }, b: { value: ['results'] } });
  });

  it('members: task shares for HTXSNV only in 124; CBCCVC ties only in 132; < 50% a cap in 132, a warning in 124', () => {
    expect(at(d, 'member.taskConditions[level=HTXSNV]')).toMatchObject({ a: { value: null }, b: { value: { onTimePercent: 100, exceededPercent: 50 } } });
    expect(at(d, 'member.civilService.ties.HTXSNV').a.cite).toEqual({ doc: '21-HD/BTCTW', article: 'Mục II, điểm B, tiết 2.3 a' });
    expect(at(d, 'member.targetsBelowHalf.effect')).toMatchObject({ a: { value: 'cap' }, b: { value: 'warning' } });
  });

  it('lists no wording differences across rule sets unless asked', () => {
    expect(d.differences.some((x) => x.path.endsWith('.message') || x.path.endsWith('.cite'))).toBe(false);
    const texts = diffRuleSets('qd132-2018', 'qd124-2023', { texts: true });
    expect(texts.differences.some((x) => x.path === 'member.exempt.cite')).toBe(true);
    expect(texts.differences.length).toBeGreaterThan(d.differences.length);
  });

  it('is deterministic and JSON-safe', () => {
    const again = diffRuleSets(getRuleSet('qd132-2018'), getRuleSet('qd124-2023'));
    expect(JSON.parse(JSON.stringify(again))).toEqual(JSON.parse(JSON.stringify(d)));
    expect(d.differences.map((x) => x.section)).toEqual([...d.differences.map((x) => x.section)].sort((p, q) => ['ruleSet', 'settings', 'criteria', 'checks', 'params'].indexOf(p) - ['ruleSet', 'settings', 'criteria', 'checks', 'params'].indexOf(q)));
  });
});

describe('diffRuleSets within qd132-2018: HD 16 (2018) → HD 21 (2019)', () => {
  const d = diffRuleSets('qd132-2018', 'qd132-2018', { yearA: 2018, yearB: 2019 });

  it('suspended members: rated under HD 16, excluded by HD 21', () => {
    expect(d.a).toEqual({ id: 'qd132-2018', year: 2018, variantFromYear: 2018 });
    expect(at(d, 'member.suspended')).toMatchObject({ a: { value: null }, b: { cite: { doc: '21-HD/BTCTW', article: 'Mục II' } } });
    expect(at(d, 'member.suspendedRated')).toMatchObject({ a: { cite: { doc: '16-HD/BTCTW', article: 'Mục II' } }, b: { value: null } });
  });

  it('the CBCCVC clause of HTXSNV: HD 16 wording and citation (texts compared within one rule set)', () => {
    expect(at(d, 'member.civilService.ties.HTXSNV.cite')).toMatchObject({ a: { cite: { doc: '16-HD/BTCTW' } }, b: { cite: { doc: '21-HD/BTCTW' } } });
    expect(d.differences.map((x) => x.path).filter((p) => !p.endsWith('.cite'))).toEqual([
      'member.suspendedRated',
      'member.civilService.ties.HTXSNV.message',
      'member.suspended',
    ]);
  });

  it('every other difference is a citation: HD 16 in 2018 where HD 21 from 2019, or HD 21 with a note where only HD 21 is known (issue 16)', () => {
    const cites = d.differences.filter((x) => x.path.endsWith('.cite'));
    expect(cites.length).toBeGreaterThan(20);
    for (const x of cites) {
      const a = (x.a as { cite?: { doc: string; note?: string } }).cite!;
      if (a.doc === '21-HD/BTCTW') expect(a.note).toContain('known only from 21-HD/BTCTW');
      else if (a.doc !== '16-HD/BTCTW') expect(a.note).toContain('applied through 16-HD/BTCTW');
    }
    expect(d.differences.map((x) => x.path)).toContain('checks.quota.members.cite');
  });
});

describe('diffRuleSets with a rule set that exposes no parameters', () => {
  it('compares settings, criteria and checks only, and says so', () => {
    const { params: _params, ...withoutParams } = getRuleSet('qd124-2023') as RuleSet & { params?: unknown };
    const bare: RuleSet = { ...withoutParams, id: 'custom' };
    const d = diffRuleSets(bare, 'qd132-2018');
    expect(d.paramsCompared).toBe(false);
    expect(d.differences.some((x) => x.section === 'params')).toBe(false);
    expect(at(d, 'settings.headCap.default')).toMatchObject({ a: { value: 'warn' }, b: { value: 'cap' } });
  });
});
