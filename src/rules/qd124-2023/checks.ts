/**
 * The unit checks of the qd124-2023 rule set as cited data: the 20 % quota (QĐ 124 Điều 12 k1)
 * for members, organizations and heads.
 *
 * @module
 */
import type { RuleText, UnitCheckParams } from '../types.js';

const K1 = { doc: '124-QĐ/TW', article: 'Điều 12, khoản 1' } as const;

// The Vietnamese wording of khoản 1 was seen through an English summary (lawnet), so the messages
// paraphrase it rather than quote it.
const QUOTA_MESSAGE = {
  vi: 'Số tập thể, cá nhân được xếp loại "Hoàn thành xuất sắc nhiệm vụ" không vượt quá 20% số được xếp loại "Hoàn thành tốt nhiệm vụ" trong từng nhóm đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng; cấp có thẩm quyền xem xét, quyết định',
  en: 'Collectives and individuals rated HTXSNV may not exceed 20% of those rated HTTNV within each group with similar positions, roles, functions and tasks; the competent level decides',
} as const;

const members: RuleText = {
  cite: K1,
  // the text is VERIFIED; the pool (TCCSĐ) is the `quotaScope` setting, whose spec carries the assumption
  assumption: false,
  message: QUOTA_MESSAGE,
};

const organizations: RuleText = {
  cite: { ...K1, note: 'pool assumed: the organizations under one superior, or a caller-defined group' },
  assumption: true,
  message: QUOTA_MESSAGE,
};

const leaders: RuleText = {
  cite: { ...K1, note: 'pool assumed: heads of organizations of the same group (equivalent posts), else under the same superior' },
  assumption: true,
  message: QUOTA_MESSAGE,
};

/**
 * The qd124-2023 unit-check parameters: the quota text for each kind of subject and the highest
 * `quotaPercent` (20: no exception was found in QĐ 124 or HD 25, unlike QĐ 366's 25 %).
 *
 * @example
 * ```ts
 * import { qd124Checks } from 'xeploai/rules/qd124-2023';
 * qd124Checks.quota.members.cite; // { doc: '124-QĐ/TW', article: 'Điều 12, khoản 1' }
 * qd124Checks.quota.maxPercent; // 20
 * ```
 */
export const qd124Checks: UnitCheckParams = {
  quota: { members, organizations, leaders, maxPercent: 20 },
};
