/**
 * The criteria catalogue of QĐ 132-QĐ/TW: what each criterion id means. The ids are those of the
 * other rule sets, so a review file keeps its criteria when re-rated under another rule set.
 *
 * @module
 */
import type { CriterionDef } from '../types.js';

// The article of QĐ 132 listing the criteria was not seen (digest §2: PARTIAL).
const QD = { doc: '132-QĐ/TW', article: '(article no. not seen)', note: 'PARTIAL: content from a news summary' } as const;
const FORM = { doc: '21-HD/BTCTW', article: 'Mẫu 04-HD KĐ.ĐG 2019' } as const;

/**
 * Individual criteria (cá nhân): chính trị tư tưởng; đạo đức, lối sống; ý thức tổ chức kỷ luật;
 * tác phong, lề lối làm việc; kết quả thực hiện nhiệm vụ; khắc phục hạn chế. Graded Xuất sắc /
 * Tốt / Trung bình / Kém (Mẫu 04-HD KĐ.ĐG 2019).
 *
 * @example
 * ```ts
 * import { qd132IndividualCriteria } from 'xeploai/rules/qd132-2018';
 * qd132IndividualCriteria.map((c) => c.id); // ['results', 'politics', 'ethics', 'discipline', 'workstyle', 'unity', 'assignment', 'remedy']
 * ```
 */
export const qd132IndividualCriteria: readonly CriterionDef[] = [
  { id: 'results', title: { vi: 'Kết quả thực hiện nhiệm vụ chính trị được giao trong năm', en: 'Results of the political tasks assigned in the year' }, cite: QD },
  { id: 'politics', title: { vi: 'Chính trị tư tưởng', en: 'Political ideology' }, cite: QD },
  { id: 'ethics', title: { vi: 'Đạo đức, lối sống', en: 'Ethics and lifestyle' }, cite: QD },
  { id: 'discipline', title: { vi: 'Ý thức tổ chức kỷ luật', en: 'Sense of organisation and discipline' }, cite: QD },
  { id: 'workstyle', title: { vi: 'Tác phong, lề lối làm việc', en: 'Working style and methods' }, cite: QD },
  { id: 'unity', title: { vi: 'Đoàn kết nội bộ', en: 'Internal unity' }, cite: { ...QD, note: 'part of the ý thức tổ chức kỷ luật group; id kept from the shared catalogue' } },
  { id: 'assignment', title: { vi: 'Thực hiện nhiệm vụ đảng viên được chi bộ phân công', en: 'Tasks assigned by the chi bộ' }, cite: { doc: '21-HD/BTCTW', article: 'Mẫu 02-HD KĐ.ĐG 2019', note: 'id kept from the shared catalogue; item of the individual review form' } },
  { id: 'remedy', title: { vi: 'Việc khắc phục hạn chế, khuyết điểm đã được chỉ ra', en: 'Remedying shortcomings identified earlier' }, cite: QD },
];

/**
 * Collective criteria (tập thể): building the collective; results of the tasks of the year;
 * remedying shortcomings. `results` and `building` are the "results criteria" of HD 21 tiết 1.3.
 *
 * @example
 * ```ts
 * import { qd132CollectiveCriteria } from 'xeploai/rules/qd132-2018';
 * qd132CollectiveCriteria.some((c) => c.id === 'building'); // true
 * ```
 */
export const qd132CollectiveCriteria: readonly CriterionDef[] = [
  { id: 'results', title: { vi: 'Lãnh đạo thực hiện nhiệm vụ chính trị (kinh tế - xã hội, quốc phòng, an ninh) trong năm', en: 'Leading the political tasks of the year (socio-economic, defence, security)' }, cite: { doc: '21-HD/BTCTW', article: 'Mục II, điểm B, tiết 1.3' } },
  { id: 'building', title: { vi: 'Thực hiện kế hoạch công tác xây dựng Đảng; xây dựng tập thể', en: 'Carrying out the party-building plan; building the collective' }, cite: { doc: '21-HD/BTCTW', article: 'Mục II, điểm B, tiết 1.3' } },
  { id: 'leadership', title: { vi: 'Lãnh đạo, chỉ đạo thực hiện nhiệm vụ', en: 'Leadership and direction' }, cite: { ...FORM, note: 'id kept from the shared catalogue' } },
  { id: 'inspection', title: { vi: 'Công tác kiểm tra, giám sát', en: 'Inspection and supervision' }, cite: { ...FORM, note: 'id kept from the shared catalogue' } },
  { id: 'democracy', title: { vi: 'Thực hiện nguyên tắc tập trung dân chủ', en: 'Democratic centralism' }, cite: { ...FORM, note: 'id kept from the shared catalogue' } },
  { id: 'unity', title: { vi: 'Đoàn kết nội bộ', en: 'Internal unity' }, cite: { ...FORM, note: 'id kept from the shared catalogue' } },
  { id: 'remedy', title: { vi: 'Việc khắc phục hạn chế, khuyết điểm đã được chỉ ra', en: 'Remedying shortcomings identified earlier' }, cite: QD },
];
