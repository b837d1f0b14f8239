/**
 * The unit checks of the qd132-2018 rule set as cited data: the 20 % quota (HD 21 tiết 2.3 for
 * members, tiết 4 for heads; the organizations' pool is an assumption, tiết 1.3 being cut).
 *
 * @module
 */
import type { RuleText, UnitCheckParams } from '../types.js';
import { asHd16 } from './params.js';

const HD = '21-HD/BTCTW';

const members: RuleText = {
  cite: { doc: HD, article: 'Mục II, điểm B, tiết 2.3' },
  assumption: false,
  message: {
    vi: 'Số đảng viên được xếp loại "Hoàn thành xuất sắc nhiệm vụ" «không vượt quá 20% số đảng viên được xếp loại "Hoàn thành tốt nhiệm vụ" trong từng tổ chức cơ sở đảng»',
    en: 'Members rated HTXSNV may not exceed 20% of the members rated HTTNV in each grassroots party organization',
  },
};

const leaders: RuleText = {
  cite: { doc: HD, article: 'Mục II, điểm B, tiết 4' },
  // The text names the pool: «theo chức danh tương đương ở từng cấp, từng ngành, từng lĩnh vực».
  assumption: false,
  message: {
    vi: 'Số cán bộ lãnh đạo, quản lý được xếp loại "Hoàn thành xuất sắc nhiệm vụ" «không vượt quá 20% số được xếp loại "Hoàn thành tốt nhiệm vụ" theo chức danh tương đương ở từng cấp, từng ngành, từng lĩnh vực»',
    en: 'Leaders rated HTXSNV may not exceed 20% of those rated HTTNV among equivalent posts at each level, sector and field',
  },
};

const organizations: RuleText = {
  cite: { doc: HD, article: 'Mục II, điểm B, tiết 1.3', note: '«Lưu ý: Cấp có thẩm quyền xem xét, quyết định s[ố lượng …]» cut; read as 20% of HTTNV among the organizations under one superior' },
  assumption: true,
  message: {
    vi: 'Số tổ chức đảng được xếp loại "Hoàn thành xuất sắc nhiệm vụ" không vượt quá 20% số được xếp loại "Hoàn thành tốt nhiệm vụ" (cấp có thẩm quyền xem xét, quyết định)',
    en: 'Organizations rated HTXSNV may not exceed 20% of those rated HTTNV (the competent level decides)',
  },
};

/**
 * The qd132-2018 unit-check parameters: the quota text for each kind of subject and the highest
 * `quotaPercent` (20: no exception was found in QĐ 132, HD 16 or HD 21).
 *
 * @example
 * ```ts
 * import { qd132Checks } from 'xeploai/rules/qd132-2018';
 * qd132Checks.quota.members.cite; // { doc: '21-HD/BTCTW', article: 'Mục II, điểm B, tiết 2.3' }
 * qd132Checks.quota.maxPercent; // 20
 * ```
 */
export const qd132Checks: UnitCheckParams = (() => {
  const hd21: UnitCheckParams = { quota: { members, organizations, leaders, maxPercent: 20 } };
  return { ...hd21, byYear: [{ fromYear: 2018, params: asHd16(hd21) }, { fromYear: 2019, params: hd21 }] };
})();
