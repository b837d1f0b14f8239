// The types of `extendRuleSet` as `xeploai/rules` exports it: a province rule set is a RuleSet,
// its `data` schemas type what `when` receives, and its texts must be whole.
import * as z from 'zod';
import { describe, expectTypeOf, it } from 'vitest';
import { evaluateReview, getRuleSet, type ReviewResult, type RuleSet } from '../index.js';
import { extendRuleSet, type ExtendedRuleSet, type ExtraFinding, type RuleSetExtension } from './index.js';

const base = getRuleSet('qd124-2023');
const doc = { id: '05-HD/TU', title: 'Hướng dẫn (ví dụ)', issuedOn: '2024-11-01', issuer: 'Ban Tổ chức Tỉnh ủy' };
const rule = { cite: { doc: '05-HD/TU', article: 'Mục II, điểm 3' }, assumption: false, message: { vi: 'Vắng sinh hoạt', en: 'Missed meetings' } };

describe('extendRuleSet', () => {
  it('gives an ExtendedRuleSet, usable wherever a RuleSet is', () => {
    const tinh = extendRuleSet(base, { id: 'tinh-vi-du-2024', title: 'QĐ 124 (ví dụ)', documents: [doc] });
    expectTypeOf(tinh).toEqualTypeOf<ExtendedRuleSet>();
    expectTypeOf(tinh).toExtend<RuleSet>();
    expectTypeOf(tinh.base).toBeString();
    expectTypeOf(evaluateReview).toBeCallableWith({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [] }, { ruleSet: tinh });
    expectTypeOf(evaluateReview({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [] }, { ruleSet: tinh })).toEqualTypeOf<ReviewResult>();
  });

  it('types `data` in `when` from the schemas', () => {
    extendRuleSet(base, {
      id: 'tinh-vi-du-2024', title: 'QĐ 124 (ví dụ)', documents: [doc],
      data: { members: z.object({ vangSinhHoat: z.int() }), organizations: z.object({ soBuoi: z.int() }) },
      extraFindings: [
        {
          subjects: 'members', code: 'tinh-vang-sinh-hoat', severity: 'cap', cap: 'HTNV', rule,
          when: (m) => {
            expectTypeOf(m.data).toEqualTypeOf<{ vangSinhHoat: number } | undefined>();
            return (m.data?.vangSinhHoat ?? 0) >= 3;
          },
        },
        {
          subjects: 'organizations', code: 'tinh-so-buoi', severity: 'warning', rule,
          when: (o) => {
            expectTypeOf(o.data).toEqualTypeOf<{ soBuoi: number } | undefined>();
            return (o.data?.soBuoi ?? 12) < 12;
          },
        },
      ],
    });
  });

  it('refuses a finding without its text, a wrong severity or a base that is not a rule set', () => {
    extendRuleSet(base, {
      id: 'tinh-vi-du-2024', title: 'QĐ 124 (ví dụ)',
      // @ts-expect-error every province finding carries its cited text
      extraFindings: [{ subjects: 'members', code: 'tinh-x', severity: 'warning', when: () => true }],
    });
    extendRuleSet(base, {
      id: 'tinh-vi-du-2024', title: 'QĐ 124 (ví dụ)',
      // @ts-expect-error `error` is not a province finding's severity
      extraFindings: [{ subjects: 'members', code: 'tinh-x', severity: 'error', rule, when: () => true }],
    });
    // @ts-expect-error the base is a rule set object, not its id
    extendRuleSet('qd124-2023', { id: 'tinh-vi-du-2024', title: 'QĐ 124 (ví dụ)' });
    expectTypeOf<ExtraFinding>().toHaveProperty('rule');
    expectTypeOf<RuleSetExtension>().toHaveProperty('extraFindings');
  });
});
