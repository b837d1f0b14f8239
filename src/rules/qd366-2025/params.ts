/**
 * QĐ 366-QĐ/TW (with HD 43-HD/BTCTW) as cited data for the shared member, organization and
 * leader pipelines, in the same shape as QĐ 132 and QĐ 124: exclusions (Điều 5 k2), the score
 * bands and level conditions of Điều 11 k1–3 by subject group (Điều 10 k2), the KHTNV cases of
 * khoản 4 (collective c1–c4, leader l1–l5, non-leader n1–n2) with the cases left to the competent
 * level, discipline timing and place, partial years (HD 43 Mục 7) and the review forms. Confidence
 * marks follow shared/regulations/qd366-2025.md (revised 2026-12): VERIFIED → `assumption: false`;
 * PARTIAL → a `note`; ASSUMPTION → `assumption: true`. Nothing here is carried over from QĐ 124.
 *
 * @module
 */
import { ruleText as r } from '../common/findings.js';
import type { LeaderParams, MemberParams, OrganizationParams, TaskCondition, TaskShortfall } from '../common/params.js';
import type { LevelConditions, ScoreBand, ScoreParams } from '../common/score.js';
import type { RuleText } from '../types.js';
import { hd21LinkageBySetting } from '../linkageHd21.js';

const QD = '366-QĐ/TW';
const HD = '43-HD/BTCTW';
const D11 = { doc: QD, article: 'Điều 11' } as const;
const K1 = { doc: QD, article: 'Điều 11, khoản 1' } as const;
const K1_1 = { doc: QD, article: 'Điều 11, khoản 1, tiểu mục 1.1' } as const;
const K1_2 = { doc: QD, article: 'Điều 11, khoản 1, tiểu mục 1.2' } as const;
const K1_3 = { doc: QD, article: 'Điều 11, khoản 1, tiểu mục 1.3' } as const;
const K1_4 = { doc: QD, article: 'Điều 11, khoản 1, tiểu mục 1.4' } as const;
const K2 = { doc: QD, article: 'Điều 11, khoản 2' } as const;
const K3 = { doc: QD, article: 'Điều 11, khoản 3' } as const;
const EXCLUSIONS = { doc: QD, article: 'Điều 5, khoản 2, tiểu mục 2.1' } as const;
const LINKAGE = { doc: QD, article: 'Điều 3, khoản 4' } as const;
const FORMS = { doc: HD, article: 'Mục 2, tiểu mục 2.1, tiết b' } as const;
const PARTIAL_YEAR = { doc: HD, article: 'Mục 7, tiểu mục 7.5' } as const;
/** Khoản 4 has no sub-numbers in the copies seen: the note names the subject group and the case. */
const k4 = (note: string) => ({ doc: QD, article: 'Điều 11, khoản 4', note });
/** «Một số trường hợp cần lưu ý» of Điều 11 (clause number not seen). */
const NOTE_CASE = (n: number) => ({ doc: QD, article: 'Điều 11', note: `"một số trường hợp cần lưu ý", case ${n}` });

/**
 * The four bands of Điều 11, best first: «từ 90 điểm trở lên»; «từ 70 đến dưới 90 điểm»; «từ 50
 * đến dưới 70 điểm»; «dưới 50 điểm». Scores are compared in integer tenths.
 *
 * @example
 * ```ts
 * import { qd366ScoreBands } from 'xeploai/rules/qd366-2025';
 * qd366ScoreBands.map((b) => [b.level, b.minTenths]); // [['HTXSNV', 900], ['HTTNV', 700], ['HTNV', 500], ['KHTNV', 0]]
 * ```
 */
export const qd366ScoreBands: readonly ScoreBand[] = [
  { level: 'HTXSNV', minTenths: 900, rule: r(K1, 'Điểm từ 90 điểm trở lên (khung mức "Hoàn thành xuất sắc nhiệm vụ")', 'Score of 90 points or more (HTXSNV band)') },
  { level: 'HTTNV', minTenths: 700, rule: r(K2, 'Điểm từ 70 điểm đến dưới 90 điểm (khung mức "Hoàn thành tốt nhiệm vụ")', 'Score from 70 to under 90 points (HTTNV band)') },
  { level: 'HTNV', minTenths: 500, rule: r(K3, 'Điểm từ 50 điểm đến dưới 70 điểm (khung mức "Hoàn thành nhiệm vụ")', 'Score from 50 to under 70 points (HTNV band)') },
  { level: 'KHTNV', minTenths: 0, rule: r(k4('tổng điểm đánh giá dưới 50 điểm'), 'Tổng điểm đánh giá dưới 50 điểm (mức "Không hoàn thành nhiệm vụ")', 'Score under 50 points (KHTNV)') },
];

const shortcomings = r(K1_4, 'Mức HTXSNV: đã khắc phục 100% các hạn chế, khuyết điểm được chỉ ra ở thời điểm kiểm điểm trước (nếu có)', 'HTXSNV: 100% of the shortcomings identified at the previous review remedied (if any)');
const HTNV_VI = 'hoàn thành 100% các nhiệm vụ được giao; số nhiệm vụ chưa bảo đảm tiến độ không vượt quá 20%';
const HTNV_EN = '100% of tasks done, no more than 20% behind schedule';

function task(level: TaskCondition['level'], cite: RuleText['cite'], shares: Omit<TaskCondition, 'level' | 'rule'>, vi: string, en: string): TaskCondition {
  return { level, ...shares, rule: r(cite, vi, en) };
}

/**
 * Conditions for non-leaders and members outside the political system, on their own tasks
 * (tiểu mục 1.3, 1.4; khoản 2, 3).
 *
 * @example
 * ```ts
 * import { qd366IndividualConditions } from 'xeploai/rules/qd366-2025';
 * qd366IndividualConditions[0]?.tasks.exceededPercent; // 30
 * ```
 */
export const qd366IndividualConditions: readonly LevelConditions[] = [
  { level: 'HTXSNV', tasks: task('HTXSNV', K1_3, { onTimePercent: 100, exceededPercent: 30 }, 'Mức HTXSNV: hoàn thành 100% các nhiệm vụ được giao, đúng hạn, bảo đảm chất lượng, hiệu quả, trong đó có ít nhất 30% nhiệm vụ hoàn thành vượt mức yêu cầu', 'HTXSNV: 100% of own tasks on time, with quality and efficiency, at least 30% exceeded'), shortcomings },
  { level: 'HTTNV', tasks: task('HTTNV', K2, { onTimePercent: 100 }, 'Mức HTTNV: hoàn thành 100% các nhiệm vụ được giao, đúng thời hạn, bảo đảm chất lượng, hiệu quả', 'HTTNV: 100% of own tasks on time, with quality and efficiency') },
  { level: 'HTNV', tasks: task('HTNV', K3, { completedPercent: 100, maxLatePercent: 20 }, `Mức HTNV: ${HTNV_VI}`, `HTNV: ${HTNV_EN}`) },
];

/**
 * Conditions for collectives (tiểu mục 1.1, 1.4; khoản 2, 3). Collectives have no discipline bar
 * at HTTNV or HTNV: khoản 2–3 name tasks only.
 *
 * @example
 * ```ts
 * import { qd366CollectiveConditions } from 'xeploai/rules/qd366-2025';
 * qd366CollectiveConditions[0]?.noDiscipline?.cite.article; // 'Điều 11, khoản 1, tiểu mục 1.1'
 * ```
 */
export const qd366CollectiveConditions: readonly LevelConditions[] = [
  {
    level: 'HTXSNV',
    tasks: task('HTXSNV', K1_1, { onTimePercent: 100, exceededPercent: 30 }, 'Mức HTXSNV: hoàn thành 100% các nhiệm vụ được giao, đúng hạn, bảo đảm chất lượng, hiệu quả, trong đó có ít nhất 30% số nhiệm vụ hoàn thành vượt mức yêu cầu', 'HTXSNV: 100% of tasks on time, with quality and efficiency, at least 30% exceeded'),
    shortcomings,
    noDiscipline: r(K1_1, 'Mức HTXSNV: không có đơn vị trực thuộc hoặc thành viên của tập thể lãnh đạo, quản lý bị kỷ luật', 'HTXSNV: no subordinate unit or member of the leadership collective disciplined'),
  },
  { level: 'HTTNV', tasks: task('HTTNV', K2, { onTimePercent: 100 }, 'Mức HTTNV: hoàn thành 100% các nhiệm vụ được giao, đúng hạn, bảo đảm chất lượng, hiệu quả', 'HTTNV: 100% of tasks on time, with quality and efficiency') },
  { level: 'HTNV', tasks: task('HTNV', K3, { completedPercent: 100, maxLatePercent: 20 }, `Mức HTNV: ${HTNV_VI}`, `HTNV: ${HTNV_EN}`) },
];

/**
 * Conditions on what a leader directly leads — «các địa phương, lĩnh vực, cơ quan, đơn vị, bộ
 * phận do cá nhân trực tiếp lãnh đạo, quản lý» (tiểu mục 1.2; khoản 2, 3). They replace the
 * individual task conditions for a leader («Ngoài các tiêu chí chung» = besides the scored
 * general criteria), they are not added to them.
 *
 * @example
 * ```ts
 * import { qd366LeaderUnitConditions } from 'xeploai/rules/qd366-2025';
 * qd366LeaderUnitConditions[0]?.exceededPercent; // 30
 * ```
 */
export const qd366LeaderUnitConditions: LeaderParams['unitConditions'] = [
  task('HTXSNV', K1_2, { completedPercent: 100, exceededPercent: 30 }, 'Mức HTXSNV của người lãnh đạo, quản lý: nơi do mình trực tiếp lãnh đạo, quản lý hoàn thành 100% nhiệm vụ được giao; trong đó có ít nhất 30% số nhiệm vụ hoàn thành vượt mức yêu cầu', 'Leader at HTXSNV: what he or she directly leads completed 100% of its tasks, at least 30% exceeded'),
  task('HTTNV', K2, { onTimePercent: 100 }, 'Mức HTTNV của người lãnh đạo, quản lý: nơi do mình trực tiếp lãnh đạo, quản lý hoàn thành 100% các nhiệm vụ được giao, đúng thời hạn, bảo đảm chất lượng, hiệu quả', 'Leader at HTTNV: what he or she directly leads did 100% of its tasks on time, with quality and efficiency'),
  task('HTNV', K3, { completedPercent: 100, maxLatePercent: 20 }, `Mức HTNV của người lãnh đạo, quản lý: nơi do mình trực tiếp lãnh đạo ${HTNV_VI}`, `Leader at HTNV: what he or she leads: ${HTNV_EN}`),
];

/**
 * The texts of the findings of the QĐ 366 basis and of the cases the text leaves to the
 * competent level.
 *
 * @example
 * ```ts
 * import { qd366Texts } from 'xeploai/rules/qd366-2025';
 * qd366Texts.bandConditionsNotMet.assumption; // true
 * ```
 */
export const qd366Texts = {
  /** `over90FailingConditions`: a score in a band whose conditions fail. */
  bandConditionsNotMet: r({ ...D11, note: 'a score in a band whose other conditions fail is not provided for (setting over90FailingConditions)' }, 'Điểm thuộc khung của một mức nhưng không đủ các điều kiện khác của mức đó: xếp theo thiết lập over90FailingConditions', 'The score falls in a level’s band but the level’s other conditions fail: rated by the setting over90FailingConditions', true),
  criteriaNotBasis: r({ ...D11, note: 'QĐ 366 rates on the 100-point score (Phụ lục 1–5); criterion grades are kept in the file, not used' }, 'Theo QĐ 366, mức xếp loại căn cứ vào điểm (thang 100 điểm); xếp mức từng tiêu chí không phải là căn cứ xếp loại', 'Under QĐ 366 the level follows the 100-point score; criterion grades are not a basis for the level'),
  tasksNotGiven: r({ ...D11, note: 'task data absent from the input (setting requireTaskData)' }, 'Không có số liệu nhiệm vụ: chưa kiểm tra được điều kiện về nhiệm vụ của mức xếp loại', 'No task data: the task conditions of the level could not be checked', true),
  unitTasksNotGiven: r({ ...K1_2, note: 'task data absent from the input (setting requireTaskData)' }, 'Không có số liệu nhiệm vụ của nơi do mình trực tiếp lãnh đạo, quản lý: chưa kiểm tra được điều kiện', 'No task data for what the leader directly leads: its conditions could not be checked', true),
  noBasis: r({ ...D11, note: 'no score or proposed level in the input; criterion grades are not a QĐ 366 basis' }, 'Không có căn cứ xếp loại (điểm theo thang 100 điểm hoặc mức đề xuất)', 'No basis for a level (a 100-point score or a proposed level)'),
  forceMajeure: r(k4('exception: «lý do bất khả kháng» — the competent level considers and rates'), 'Không hoàn thành nhiệm vụ, chỉ tiêu nhưng có lý do bất khả kháng: cấp có thẩm quyền xem xét, đánh giá, xếp loại', 'Tasks or indicators missed for force majeure: the competent level considers and decides the level'),
} as const satisfies Record<string, RuleText>;

const score: ScoreParams = { bands: qd366ScoreBands, conditions: qd366IndividualConditions, bandConditionsNotMet: qd366Texts.bandConditionsNotMet, criteriaNotBasis: qd366Texts.criteriaNotBasis };

/**
 * The self-review forms of HD 43 by subject group: Mẫu 01 (collective), 2A (holding a leadership
 * post), 2B (not holding one), 2C (not working in the political system).
 *
 * @example
 * ```ts
 * import { qd366ReviewForms } from 'xeploai/rules/qd366-2025';
 * qd366ReviewForms.leader.cite.article; // 'Mẫu 2A'
 * ```
 */
export const qd366ReviewForms = {
  collective: r({ doc: HD, article: 'Mẫu 01' }, 'Báo cáo kiểm điểm tập thể theo Mẫu 01-HD KĐ.ĐG 2025', 'Collective review report on form 01 (HD 43)'),
  leader: r({ doc: HD, article: 'Mẫu 2A', note: FORMS.article }, 'Bản kiểm điểm cá nhân theo Mẫu 2A-HD KĐ.ĐG 2025 (cá nhân giữ chức vụ lãnh đạo, quản lý)', 'Individual review on form 2A (holding a leadership post)'),
  nonLeader: r({ doc: HD, article: 'Mẫu 2B', note: FORMS.article }, 'Bản kiểm điểm cá nhân theo Mẫu 2B-HD KĐ.ĐG 2025 (không giữ chức vụ lãnh đạo, quản lý)', 'Individual review on form 2B (no leadership post)'),
  outsideSystem: r({ doc: HD, article: 'Mẫu 2C', note: FORMS.article }, 'Bản kiểm điểm theo Mẫu 2C-HD KĐ.ĐG 2025 (đảng viên không làm việc trong hệ thống chính trị)', 'Review on form 2C (member not working in the political system)'),
} as const satisfies Record<string, RuleText>;

const discipline = r(k4('cá nhân — n1 / l3: vi phạm liên quan đến chức trách, nhiệm vụ, hoạt động công vụ bị xử lý kỷ luật từ khiển trách trở lên'), 'Có vi phạm liên quan đến chức trách, nhiệm vụ, hoạt động công vụ bị xử lý kỷ luật từ khiển trách trở lên trong kỳ đánh giá', 'A duty-related violation disciplined (khiển trách or heavier) in the period');
const decidedNow = 'a discipline counts in the period of its decision, whatever the violation date («đánh giá, xếp loại ở thời điểm đánh giá hiện tại»)';

/**
 * Member rules of QĐ 366: exclusions (Điều 5 k2), the individual conditions, the non-leader KHTNV
 * cases n1–n2 (a post holder uses the leader data instead: `qd366LeaderParams`), discipline
 * timing and place, partial years (HD 43 7.5) and the review forms.
 *
 * @example
 * ```ts
 * import { qd366MemberParams } from 'xeploai/rules/qd366-2025';
 * qd366MemberParams.exempt.cite.article; // 'Điều 5, khoản 2, tiểu mục 2.1'
 * qd366MemberParams.discipline.selfDetectedDecision?.cite.doc; // '366-QĐ/TW'
 * ```
 */
export const qd366MemberParams: MemberParams = {
  exempt: r(EXCLUSIONS, 'Đảng viên được miễn công tác và sinh hoạt đảng: không kiểm điểm, không xếp loại', 'Member exempted from party work and activities: not reviewed or rated'),
  suspended: r(EXCLUSIONS, 'Đảng viên bị đình chỉ sinh hoạt đảng: không kiểm điểm, không xếp loại', 'Member suspended from party activities: not reviewed or rated'),
  newMember: { months: 6, reviewed: false, rule: r({ ...EXCLUSIONS, note: '"chưa đủ 6 tháng" read as admission date + 6 calendar months > review date' }, 'Đảng viên mới kết nạp chưa đủ 6 tháng: không kiểm điểm, không xếp loại', 'Member admitted less than 6 months before the review: not reviewed or rated', true) },
  notReviewed: r(
    { doc: QD, article: 'Điều 3, khoản 4; Điều 5, khoản 2, tiểu mục 2.1' },
    '«Tập thể, cá nhân được kiểm điểm thì phải đánh giá, xếp loại»; đảng viên thuộc đối tượng kiểm điểm nhưng chưa được kiểm điểm: không xếp loại',
    'Member due for review (every đảng viên but those exempted, suspended or admitted less than 6 months before) who was not reviewed: not rated',
  ),
  score,
  reviewForms: { leader: qd366ReviewForms.leader, nonLeader: qd366ReviewForms.nonLeader, outsideSystem: qd366ReviewForms.outsideSystem },
  taskConditions: qd366IndividualConditions.map((c) => c.tasks),
  tasksNotGiven: qd366Texts.tasksNotGiven,
  conclusions: r(k4('cá nhân không giữ chức vụ lãnh đạo, quản lý — n1'), 'Bị cấp có thẩm quyền kết luận có biểu hiện suy thoái, vi phạm những điều đảng viên không được làm, vi phạm quy định về trách nhiệm nêu gương', 'Concluded by a competent authority: degradation, prohibited acts or breach of the duty to set an example'),
  discipline: {
    inPeriod: discipline,
    selfDetectedException: false,
    selfDetected: r(k4('exception: «tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu quả»'), 'Kỷ luật đã tự phát hiện và khắc phục xong hậu quả', 'Discipline self-detected and remedied'),
    selfDetectedDecision: r(k4('exception: «tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu quả thì cấp có thẩm quyền … xem xét, đánh giá, xếp loại»'), 'Vi phạm bị kỷ luật nhưng đã tự giác nhận lỗi, tự phát hiện và khắc phục xong hậu quả: cấp có thẩm quyền xem xét, quyết định mức xếp loại', 'Disciplined, but the violation was owned, self-detected and remedied: the competent level decides the level'),
    dutyRelatedOnly: r(k4('n1 / l3 name violations related to duties («liên quan đến chức trách, nhiệm vụ», «hoạt động công vụ»)'), 'Kỷ luật về vi phạm không liên quan đến chức trách, nhiệm vụ: không thuộc trường hợp "Không hoàn thành nhiệm vụ"', 'Discipline for a violation unrelated to duties: not a KHTNV case'),
    otherUnit: r(NOTE_CASE(2), 'Vi phạm xảy ra ở tổ chức, cơ quan, đơn vị cũ: tính vào kết quả xếp loại của đơn vị cũ (không quy trách nhiệm cho đơn vị mới)', 'Violation at the former unit: counts against that unit’s result (not the new unit’s)'),
    cadreWork: r(NOTE_CASE(1), 'Vi phạm từ trước bị kỷ luật trong kỳ: cách chức, khai trừ thì kịp thời xem xét, quyết định về công tác cán bộ; khiển trách, cảnh cáo thì cấp quản lý xem xét công tác cán bộ', 'An earlier violation disciplined in the period: after cách chức or khai trừ, cadre work is reconsidered at once; after khiển trách or cảnh cáo, the managing level decides'),
  },
  targetsBelowHalf: { effect: 'cap', forceMajeureException: false, rule: r(k4('cá nhân không giữ chức vụ lãnh đạo, quản lý — n2: «Có trên 50% số nhiệm vụ trong năm bị đánh giá không hoàn thành»'), 'Có trên 50% số nhiệm vụ bị đánh giá không hoàn thành', 'More than 50% of tasks assessed as not completed') },
  sickLeave: {
    minDays: 90,
    cap: 'HTNV',
    rule: r({ ...PARTIAL_YEAR, note: 'HD 43 rates on the work actually done; a cap applies only by the setting sickLeaveCap' }, 'Nghỉ ốm từ 3 tháng trở lên trong năm: không xếp loại từ HTTNV trở lên (theo thiết lập sickLeaveCap)', 'Sick leave of 3 months or more: not HTTNV or above (setting sickLeaveCap)', true),
    notCapped: r(PARTIAL_YEAR, 'Nghỉ ốm từ 3 tháng trở lên: kết quả xếp loại căn cứ vào kết quả làm việc thực tế của năm đó', 'Sick leave of 3 months or more: rated on the work actually done in the year'),
  },
  maternity: r(PARTIAL_YEAR, 'Nghỉ thai sản: kết quả xếp loại căn cứ vào kết quả làm việc thực tế của năm đó', 'Maternity leave: rated on the work actually done in the year'),
  civilService: {
    ties: {},
    mismatch: r({ ...LINKAGE, note: 'CBCCVC results are «cơ sở» for the member’s rating; no bound stated (setting civilServiceCap)' }, 'Mức xếp loại đảng viên cao hơn mức xếp loại cán bộ, công chức, viên chức', 'Party level above the civil-service level', true),
  },
  proposed: r({ doc: QD, article: 'Điều 3, khoản 5', note: '«cấp nào trực tiếp quản lý, phân công công việc thì cấp đó đánh giá, xếp loại»: it may rate lower than the score allows' }, 'Cấp có thẩm quyền đề xuất mức thấp hơn', 'The competent body proposed a lower level'),
  noBasis: qd366Texts.noBasis,
  consecutiveKhtnv: r({ doc: '02-HD/BTCTW', article: 'Mục II, tiểu mục 1', note: '2021' }, 'Hai năm liền không hoàn thành nhiệm vụ: chi bộ giáo dục, giúp đỡ trước khi xem xét đưa ra khỏi Đảng (không tự động)', 'KHTNV two years running: the chi bộ educates and helps before considering removal (not automatic)'),
  consecutiveKhtnvCadre: r({ doc: '377-QĐ/TW', article: 'article not seen', note: 'replaced QĐ 41 on 08/10/2025; its wording on consecutive KHTNV was not seen' }, 'Cán bộ hai năm liên tiếp không hoàn thành nhiệm vụ: xem xét theo QĐ 377-QĐ/TW; chi bộ giáo dục, giúp đỡ; không tự động thay đổi mức', 'Cadre KHTNV two years running: to be considered under QĐ 377; the chi bộ educates and helps; no automatic change', true),
};

function shortfall(code: string, group: string, vi: string, en: string): TaskShortfall {
  return {
    code,
    belowPercent: 70,
    withMainTargetsMissed: false,
    basicIndicators: r(k4(`${group} — «không hoàn thành 5 chỉ tiêu kinh tế - xã hội cơ bản được cấp có thẩm quyền giao, phê duyệt»`), `${vi} không hoàn thành 5 chỉ tiêu kinh tế - xã hội cơ bản được giao`, `${en} missed the 5 basic socio-economic indicators`),
    forceMajeure: { decision: qd366Texts.forceMajeure },
    rule: r(k4(`${group} — «hoàn thành dưới 70% số nhiệm vụ theo chương trình, kế hoạch trong năm»`), `${vi} hoàn thành dưới 70% số nhiệm vụ theo chương trình, kế hoạch`, `${en} completed under 70% of its planned tasks`),
  };
}

/**
 * Organization rules of QĐ 366: the collective conditions (1.1, 1.4; khoản 2–3) and the KHTNV
 * cases of «tập thể lãnh đạo, quản lý» (c1–c4) applied to the organization's entry.
 *
 * @example
 * ```ts
 * import { qd366OrganizationParams } from 'xeploai/rules/qd366-2025';
 * qd366OrganizationParams.taskShortfall.belowPercent; // 70
 * qd366OrganizationParams.disciplinedUnitsShare; // undefined
 * ```
 */
export const qd366OrganizationParams: OrganizationParams = {
  newOrganizationNote: { months: 6, rule: r({ ...D11, note: 'no rule on organizations founded less than 6 months before the review was found: rated as usual' }, 'Tổ chức đảng mới thành lập chưa đủ 6 tháng: vẫn xếp loại (không tìm thấy quy định riêng)', 'Organization founded less than 6 months before the review: rated as usual (no rule found)', true) },
  aboveGrassrootsWithoutBasis: r({ ...LINKAGE, note: 'a level above the grassroots is rated only when the file gives a basis' }, 'Cấp trên cơ sở: chỉ xếp loại khi có căn cứ trong hồ sơ', 'Above the grassroots: rated only when the file gives a basis'),
  score: { ...score, conditions: qd366CollectiveConditions },
  reviewForm: qd366ReviewForms.collective,
  taskConditions: qd366CollectiveConditions.map((c) => c.tasks),
  tasksNotGiven: qd366Texts.tasksNotGiven,
  barHtxsnv: qd366CollectiveConditions[0]!.noDiscipline!,
  selfDisciplined: { effect: 'warning', rule: r(k4('the organization’s own discipline is named only in the exception paragraph, not as a case'), 'Tổ chức bị xử lý kỷ luật trong kỳ: QĐ 366 không quy định là trường hợp "Không hoàn thành nhiệm vụ"; cấp có thẩm quyền xem xét', 'The organization was disciplined in the period: not a KHTNV case under QĐ 366; the competent level considers it', true) },
  taskShortfall: shortfall('tasks-below-70-percent', 'tập thể lãnh đạo, quản lý — c4', 'Địa phương, tổ chức, cơ quan, đơn vị', 'The unit'),
  conclusions: r(k4('tập thể lãnh đạo, quản lý — c1 (mất đoàn kết nội bộ, sai phạm trong công tác cán bộ, bè phái, chạy chức, chạy quyền), c3 (thành viên suy thoái)'), 'Bị cấp có thẩm quyền kết luận có sai phạm trong công tác cán bộ, mất đoàn kết nội bộ, bè phái, chạy chức, chạy quyền hoặc có thành viên suy thoái', 'Concluded by a competent authority: misconduct in cadre work, internal disunity, factions, buying posts, or a member’s degradation'),
  leadershipCases: {
    discipline: r(k4('tập thể lãnh đạo, quản lý — c2: có thành viên vi phạm liên quan đến chức trách, nhiệm vụ bị xử lý kỷ luật từ khiển trách trở lên'), 'Có thành viên tập thể lãnh đạo, quản lý vi phạm liên quan đến chức trách, nhiệm vụ trong thực thi công vụ bị xử lý kỷ luật từ khiển trách trở lên', 'A member of the leadership collective disciplined (khiển trách or heavier) for a duty-related violation'),
    decision: r(k4('exception: «tập thể lãnh đạo, quản lý hoặc có thành viên … bị xử lý kỷ luật nhưng đã chủ động phát hiện vi phạm và khắc phục kịp thời»'), 'Thành viên tập thể lãnh đạo bị kỷ luật nhưng đã chủ động phát hiện và khắc phục kịp thời: cấp có thẩm quyền xem xét, quyết định mức xếp loại', 'A leadership member disciplined but the violation was detected and remedied in time: the competent level decides the level'),
    notDutyRelated: r(k4('c2 exception «hành vi vi phạm đó không liên quan đến chức trách, thẩm quyền của tập thể lãnh đạo, quản lý», read from dutyRelated: false'), 'Thành viên tập thể lãnh đạo bị kỷ luật về vi phạm không liên quan đến chức trách, thẩm quyền của tập thể: không thuộc trường hợp "Không hoàn thành nhiệm vụ"', 'A leadership member disciplined for a violation outside the collective’s remit: not a KHTNV case', true),
    degradation: r(k4('tập thể lãnh đạo, quản lý — c3'), 'Có thành viên trong tập thể lãnh đạo, quản lý bị cấp có thẩm quyền kết luận có biểu hiện suy thoái', 'A member of the leadership collective concluded to show degradation'),
  },
  otherUnitViolation: r(NOTE_CASE(2), 'Vi phạm của đảng viên xảy ra tại đơn vị này (kỷ luật ở đơn vị mới) được tính vào kết quả xếp loại của đơn vị', 'A member’s violation committed here (disciplined elsewhere) counts against this unit'),
  // HD 21 thresholds, applied only by the setting orgLinkageThresholds (each row flagged).
  linkage: hd21LinkageBySetting,
  proposed: qd366MemberParams.proposed,
  noBasis: qd366Texts.noBasis,
  consecutiveKhtnv: r(k4('consequence for collectives not named; reported only'), 'Tổ chức hai năm liên tiếp không hoàn thành nhiệm vụ', 'Organization KHTNV two years running', true),
};

/**
 * Leader rules of QĐ 366: every leadership post (head or deputy) rated on what it directly leads
 * (1.2; khoản 2–3) with the KHTNV cases l1–l5; the person's `members[]` entry is rated the same
 * way on the primary post («ở nơi giữ chức vụ cao nhất», Điều 3 khoản 4).
 *
 * @example
 * ```ts
 * import { qd366LeaderParams } from 'xeploai/rules/qd366-2025';
 * qd366LeaderParams.posts; // 'post-holders'
 * qd366LeaderParams.lowConfidence?.percent; // 50
 * ```
 */
export const qd366LeaderParams: LeaderParams = {
  posts: 'post-holders',
  unitShortfall: shortfall('unit-tasks-below-70-percent', 'cá nhân giữ chức vụ lãnh đạo, quản lý — l1', 'Nơi do mình trực tiếp lãnh đạo, quản lý', 'What the leader directly leads'),
  subordinatesKhtnv: { percent: 50, rule: r(k4('cá nhân giữ chức vụ lãnh đạo, quản lý — l1: «trên 50% tổng số … mà cá nhân phụ trách … bị xếp loại "Không hoàn thành nhiệm vụ"»; denominator read as every organization directly under the unit led'), 'Có trên 50% tổng số đơn vị do mình phụ trách lãnh đạo, quản lý bị xếp loại "Không hoàn thành nhiệm vụ"', 'More than 50% of the units the leader is in charge of rated KHTNV') },
  lowConfidence: { percent: 50, rule: r(k4('cá nhân giữ chức vụ lãnh đạo, quản lý — l2'), 'Có trên 50% số phiếu tín nhiệm thấp tại kỳ lấy phiếu tín nhiệm trong năm', 'More than 50% low-confidence votes in the year’s vote of confidence') },
  corruptionInScope: {
    rule: r(k4('cá nhân giữ chức vụ lãnh đạo, quản lý — l5'), 'Có tổ chức hoặc cá nhân trong phạm vi quản lý trực tiếp xảy ra tham nhũng, lãng phí, tiêu cực và bị xử lý kỷ luật', 'Corruption, waste or misconduct disciplined in the scope the leader directly manages'),
    decision: r(k4('exception: «đã chủ động phát hiện, báo cáo và chỉ đạo xử lý kịp thời, khắc phục xong hậu quả»'), 'Tham nhũng, tiêu cực trong phạm vi quản lý nhưng người lãnh đạo đã chủ động phát hiện, báo cáo, chỉ đạo xử lý kịp thời: cấp có thẩm quyền xem xét, quyết định mức xếp loại', 'Corruption in the scope led, but detected, reported and handled by the leader: the competent level decides the level'),
  },
  conclusionKinds: {
    kinds: ['suy-thoai'],
    other: r(k4('cá nhân giữ chức vụ lãnh đạo, quản lý — l4 names suy thoái only'), 'Kết luận này không là trường hợp "Không hoàn thành nhiệm vụ" của cá nhân giữ chức vụ lãnh đạo, quản lý theo khoản 4 (chỉ "suy thoái"): cấp có thẩm quyền xem xét', 'This conclusion is not a KHTNV case for a leader under khoản 4 (degradation only): the competent level considers it'),
  },
  unitTasksFromOrganization: r({ ...K1_2, note: 'the field in a deputy’s charge is not in the input (posts[].tasks): the organization’s tasks are used' }, 'Không có số liệu nhiệm vụ của lĩnh vực được phân công: dùng số liệu của cả tổ chức', 'No tasks for the field in his or her charge: the organization’s are used', true),
  unitConditions: qd366LeaderUnitConditions,
  unitTasksNotGiven: qd366Texts.unitTasksNotGiven,
  headAboveUnit: r({ ...LINKAGE, note: 'no head-below-unit rule found for QĐ 366 (setting headCap)' }, 'Người đứng đầu được xếp cao hơn đơn vị mình lãnh đạo', 'Head rated above the unit he or she heads', true),
  unitNotRated: r(LINKAGE, 'Đơn vị do mình đứng đầu chưa được xếp loại: chưa đối chiếu được', 'The unit headed is not rated: no comparison made'),
};
