/**
 * Named settings of the qd124-2023 rule set with their cited defaults (shared/regulations/README.md).
 *
 * @module
 */
import type { SettingsSpec } from '../types.js';

const K1 = { doc: '124-QĐ/TW', article: 'Điều 12, khoản 1' } as const;

/**
 * Settings accepted under QĐ 124, with defaults and whether each default is an assumption.
 *
 * @example
 * ```ts
 * import { qd124Settings } from 'xeploai/rules/qd124-2023';
 * qd124Settings.headCap?.default; // 'warn'
 * ```
 */
export const qd124Settings: SettingsSpec = {
  quotaScope: { default: 'tccsd', assumption: true, cite: { ...K1, note: 'pool not named: "nhóm có vị trí, vai trò, chức năng tương đồng"' } },
  quotaBase: { default: 'httnv', assumption: false, cite: K1 },
  quotaPercent: { default: 20, assumption: false, cite: K1 },
  quotaMinimumOne: { default: false, assumption: false, cite: { ...K1, note: '"nhỏ hơn 01 thì được 01" is a state emulation rule, not a party rule' } },
  headCap: { default: 'warn', assumption: true, cite: { doc: '124-QĐ/TW', article: 'Điều 3', note: 'linkage principle; no explicit cap found' } },
  collectiveHtnvRequiresNoDiscipline: { default: false, assumption: true, cite: { doc: '124-QĐ/TW', article: 'Điều 12, khoản 3', note: 'the HTNV row repeating the HTTNV bar is likely a copy' } },
  subordinateDisciplineKhtnv: { default: false, assumption: true, cite: { doc: '124-QĐ/TW', article: 'Điều 12, khoản 4, điểm 4.1 a', note: 'scope of "vụ việc" unresolved' } },
  sickLeaveCap: { default: true, assumption: true, cite: { doc: '21-HD/BTCTW', article: 'Mục II, tiểu mục 6', note: 'carried over from HD 21' } },
  civilServiceCap: { default: 'warn', assumption: true, cite: { doc: '124-QĐ/TW', article: 'Điều 3', note: 'principle only; no tie found' } },
  orgLinkageThresholds: { default: false, assumption: true, cite: { doc: '21-HD/BTCTW', article: 'Mục II, điểm B, tiết 1.3', note: 'QĐ 132 thresholds; not found for QĐ 124' } },
  disciplineCountsIn: { default: 'violation-year', assumption: true, cite: { doc: '124-QĐ/TW', article: 'Điều 12, khoản 4, điểm 4.5', note: 'not forcing the review year to KHTNV is inferred' } },
  requireTaskData: { default: false, assumption: true, cite: { doc: '124-QĐ/TW', article: 'Điều 12, khoản 1', note: 'a choice about incomplete files, not a rule of the texts' } },
};
