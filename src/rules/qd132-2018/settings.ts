/**
 * Named settings of the qd132-2018 rule set with their cited defaults (shared/regulations/README.md).
 * Settings the README marks n/a for QĐ 132 (`collectiveHtnvRequiresNoDiscipline`,
 * `over90FailingConditions`) are absent, so a review naming them is an input error.
 *
 * @module
 */
import type { SettingsSpec } from '../types.js';

const T23 = { doc: '21-HD/BTCTW', article: 'Mục II, điểm B, tiết 2.3' } as const;

/**
 * Settings accepted under QĐ 132, with defaults and whether each default is an assumption.
 *
 * @example
 * ```ts
 * import { qd132Settings } from 'xeploai/rules/qd132-2018';
 * qd132Settings.headCap?.default; // 'cap'
 * qd132Settings.disciplineCountsIn?.default; // 'decision-year'
 * ```
 */
export const qd132Settings: SettingsSpec = {
  quotaScope: { default: 'tccsd', assumption: false, cite: { ...T23, note: '«trong từng tổ chức cơ sở đảng»' } },
  quotaBase: { default: 'httnv', assumption: false, cite: T23 },
  quotaPercent: { default: 20, assumption: false, cite: T23 },
  quotaMinimumOne: { default: false, assumption: false, cite: { ...T23, note: '"nhỏ hơn 01 thì được 01" is a state emulation rule, not a party rule' } },
  headCap: { default: 'cap', assumption: false, cite: { doc: '21-HD/BTCTW', article: 'Mục II, điểm B, tiết 4' } },
  subordinateDisciplineKhtnv: { default: false, assumption: true, cite: { doc: '132-QĐ/TW', article: 'Điều 12, khoản 4, điểm a', note: 'scope of "vụ, việc" unresolved' } },
  sickLeaveCap: { default: true, assumption: false, cite: { doc: '21-HD/BTCTW', article: 'Mục II, tiểu mục 6' } },
  civilServiceCap: { default: 'cap', assumption: false, cite: { doc: '21-HD/BTCTW', article: 'Mục II, điểm B, tiết 2', note: 'HTXSNV and KHTNV ties verified; the HTTNV/HTNV ties are flagged on their own findings' } },
  orgLinkageThresholds: { default: true, assumption: false, cite: { doc: '21-HD/BTCTW', article: 'Mục II, điểm B, tiết 1.3', note: 'HTXSNV row verified; HTTNV row partial' } },
  disciplineCountsIn: { default: 'decision-year', assumption: false, cite: { doc: '21-HD/BTCTW', article: 'Mục II, điểm B, tiết 2', note: '«bị thi hành kỷ luật trong năm»' } },
  requireTaskData: { default: false, assumption: true, cite: { doc: '21-HD/BTCTW', article: 'Mục II, điểm B', note: 'a choice about incomplete files, not a rule of the texts' } },
};
