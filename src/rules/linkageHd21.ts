/**
 * HD 21's linkage thresholds (21-HD/BTCTW Mục II, điểm B, tiết 1.3: an organization's level tied
 * to its members', its units' and the same-level bodies' levels), as the rule sets after QĐ 132
 * apply them: only by the setting `orgLinkageThresholds`, every row flagged as an assumption
 * (no such thresholds were found for QĐ 124 or QĐ 366). Kept apart so that a rule set using them
 * does not load another rule set's data.
 *
 * @module
 */
import { ruleText as r } from './common/findings.js';
import type { LinkageParams } from './common/params.js';

/**
 * The HD 21 thresholds applied by setting (QĐ 124, QĐ 366).
 *
 * @example
 * ```ts
 * import { hd21LinkageBySetting } from 'xeploai/rules';
 * hd21LinkageBySetting.rows[0]?.atLeastHttnvPercent; // 80
 * hd21LinkageBySetting.rows[0]?.rule.assumption; // true
 * ```
 */
export const hd21LinkageBySetting: LinkageParams = {
  rows: [
    { level: 'HTXSNV', atLeastHtnvPercent: 100, atLeastHttnvPercent: 80, sameLevelBodiesAtLeast: 'HTTNV', rule: r({ doc: '21-HD/BTCTW', article: 'Mục II, điểm B, tiết 1.3', note: 'QĐ 132 thresholds applied by setting orgLinkageThresholds' }, 'HTXSNV: 100% từ HTNV, ít nhất 80% từ HTTNV trở lên; chính quyền, MTTQ, đoàn thể cùng cấp từ HTTNV', 'HTXSNV: 100% HTNV or above, at least 80% HTTNV or above; same-level bodies HTTNV or above', true) },
    { level: 'HTTNV', atLeastHtnvPercent: 100, atLeastHttnvPercent: 50, sameLevelBodiesAtLeast: 'HTNV', rule: r({ doc: '21-HD/BTCTW', article: 'Mục II, điểm B, tiết 1.3', note: 'QĐ 132 thresholds applied by setting orgLinkageThresholds' }, 'HTTNV: 100% từ HTNV, ít nhất 50% từ HTTNV trở lên; cơ quan cùng cấp từ HTNV', 'HTTNV: 100% HTNV or above, at least 50% HTTNV or above; same-level bodies HTNV or above', true) },
  ],
  sameLevelBodiesNotGiven: r({ doc: '21-HD/BTCTW', article: 'Mục II, điểm B, tiết 1.3' }, 'Không có mức xếp loại của chính quyền, MTTQ, đoàn thể cùng cấp: chưa kiểm tra điều kiện này', 'Same-level bodies not given: that condition was not checked', true),
};
