/**
 * The criteria catalogue accepted under QĐ 366. QĐ 366 rates on the 100-point score, so
 * criterion grades are not a basis for the level (an `info` finding says so when they are
 * given); the catalogue says which ids a file may still carry: the three verified parts of the
 * individuals' general group, and the QĐ 124 ids for files carried over from earlier years.
 *
 * @module
 */
import { qd124CollectiveCriteria, qd124IndividualCriteria } from '../qd124-2023/criteria.js';
import type { CriterionDef } from '../types.js';

const ANNEX = { doc: '366-QĐ/TW', article: 'Phụ lục' } as const;
const CARRIED = 'QĐ 124 criterion id, accepted for files carried over; not a QĐ 366 basis';

function carried(defs: readonly CriterionDef[], skip: readonly string[]): CriterionDef[] {
  return defs.filter((d) => !skip.includes(d.id)).map((d) => ({ ...d, cite: { ...d.cite, note: d.cite.note === undefined ? CARRIED : `${d.cite.note}; ${CARRIED}` } }));
}

const OWN_INDIVIDUAL: readonly CriterionDef[] = [
  { id: 'results', title: { vi: 'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ (70 điểm)', en: 'Results of tasks (70 points)' }, cite: ANNEX },
  { id: 'politics', title: { vi: 'Phẩm chất chính trị, đạo đức, lối sống, thực hiện trách nhiệm nêu gương', en: 'Political quality, ethics, lifestyle, setting an example' }, cite: { ...ANNEX, note: 'first part of the general group' } },
  { id: 'innovation', title: { vi: 'Tư duy đổi mới, dám nghĩ, dám làm', en: 'Innovative thinking, daring to think and act' }, cite: { ...ANNEX, note: 'second part of the general group' } },
  { id: 'remedy', title: { vi: 'Tự phê bình và phê bình, tự soi, tự sửa, khắc phục hạn chế, khuyết điểm', en: 'Self-criticism and criticism, remedying shortcomings' }, cite: { ...ANNEX, note: 'third part of the general group' } },
];

/**
 * Individual criterion ids under QĐ 366 (not a basis for the level).
 *
 * @example
 * ```ts
 * import { qd366IndividualCriteria } from 'xeploai/rules/qd366-2025';
 * qd366IndividualCriteria.map((c) => c.id).slice(0, 4); // ['results', 'politics', 'innovation', 'remedy']
 * ```
 */
export const qd366IndividualCriteria: readonly CriterionDef[] = [...OWN_INDIVIDUAL, ...carried(qd124IndividualCriteria, OWN_INDIVIDUAL.map((d) => d.id))];

/**
 * Collective criterion ids under QĐ 366 (not a basis for the level; collective sub-weights are unknown).
 *
 * @example
 * ```ts
 * import { qd366CollectiveCriteria } from 'xeploai/rules/qd366-2025';
 * qd366CollectiveCriteria[0]?.id; // 'results'
 * ```
 */
export const qd366CollectiveCriteria: readonly CriterionDef[] = [
  { id: 'results', title: { vi: 'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ (70 điểm)', en: 'Results of tasks (70 points)' }, cite: ANNEX },
  ...carried(qd124CollectiveCriteria, ['results']),
];
