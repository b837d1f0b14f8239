/**
 * The shapes of a score sheet definition (parts, subject groups, groups, items), below the
 * frames and the sheet validation that both read them.
 *
 * @module
 */
import type { Citation } from '../rules/types.js';

/**
 * The two parts of the QĐ 366 frame a group belongs to: `general` (nhóm tiêu chí chung, 30
 * points) or `results` (nhóm tiêu chí về kết quả thực hiện nhiệm vụ, 70 points).
 *
 * @example
 * ```ts
 * import type { ScorePart } from 'xeploai/score';
 * const p: ScorePart = 'results';
 * ```
 */
export type ScorePart = 'general' | 'results';

/**
 * The five subject groups of QĐ 366, one appendix each: tập thể; cán bộ diện Trung ương quản
 * lý; lãnh đạo, quản lý các cấp; cá nhân không giữ chức vụ; đảng viên không làm việc trong hệ
 * thống chính trị.
 *
 * @example
 * ```ts
 * import { SCORE_SUBJECTS } from 'xeploai/score';
 * SCORE_SUBJECTS.length; // 5
 * ```
 */
export const SCORE_SUBJECTS = ['tap-the', 'can-bo-trung-uong-quan-ly', 'lanh-dao-quan-ly', 'ca-nhan-khong-giu-chuc-vu', 'dang-vien-ngoai-he-thong-chinh-tri'] as const;

/**
 * One of the five subject groups (`SCORE_SUBJECTS`).
 *
 * @example
 * ```ts
 * import type { ScoreSubject } from 'xeploai/score';
 * const s: ScoreSubject = 'tap-the';
 * ```
 */
export type ScoreSubject = (typeof SCORE_SUBJECTS)[number];

/**
 * An item of a group: what is marked.
 *
 * @example
 * ```ts
 * import type { ScoreItemDefinition } from 'xeploai/score';
 * const i: ScoreItemDefinition = { id: 'tu-duy-doi-moi', title: 'Tư duy đổi mới', max: 4 };
 * ```
 */
export interface ScoreItemDefinition {
  readonly id: string;
  readonly title: string;
  /** Highest mark, > 0, at most one decimal place. */
  readonly max: number;
  /** The part of the subject group's general criteria (`QD366_SCORE_FRAMES[group].parts`) the item marks; default: its group's. */
  readonly framePart?: string;
  readonly cite?: Citation;
}

/**
 * A group of items; its maximum is the sum of its items' maxima.
 *
 * @example
 * ```ts
 * import type { ScoreGroupDefinition } from 'xeploai/score';
 * const g: ScoreGroupDefinition = { id: 'general', title: 'Tiêu chí chung', part: 'general', max: 30, items: [{ id: 'chung', title: 'Tiêu chí chung', max: 30 }] };
 * ```
 */
export interface ScoreGroupDefinition {
  readonly id: string;
  readonly title: string;
  readonly part: ScorePart;
  readonly max: number;
  readonly items: readonly ScoreItemDefinition[];
  /** The part of the subject group's general criteria every item of the group marks (an item may name its own). */
  readonly framePart?: string;
  readonly cite?: Citation;
}

/**
 * What `defineScoreSheet` takes: ids unique across groups and items, item maxima adding up to
 * their group, the `general` groups to 30 and the `results` groups to 70. A sheet whose groups
 * or items name a `framePart` is also checked against the parts of its `subject`'s frame
 * (`checkScoreSheet`).
 *
 * @example
 * ```ts
 * import type { ScoreSheetDefinition } from 'xeploai/score';
 * const d: ScoreSheetDefinition = { id: 'x', title: 'X', groups: [] };
 * ```
 */
export interface ScoreSheetDefinition {
  readonly id: string;
  readonly title: string;
  readonly subject?: ScoreSubject;
  /** Who issued it, what it is for, why it differs from the default. */
  readonly note?: string;
  readonly cite?: Citation;
  readonly groups: readonly ScoreGroupDefinition[];
}
