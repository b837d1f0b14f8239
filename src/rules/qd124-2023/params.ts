/**
 * QĐ 124-QĐ/TW (with HD 25-HD/BTCTW) as cited data for the shared member, organization and
 * leader pipelines. Confidence marks follow shared/regulations/qd124-2023.md: a rule marked
 * ASSUMPTION there has `assumption: true` here.
 *
 * @module
 */
import { ruleText as r } from '../common/findings.js';
import type { GradingTable, LeaderParams, MemberParams, OrganizationParams } from '../common/params.js';
import { hd21LinkageBySetting } from '../linkageHd21.js';

const QD = '124-QĐ/TW';
const K1 = { doc: QD, article: 'Điều 12, khoản 1' } as const;
const K2 = { doc: QD, article: 'Điều 12, khoản 2' } as const;
const K3 = { doc: QD, article: 'Điều 12, khoản 3' } as const;
const K4 = { doc: QD, article: 'Điều 12, khoản 4' } as const;
const D11 = { doc: QD, article: 'Điều 11' } as const;
const D12 = { doc: QD, article: 'Điều 12' } as const;
const EXCLUSIONS = { doc: QD, article: 'Điều 5, khoản 2' } as const;

/** 4.7: text cut for QĐ 124; the wording is QĐ 366's (shared/regulations/qd124-2023.md §5). */
const BOTH_UNITS = r(
  { doc: QD, article: 'Điều 12, khoản 4, điểm 4.7', note: 'text not seen; wording of 366-QĐ/TW' },
  'Vi phạm ở cả đơn vị cũ và đơn vị mới: mỗi kỷ luật tính vào kết quả xếp loại của đơn vị nơi xảy ra vi phạm',
  'Violations at both the former and the new unit: each discipline counts for the unit where its violation happened',
  true,
);

const kem = r(K4, 'Có tiêu chí bị đánh giá mức Kém', 'A criterion was graded Poor (Kém)');
const belowAll = r(D12, 'Các tiêu chí không đạt mức tối thiểu của mức "Hoàn thành nhiệm vụ"', 'The criteria do not reach the minimum for HTNV');

/**
 * Individual criteria → level (Điều 12 khoản 1–3).
 *
 * @example
 * ```ts
 * import { qd124IndividualGrading } from 'xeploai/rules/qd124-2023';
 * qd124IndividualGrading.rows[0]?.results; // 'xuat-sac'
 * ```
 */
export const qd124IndividualGrading: GradingTable = {
  resultsIds: ['results'],
  rows: [
    { level: 'HTXSNV', results: 'xuat-sac', others: 'tot', rule: r(K1, 'Các tiêu chí từ Tốt trở lên, kết quả thực hiện nhiệm vụ Xuất sắc', 'All criteria Good or better, results Excellent') },
    { level: 'HTTNV', results: 'tot', others: 'trung-binh', rule: r(K2, 'Các tiêu chí từ Trung bình trở lên, kết quả thực hiện nhiệm vụ từ Tốt trở lên', 'All criteria Average or better, results Good or better') },
    { level: 'HTNV', results: 'trung-binh', others: 'trung-binh', rule: r(K3, 'Các tiêu chí cơ bản từ Trung bình trở lên', 'Basic criteria Average or better') },
  ],
  kem,
  belowAll,
};

/**
 * Collective criteria → level (Điều 12 khoản 1–3, tập thể).
 *
 * @example
 * ```ts
 * import { qd124CollectiveGrading } from 'xeploai/rules/qd124-2023';
 * qd124CollectiveGrading.rows.length; // 3
 * ```
 */
export const qd124CollectiveGrading: GradingTable = {
  ...qd124IndividualGrading,
  rows: [
    { level: 'HTXSNV', results: 'xuat-sac', others: 'tot', rule: r(K1, 'Tập thể: các tiêu chí từ Tốt trở lên, kết quả thực hiện nhiệm vụ Xuất sắc', 'Collective: all criteria Good or better, results Excellent') },
    { level: 'HTTNV', results: 'tot', others: 'trung-binh', rule: r(K2, 'Tập thể: các tiêu chí từ Trung bình trở lên, kết quả từ Tốt trở lên', 'Collective: all criteria Average or better, results Good or better') },
    { level: 'HTNV', results: 'trung-binh', others: 'trung-binh', rule: r(K3, 'Tập thể: các tiêu chí cơ bản từ Trung bình trở lên', 'Collective: basic criteria Average or better') },
  ],
};

const noBasis = r({ doc: QD, article: 'Điều 11', note: 'no criteria, score or proposal in the input' }, 'Không có căn cứ xếp loại (tiêu chí, điểm hoặc mức đề xuất)', 'No basis for a level (criteria, score or proposed level)');
const proposed = r({ ...D11, note: 'Bước 3: the competent level decides; it may rate lower than the criteria allow' }, 'Cấp có thẩm quyền đề xuất mức thấp hơn', 'The competent body proposed a lower level');

/**
 * Member rules of QĐ 124 (Điều 5 k2; Điều 12 k1–4; HD 21 carried over where flagged).
 *
 * @example
 * ```ts
 * import { qd124MemberParams } from 'xeploai/rules/qd124-2023';
 * qd124MemberParams.discipline.selfDetectedException; // true (điểm 4.3 d)
 * ```
 */
export const qd124MemberParams: MemberParams = {
  exempt: r(EXCLUSIONS, 'Đảng viên được miễn công tác và sinh hoạt đảng: không kiểm điểm, không xếp loại', 'Member exempted from party work and activities: not reviewed or rated'),
  suspended: r(EXCLUSIONS, 'Đảng viên bị đình chỉ sinh hoạt đảng: không kiểm điểm, không xếp loại', 'Member suspended from party activities: not reviewed or rated'),
  notReviewed: r(
    { doc: QD, article: 'Điều 5', note: 'every đảng viên is reviewed and rated but those excluded by khoản 2' },
    'Đảng viên thuộc đối tượng kiểm điểm, đánh giá, xếp loại nhưng chưa được kiểm điểm: không xếp loại',
    'Member due for review who was not reviewed: not rated',
  ),
  newMember: {
    months: 6,
    reviewed: false,
    rule: r({ ...EXCLUSIONS, note: '"chưa đủ 6 tháng" read as admission date + 6 calendar months > review date' }, 'Đảng viên mới kết nạp chưa đủ 6 tháng: không kiểm điểm, không xếp loại', 'Member admitted less than 6 months before the review: not reviewed or rated', true),
  },
  grading: qd124IndividualGrading,
  taskConditions: [
    { level: 'HTXSNV', onTimePercent: 100, exceededPercent: 50, rule: r(K1, 'Mức HTXSNV cần 100% chỉ tiêu, nhiệm vụ hoàn thành đúng tiến độ, chất lượng, hiệu quả, trong đó ít nhất 50% vượt mức', 'HTXSNV needs 100% of targets on time, with at least 50% exceeded') },
  ],
  tasksNotGiven: r({ ...K1, note: 'tasks absent from the input (setting requireTaskData)' }, 'Không có số liệu chỉ tiêu, nhiệm vụ: chưa kiểm tra được điều kiện về nhiệm vụ', 'No task data: the task conditions could not be checked', true),
  conclusions: r({ doc: QD, article: 'Điều 12, khoản 4, điểm 4.3 a', note: 'sub-number inferred' }, 'Bị cấp có thẩm quyền kết luận suy thoái, vi phạm những điều đảng viên không được làm hoặc vi phạm trách nhiệm nêu gương', 'Concluded by a competent authority: degradation, prohibited acts or breach of the duty to set an example'),
  discipline: {
    inPeriod: r({ doc: QD, article: 'Điều 12, khoản 4, điểm 4.3 d' }, 'Bị xử lý kỷ luật trong năm đánh giá', 'Disciplined in the review year'),
    selfDetectedException: true,
    selfDetected: r({ doc: QD, article: 'Điều 12, khoản 4, điểm 4.3 d' }, 'Kỷ luật không tính do tự phát hiện và khắc phục xong hậu quả', 'Discipline not counted: self-detected and consequences remedied'),
    reRate: r({ doc: QD, article: 'Điều 12, khoản 4, điểm 4.5' }, 'Vi phạm của năm trước bị xử lý trong năm: cấp có thẩm quyền xem xét xếp loại lại năm xảy ra vi phạm', 'Earlier-year violation decided this year: the superior re-rates the year of the violation'),
    otherUnit: r({ doc: QD, article: 'Điều 12, khoản 4, điểm 4.6' }, 'Vi phạm xảy ra ở đơn vị cũ: tính vào kết quả xếp loại của đơn vị cũ, không quy trách nhiệm cho đơn vị mới', 'Violation at the former unit: counts against that unit\'s result, never the new unit\'s'),
    bothUnits: BOTH_UNITS,
  },
  targetsBelowHalf: { effect: 'warning', rule: r({ doc: QD, article: 'Điều 12, khoản 4, điểm 4.3 b–c', note: 'text not seen; not applied' }, 'Hoàn thành dưới 50% chỉ tiêu, nhiệm vụ: cần xem xét mức "Không hoàn thành nhiệm vụ"', 'Under 50% of targets completed: consider KHTNV', true) },
  sickLeave: { minDays: 90, cap: 'HTNV', rule: r({ doc: '21-HD/BTCTW', article: 'Mục II, tiểu mục 6', note: 'carried over from HD 21 (setting sickLeaveCap)' }, 'Nghỉ ốm từ 3 tháng trở lên trong năm: không xếp loại từ HTTNV trở lên', 'Sick leave of 3 months or more: not HTTNV or above', true) },
  maternity: r({ doc: '21-HD/BTCTW', article: 'Mục II, tiểu mục 6', note: 'carried over from HD 21' }, 'Nghỉ thai sản: xếp loại theo thời gian công tác thực tế', 'Maternity leave: rated on the time actually worked', true),
  civilService: {
    ties: {},
    mismatch: r({ doc: QD, article: 'Điều 3', note: 'kết hợp chặt chẽ với xếp loại CBCCVC; no tie found (setting civilServiceCap)' }, 'Mức xếp loại đảng viên cao hơn mức xếp loại cán bộ, công chức, viên chức', 'Party level above the civil-service level', true),
  },
  proposed,
  noBasis,
  consecutiveKhtnv: r({ doc: '02-HD/BTCTW', article: 'Mục II, tiểu mục 1', note: '2021' }, 'Hai năm liền không hoàn thành nhiệm vụ: chi bộ giáo dục, giúp đỡ trước khi xem xét đưa ra khỏi Đảng (không tự động)', 'KHTNV two years running: the chi bộ educates and helps before considering removal (not automatic)'),
  consecutiveKhtnvCadre: r({ doc: '41-QĐ/TW', article: 'căn cứ xem xét miễn nhiệm, mục 4', note: 'replaced by 377-QĐ/TW (08/10/2025)' }, 'Cán bộ hai năm liên tiếp không hoàn thành nhiệm vụ: căn cứ xem xét miễn nhiệm; chi bộ giáo dục, giúp đỡ', 'Cadre KHTNV two years running: a ground to consider dismissal; the chi bộ educates and helps'),
};

/**
 * Organization rules of QĐ 124 (Điều 12 k1–4; HD 21 carried over where flagged).
 *
 * @example
 * ```ts
 * import { qd124OrganizationParams } from 'xeploai/rules/qd124-2023';
 * qd124OrganizationParams.disciplinedUnitsShare?.percent; // 20
 * ```
 */
export const qd124OrganizationParams: OrganizationParams = {
  newOrganization: { months: 6, rule: r({ doc: '21-HD/BTCTW', article: 'Mục II, tiểu mục 6', note: 'carried over from HD 21' }, 'Tổ chức đảng mới thành lập chưa đủ 6 tháng: không xếp loại', 'Organization founded less than 6 months before the review: not rated', true) },
  aboveGrassrootsWithoutBasis: r({ doc: '25-HD/BTCTW', article: 'Mục 1, tiểu mục 1.1' }, 'Cấp trên cơ sở: chỉ xếp loại khi có căn cứ trong hồ sơ', 'Above the grassroots: rated only when the file gives a basis'),
  grading: qd124CollectiveGrading,
  taskConditions: [],
  tasksNotGiven: qd124MemberParams.tasksNotGiven,
  barHtxsnv: r(K1, 'Mức HTXSNV: không có đơn vị trực thuộc hoặc thành viên tập thể lãnh đạo, quản lý bị kỷ luật', 'HTXSNV: no subordinate unit or leadership member may have been disciplined'),
  barHttnv: r(K2, 'Mức HTTNV: không có đơn vị trực thuộc hoặc thành viên tập thể lãnh đạo, quản lý bị kỷ luật (trừ trường hợp tự phát hiện và khắc phục xong hậu quả)', 'HTTNV: no subordinate unit or leadership member disciplined (unless self-detected and remedied)'),
  barHtnv: r({ ...K3, note: 'the HTNV row repeats the HTTNV bar (setting collectiveHtnvRequiresNoDiscipline)' }, 'Mức HTNV: không có đơn vị trực thuộc hoặc thành viên tập thể lãnh đạo bị kỷ luật', 'HTNV: no subordinate unit or leadership member disciplined', true),
  subordinateCase: r({ doc: QD, article: 'Điều 12, khoản 4, điểm 4.1 a', note: 'sub-number inferred; scope unresolved (setting subordinateDisciplineKhtnv)' }, 'Có đơn vị trực thuộc xảy ra vụ việc vi phạm bị xử lý kỷ luật (không tự phát hiện): cần xem xét mức KHTNV', 'A subordinate unit had a violation that was disciplined (not self-detected): consider KHTNV', true),
  selfDisciplined: { effect: 'cap', rule: r({ doc: QD, article: 'Điều 12, khoản 4, điểm 4.1 c', note: 'sub-number inferred' }, 'Tập thể lãnh đạo, quản lý bị xử lý kỷ luật trong năm', 'The leadership collective was disciplined in the year') },
  disciplinedUnitsShare: { percent: 20, rule: r({ doc: QD, article: 'Điều 12, khoản 4, điểm 4.1 c', note: 'sub-number inferred' }, 'Có trên 20% số đơn vị trực thuộc bị kỷ luật trong năm', 'More than 20% of subordinate units disciplined in the year') },
  taskShortfall: { code: 'targets-below-half', belowPercent: 50, withMainTargetsMissed: true, forceMajeure: 'lifts', rule: r({ doc: QD, article: 'Điều 12, khoản 4, điểm 4.1 b', note: 'sub-number inferred' }, 'Chỉ hoàn thành dưới 50% số chỉ tiêu, nhiệm vụ và có chỉ tiêu chủ yếu không đạt (không do bất khả kháng)', 'Under 50% of targets met and main targets missed (no force majeure)') },
  conclusions: r({ ...K4, note: 'sub-number not seen' }, 'Bị cấp có thẩm quyền kết luận mất đoàn kết nội bộ hoặc có thành viên suy thoái', 'Concluded by a competent authority: internal disunity or degradation'),
  leadershipCollective: {
    minForm: 'khien-trach',
    exceptSelfDetected: true,
    rule: r({ ...K4, note: 'attributed to the leadership collective; its own rating is outside review@1' }, 'Tập thể lãnh đạo, quản lý có thành viên bị kỷ luật trong năm: tập thể lãnh đạo xếp loại KHTNV (không áp dụng cho tổ chức đảng)', 'A leadership-collective member was disciplined: the leadership collective is KHTNV (not applied to the organization)', true),
  },
  otherUnitViolation: r({ doc: QD, article: 'Điều 12, khoản 4, điểm 4.6' }, 'Vi phạm của đảng viên xảy ra tại đơn vị này (kỷ luật ở đơn vị mới) được tính vào kết quả xếp loại của đơn vị', 'A member\'s violation committed here (disciplined elsewhere) counts against this unit'),
  bothUnitsViolation: BOTH_UNITS,
  linkage: hd21LinkageBySetting,
  proposed,
  noBasis,
  consecutiveKhtnv: r({ ...K4, note: 'consequence for collectives not named; reported only' }, 'Tổ chức hai năm liên tiếp không hoàn thành nhiệm vụ', 'Organization KHTNV two years running', true),
};

/**
 * Leader rules of QĐ 124 (Điều 12 k4 on the unit led; QĐ 89 via Điều 10 k3; `headCap`).
 *
 * @example
 * ```ts
 * import { qd124LeaderParams } from 'xeploai/rules/qd124-2023';
 * qd124LeaderParams.headAboveUnit.assumption; // true
 * ```
 */
export const qd124LeaderParams: LeaderParams = {
  posts: 'heads',
  // «… dưới 50% … và có các chỉ tiêu chủ yếu không đạt kế hoạch giao (trừ trường hợp bất khả kháng)»: both conjuncts.
  unitShortfall: { code: 'unit-targets-below-half', belowPercent: 50, withMainTargetsMissed: true, forceMajeure: 'lifts', rule: r({ ...K4, note: 'sub-number not seen' }, 'Đơn vị do mình trực tiếp lãnh đạo, quản lý chỉ hoàn thành dưới 50% số chỉ tiêu, nhiệm vụ và có các chỉ tiêu chủ yếu không đạt kế hoạch giao (trừ bất khả kháng)', 'The unit led completed under 50% of its targets and missed its main targets (no force majeure)') },
  unitConditions: [
    {
      level: 'HTTNV', completedPercent: 100, onTimePercent: 80, subordinatesAtLeast: 'HTNV',
      rule: { ...r({ doc: '89-QĐ/TW', article: 'Mục III, tiểu mục 1.2', note: 'applied through 124-QĐ/TW Điều 10, khoản 3' }, 'Mức HTTNV của người đứng đầu: đơn vị hoàn thành tất cả chỉ tiêu, ít nhất 80% đúng tiến độ, 100% đơn vị trực thuộc từ HTNV trở lên', 'Head at HTTNV: the unit completed all targets, at least 80% on time, every directly managed unit HTNV or above') },
    },
  ],
  unitTasksNotGiven: r({ doc: '89-QĐ/TW', article: 'Mục III, tiểu mục 1.2' }, 'Không có số liệu nhiệm vụ của đơn vị do mình lãnh đạo: chưa kiểm tra được điều kiện', 'No task data for the unit led: its conditions could not be checked', true),
  headAboveUnit: r({ doc: QD, article: 'Điều 3', note: 'linkage principle; no explicit cap found (setting headCap)' }, 'Người đứng đầu được xếp cao hơn đơn vị mình lãnh đạo', 'Head rated above the unit he or she heads', true),
  unitNotRated: r({ doc: QD, article: 'Điều 11' }, 'Đơn vị do mình đứng đầu chưa được xếp loại: chưa đối chiếu được', 'The unit headed is not rated: no comparison made'),
};
