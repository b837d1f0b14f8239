/**
 * The built-in QĐ 366 score sheets, one per subject group (366-QĐ/TW · Phụ lục 1–5), at the
 * level the digest verifies: only the 30/70 frame, so each has the two groups and one item per
 * group. The 18/4/8 split of the 30 general points for individuals is a separate, non-default
 * sheet (PARTIAL: seen in a đảng ủy guidance and one application, not in the central text).
 *
 * @module
 */
import type { Citation } from '../rules/types.js';
import { QD366_FRAME, defineScoreSheet, type ScoreSheet, type ScoreSubject } from './sheet.js';

const GENERAL_TITLE = 'Nhóm tiêu chí chung';
const RESULTS_TITLE = 'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ';
const LEADER_RESULTS_TITLE = 'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ và năng lực lãnh đạo, quản lý theo các chức danh';

function annex(n: number): Citation {
  return { doc: '366-QĐ/TW', article: `Phụ lục ${n}`, note: 'annex number in the order the digest lists the five groups; only the 30/70 frame is verified' };
}

function frameSheet<const Id extends string>(id: Id, title: string, subject: ScoreSubject, n: number, resultsTitle: string) {
  return defineScoreSheet({
    id,
    title,
    subject,
    cite: annex(n),
    groups: [
      { id: 'general', title: GENERAL_TITLE, part: 'general', max: QD366_FRAME.general, items: [{ id: 'tieu-chi-chung', title: GENERAL_TITLE, max: QD366_FRAME.general }] },
      { id: 'results', title: resultsTitle, part: 'results', max: QD366_FRAME.results, items: [{ id: 'ket-qua-thuc-hien-nhiem-vu', title: resultsTitle, max: QD366_FRAME.results }] },
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
export const qd366CollectiveSheet = frameSheet('qd366-tap-the', 'Tập thể (QĐ 366, khung 30 + 70)', 'tap-the', 1, RESULTS_TITLE);

/**
 * Cadres managed by the Central Committee, Politburo and Secretariat (cán bộ diện Trung ương quản lý).
 *
 * @example
 * ```ts
 * import { qd366CentralCadreSheet } from 'xeploai/score';
 * qd366CentralCadreSheet.subject; // 'can-bo-trung-uong-quan-ly'
 * ```
 */
export const qd366CentralCadreSheet = frameSheet('qd366-can-bo-trung-uong-quan-ly', 'Cán bộ diện Trung ương quản lý (QĐ 366, khung 30 + 70)', 'can-bo-trung-uong-quan-ly', 2, LEADER_RESULTS_TITLE);

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
export const qd366LeaderSheet = frameSheet('qd366-lanh-dao-quan-ly', 'Lãnh đạo, quản lý các cấp (QĐ 366, khung 30 + 70)', 'lanh-dao-quan-ly', 3, LEADER_RESULTS_TITLE);

/**
 * Individuals without a leadership post (cá nhân không giữ chức vụ lãnh đạo, quản lý).
 *
 * @example
 * ```ts
 * import { qd366NonLeaderSheet, scoreWithSheet } from 'xeploai/score';
 * scoreWithSheet(qd366NonLeaderSheet, { 'tieu-chi-chung': 27, 'ket-qua-thuc-hien-nhiem-vu': 63 }).total; // 90
 * ```
 */
export const qd366NonLeaderSheet = frameSheet('qd366-ca-nhan-khong-giu-chuc-vu', 'Cá nhân không giữ chức vụ lãnh đạo, quản lý (QĐ 366, khung 30 + 70)', 'ca-nhan-khong-giu-chuc-vu', 4, RESULTS_TITLE);

/**
 * Members not working in the political system (đảng viên không làm việc trong hệ thống chính trị).
 *
 * @example
 * ```ts
 * import { qd366OutsideSystemSheet } from 'xeploai/score';
 * qd366OutsideSystemSheet.cite?.article; // 'Phụ lục 5'
 * ```
 */
export const qd366OutsideSystemSheet = frameSheet('qd366-dang-vien-ngoai-he-thong-chinh-tri', 'Đảng viên không làm việc trong hệ thống chính trị (QĐ 366, khung 30 + 70)', 'dang-vien-ngoai-he-thong-chinh-tri', 5, RESULTS_TITLE);

const WEIGHTS_NOTE = 'weights 18/4/8 seen in a đảng ủy guidance (03-HD/TVĐU) and one application, not in the central text (PARTIAL)';
const PARTS_CITE: Citation = { doc: '366-QĐ/TW', article: 'Phụ lục', note: WEIGHTS_NOTE };

/**
 * A non-default sheet for individuals splitting the 30 general points 18 / 4 / 8 over the three
 * verified parts: «phẩm chất chính trị, đạo đức, lối sống, thực hiện trách nhiệm nêu gương»;
 * «tư duy đổi mới, … dám nghĩ, dám làm»; «tự phê bình và phê bình, tự soi, tự sửa, khắc phục
 * hạn chế, khuyết điểm». The parts are verified, the weights are not: use it only where a
 * province or unit has adopted them.
 *
 * @example
 * ```ts
 * import { qd366IndividualWeightedSheet } from 'xeploai/score';
 * qd366IndividualWeightedSheet.groups[0]?.items.map((i) => i.max); // [18, 4, 8]
 * ```
 */
export const qd366IndividualWeightedSheet = defineScoreSheet({
  id: 'qd366-ca-nhan-18-4-8',
  title: 'Cá nhân — tiêu chí chung chia 18/4/8 (không mặc định)',
  note: `Non-default: ${WEIGHTS_NOTE}.`,
  cite: PARTS_CITE,
  groups: [
    {
      id: 'general',
      title: GENERAL_TITLE,
      part: 'general',
      max: 30,
      items: [
        { id: 'pham-chat-chinh-tri-dao-duc', title: 'Phẩm chất chính trị, đạo đức, lối sống, thực hiện trách nhiệm nêu gương', max: 18, cite: PARTS_CITE },
        { id: 'tu-duy-doi-moi', title: 'Tư duy đổi mới, dám nghĩ, dám làm', max: 4, cite: PARTS_CITE },
        { id: 'tu-phe-binh-va-phe-binh', title: 'Tự phê bình và phê bình, tự soi, tự sửa, khắc phục hạn chế, khuyết điểm', max: 8, cite: PARTS_CITE },
      ],
    },
    { id: 'results', title: RESULTS_TITLE, part: 'results', max: 70, items: [{ id: 'ket-qua-thuc-hien-nhiem-vu', title: RESULTS_TITLE, max: 70 }] },
  ],
});

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
 * Every built-in sheet by id (the five defaults and the non-default 18/4/8 sheet), for
 * marks that name their sheet.
 *
 * @example
 * ```ts
 * import { findScoreSheet } from 'xeploai/score';
 * findScoreSheet('qd366-ca-nhan-18-4-8')?.groups[0]?.items.length; // 3
 * findScoreSheet('nope'); // undefined
 * ```
 */
export function findScoreSheet(id: string): ScoreSheet | undefined {
  return BUILT_IN_SHEETS.find((s) => s.id === id);
}

const BUILT_IN_SHEETS: readonly ScoreSheet[] = [...Object.values(qd366DefaultSheets), qd366IndividualWeightedSheet];
