/**
 * The built-in QĐ 366 score sheets: one per subject group (366-QĐ/TW · Phụ lục 1–5), at the
 * level the text sets centrally, the 30 + 70 frame, so each has the two groups and one item per
 * group (the parts of the general criteria get no built-in points: each level sets them,
 * 43-HD/BTCTW · Mục 7, tiểu mục 7.12). And one cited EXAMPLE of a unit's own split, 18 / 4 / 8,
 * which is one đảng ủy's choice, not a default and not central.
 *
 * @module
 */
import type { Citation } from '../rules/types.js';
import { QD366_FRAME, QD366_SCORE_FRAMES, type SubjectGroup } from './frames.js';
import { defineScoreSheet, type ScoreSheet } from './sheet.js';
import type { ScoreSubject } from './types.js';

function frameSheet<const Id extends string>(id: Id, title: string, group: SubjectGroup) {
  const frame = QD366_SCORE_FRAMES[group];
  return defineScoreSheet({
    id,
    title,
    subject: frame.subject,
    cite: { doc: '366-QĐ/TW', article: `Phụ lục ${frame.annex}`, note: 'the 30 + 70 frame only: the points of the parts of the general criteria are set by each level' },
    groups: [
      { id: 'general', title: frame.generalTitle, part: 'general', max: QD366_FRAME.general, items: [{ id: 'tieu-chi-chung', title: frame.generalTitle, max: QD366_FRAME.general }] },
      { id: 'results', title: frame.resultsTitle, part: 'results', max: QD366_FRAME.results, items: [{ id: 'ket-qua-thuc-hien-nhiem-vu', title: frame.resultsTitle, max: QD366_FRAME.results }] },
    ],
  });
}

/**
 * Collectives (tập thể): cấp ủy, tổ chức đảng, tập thể lãnh đạo, quản lý, cơ quan, đơn vị.
 *
 * @example
 * ```ts
 * import { qd366CollectiveSheet } from 'xeploai/score';
 * qd366CollectiveSheet.groups.map((g) => g.max); // [30, 70]
 * ```
 */
export const qd366CollectiveSheet = frameSheet('qd366-tap-the', 'Tập thể (QĐ 366, khung 30 + 70)', 'collective');

/**
 * Cadres managed by the Central Committee, Politburo and Secretariat (cán bộ diện Trung ương quản lý).
 *
 * @example
 * ```ts
 * import { qd366CentralCadreSheet } from 'xeploai/score';
 * qd366CentralCadreSheet.subject; // 'can-bo-trung-uong-quan-ly'
 * ```
 */
export const qd366CentralCadreSheet = frameSheet('qd366-can-bo-trung-uong-quan-ly', 'Cán bộ diện Trung ương quản lý (QĐ 366, khung 30 + 70)', 'central-leader');

/**
 * Leaders and managers at every level (lãnh đạo, quản lý các cấp): the 70 points cover results
 * and leadership capacity by title.
 *
 * @example
 * ```ts
 * import { qd366LeaderSheet } from 'xeploai/score';
 * qd366LeaderSheet.groups[1]?.title; // 'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ và năng lực lãnh đạo, quản lý theo các chức danh'
 * ```
 */
export const qd366LeaderSheet = frameSheet('qd366-lanh-dao-quan-ly', 'Lãnh đạo, quản lý các cấp (QĐ 366, khung 30 + 70)', 'leader');

/**
 * Individuals without a leadership post (cá nhân không giữ chức vụ lãnh đạo, quản lý).
 *
 * @example
 * ```ts
 * import { qd366NonLeaderSheet, scoreWithSheet } from 'xeploai/score';
 * scoreWithSheet(qd366NonLeaderSheet, { 'tieu-chi-chung': 27, 'ket-qua-thuc-hien-nhiem-vu': 63 }).total; // 90
 * ```
 */
export const qd366NonLeaderSheet = frameSheet('qd366-ca-nhan-khong-giu-chuc-vu', 'Cá nhân không giữ chức vụ lãnh đạo, quản lý (QĐ 366, khung 30 + 70)', 'non-leader');

/**
 * Members not working in the political system (đảng viên không làm việc trong hệ thống chính trị).
 *
 * @example
 * ```ts
 * import { qd366OutsideSystemSheet } from 'xeploai/score';
 * qd366OutsideSystemSheet.cite?.article; // 'Phụ lục 5'
 * ```
 */
export const qd366OutsideSystemSheet = frameSheet('qd366-dang-vien-ngoai-he-thong-chinh-tri', 'Đảng viên không làm việc trong hệ thống chính trị (QĐ 366, khung 30 + 70)', 'outside-system');

const EXAMPLE_CITE: Citation = {
  doc: '03-HD/TVĐU',
  article: 'article not seen',
  note: "one đảng ủy's own split of the 30 general points (seen in its guidance and one application); not central: 43-HD/BTCTW · Mục 7, tiểu mục 7.12 leaves the points to each level",
};

/**
 * An EXAMPLE, not a default and not central: one đảng ủy's split of the 30 general points for
 * individuals, 18 / 4 / 8, over three parts: «phẩm chất chính trị, đạo đức, lối sống, thực hiện
 * trách nhiệm nêu gương»; «tư duy đổi mới, … dám nghĩ, dám làm»; «tự phê bình và phê bình, tự
 * soi, tự sửa, khắc phục hạn chế, khuyết điểm» (cited to that guidance, 03-HD/TVĐU). The
 * central text sets the parts per subject group (`QD366_SCORE_FRAMES`) and leaves the points to
 * each level; this sheet names no subject group and no `framePart`. Use it where a unit has
 * adopted the same split, or as a model for the unit's own `defineScoreSheet`.
 *
 * @example
 * ```ts
 * import { exampleDangUyWeightedSheet } from 'xeploai/score';
 * exampleDangUyWeightedSheet.groups[0]?.items.map((i) => i.max); // [18, 4, 8]
 * exampleDangUyWeightedSheet.cite?.doc; // '03-HD/TVĐU'
 * ```
 */
export const exampleDangUyWeightedSheet = defineScoreSheet({
  id: 'vi-du-dang-uy-ca-nhan-18-4-8',
  title: 'Ví dụ: cá nhân — tiêu chí chung chia 18/4/8 theo hướng dẫn của một đảng ủy (không phải quy định của Trung ương, không mặc định)',
  note: `Example, not a default: ${EXAMPLE_CITE.note}.`,
  cite: EXAMPLE_CITE,
  groups: [
    {
      id: 'general',
      title: 'Nhóm tiêu chí chung',
      part: 'general',
      max: 30,
      items: [
        { id: 'pham-chat-chinh-tri-dao-duc', title: 'Phẩm chất chính trị, đạo đức, lối sống, thực hiện trách nhiệm nêu gương', max: 18, cite: EXAMPLE_CITE },
        { id: 'tu-duy-doi-moi', title: 'Tư duy đổi mới, dám nghĩ, dám làm', max: 4, cite: EXAMPLE_CITE },
        { id: 'tu-phe-binh-va-phe-binh', title: 'Tự phê bình và phê bình, tự soi, tự sửa, khắc phục hạn chế, khuyết điểm', max: 8, cite: EXAMPLE_CITE },
      ],
    },
    { id: 'results', title: 'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ', part: 'results', max: 70, items: [{ id: 'ket-qua-thuc-hien-nhiem-vu', title: 'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ', max: 70 }] },
  ],
});

/**
 * The same sheet as `exampleDangUyWeightedSheet`, under its former name.
 *
 * @deprecated The name presented one đảng ủy's 18/4/8 split as QĐ 366's; use
 * `exampleDangUyWeightedSheet` (its id is now `vi-du-dang-uy-ca-nhan-18-4-8`).
 * @example
 * ```ts
 * import { exampleDangUyWeightedSheet, qd366IndividualWeightedSheet } from 'xeploai/score';
 * qd366IndividualWeightedSheet === exampleDangUyWeightedSheet; // true
 * ```
 */
export const qd366IndividualWeightedSheet = exampleDangUyWeightedSheet;

/**
 * The default built-in sheet of each subject group.
 *
 * @example
 * ```ts
 * import { qd366DefaultSheets } from 'xeploai/score';
 * qd366DefaultSheets['tap-the'].id; // 'qd366-tap-the'
 * ```
 */
export const qd366DefaultSheets: Readonly<Record<ScoreSubject, ScoreSheet>> = Object.freeze({
  'tap-the': qd366CollectiveSheet,
  'can-bo-trung-uong-quan-ly': qd366CentralCadreSheet,
  'lanh-dao-quan-ly': qd366LeaderSheet,
  'ca-nhan-khong-giu-chuc-vu': qd366NonLeaderSheet,
  'dang-vien-ngoai-he-thong-chinh-tri': qd366OutsideSystemSheet,
});

/**
 * Every built-in sheet by id (the five defaults and the 18/4/8 example), for marks that name
 * their sheet. The example's former id `qd366-ca-nhan-18-4-8` still finds it (deprecated).
 *
 * @example
 * ```ts
 * import { findScoreSheet } from 'xeploai/score';
 * findScoreSheet('vi-du-dang-uy-ca-nhan-18-4-8')?.groups[0]?.items.length; // 3
 * findScoreSheet('qd366-ca-nhan-18-4-8')?.id; // 'vi-du-dang-uy-ca-nhan-18-4-8'
 * findScoreSheet('nope'); // undefined
 * ```
 */
export function findScoreSheet(id: string): ScoreSheet | undefined {
  const wanted = id === FORMER_EXAMPLE_ID ? exampleDangUyWeightedSheet.id : id;
  return BUILT_IN_SHEETS.find((s) => s.id === wanted);
}

const FORMER_EXAMPLE_ID = 'qd366-ca-nhan-18-4-8';
const BUILT_IN_SHEETS: readonly ScoreSheet[] = [...Object.values(qd366DefaultSheets), exampleDangUyWeightedSheet];
