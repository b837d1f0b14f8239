/**
 * The score frame of each QĐ 366 subject group (366-QĐ/TW · Điều 10, khoản 2 and Phụ lục 1–5):
 * who is in the group, the 30 + 70 points, and the parts (phần) of its general criteria, as
 * cited data. The parts are central; the points given to each part are not (each level sets
 * them, 43-HD/BTCTW · Mục 7, tiểu mục 7.12), so no built-in sub-weight is given here.
 *
 * @module
 */
import type { Citation } from '../rules/types.js';
import type { ScoreSubject } from './types.js';

/**
 * The QĐ 366 frame: the points of each part and where that comes from.
 *
 * @example
 * ```ts
 * import { QD366_FRAME } from 'xeploai/score';
 * QD366_FRAME.general + QD366_FRAME.results; // 100
 * ```
 */
export const QD366_FRAME = {
  general: 30,
  results: 70,
  cite: { doc: '366-QĐ/TW', article: 'Phụ lục 1–5', note: '«Nhóm tiêu chí chung (30 điểm)» + «nhóm tiêu chí về kết quả thực hiện nhiệm vụ (70 điểm)»' },
} as const satisfies { general: number; results: number; cite: Citation };

/**
 * The five subject groups of 366-QĐ/TW · Điều 10, khoản 2: `collective` (tập thể, Phụ lục 1),
 * `central-leader` (leaders managed by BCH TW, BCT, BBT, Phụ lục 2), `leader` (cá nhân giữ chức
 * vụ lãnh đạo, quản lý, Phụ lục 3), `non-leader` (không giữ chức vụ, Phụ lục 4),
 * `outside-system` (đảng viên không làm việc trong hệ thống chính trị, Phụ lục 5).
 *
 * @example
 * ```ts
 * import type { SubjectGroup } from 'xeploai/score';
 * const g: SubjectGroup = 'central-leader';
 * ```
 */
export type SubjectGroup = 'collective' | 'central-leader' | 'leader' | 'non-leader' | 'outside-system';

/**
 * The subject groups in the order of Điều 10, khoản 2 (= Phụ lục 1 to 5).
 *
 * @example
 * ```ts
 * import { SUBJECT_GROUPS } from 'xeploai/score';
 * SUBJECT_GROUPS.indexOf('non-leader') + 1; // 4
 * ```
 */
export const SUBJECT_GROUPS = ['collective', 'central-leader', 'leader', 'non-leader', 'outside-system'] as const satisfies readonly SubjectGroup[];

/**
 * One part (phần) of a subject group's general criteria, with the annex it comes from.
 *
 * @example
 * ```ts
 * import type { FramePart } from 'xeploai/score';
 * const p: FramePart = { id: 'tu-phe-binh', title: 'Tự phê bình', cite: { doc: '366-QĐ/TW', article: 'Phụ lục 5' } };
 * ```
 */
export interface FramePart {
  readonly id: string;
  readonly title: string;
  readonly cite: Citation;
}

/**
 * The score frame of a subject group: who it covers (Điều 10, khoản 2), the annex, the 30 + 70
 * points, the titles of the two groups of criteria and the parts of the general criteria. An
 * empty `parts` means the parts are not known (then only the 30 + 70 frame can be checked);
 * `partsInResults` means the text seen does not say which parts count in the 30 and which in
 * the 70; `note` says what is not seen.
 *
 * @example
 * ```ts
 * import { QD366_SCORE_FRAMES, type ScoreFrame } from 'xeploai/score';
 * const f: ScoreFrame = QD366_SCORE_FRAMES['outside-system'];
 * f.parts.length; // 2
 * ```
 */
export interface ScoreFrame {
  readonly group: SubjectGroup;
  /** The key of this group in `SCORE_SUBJECTS` (score sheets' `subject`, extensions' `scoreSheets`). */
  readonly subject: ScoreSubject;
  readonly annex: 1 | 2 | 3 | 4 | 5;
  /** Who is in the group, as Điều 10, khoản 2 words it. */
  readonly who: string;
  readonly whoCite: Citation;
  readonly general: number;
  readonly results: number;
  readonly generalTitle: string;
  readonly resultsTitle: string;
  readonly parts: readonly FramePart[];
  /** True when a part may be marked in the results group too (not seen which counts where). */
  readonly partsInResults: boolean;
  readonly cite: Citation;
  readonly note?: string;
}

const GENERAL_TITLE = 'Nhóm tiêu chí chung';
const RESULTS_TITLE = 'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ';
const LEADER_RESULTS_TITLE = 'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ và năng lực lãnh đạo, quản lý theo các chức danh';
const WHO_CITE: Citation = { doc: '366-QĐ/TW', article: 'Điều 10, khoản 2' };

function annex(n: number, note?: string): Citation {
  return note === undefined ? { doc: '366-QĐ/TW', article: `Phụ lục ${n}` } : { doc: '366-QĐ/TW', article: `Phụ lục ${n}`, note };
}

function frame(
  group: SubjectGroup,
  subject: ScoreSubject,
  n: 1 | 2 | 3 | 4 | 5,
  who: string,
  parts: readonly (readonly [string, string])[],
  extra: { resultsTitle?: string; partsInResults?: boolean; note?: string } = {},
): ScoreFrame {
  const base = {
    group,
    subject,
    annex: n,
    who,
    whoCite: WHO_CITE,
    general: QD366_FRAME.general,
    results: QD366_FRAME.results,
    generalTitle: GENERAL_TITLE,
    resultsTitle: extra.resultsTitle ?? RESULTS_TITLE,
    parts: parts.map(([id, title]) => ({ id, title, cite: annex(n) })),
    partsInResults: extra.partsInResults ?? false,
    cite: annex(n, extra.note),
  };
  return extra.note === undefined ? base : { ...base, note: extra.note };
}

const FRAMES: readonly ScoreFrame[] = [
  frame('collective', 'tap-the', 1, 'Tập thể: cấp uỷ, tổ chức đảng, tập thể lãnh đạo, quản lý, tổ chức, cơ quan, đơn vị', [], {
    note: 'the parts of the general criteria of Phụ lục 1 are not seen: only the 30 + 70 frame is checked for collectives',
  }),
  frame(
    'central-leader',
    'can-bo-trung-uong-quan-ly',
    2,
    'Cá nhân giữ chức vụ lãnh đạo, quản lý thuộc diện Ban Chấp hành Trung ương Đảng, Bộ Chính trị, Ban Bí thư quản lý',
    [
      ['pham-chat-chinh-tri-dao-duc-loi-song-neu-guong', 'Phẩm chất chính trị, đạo đức, lối sống, nêu gương'],
      ['tu-duy-doi-moi-chien-luoc-khat-vong-cong-hien', 'Tư duy đổi mới, chiến lược, khát vọng cống hiến'],
      ['tu-phe-binh-va-phe-binh', 'Tự phê bình và phê bình'],
    ],
    { resultsTitle: LEADER_RESULTS_TITLE },
  ),
  frame(
    'leader',
    'lanh-dao-quan-ly',
    3,
    'Cá nhân giữ chức vụ lãnh đạo, quản lý',
    [
      ['chinh-tri-tu-tuong', 'Chính trị, tư tưởng'],
      ['pham-chat-dao-duc-y-thuc-to-chuc-ky-luat', 'Phẩm chất đạo đức và ý thức tổ chức kỷ luật'],
      ['nang-luc-lanh-dao-quan-ly-va-chuyen-mon', 'Năng lực lãnh đạo, quản lý và chuyên môn'],
      ['muc-do-tin-nhiem-uy-tin-quy-tu-doan-ket', 'Mức độ tín nhiệm, uy tín, quy tụ đoàn kết'],
      ['tu-phe-binh', 'Tự phê bình'],
    ],
    {
      resultsTitle: LEADER_RESULTS_TITLE,
      partsInResults: true,
      note: 'part titles seen; which parts count in the 30 general points and which in the 70 is not seen, so a part may be marked in either group',
    },
  ),
  frame('non-leader', 'ca-nhan-khong-giu-chuc-vu', 4, 'Cá nhân không giữ chức vụ lãnh đạo, quản lý', [
    ['chinh-tri-pham-chat-dao-duc-ky-luat', 'Chính trị, phẩm chất đạo đức, kỷ luật'],
    ['nang-luc-chuyen-mon-theo-vi-tri-viec-lam', 'Năng lực chuyên môn theo vị trí việc làm'],
    ['tu-phe-binh', 'Tự phê bình'],
  ]),
  frame('outside-system', 'dang-vien-ngoai-he-thong-chinh-tri', 5, 'Đảng viên không làm việc trong hệ thống chính trị', [
    ['pham-chat-chinh-tri-dao-duc-loi-song-ky-luat', 'Phẩm chất chính trị, đạo đức, lối sống, kỷ luật'],
    ['tu-phe-binh', 'Tự phê bình'],
  ]),
];

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * The score frame of every subject group (366-QĐ/TW · Phụ lục 1–5), frozen.
 *
 * @example
 * ```ts
 * import { QD366_SCORE_FRAMES } from 'xeploai/score';
 * QD366_SCORE_FRAMES['non-leader'].cite.article; // 'Phụ lục 4'
 * QD366_SCORE_FRAMES.leader.parts.map((p) => p.id).length; // 5
 * QD366_SCORE_FRAMES.collective.parts; // []
 * ```
 */
export const QD366_SCORE_FRAMES: Readonly<Record<SubjectGroup, ScoreFrame>> = deepFreeze(
  Object.fromEntries(FRAMES.map((f) => [f.group, f])) as Record<SubjectGroup, ScoreFrame>,
);

/**
 * The frame whose `subject` (a `SCORE_SUBJECTS` key, as score sheets name their subject) is the
 * one given.
 *
 * @example
 * ```ts
 * import { scoreFrameOfSubject } from 'xeploai/score';
 * scoreFrameOfSubject('ca-nhan-khong-giu-chuc-vu').group; // 'non-leader'
 * ```
 */
export function scoreFrameOfSubject(subject: ScoreSubject): ScoreFrame {
  return FRAMES.find((f) => f.subject === subject)!;
}

/**
 * The fields of a review@1 member that decide its subject group, read structurally (any
 * `Member` fits).
 *
 * @example
 * ```ts
 * import type { SubjectGroupFacts } from 'xeploai/score';
 * const m: SubjectGroupFacts = { posts: [{ orgId: 'cb', leader: false }], workInPoliticalSystem: true };
 * ```
 */
export interface SubjectGroupFacts {
  readonly managedByCentral?: boolean;
  readonly posts?: readonly { readonly orgId: string; readonly leader?: boolean }[];
  readonly workInPoliticalSystem?: boolean;
}

/**
 * A member's subject group (366-QĐ/TW · Điều 10, khoản 2), in this order: `managedByCentral:
 * true` → `central-leader`; a post that is not `leader: false` → `leader` (head or deputy:
 * «giữ chức vụ lãnh đạo, quản lý», 43-HD/BTCTW · Mục 2, tiểu mục 2.1, tiết b, read as any
 * post; PARTIAL); `workInPoliticalSystem: false` → `outside-system`; else `non-leader`.
 *
 * @example
 * ```ts
 * import { subjectGroupOf } from 'xeploai/score';
 * subjectGroupOf({ managedByCentral: true, posts: [{ orgId: 'tinh' }] }); // 'central-leader'
 * subjectGroupOf({ posts: [{ orgId: 'cb', leader: false }, { orgId: 'xa' }] }); // 'leader'
 * subjectGroupOf({ posts: [{ orgId: 'cb', leader: false }], workInPoliticalSystem: false }); // 'outside-system'
 * subjectGroupOf({}); // 'non-leader'
 * ```
 */
export function subjectGroupOf(member: SubjectGroupFacts): Exclude<SubjectGroup, 'collective'> {
  if (member.managedByCentral === true) return 'central-leader';
  if (member.posts?.some((p) => p.leader !== false) === true) return 'leader';
  if (member.workInPoliticalSystem === false) return 'outside-system';
  return 'non-leader';
}
