/**
 * Named settings of the qd366-2025 rule set with their cited defaults (shared/regulations/README.md
 * "Named settings", revised 2026-12).
 *
 * @module
 */
import type { SettingsSpec } from '../types.js';

const K1_5 = { doc: '366-QĐ/TW', article: 'Điều 11, khoản 1, tiểu mục 1.5' } as const;
const D11 = { doc: '366-QĐ/TW', article: 'Điều 11' } as const;

/**
 * Settings accepted under QĐ 366, with defaults and whether each default is an assumption.
 * `collectiveHtnvRequiresNoDiscipline` and `subordinateDisciplineKhtnv` read QĐ 124 rows that
 * QĐ 366 does not have, so they are not accepted; `inherit124Rules` is retired.
 *
 * @example
 * ```ts
 * import { qd366Settings } from 'xeploai/rules/qd366-2025';
 * qd366Settings.over90FailingConditions?.default; // 'highest-lower'
 * qd366Settings.disciplineCountsIn?.default; // 'decision-year'
 * qd366Settings.sickLeaveCap?.assumption; // false
 * ```
 */
export const qd366Settings: SettingsSpec = {
  quotaScope: { default: 'tccsd', assumption: true, cite: { ...K1_5, note: 'pool not named: «theo đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng»' } },
  quotaBase: { default: 'httnv', assumption: false, cite: K1_5 },
  quotaPercent: { default: 20, assumption: false, cite: { ...K1_5, note: 'up to 25 only for the pools a recorded decision names (quotaDecisions), đoạn 2' } },
  quotaMinimumOne: { default: false, assumption: false, cite: { ...K1_5, note: '"nhỏ hơn 01 thì được 01" is a state emulation rule, not a party rule' } },
  headCap: { default: 'warn', assumption: true, cite: { doc: '366-QĐ/TW', article: 'Điều 3, khoản 4', note: 'no head-below-unit rule found for QĐ 366' } },
  sickLeaveCap: { default: false, assumption: false, cite: { doc: '43-HD/BTCTW', article: 'Mục 7, tiểu mục 7.5', note: '«căn cứ vào kết quả làm việc thực tế»: no cap' } },
  over90FailingConditions: { default: 'highest-lower', assumption: true, cite: { ...D11, note: 'a score in a band whose other conditions fail is not provided for' } },
  civilServiceCap: { default: 'warn', assumption: true, cite: { doc: '366-QĐ/TW', article: 'Điều 3, khoản 4', note: 'CBCCVC results are «cơ sở»; no bound stated' } },
  orgLinkageThresholds: { default: false, assumption: true, cite: { doc: '21-HD/BTCTW', article: 'Mục II, điểm B, tiết 1.3', note: 'QĐ 132 thresholds; not found for QĐ 366' } },
  disciplineCountsIn: { default: 'decision-year', assumption: false, cite: { ...D11, note: '"một số trường hợp cần lưu ý", case 1: rated «ở thời điểm đánh giá hiện tại»' } },
  requireTaskData: { default: false, assumption: true, cite: { ...D11, note: 'a choice about incomplete files, not a rule of the texts' } },
};
