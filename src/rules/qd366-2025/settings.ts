/**
 * Named settings of the qd366-2025 rule set with their cited defaults (shared/regulations/README.md).
 *
 * @module
 */
import type { SettingsSpec } from '../types.js';

const K1_5 = { doc: '366-QĐ/TW', article: 'Điều 11, khoản 1, tiểu mục 1.5' } as const;
const D11 = { doc: '366-QĐ/TW', article: 'Điều 11' } as const;

/**
 * Settings accepted under QĐ 366, with defaults and whether each default is an assumption.
 * `collectiveHtnvRequiresNoDiscipline` and `subordinateDisciplineKhtnv` are not accepted: they
 * read QĐ 124 rows that reach QĐ 366 only through `inherit124Rules`.
 *
 * @example
 * ```ts
 * import { qd366Settings } from 'xeploai/rules/qd366-2025';
 * qd366Settings.over90FailingConditions?.default; // 'highest-lower'
 * qd366Settings.inherit124Rules?.assumption; // true
 * ```
 */
export const qd366Settings: SettingsSpec = {
  quotaScope: { default: 'tccsd', assumption: true, cite: { ...K1_5, note: 'pool not named: «theo đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng»' } },
  quotaBase: { default: 'httnv', assumption: false, cite: K1_5 },
  quotaPercent: { default: 20, assumption: false, cite: { ...K1_5, note: 'up to 25 by decision of the competent level for outstanding units (đoạn 2)' } },
  quotaMinimumOne: { default: false, assumption: false, cite: { ...K1_5, note: '"nhỏ hơn 01 thì được 01" is a state emulation rule, not a party rule' } },
  headCap: { default: 'warn', assumption: true, cite: { doc: '21-HD/BTCTW', article: 'Mục II, điểm B, tiết 4', note: 'QĐ 132 rule; no head-below-unit rule found for QĐ 366' } },
  sickLeaveCap: { default: true, assumption: true, cite: { doc: '21-HD/BTCTW', article: 'Mục II, tiểu mục 6', note: 'carried over; not seen in HD 43' } },
  over90FailingConditions: { default: 'highest-lower', assumption: true, cite: { ...D11, note: 'a score in a band whose other conditions fail is not provided for' } },
  civilServiceCap: { default: 'warn', assumption: true, cite: { doc: '366-QĐ/TW', article: 'Điều 3, khoản 4', note: 'CBCCVC results are «cơ sở»; no bound stated' } },
  orgLinkageThresholds: { default: false, assumption: true, cite: { doc: '21-HD/BTCTW', article: 'Mục II, điểm B, tiết 1.3', note: 'QĐ 132 thresholds; not found for QĐ 366' } },
  disciplineCountsIn: { default: 'violation-year', assumption: true, cite: { doc: '124-QĐ/TW', article: 'Điều 12, khoản 4, điểm 4.5', note: 'inherited; discipline timing not seen for QĐ 366' } },
  inherit124Rules: { default: true, assumption: true, cite: { doc: '124-QĐ/TW', article: 'Điều 5, khoản 2; Điều 12, khoản 4', note: 'QĐ 366 / HD 43 exclusions and KHTNV hard cases not seen' } },
  requireTaskData: { default: false, assumption: true, cite: { ...D11, note: 'a choice about incomplete files, not a rule of the texts' } },
};
