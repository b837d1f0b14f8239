import { describe, expect, it } from 'vitest';
import type { ReviewFile } from '../model/index.js';
import { CIVIL_SERVICE_SHARE_TEXT, CIVIL_SERVICE_SHARE_TEXT_2026, civilServiceShareChecks } from './civilService.js';
import { REVIEW, RESULTS } from './testFixture.js';
import { member, memberResult, organization } from '../testing/index.js';
import { makeContext, testParams, withCivil } from './testUtil.js';

describe('civilServiceShareChecks', () => {
  it('compares the CBCCVC HTXSNV share with the members’ HTXSNV share per pool', () => {
    const checks = civilServiceShareChecks(makeContext(REVIEW), withCivil(RESULTS, makeContext(REVIEW)), testParams());
    // only TCCSĐ xa-a has members with civilService: CBCCVC 2/4 against party 5/20 → 40 > 20
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({
      code: 'civil-service-share',
      subjects: 'members',
      scope: { kind: 'tccsd', id: 'xa-a' },
      ok: false,
      severity: 'warning',
      assumption: true,
      civilService: { rated: 4, HTXSNV: 2, HTTNV: 2 },
      party: { rated: 20, HTXSNV: 5 },
      quotaRuleOk: false,
      cite: CIVIL_SERVICE_SHARE_TEXT.cite,
    });
    expect(checks[0]!.message.en).toContain('2/4');
  });

  it('passes on equal shares (cross-multiplied, no rounding)', () => {
    const review: ReviewFile = {
      format: 'xeploai/review@1',
      year: 2024,
      organizations: [organization('x', 'chi-bo-co-so')],
      members: [
        member('a', 'x', { civilService: { level: 'HTXSNV' } }),
        member('b', 'x', { civilService: { level: 'HTTNV' } }),
        member('c', 'x', { civilService: { level: 'HTTNV' } }),
        member('d', 'x'),
        member('e', 'x'),
        member('f', 'x'),
      ],
    };
    // CBCCVC 1/3, party 2/6
    const results = { members: [memberResult('a', 'x', 'HTXSNV'), memberResult('b', 'x', 'HTXSNV'), ...['c', 'd', 'e', 'f'].map((id) => memberResult(id, 'x', 'HTTNV'))], organizations: [], leaders: [] };
    expect(civilServiceShareChecks(makeContext(review), withCivil(results, makeContext(review)), testParams())[0]).toMatchObject({ ok: true, civilService: { rated: 3, HTXSNV: 1 }, party: { rated: 6, HTXSNV: 2 } });
  });

  it('uses the rule set’s own text when it gives one, and follows quotaScope', () => {
    const text = { ...CIVIL_SERVICE_SHARE_TEXT, cite: { doc: 'OWN', article: '1' } };
    const checks = civilServiceShareChecks(makeContext(REVIEW, { quotaScope: 'chi-bo' }), withCivil(RESULTS, makeContext(REVIEW, { quotaScope: 'chi-bo' })), { ...testParams(), civilServiceShare: text });
    expect(checks.map((c) => [c.scope.kind, c.scope.id, c.cite.doc])).toEqual([['chi-bo', 'cb-a1', 'OWN']]);
  });

  it('follows the review year: none before 2023, NĐ 90 as amended by NĐ 48 for 2023–2025, NĐ 335 from 2026', () => {
    const at = (year: number) => civilServiceShareChecks(makeContext({ ...REVIEW, year }), withCivil(RESULTS, makeContext({ ...REVIEW, year })), testParams()).map((c) => c.cite);
    expect(at(2018)).toEqual([]);
    expect(at(2022)).toEqual([]);
    expect(at(2023)).toEqual([CIVIL_SERVICE_SHARE_TEXT.cite]);
    expect(at(2025)).toEqual([CIVIL_SERVICE_SHARE_TEXT.cite]);
    expect(at(2026)).toEqual([CIVIL_SERVICE_SHARE_TEXT_2026.cite]);
    expect(at(2026)[0]).toMatchObject({ doc: '335/2025/NĐ-CP', article: 'Điều 20, khoản 5, điểm a' });
  });

  it('emits nothing where no member carries civilService', () => {
    const review = { ...REVIEW, members: REVIEW.members.filter((m) => m.orgId !== 'cb-a1') };
    const results = { ...RESULTS, members: RESULTS.members.filter((m) => m.orgId !== 'cb-a1') };
    expect(civilServiceShareChecks(makeContext(review), withCivil(results, makeContext(review)), testParams())).toEqual([]);
  });
});
