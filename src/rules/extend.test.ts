import { describe, expect, it } from 'vitest';
import { XeploaiError } from '../errors.js';
import { evaluateReview } from '../builtIn.js';
import { defineScoreSheet } from '../score/sheet.js';
import { caseTable, evaluateWith, expectFinding, expectLevel, expectNoFinding, review } from '../testing/index.js';
import { extendRuleSet, type ExtraFinding, type RuleSetExtension } from './extend.js';
import { qd124, qd124MemberParams } from './qd124-2023/index.js';
import { getRuleSet } from './registry.js';
import { defaultSettings } from './settings.js';
import type { RuleDocument, RuleSet, RuleText } from './types.js';
import { ruleSetParams } from './common/byYear.js';

const HD: RuleDocument = { id: '05-HD/TU', title: 'Hướng dẫn kiểm điểm, xếp loại năm 2024 (ví dụ)', issuedOn: '2024-11-01', issuer: 'Ban Tổ chức Tỉnh ủy' };
const cite = (article: string) => ({ doc: '05-HD/TU', article });
const text = (article: string, vi: string, en: string): RuleText => ({ cite: cite(article), assumption: false, message: { vi, en } });

const missedMeetings: ExtraFinding = {
  subjects: 'members',
  code: 'tinh-bo-sinh-hoat',
  severity: 'cap',
  cap: 'HTNV',
  rule: text('Mục II, điểm 3', 'Bỏ sinh hoạt chi bộ từ 3 kỳ trở lên trong năm không có lý do', 'Missed 3 or more cell meetings in the year without reason'),
  // The review file has no attendance field: this example reads it from the member's tasks.
  when: (member) => (member.tasks !== undefined && member.tasks.assigned - member.tasks.completed >= 3 ? { path: 'tasks', detail: { vi: `${member.tasks.assigned - member.tasks.completed} kỳ`, en: `${member.tasks.assigned - member.tasks.completed} meetings` } } : false),
};

const ext: RuleSetExtension = {
  id: 'tinh-vi-du-2024',
  title: 'QĐ 124 với hướng dẫn của Tỉnh ủy (ví dụ)',
  documents: [HD],
  settings: { quotaPercent: { default: 15, cite: cite('Mục II, điểm 2') }, headCap: 'cap' },
  extraFindings: [missedMeetings],
};

function snapshot(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'function' ? `fn:${(v as { name: string }).name}` : v));
}

describe('extendRuleSet', () => {
  it('makes a new frozen rule set and leaves the base untouched (values and frozenness)', () => {
    const before = snapshot(qd124);
    const settingsFrozen = Object.isFrozen(qd124.settings);
    const tinh = extendRuleSet(qd124, ext);
    expect(snapshot(qd124)).toBe(before);
    expect(Object.isFrozen(qd124.settings)).toBe(settingsFrozen);
    expect(Object.isFrozen(tinh)).toBe(true);
    expect(Object.isFrozen(tinh.settings)).toBe(true);
    expect(Object.isFrozen(tinh.documents)).toBe(true);
    expect(Object.isFrozen(tinh.checks)).toBe(true);
    expect(tinh).toMatchObject({ id: 'tinh-vi-du-2024', base: 'qd124-2023', appliesTo: qd124.appliesTo, periods: qd124.periods });
    expect(tinh.documents.map((d) => d.id)).toEqual([...qd124.documents.map((d) => d.id), '05-HD/TU']);
    expect(defaultSettings(tinh)).toEqual({ ...defaultSettings(qd124), quotaPercent: 15, headCap: 'cap' });
    expect(tinh.settings.quotaPercent).toEqual({ default: 15, assumption: false, cite: cite('Mục II, điểm 2') });
    // a bare value keeps the base's citation and assumption flag
    expect(tinh.settings.headCap).toEqual({ ...qd124.settings.headCap, default: 'cap' });
    expect(() => {
      (tinh as { id: string }).id = 'x';
    }).toThrow(TypeError);
  });

  it('applies a stricter quota: 1 HTXSNV for 6 HTTNV passes at 20 % and fails at 15 %', () => {
    const tinh = extendRuleSet(qd124, ext);
    const unit = review(2024).organization({ id: 'cb' }).member({ proposedLevel: 'HTXSNV' }).members(6, { proposedLevel: 'HTTNV' });
    const quota = (rs: RuleSet) => evaluateWith(rs, unit).checks.find((c) => c.code === 'quota' && c.subjects === 'members');
    expect(quota(qd124)?.ok).toBe(true);
    expect(quota(tinh)).toMatchObject({ ok: false, demote: 1, suggest: ['dv-1'] });
    // a review may still set its own value, within the rule set's maximum
    expect(evaluateWith(tinh, unit.settings({ quotaPercent: 20 })).checks.find((c) => c.code === 'quota')?.ok).toBe(true);
  });

  it('adds cited province findings: a ceiling only when it bites, after the base rules', () => {
    const tinh = extendRuleSet(qd124, ext);
    const r = evaluateWith(tinh, review(2024).organization({ id: 'cb' })
      .member({ proposedLevel: 'HTTNV', tasks: { assigned: 12, completed: 8 } })
      .member({ proposedLevel: 'HTNV', tasks: { assigned: 12, completed: 8 } })
      .member({ proposedLevel: 'HTTNV', tasks: { assigned: 12, completed: 11 } }));
    expectLevel(r, 'dv-1', 'HTNV');
    expect(expectFinding(r, 'dv-1', 'tinh-bo-sinh-hoat', { severity: 'cap', cap: 'HTNV', cite: cite('Mục II, điểm 3'), path: 'tasks' }).message.vi).toBe(
      'Bỏ sinh hoạt chi bộ từ 3 kỳ trở lên trong năm không có lý do (4 kỳ)',
    );
    expectNoFinding(r, 'dv-2', 'tinh-bo-sinh-hoat');
    expectNoFinding(r, 'dv-3', 'tinh-bo-sinh-hoat');
    expectLevel(r, 'dv-3', 'HTTNV');
    // the base knows nothing of it
    expectLevel(evaluateWith(qd124, review(2024).member({ proposedLevel: 'HTTNV', tasks: { assigned: 12, completed: 8 } })), 'dv-1', 'HTTNV');
  });

  it('applies organization and leader findings, warnings and infos, with their default paths', () => {
    const tinh = extendRuleSet(qd124, {
      id: 'tinh-b',
      title: 'B',
      documents: [HD],
      extraFindings: [
        { subjects: 'organizations', code: 'tinh-chi-bo-nho', severity: 'warning', rule: text('Mục III', 'Chi bộ dưới 3 đảng viên', 'Cell with fewer than 3 members'), when: (org, { ctx }) => ctx.organizationFacts(org.id).members.rated + ctx.organizationFacts(org.id).members.notRated < 3 },
        { subjects: 'leaders', code: 'tinh-bi-thu', severity: 'info', rule: text('Mục IV', 'Bí thư chi bộ', 'Cell secretary'), when: (_m, { post }) => post.title === 'Bí thư' },
      ],
    });
    const r = evaluateWith(tinh, review(2024).organization({ id: 'cb', proposedLevel: 'HTTNV' }).head({ proposedLevel: 'HTTNV' }));
    expectFinding(r, 'cb', 'tinh-chi-bo-nho', { severity: 'warning', path: 'organizations[0]' });
    expectLevel(r, 'cb', 'HTTNV');
    expectFinding(r, { leader: 'dv-1' }, 'tinh-bi-thu', { severity: 'info', path: 'members[0].posts[0]' });
  });

  it('skips subjects that are not rated', () => {
    const tinh = extendRuleSet(qd124, ext);
    const r = evaluateWith(tinh, review(2024).member({ admittedOn: '2024-10-01', tasks: { assigned: 12, completed: 1 }, proposedLevel: 'HTTNV' }));
    expectLevel(r, 'dv-1', null);
    expectNoFinding(r, 'dv-1', 'tinh-bo-sinh-hoat');
  });

  it('rebuilds the pipelines from cited params', () => {
    const tinh = extendRuleSet(qd124, {
      id: 'tinh-c',
      title: 'C',
      documents: [HD],
      params: { member: { ...qd124MemberParams, sickLeave: { ...qd124MemberParams.sickLeave, minDays: 60, rule: text('Mục II, điểm 5', 'Nghỉ ốm từ 2 tháng', 'Sick leave of 2 months') } } },
    });
    const b = review(2024).member({ proposedLevel: 'HTTNV', leave: { sickDays: 70 } });
    expectFinding(evaluateWith(tinh, b), 'dv-1', 'sick-leave', { cap: 'HTNV', cite: { doc: '05-HD/TU' } });
    expectNoFinding(evaluateWith(qd124, b), 'dv-1', 'sick-leave');
    // the parameters in force are exposed for tools that compare rule sets
    expect(ruleSetParams(tinh)?.member.sickLeave.minDays).toBe(60);
    expect(ruleSetParams(tinh)?.organization).toBe(ruleSetParams(qd124)?.organization);
    expect(ruleSetParams(qd124)?.member.sickLeave.minDays).toBe(90);
  });

  it('derives params from the base with a function', () => {
    const tinh = extendRuleSet(qd124, {
      id: 'tinh-e',
      title: 'E',
      documents: [HD],
      params: { member: (p) => ({ ...p, sickLeave: { ...p.sickLeave, minDays: 30, rule: text('Mục II, điểm 5', 'Nghỉ ốm từ 1 tháng', 'Sick leave of 1 month') } }) },
    });
    expectFinding(evaluateWith(tinh, review(2024).member({ proposedLevel: 'HTTNV', leave: { sickDays: 31 } })), 'dv-1', 'sick-leave');
    expect(ruleSetParams(extendRuleSet(qd124, { id: 'tinh-f', title: 'F' }))).toBe(ruleSetParams(qd124));
  });

  it('keeps score sheets and extends extensions', () => {
    const sheet = defineScoreSheet({
      id: 'tinh-ca-nhan', title: 'Cá nhân (tỉnh)', cite: cite('Phụ lục 1'),
      groups: [
        { id: 'general', title: 'Chung', part: 'general', max: 30, items: [{ id: 'g', title: 'Chung', max: 30 }] },
        { id: 'results', title: 'Nhiệm vụ', part: 'results', max: 70, items: [{ id: 'r', title: 'Nhiệm vụ', max: 70 }] },
      ],
    });
    const tinh = extendRuleSet(getRuleSet('qd366-2025'), { id: 'tinh-d', title: 'D', documents: [HD], scoreSheets: { 'ca-nhan-khong-giu-chuc-vu': sheet } });
    expect(tinh.scoreSheets['ca-nhan-khong-giu-chuc-vu']).toBe(sheet);
    const huyen = extendRuleSet(tinh, { id: 'huyen-d', title: 'D huyện', settings: { quotaPercent: 10 } });
    expect(huyen.base).toBe('tinh-d');
    expect(huyen.scoreSheets['ca-nhan-khong-giu-chuc-vu']).toBe(sheet);
    expect(huyen.settings.quotaPercent?.default).toBe(10);
    expect(huyen.documents.map((d) => d.id)).toContain('05-HD/TU');
  });

  it('is used by evaluateReview through options.ruleSet, whatever the file names', () => {
    const tinh = extendRuleSet(qd124, ext);
    const r = evaluateReview({ ...review(2024).member({ proposedLevel: 'HTTNV' }).raw(), ruleSet: 'qd124-2023' }, { ruleSet: tinh });
    expect(r.ruleSet.id).toBe('tinh-vi-du-2024');
    expect(r.settings.quotaPercent).toBe(15);
  });

  it('runs case tables', () => {
    caseTable(extendRuleSet(qd124, ext), [
      { name: 'bỏ 4 kỳ sinh hoạt → HTNV', member: { proposedLevel: 'HTTNV', tasks: { assigned: 12, completed: 8 } }, level: 'HTNV', findings: ['tinh-bo-sinh-hoat'] },
      { name: 'bỏ 1 kỳ → giữ HTTNV', member: { proposedLevel: 'HTTNV', tasks: { assigned: 12, completed: 11 } }, level: 'HTTNV', absent: ['tinh-bo-sinh-hoat'] },
    ]).assertAll();
  });
});

describe('extendRuleSet refuses a bad extension at definition time, listing every problem', () => {
  function issues(extension: unknown): { path: string; code: string }[] {
    try {
      extendRuleSet(qd124, extension as RuleSetExtension);
    } catch (e) {
      if (e instanceof XeploaiError) return e.issues.map((i) => ({ path: i.path, code: i.code }));
      throw e;
    }
    throw new Error('expected XeploaiError');
  }

  it('a province finding without a citation, or citing a document the rule set does not list', () => {
    const noCite = { ...missedMeetings, rule: { assumption: false, message: { vi: 'x', en: 'x' } } };
    const emptyArticle = { ...missedMeetings, code: 'b', rule: { ...missedMeetings.rule, cite: { doc: '05-HD/TU', article: ' ' } } };
    const otherDoc = { ...missedMeetings, code: 'c', rule: { ...missedMeetings.rule, cite: { doc: '99-HD/TU', article: 'Mục I' } } };
    expect(issues({ ...ext, extraFindings: [noCite, emptyArticle, otherDoc] })).toEqual([
      { path: 'extraFindings[0].rule.cite', code: 'missing-citation' },
      { path: 'extraFindings[1].rule.cite.article', code: 'missing-citation' },
      { path: 'extraFindings[2].rule.cite.doc', code: 'unknown-document' },
    ]);
  });

  it('codes, severities, caps and when', () => {
    expect(issues({ ...ext, extraFindings: [
      { ...missedMeetings, code: 'Bad Code' },
      { ...missedMeetings, cap: undefined },
      { ...missedMeetings, code: 'x', severity: 'warning' },
      { ...missedMeetings, code: 'y', severity: 'fatal', cap: undefined, when: 'yes' },
      { ...missedMeetings, code: 'y', subjects: 'people' },
    ] })).toEqual([
      { path: 'extraFindings[0].code', code: 'invalid-code' },
      { path: 'extraFindings[1].cap', code: 'invalid-value' },
      { path: 'extraFindings[2].cap', code: 'invalid-value' },
      { path: 'extraFindings[3].severity', code: 'invalid-value' },
      { path: 'extraFindings[3].when', code: 'invalid-type' },
      { path: 'extraFindings[4].subjects', code: 'invalid-value' },
      { path: 'extraFindings[4].code', code: 'duplicate-code' },
    ]);
  });

  it('settings outside their domains, unknown settings, a quota above the maximum, a new setting without citation', () => {
    expect(issues({ ...ext, settings: { headCap: 'maybe', quotaPercent: 0, nope: true } })).toEqual([
      { path: 'settings.nope', code: 'unknown-setting' },
      { path: 'settings.headCap.default', code: 'invalid-setting' },
      { path: 'settings.quotaPercent.default', code: 'invalid-setting' },
    ]);
    expect(issues({ ...ext, settings: { quotaPercent: 25 } })).toEqual([{ path: 'settings.quotaPercent.default', code: 'invalid-setting' }]);
    expect(issues({ ...ext, settings: { over90FailingConditions: 'residual-khtnv' } })).toEqual([{ path: 'settings.over90FailingConditions.cite', code: 'missing-citation' }]);
  });

  it('an extension can lower the quota, never raise it above the base\'s maximum (issue 16)', () => {
    expect(issues({ id: 'x', title: 'X', checks: { quota: { maxPercent: 40 } }, settings: { quotaPercent: 40 } })).toEqual([
      { path: 'checks.quota.maxPercent', code: 'above-maximum' },
      { path: 'settings.quotaPercent.default', code: 'invalid-setting' },
    ]);
    const lowered = extendRuleSet(qd124, { id: 'x', title: 'X', checks: { quota: { maxPercent: 15 } } });
    expect(lowered.checks.quota.maxPercent).toBe(15);
    expect(() => evaluateWith(lowered, review(2024).organization({ id: 'cb' }).settings({ quotaPercent: 20 }))).toThrow(/settings\.quotaPercent: expected an integer from 1 to 15/);
  });

  it('a setting\'s cite must name a document of the rule set; a cited quotaPercent cites the quota checks it drives', () => {
    expect(issues({ ...ext, settings: { quotaPercent: { default: 15, cite: { doc: '99-HD/TU', article: 'Mục I' } } } })).toEqual([{ path: 'settings.quotaPercent.cite.doc', code: 'unknown-document' }]);
    const tinh = extendRuleSet(qd124, ext);
    const unit = review(2024).organization({ id: 'cb' }).member({ proposedLevel: 'HTXSNV' }).members(6, { proposedLevel: 'HTTNV' });
    const check = evaluateWith(tinh, unit).checks.find((c) => c.code === 'quota' && c.subjects === 'members')!;
    expect(check.cite).toMatchObject({ doc: '05-HD/TU', article: 'Mục II, điểm 2', note: expect.stringContaining('124-QĐ/TW') });
  });

  it('ids, titles, documents, params without citations, score sheets not made by defineScoreSheet', () => {
    expect(issues({ id: 'qd124-2023', title: '' })).toEqual([{ path: 'id', code: 'duplicate-id' }, { path: 'title', code: 'invalid-type' }]);
    expect(issues({ id: 'Tỉnh X', title: 'X', documents: [{ id: 'a', title: 'b', issuer: 'c', issuedOn: '2024-02-30' }] })).toEqual([
      { path: 'id', code: 'invalid-id' },
      { path: 'documents[0].issuedOn', code: 'invalid-date' },
    ]);
    const params = { member: { ...qd124MemberParams, maternity: { cite: { doc: '', article: 'x' }, assumption: false, message: { vi: 'x', en: '' } } } };
    expect(issues({ id: 'x', title: 'X', params })).toEqual([
      { path: 'params.member.maternity.cite.doc', code: 'missing-citation' },
      { path: 'params.member.maternity.message.en', code: 'missing-message' },
    ]);
    expect(issues({ id: 'x', title: 'X', scoreSheets: { 'tap-the': { id: 'fake', groups: [] } } })).toEqual([{ path: 'scoreSheets.tap-the', code: 'invalid-sheet' }]);
    const { params: _params, ...bare } = qd124;
    expect(() => extendRuleSet(bare, { id: 'x', title: 'X', params: { member: (p) => p } })).toThrow(/params\.member: expected the whole member parameters/);
  });
});
