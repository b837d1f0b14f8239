/**
 * The unit checks of the qd366-2025 rule set as cited data: the quota of 366-QĐ/TW Điều 11,
 * khoản 1, tiểu mục 1.5 (20 %, up to 25 % by decision) for members, organizations and heads.
 *
 * @module
 */
import type { RuleText, UnitCheckParams } from '../types.js';

const K1_5 = { doc: '366-QĐ/TW', article: 'Điều 11, khoản 1, tiểu mục 1.5' } as const;

const QUOTA_MESSAGE = {
  vi: 'Số lượng tập thể, cá nhân được xếp loại "Hoàn thành xuất sắc nhiệm vụ" không vượt quá 20% tổng số tập thể, cá nhân được xếp loại "Hoàn thành tốt nhiệm vụ" theo đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng, do cấp có thẩm quyền xem xét, quyết định (đơn vị có thành tích xuất sắc, nổi trội: không vượt quá 25%)',
  en: 'Collectives and individuals rated HTXSNV may not exceed 20% of those rated HTTNV among subjects of similar position, role, function and tasks, as the competent level decides (outstanding units: up to 25%)',
} as const;

const members: RuleText = {
  cite: K1_5,
  // the text is VERIFIED; the pool (TCCSĐ) is the `quotaScope` setting, whose spec carries the assumption
  assumption: false,
  message: QUOTA_MESSAGE,
};

const organizations: RuleText = {
  cite: { ...K1_5, note: 'pool assumed: the organizations under one superior, or a caller-defined group' },
  assumption: true,
  message: QUOTA_MESSAGE,
};

const leaders: RuleText = {
  cite: { ...K1_5, note: 'pool assumed: heads of organizations of the same group (equivalent posts), else under the same superior' },
  assumption: true,
  message: QUOTA_MESSAGE,
};

/**
 * The qd366-2025 unit-check parameters: the quota text for each kind of subject and the highest
 * `quotaPercent` the competent level may set (25, đoạn 2 of tiểu mục 1.5).
 *
 * @example
 * ```ts
 * import { qd366Checks } from 'xeploai/rules/qd366-2025';
 * qd366Checks.quota.members.cite; // { doc: '366-QĐ/TW', article: 'Điều 11, khoản 1, tiểu mục 1.5' }
 * qd366Checks.quota.maxPercent; // 25
 * ```
 */
export const qd366Checks: UnitCheckParams = {
  // 25 only for the pools a decision names (đoạn 2): a rule-set-wide quotaPercent stays at most 20.
  quota: { members, organizations, leaders, maxPercent: 25, settingMaxPercent: 20 },
};
