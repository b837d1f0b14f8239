/**
 * The warning a result carries when its rule set was named for a review year it does not cover
 * (allowed, e.g. to compare rule sets, but never silent).
 *
 * @module
 */
import type { ReviewFile } from '../model/types.js';
import type { Check, RuleSet, RuleText } from '../rules/types.js';

const YEARS_RULE: RuleText = {
  cite: { doc: 'xeploai', article: 'docs/guides/formats.md §1 ruleSet', note: 'each regulation applies to the review years it was issued for' },
  assumption: false,
  message: {
    vi: 'Bộ quy tắc được chỉ định không áp dụng cho năm đánh giá này; kết quả chỉ để đối chiếu',
    en: 'The rule set named does not apply to this review year; the result is for comparison only',
  },
};

/**
 * A warning check when a rule set named explicitly does not cover the review year (allowed,
 * e.g. to compare rule sets, but never silent).
 *
 * @internal
 * @example
 * ```ts
 * import { getRuleSet } from 'xeploai';
 * ruleSetYearsCheck({ year: 2021 }, getRuleSet('qd124-2023'))?.code; // 'rule-set-years'
 * ```
 */
export function ruleSetYearsCheck(review: Pick<ReviewFile, 'year'>, ruleSet: RuleSet): Check | undefined {
  const { fromYear, toYear } = ruleSet.appliesTo;
  if (review.year >= fromYear && (toYear === undefined || review.year <= toYear)) return undefined;
  const years = `${fromYear}–${toYear ?? ''}`;
  return {
    code: 'rule-set-years',
    subjects: 'members',
    scope: { kind: 'review', id: '' },
    ok: true,
    severity: 'warning',
    cite: YEARS_RULE.cite,
    assumption: false,
    message: { vi: `${YEARS_RULE.message.vi} (${ruleSet.id}: ${years}; năm ${review.year})`, en: `${YEARS_RULE.message.en} (${ruleSet.id}: ${years}; year ${review.year})` },
  };
}
