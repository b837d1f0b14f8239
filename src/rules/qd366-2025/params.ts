/**
 * QĐ 366-QĐ/TW (with HD 43-HD/BTCTW) as cited data: the score bands and the level conditions
 * of Điều 11, the self-review forms, and the texts of its own findings. Confidence marks follow
 * shared/regulations/qd366-2025.md: VERIFIED → `assumption: false`; PARTIAL → a `note` on the
 * citation; ASSUMPTION → `assumption: true`.
 *
 * @module
 */
import type { Level } from '../../levels.js';
import { ruleText as r } from '../common/findings.js';
import type { LeaderParams, TaskCondition } from '../common/params.js';
import type { RuleText } from '../types.js';

const QD = '366-QĐ/TW';
const PARTIAL = 'secondary sources (press); full wording not seen';
const D11 = { doc: QD, article: 'Điều 11' } as const;
const K1 = { doc: QD, article: 'Điều 11, khoản 1' } as const;
const K1_1 = { doc: QD, article: 'Điều 11, khoản 1, tiểu mục 1.1' } as const;
const K1_2 = { doc: QD, article: 'Điều 11, khoản 1, tiểu mục 1.2' } as const;
const K1_3 = { doc: QD, article: 'Điều 11, khoản 1, tiểu mục 1.3' } as const;
const K1_4 = { doc: QD, article: 'Điều 11, khoản 1, tiểu mục 1.4' } as const;
const K2 = { doc: QD, article: 'Điều 11, khoản 2', note: PARTIAL } as const;
const K3 = { doc: QD, article: 'Điều 11, khoản 3', note: PARTIAL } as const;
const K4 = { doc: QD, article: 'Điều 11, khoản 4', note: 'entailed by the bands; the hard cases of khoản 4 were not seen' } as const;

/**
 * A score band: the level a score indicates when it is at least `minTenths` tenths of a point.
 *
 * @example
 * ```ts
 * import { qd366ScoreBands, type ScoreBand } from 'xeploai/rules/qd366-2025';
 * const htxsnv: ScoreBand = qd366ScoreBands[0]!;
 * htxsnv.minTenths; // 900
 * ```
 */
export interface ScoreBand {
  readonly level: Level;
  /** Lowest score of the band in integer tenths (90 points = 900). */
  readonly minTenths: number;
  readonly rule: RuleText;
}

/**
 * The four bands of Điều 11, best first: «từ 90 điểm trở lên»; 70 to under 90; 50 to under 70;
 * under 50. Scores are compared in integer tenths.
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
  { level: 'KHTNV', minTenths: 0, rule: r(K4, 'Điểm dưới 50 điểm (mức "Không hoàn thành nhiệm vụ")', 'Score under 50 points (KHTNV)') },
];

/**
 * The non-score conditions a level needs (Điều 11): tasks, and for HTXSNV the shortcomings
 * remedied (1.4) and, for a collective, no discipline below it (1.1).
 *
 * @example
 * ```ts
 * import { qd366IndividualConditions, type LevelConditions } from 'xeploai/rules/qd366-2025';
 * const httnv: LevelConditions = qd366IndividualConditions[1]!;
 * httnv.tasks.onTimePercent; // 100
 * ```
 */
export interface LevelConditions {
  readonly level: Exclude<Level, 'KHTNV'>;
  readonly tasks: TaskCondition;
  /** «Đã khắc phục 100% các hạn chế, khuyết điểm được chỉ ra ở thời điểm kiểm điểm trước (nếu có)». */
  readonly shortcomings?: RuleText;
  /** No subordinate unit or leadership-collective member disciplined in the period. */
  readonly noDiscipline?: RuleText;
}

const shortcomings = r(K1_4, 'Mức HTXSNV: đã khắc phục 100% các hạn chế, khuyết điểm được chỉ ra ở thời điểm kiểm điểm trước (nếu có)', 'HTXSNV: 100% of the shortcomings identified at the previous review remedied (if any)');
const httnvTasks = r(K2, 'Mức HTTNV: 100% nhiệm vụ hoàn thành đúng hạn, bảo đảm chất lượng, hiệu quả', 'HTTNV: 100% of tasks done on time, with quality and efficiency');
const HTNV_TASKS_VI = 'Mức HTNV: hoàn thành 100% nhiệm vụ, số nhiệm vụ chưa bảo đảm tiến độ không vượt quá 20%';
const HTNV_TASKS_EN = 'HTNV: 100% of tasks done, no more than 20% behind schedule';

/**
 * Conditions for individuals (1.3, 1.4; khoản 2, 3). The HTNV task condition is written for
 * collectives and leaders; for other individuals it is an assumption (flagged).
 *
 * @example
 * ```ts
 * import { qd366IndividualConditions } from 'xeploai/rules/qd366-2025';
 * qd366IndividualConditions[0]?.tasks.exceededPercent; // 30
 * ```
 */
export const qd366IndividualConditions: readonly LevelConditions[] = [
  {
    level: 'HTXSNV',
    tasks: { level: 'HTXSNV', onTimePercent: 100, exceededPercent: 30, rule: r(K1_3, 'Mức HTXSNV: 100% nhiệm vụ của cá nhân hoàn thành đúng hạn, bảo đảm chất lượng, hiệu quả, trong đó có ít nhất 30% số nhiệm vụ hoàn thành vượt mức yêu cầu', 'HTXSNV: 100% of own tasks done on time, with quality and efficiency, at least 30% exceeded') },
    shortcomings,
  },
  { level: 'HTTNV', tasks: { level: 'HTTNV', onTimePercent: 100, rule: httnvTasks } },
  { level: 'HTNV', tasks: { level: 'HTNV', completedPercent: 100, maxLatePercent: 20, rule: r({ ...K3, note: `${PARTIAL}; written for collectives and leaders, applied to other individuals by assumption` }, HTNV_TASKS_VI, HTNV_TASKS_EN, true) } },
];

/**
 * Conditions for collectives (1.1, 1.4; khoản 2, 3).
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
    tasks: { level: 'HTXSNV', onTimePercent: 100, exceededPercent: 30, rule: r(K1_1, 'Mức HTXSNV: 100% nhiệm vụ hoàn thành đúng hạn, bảo đảm chất lượng, hiệu quả, trong đó có ít nhất 30% số nhiệm vụ hoàn thành vượt mức yêu cầu', 'HTXSNV: 100% of tasks done on time, with quality and efficiency, at least 30% exceeded') },
    shortcomings,
    noDiscipline: r(K1_1, 'Mức HTXSNV: không có đơn vị trực thuộc hoặc thành viên của tập thể lãnh đạo, quản lý bị kỷ luật', 'HTXSNV: no subordinate unit or member of the leadership collective disciplined'),
  },
  { level: 'HTTNV', tasks: { level: 'HTTNV', onTimePercent: 100, rule: httnvTasks } },
  { level: 'HTNV', tasks: { level: 'HTNV', completedPercent: 100, maxLatePercent: 20, rule: r(K3, HTNV_TASKS_VI, HTNV_TASKS_EN) } },
];

/**
 * Conditions on the unit a head directly leads (1.2; khoản 2, 3 "unit directly led: same").
 *
 * @example
 * ```ts
 * import { qd366LeaderUnitConditions } from 'xeploai/rules/qd366-2025';
 * qd366LeaderUnitConditions[0]; // includes completedPercent 100, exceededPercent 30
 * ```
 */
export const qd366LeaderUnitConditions: LeaderParams['unitConditions'] = [
  { level: 'HTXSNV', completedPercent: 100, exceededPercent: 30, rule: r(K1_2, 'Mức HTXSNV của người đứng đầu: đơn vị trực tiếp lãnh đạo, quản lý hoàn thành 100% nhiệm vụ được giao; trong đó có ít nhất 30% số nhiệm vụ hoàn thành vượt mức yêu cầu', 'Head at HTXSNV: the unit led completed 100% of its tasks, at least 30% exceeded') },
  { level: 'HTTNV', onTimePercent: 100, rule: r(K2, 'Mức HTTNV của người đứng đầu: đơn vị trực tiếp lãnh đạo, quản lý hoàn thành 100% nhiệm vụ đúng hạn, bảo đảm chất lượng, hiệu quả', 'Head at HTTNV: the unit led did 100% of its tasks on time, with quality and efficiency') },
  { level: 'HTNV', completedPercent: 100, maxLatePercent: 20, rule: r({ ...K3, note: `${PARTIAL}; the leader row is weakly sourced` }, 'Mức HTNV của người đứng đầu: đơn vị trực tiếp lãnh đạo hoàn thành 100% nhiệm vụ, số nhiệm vụ chưa bảo đảm tiến độ không vượt quá 20%', 'Head at HTNV: the unit led completed 100% of its tasks, no more than 20% behind schedule') },
];

/**
 * The texts of the findings the QĐ 366 score basis writes itself.
 *
 * @example
 * ```ts
 * import { qd366Texts } from 'xeploai/rules/qd366-2025';
 * qd366Texts.bandConditionsNotMet.assumption; // true
 * ```
 */
export const qd366Texts = {
  /** `over90FailingConditions`: a score in a band whose conditions fail. */
  bandConditionsNotMet: r(
    { ...D11, note: 'a score in a band whose other conditions fail is not provided for (setting over90FailingConditions)' },
    'Điểm thuộc khung của một mức nhưng không đủ các điều kiện khác của mức đó: xếp theo thiết lập over90FailingConditions',
    'The score falls in a level’s band but the level’s other conditions fail: rated by the setting over90FailingConditions',
    true,
  ),
  criteriaNotBasis: r(
    { ...D11, note: 'QĐ 366 rates on the 100-point score (Phụ lục); criterion grades are kept in the file, not used' },
    'Theo QĐ 366, mức xếp loại căn cứ vào điểm (thang 100 điểm); xếp mức từng tiêu chí không phải là căn cứ xếp loại',
    'Under QĐ 366 the level follows the 100-point score; criterion grades are not a basis for the level',
  ),
  tasksNotGiven: r({ ...D11, note: 'tasks absent from the input (setting requireTaskData)' }, 'Không có số liệu nhiệm vụ: chưa kiểm tra được điều kiện về nhiệm vụ của mức xếp loại', 'No task data: the task conditions of the level could not be checked', true),
  unitTasksNotGiven: r(K1_2, 'Không có số liệu nhiệm vụ của đơn vị do mình trực tiếp lãnh đạo, quản lý: chưa kiểm tra được điều kiện', 'No task data for the unit led: its conditions could not be checked', true),
  noBasis: r(
    { ...D11, note: 'no score or proposed level in the input; criterion grades are not a QĐ 366 basis' },
    'Không có căn cứ xếp loại (điểm theo thang 100 điểm hoặc mức đề xuất)',
    'No basis for a level (a 100-point score or a proposed level)',
  ),
  civilServiceMismatch: r(
    { doc: QD, article: 'Điều 3, khoản 4', note: 'CBCCVC results are «cơ sở» for the member’s rating; no bound stated (setting civilServiceCap)' },
    'Mức xếp loại đảng viên cao hơn mức xếp loại cán bộ, công chức, viên chức',
    'Party level above the civil-service level',
    true,
  ),
  consecutiveKhtnvCadre: r(
    { doc: '377-QĐ/TW', article: 'article not seen', note: 'replaced QĐ 41 on 08/10/2025; its wording on consecutive KHTNV was not seen' },
    'Cán bộ hai năm liên tiếp không hoàn thành nhiệm vụ: xem xét theo QĐ 377-QĐ/TW (thay QĐ 41); chi bộ giáo dục, giúp đỡ; không tự động thay đổi mức',
    'Cadre KHTNV two years running: to be considered under QĐ 377 (which replaced QĐ 41); the chi bộ educates and helps; no automatic change',
    true,
  ),
  /** Where a QĐ 124 KHTNV trigger is subsumed: any completion under 100% already fails HTNV. */
  targetsBelowHalf: r(
    { ...K3, note: `${PARTIAL}; entailed: HTNV needs 100% of tasks done, so under 50% is KHTNV` },
    'Hoàn thành dưới 50% nhiệm vụ: không đạt điều kiện mức "Hoàn thành nhiệm vụ" (phải hoàn thành 100%)',
    'Under 50% of tasks done: fails the HTNV condition (100% done)',
  ),
} as const satisfies Record<string, RuleText>;

/**
 * The self-review forms of HD 43: Mẫu 01 (collective report), 2A (no leadership post), 2B
 * (leadership post), 2C (not working in the political system). Which of 2A/2B is which is an
 * assumption (as QĐ 124's 02A/02B).
 *
 * @example
 * ```ts
 * import { qd366ReviewForms } from 'xeploai/rules/qd366-2025';
 * qd366ReviewForms.outsideSystem.cite.article; // 'Mẫu 2C'
 * ```
 */
export const qd366ReviewForms = {
  collective: r({ doc: '43-HD/BTCTW', article: 'Mẫu 01' }, 'Báo cáo kiểm điểm tập thể theo Mẫu 01-HD KĐ.ĐG 2025', 'Collective review report on form 01 (HD 43)'),
  nonLeader: r({ doc: '43-HD/BTCTW', article: 'Mẫu 2A', note: '2A = without a leadership post: assumed, as 02A under HD 25' }, 'Bản kiểm điểm cá nhân theo Mẫu 2A-HD KĐ.ĐG 2025 (không giữ chức vụ lãnh đạo, quản lý)', 'Individual review on form 2A (no leadership post)', true),
  leader: r({ doc: '43-HD/BTCTW', article: 'Mẫu 2B', note: '2B = with a leadership post: assumed, as 02B under HD 25' }, 'Bản kiểm điểm cá nhân theo Mẫu 2B-HD KĐ.ĐG 2025 (giữ chức vụ lãnh đạo, quản lý)', 'Individual review on form 2B (leadership post)', true),
  outsideSystem: r({ doc: '43-HD/BTCTW', article: 'Mẫu 2C' }, 'Bản kiểm điểm theo Mẫu 2C-HD KĐ.ĐG 2025 (đảng viên không làm việc trong hệ thống chính trị)', 'Review on form 2C (member not working in the political system)'),
} as const satisfies Record<string, RuleText>;
