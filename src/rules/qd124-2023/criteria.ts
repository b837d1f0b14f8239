/**
 * The criteria catalogue of QĐ 124-QĐ/TW (Điều 10): what each criterion id means.
 *
 * @module
 */
import type { CriterionDef } from '../types.js';

const K2 = { doc: '124-QĐ/TW', article: 'Điều 10, khoản 2' } as const;
const COLLECTIVE = { doc: '124-QĐ/TW', article: 'Điều 10' } as const;

/**
 * Individual criteria (cá nhân): Điều 10 khoản 2; graded Xuất sắc / Tốt / Trung bình / Kém (Điều 11).
 *
 * @example
 * ```ts
 * import { qd124IndividualCriteria } from 'xeploai/rules/qd124-2023';
 * qd124IndividualCriteria.map((c) => c.id); // ['results', 'politics', …]
 * ```
 */
export const qd124IndividualCriteria: readonly CriterionDef[] = [
  { id: 'results', title: { vi: 'Kết quả thực hiện chức trách, nhiệm vụ được giao trong năm (lượng hóa bằng sản phẩm cụ thể)', en: 'Results of assigned duties in the year (with concrete products)' }, cite: K2 },
  { id: 'politics', title: { vi: 'Chính trị tư tưởng', en: 'Political ideology' }, cite: K2 },
  { id: 'ethics', title: { vi: 'Phẩm chất đạo đức, lối sống', en: 'Ethics and lifestyle' }, cite: K2 },
  { id: 'discipline', title: { vi: 'Ý thức tổ chức kỷ luật', en: 'Sense of organisation and discipline' }, cite: K2 },
  { id: 'workstyle', title: { vi: 'Tác phong, lề lối làm việc', en: 'Working style and methods' }, cite: K2 },
  { id: 'unity', title: { vi: 'Đoàn kết nội bộ', en: 'Internal unity' }, cite: { ...K2, note: 'part of the ý thức tổ chức kỷ luật group' } },
  { id: 'assignment', title: { vi: 'Thực hiện nhiệm vụ đảng viên được chi bộ phân công', en: 'Tasks assigned by the chi bộ' }, cite: { ...K2, note: 'as in Mẫu 02A' } },
  { id: 'remedy', title: { vi: 'Kết quả khắc phục hạn chế, yếu kém, khuyết điểm đã được chỉ ra', en: 'Remedying shortcomings identified earlier' }, cite: { doc: '124-QĐ/TW', article: 'Điều 10, khoản 2, điểm 2.3' } },
];

/**
 * Collective criteria (tập thể): building the collective, results of tasks, remedying shortcomings (Điều 10).
 *
 * @example
 * ```ts
 * import { qd124CollectiveCriteria } from 'xeploai/rules/qd124-2023';
 * qd124CollectiveCriteria.some((c) => c.id === 'building'); // true
 * ```
 */
export const qd124CollectiveCriteria: readonly CriterionDef[] = [
  { id: 'results', title: { vi: 'Kết quả thực hiện nhiệm vụ chính trị được giao trong năm', en: 'Results of the political tasks of the year' }, cite: COLLECTIVE },
  { id: 'building', title: { vi: 'Xây dựng tổ chức đảng, tập thể về chính trị, tư tưởng, đạo đức, tổ chức, cán bộ', en: 'Building the organisation: politics, ideology, ethics, organisation, cadres' }, cite: COLLECTIVE },
  { id: 'leadership', title: { vi: 'Lãnh đạo, chỉ đạo thực hiện nhiệm vụ', en: 'Leadership and direction' }, cite: COLLECTIVE },
  { id: 'inspection', title: { vi: 'Công tác kiểm tra, giám sát', en: 'Inspection and supervision' }, cite: COLLECTIVE },
  { id: 'democracy', title: { vi: 'Thực hiện nguyên tắc tập trung dân chủ', en: 'Democratic centralism' }, cite: COLLECTIVE },
  { id: 'unity', title: { vi: 'Đoàn kết nội bộ', en: 'Internal unity' }, cite: COLLECTIVE },
  { id: 'remedy', title: { vi: 'Kết quả khắc phục hạn chế, khuyết điểm đã được chỉ ra', en: 'Remedying shortcomings identified earlier' }, cite: COLLECTIVE },
];
