/**
 * An example province rule set (fictional): Tỉnh Ví Dụ applies QĐ 366-QĐ/TW (qd366-2025) with
 * its own guidance, «Hướng dẫn 12-HD/TU» — a document that does not exist, written to show the
 * three things a province usually adds:
 *
 * 1. its own score sheet (bảng chấm điểm) for members who hold no post, splitting the 30 + 70
 *    points of the QĐ 366 frame into items;
 * 2. a stricter quota: at most 15 % HTXSNV (of the HTTNV count) instead of 20 %;
 * 3. a province finding: a member whose general criteria score under 24 of 30 is not rated HTXSNV.
 *
 * Copy it, change the document, the sheet and the rules, and test it (see test.ts beside it and
 * docs/guides/testing-your-rules.md).
 */
import { getRuleSet, type RuleDocument } from 'xeploai';
import { extendRuleSet, type ExtraFinding } from 'xeploai/rules';
import { defineScoreSheet } from 'xeploai/score';

/** The province's guidance (fictional). */
export const HD_12: RuleDocument = {
  id: '12-HD/TU',
  title: 'Hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025 (ví dụ, hư cấu)',
  issuedOn: '2025-11-20',
  issuer: 'Ban Thường vụ Tỉnh ủy Tỉnh Ví Dụ (hư cấu)',
};

const cite = (article: string) => ({ doc: HD_12.id, article });

/** The province's sheet for party members who hold no leadership post (Phụ lục 4 of QĐ 366 split into items). */
export const memberSheet = defineScoreSheet({
  id: 'tinh-vi-du-2025-ca-nhan',
  title: 'Bảng chấm điểm đảng viên không giữ chức vụ lãnh đạo, quản lý (Tỉnh Ví Dụ, 2025)',
  subject: 'ca-nhan-khong-giu-chuc-vu',
  cite: cite('Phụ lục 2'),
  groups: [
    {
      id: 'general',
      title: 'Nhóm tiêu chí chung',
      part: 'general',
      max: 30,
      items: [
        { id: 'chinh-tri-tu-tuong', title: 'Chính trị tư tưởng', max: 8 },
        { id: 'dao-duc-loi-song', title: 'Phẩm chất đạo đức, lối sống, trách nhiệm nêu gương', max: 8 },
        { id: 'y-thuc-to-chuc-ky-luat', title: 'Ý thức tổ chức kỷ luật', max: 6 },
        { id: 'tac-phong-le-loi', title: 'Tác phong, lề lối làm việc', max: 4 },
        { id: 'tu-phe-binh', title: 'Tự phê bình và phê bình', max: 4 },
      ],
    },
    {
      id: 'results',
      title: 'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ',
      part: 'results',
      max: 70,
      items: [
        { id: 'nhiem-vu-duoc-giao', title: 'Kết quả thực hiện chức trách, nhiệm vụ được giao', max: 50 },
        { id: 'nhiem-vu-chi-bo', title: 'Thực hiện nhiệm vụ do chi bộ phân công', max: 20 },
      ],
    },
  ],
});

/** Tỉnh Ví Dụ's rule: no HTXSNV with general criteria under 24 of 30 points. */
export const generalBelow24: ExtraFinding = {
  subjects: 'members',
  code: 'tinh-tieu-chi-chung-duoi-24',
  severity: 'cap',
  cap: 'HTTNV',
  rule: {
    cite: cite('Mục III, điểm 3'),
    assumption: false,
    message: {
      vi: 'Điểm nhóm tiêu chí chung dưới 24/30: không xếp loại "Hoàn thành xuất sắc nhiệm vụ"',
      en: 'General criteria under 24 of 30 points: not rated HTXSNV',
    },
  },
  when: (member, { path }) =>
    member.score !== undefined && member.score.general !== undefined && member.score.general < 24
      ? { path: `${path}.score.general`, detail: { vi: `${member.score.general}/30 điểm`, en: `${member.score.general}/30 points` } }
      : false,
};

/** The rule set: QĐ 366 with Tỉnh Ví Dụ's guidance. */
export const tinhViDu2025 = extendRuleSet(getRuleSet('qd366-2025'), {
  id: 'tinh-vi-du-2025',
  title: 'QĐ 366-QĐ/TW với Hướng dẫn 12-HD/TU của Tỉnh ủy Tỉnh Ví Dụ (ví dụ)',
  documents: [HD_12],
  appliesTo: { fromYear: 2025, toYear: 2025 },
  settings: {
    quotaPercent: { default: 15, assumption: false, cite: cite('Mục III, điểm 2') },
  },
  scoreSheets: { 'ca-nhan-khong-giu-chuc-vu': memberSheet },
  extraFindings: [generalBelow24],
});
