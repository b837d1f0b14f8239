/**
 * QĐ 132-QĐ/TW (with HD 21-HD/BTCTW; HD 16-HD/BTCTW for review year 2018) as cited data for the
 * shared member, organization and leader pipelines. Confidence marks follow
 * shared/regulations/qd132-2018.md: a row marked ASSUMPTION there has `assumption: true` here;
 * a PARTIAL row has a `note`.
 *
 * @module
 */
import { ruleText as r } from '../common/findings.js';
import { mapRuleTexts } from '../common/inherit.js';
import type { ParamsByYear, RuleSetParams } from '../common/byYear.js';
import type { CivilServiceParams, GradingTable, LeaderParams, MemberParams, OrganizationParams } from '../common/params.js';

const QD = '132-QĐ/TW';
const HD = '21-HD/BTCTW';
const HD16 = '16-HD/BTCTW';
const MUC_II = { doc: HD, article: 'Mục II' } as const;
const T6 = { doc: HD, article: 'Mục II, tiểu mục 6' } as const;
const T13 = { doc: HD, article: 'Mục II, điểm B, tiết 1.3' } as const;
const T2 = { doc: HD, article: 'Mục II, điểm B, tiết 2' } as const;
const T23 = { doc: HD, article: 'Mục II, điểm B, tiết 2.3' } as const;
const T23A = { doc: HD, article: 'Mục II, điểm B, tiết 2.3 a' } as const;
const T3 = { doc: HD, article: 'Mục II, điểm B, tiết 3' } as const;
const T4 = { doc: HD, article: 'Mục II, điểm B, tiết 4' } as const;
const D12K4 = { doc: QD, article: 'Điều 12, khoản 4' } as const;
const D12K4A = { doc: QD, article: 'Điều 12, khoản 4, điểm a' } as const;
const PARALLEL = 'text not seen; read by the parallel structure of tiết 2.3 a';

const HD16_NOTE = 'section numbering as in 21-HD/BTCTW';
const HD21_ONLY = 'known only from 21-HD/BTCTW (18/10/2019): 16-HD/BTCTW not seen';
const withNote = (note: string | undefined, more: string): string => (note === undefined ? more : `${note}; ${more}`);

/**
 * The data of review year 2018 re-cited to HD 16-HD/BTCTW (24/9/2018), the guidance of that year:
 * every rule cited to HD 21 (issued 18/10/2019, not yet in force) is cited to HD 16 at the same
 * section, except those known only from HD 21 (the leadership-collective list of tiết 3), which
 * keep HD 21 with a note saying so (shared/regulations/qd132-2018.md).
 *
 * @example
 * ```ts
 * import { asHd16, qd132OrganizationParams } from 'xeploai/rules/qd132-2018';
 * asHd16(qd132OrganizationParams).linkage.rows[0]?.rule.cite.doc; // '16-HD/BTCTW'
 * asHd16(qd132OrganizationParams).leadershipCollective?.rule.cite.doc; // '21-HD/BTCTW'
 * ```
 */
export function asHd16<T>(params: T): T {
  return mapRuleTexts(params, (rule) => {
    const { doc, article, note } = rule.cite;
    const through = note?.replace('applied through 21-HD/BTCTW', 'applied through 16-HD/BTCTW');
    if (doc !== HD) return through === note ? rule : { ...rule, cite: { doc, article, note: through! } };
    if (article === T3.article) return { ...rule, cite: { doc, article, note: withNote(note, HD21_ONLY) } };
    return { ...rule, cite: { doc: HD16, article, note: withNote(note, HD16_NOTE) } };
  });
}

/**
 * Individual criteria → level (HD 21 tiết 2.3 "khung tiêu chuẩn"). Only the HTXSNV row was seen;
 * the HTTNV and HTNV rows are read by parallel structure and flagged (`criteria-row-assumed`).
 *
 * @example
 * ```ts
 * import { qd132IndividualGrading } from 'xeploai/rules/qd132-2018';
 * qd132IndividualGrading.rows[1]?.rule.assumption; // true
 * ```
 */
export const qd132IndividualGrading: GradingTable = {
  resultsIds: ['results'],
  rows: [
    {
      level: 'HTXSNV', results: 'xuat-sac', others: 'tot',
      rule: r(T23A, '«Các tiêu chí về kết quả thực hiện nhiệm vụ chính trị được giao đều đánh giá đạt cấp độ "Xuất sắc"; các tiêu chí còn lại … "Tốt" trở lên»', 'Results criteria all Excellent; the other criteria Good or better'),
    },
    {
      level: 'HTTNV', results: 'tot', others: 'trung-binh',
      rule: r({ ...T23, note: PARALLEL }, 'Mức HTTNV: tiêu chí kết quả từ Tốt trở lên, các tiêu chí còn lại từ Trung bình trở lên', 'HTTNV: results criteria Good or better, the others Average or better', true),
    },
    {
      level: 'HTNV', results: 'trung-binh', others: 'trung-binh',
      rule: r({ ...T23, note: PARALLEL }, 'Mức HTNV: các tiêu chí cơ bản từ Trung bình trở lên', 'HTNV: the basic criteria Average or better', true),
    },
  ],
  kem: r({ ...T2, note: '«không đạt mức "Hoàn thành nhiệm vụ"»; HTNV read as every criterion Trung bình or better (parallel structure)' }, 'Có tiêu chí bị đánh giá mức Kém: không đạt mức "Hoàn thành nhiệm vụ"', 'A criterion graded Poor (Kém): below HTNV', true),
  belowAll: r({ ...T2, note: '«không đạt mức "Hoàn thành nhiệm vụ"»' }, 'Các tiêu chí không đạt mức "Hoàn thành nhiệm vụ"', 'The criteria do not reach HTNV', true),
};

/**
 * Collective criteria → level for party organizations (HD 21 tiết 1.3). The "results criteria"
 * are `results` (leading the political tasks) and `building` (party building).
 *
 * @example
 * ```ts
 * import { qd132CollectiveGrading } from 'xeploai/rules/qd132-2018';
 * qd132CollectiveGrading.resultsIds; // ['results', 'building']
 * ```
 */
export const qd132CollectiveGrading: GradingTable = {
  resultsIds: ['results', 'building'],
  rows: [
    {
      level: 'HTXSNV', results: 'xuat-sac', others: 'tot',
      rule: r(T13, 'Mức HTXSNV: các tiêu chí về kết quả (xây dựng Đảng; lãnh đạo nhiệm vụ kinh tế - xã hội, quốc phòng, an ninh) Xuất sắc, các tiêu chí khác từ Tốt trở lên', 'HTXSNV: results criteria (party building; leading socio-economic, defence and security tasks) Excellent, the others Good or better'),
    },
    {
      level: 'HTTNV', results: 'tot', others: 'trung-binh',
      rule: r({ ...T13, note: 'PARTIAL: quoted without naming HD 21' }, 'Mức HTTNV: các tiêu chí về kết quả từ Tốt trở lên, các tiêu chí khác từ Trung bình trở lên', 'HTTNV: results criteria Good or better, the others Average or better'),
    },
    {
      level: 'HTNV', results: 'trung-binh', others: 'trung-binh',
      rule: r({ ...T13, note: 'PARTIAL: «Các tiêu chí đều …» cut; read as every criterion Trung bình or better' }, 'Mức HTNV: các tiêu chí đều từ Trung bình trở lên', 'HTNV: every criterion Average or better'),
    },
  ],
  kem: r(D12K4, 'Có tiêu chí bị đánh giá mức Kém', 'A criterion was graded Poor (Kém)'),
  belowAll: r(T13, 'Các tiêu chí không đạt mức "Hoàn thành nhiệm vụ"', 'The criteria do not reach HTNV'),
};

const noBasis = r({ doc: HD, article: 'Mục II, điểm B', note: 'no criteria or proposal in the input' }, 'Không có căn cứ xếp loại (tiêu chí hoặc mức đề xuất)', 'No basis for a level (criteria or proposed level)');
const proposed = r({ ...MUC_II, note: 'the competent level decides; a proposal is one more ceiling (docs/guides/formats.md §1)' }, 'Cấp có thẩm quyền đề xuất mức thấp hơn', 'The competent body proposed a lower level');

const civilService: CivilServiceParams = {
  ties: {
    HTXSNV: r(T23A, 'Đảng viên là cán bộ, công chức, viên chức «phải được xếp loại cán bộ, công chức, viên chức "Hoàn thành xuất sắc nhiệm vụ"» để được xếp loại HTXSNV', 'A member who is a civil servant must be rated HTXSNV as a civil servant to be HTXSNV'),
    HTTNV: r({ ...T23, note: PARALLEL }, 'Đảng viên là cán bộ, công chức, viên chức phải được xếp loại CBCCVC từ HTTNV trở lên để được xếp loại HTTNV', 'A member who is a civil servant must be rated HTTNV or above as a civil servant to be HTTNV', true),
    HTNV: r({ ...T23, note: PARALLEL }, 'Đảng viên là cán bộ, công chức, viên chức phải được xếp loại CBCCVC từ HTNV trở lên để được xếp loại HTNV', 'A member who is a civil servant must be rated HTNV or above as a civil servant to be HTNV', true),
  },
  khtnv: r(T2, 'Đảng viên là cán bộ, công chức, viên chức bị xếp loại CBCCVC "Không hoàn thành nhiệm vụ"', 'A member who is a civil servant was rated KHTNV as a civil servant'),
  mismatch: r({ ...T2, note: 'shown when civilServiceCap is "warn"' }, 'Mức xếp loại đảng viên cao hơn mức xếp loại cán bộ, công chức, viên chức', 'Party level above the civil-service level'),
};

/** What HD 16 (2018) and HD 21 (2019–2022) share for members; each variant adds its own rows. */
const memberBase = {
  exempt: r({ ...MUC_II, note: 'PARTIAL: secondary source' }, 'Đảng viên được miễn công tác và sinh hoạt đảng: không kiểm điểm, không xếp loại', 'Member exempted from party work and activities: not reviewed or rated'),
  notReviewed: r(
    { ...MUC_II, note: 'PARTIAL: only those exempted or suspended are not reviewed; even a new member «vẫn phải kiểm điểm» (tiểu mục 6); 132-QĐ/TW Điều 1 applies to every cá nhân' },
    'Đảng viên thuộc đối tượng kiểm điểm, đánh giá, xếp loại nhưng chưa được kiểm điểm: không xếp loại',
    'Member due for review who was not reviewed: not rated',
  ),
  newMember: {
    months: 6,
    reviewed: true,
    rule: r({ ...T6, note: '"chưa đủ 06 tháng" read as admission date + 6 calendar months > review date' }, '«Không đánh giá, xếp loại chất lượng … đảng viên mới kết nạp chưa đủ 06 tháng, nhưng vẫn phải kiểm điểm»', 'Member admitted less than 6 months before the review: reviewed but not rated', true),
  },
  grading: qd132IndividualGrading,
  // HD 21 tiết 2.3 sets no task shares for HTXSNV (unlike QĐ 124 Điều 12 k1).
  taskConditions: [],
  tasksNotGiven: r({ ...T23, note: 'no task conditions for members in HD 21' }, 'Không có số liệu chỉ tiêu, nhiệm vụ', 'No task data', true),
  conclusions: r(T2, '«Bị cấp có thẩm quyền kết luận đánh giá có biểu hiện suy thoái» về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hóa"', 'Concluded by a competent authority to show degradation'),
  conclusionKinds: {
    kinds: ['suy-thoai'],
    other: r({ ...T2, note: 'the KHTNV list of tiết 2 names degradation only' }, 'Kết luận này không thuộc các trường hợp "Không hoàn thành nhiệm vụ" của HD 21 tiết 2: cấp có thẩm quyền xem xét', 'This conclusion is not among the KHTNV cases of HD 21 tiết 2: for the competent level to consider'),
  },
  discipline: {
    inPeriod: r(T2, '«Đảng viên bị thi hành kỷ luật trong năm (một vi phạm bị xử lý kỷ luật chỉ tính một lần khi xếp loại)»', 'Disciplined in the year (one violation counts once)'),
    selfDetectedException: false,
    selfDetected: r({ ...T2, note: 'no self-detection exception for members (added by 124-QĐ/TW điểm 4.3 d)' }, 'Tự phát hiện và khắc phục xong hậu quả không phải là ngoại lệ: kỷ luật trong năm vẫn tính', 'Self-detected and remedied is no exception here: the discipline still counts'),
    countedOnce: r({ ...T2, note: 'reading: a violation year already rated KHTNV in history has counted it (as 48/2023/NĐ-CP for CBCCVC)' }, 'Vi phạm đã được tính khi xếp loại "Không hoàn thành nhiệm vụ" năm xảy ra vi phạm: không tính lại ở năm có quyết định kỷ luật', 'The violation already made its year KHTNV: it does not count again in the year of the decision', true),
  },
  // The member rule of tiết 2 states no force-majeure exception (the organization rule does).
  targetsBelowHalf: { effect: 'cap', forceMajeureException: false, rule: r(T2, '«Chỉ hoàn thành dưới 50% chỉ tiêu, nhiệm vụ được giao trong năm»', 'Completed under 50% of the targets and tasks of the year') },
  sickLeave: { minDays: 90, cap: 'HTNV', rule: r({ ...T6, note: '3 months read as 90 days (leave.sickDays)' }, 'Nghỉ ốm từ 3 tháng trở lên trong năm: «không xếp loại đạt mức "Hoàn thành tốt nhiệm vụ" trở lên»', 'Sick leave of 3 months or more in the year: not HTTNV or above') },
  maternity: r(T6, 'Nghỉ thai sản: «kết quả xếp loại … là kết quả xếp loại chất lượng của thời gian làm việc thực tế của năm đó»', 'Maternity leave: the rating is that of the time actually worked in the year'),
  proposed,
  noBasis,
  consecutiveKhtnv: r({ doc: '02-HD/BTCTW', article: 'Mục II, tiểu mục 1', note: '2021' }, 'Hai năm liền không hoàn thành nhiệm vụ: chi bộ giáo dục, giúp đỡ trước khi xem xét đưa ra khỏi Đảng (không tự động)', 'KHTNV two years running: the chi bộ educates and helps before considering removal (not automatic)'),
  consecutiveKhtnvCadre: r({ doc: '41-QĐ/TW', article: 'căn cứ xem xét miễn nhiệm, mục 4' }, 'Cán bộ hai năm liên tiếp không hoàn thành nhiệm vụ: căn cứ xem xét miễn nhiệm; chi bộ giáo dục, giúp đỡ', 'Cadre KHTNV two years running: a ground to consider dismissal; the chi bộ educates and helps'),
} as const satisfies Omit<MemberParams, 'civilService'>;

/**
 * Member rules under HD 21-HD/BTCTW (review years 2019–2022): suspended members are not rated,
 * discipline in the year ⇒ KHTNV with no self-detection exception, CBCCVC ties.
 *
 * @example
 * ```ts
 * import { qd132MemberParams } from 'xeploai/rules/qd132-2018';
 * qd132MemberParams.discipline.selfDetectedException; // false
 * qd132MemberParams.newMember.reviewed; // true (reviewed but not rated)
 * ```
 */
export const qd132MemberParams: MemberParams = {
  ...memberBase,
  suspended: r({ ...MUC_II, note: 'PARTIAL: secondary source; added by HD 21 (not in 16-HD/BTCTW)' }, 'Đảng viên bị đình chỉ sinh hoạt đảng: không kiểm điểm, không xếp loại', 'Member suspended from party activities: not reviewed or rated'),
  civilService,
};

/**
 * Member rules under HD 16-HD/BTCTW (review year 2018): as HD 21, except that suspended members
 * are still rated and the CBCCVC clause of HTXSNV is HD 16's.
 *
 * @example
 * ```ts
 * import { qd132MemberParams2018 } from 'xeploai/rules/qd132-2018';
 * qd132MemberParams2018.suspended; // undefined
 * qd132MemberParams2018.civilService.ties.HTXSNV?.cite.doc; // '16-HD/BTCTW'
 * ```
 */
export const qd132MemberParams2018: MemberParams = asHd16({
  ...memberBase,
  suspendedRated: r({ doc: HD16, article: 'Mục II', note: 'PARTIAL: HD 16 did not exclude suspended members; the exclusion came with 21-HD/BTCTW' }, 'Đảng viên bị đình chỉ sinh hoạt đảng: HD 16 không loại trừ, vẫn xếp loại', 'Suspended member: HD 16 does not exclude him or her, so he or she is rated'),
  civilService: {
    ...civilService,
    ties: {
      ...civilService.ties,
      HTXSNV: r({ doc: HD16, article: 'Mục II, điểm B, tiết 2.3 a', note: 'PARTIAL: section as in 21-HD/BTCTW; the clause reads «Đảng viên là công chức, viên chức …»' }, '«Đảng viên là công chức, viên chức …» phải được xếp loại "Hoàn thành xuất sắc nhiệm vụ" để được xếp loại HTXSNV', 'A member who is a civil servant or public employee must be rated HTXSNV as such to be HTXSNV'),
    },
  },
});

/**
 * Organization rules of QĐ 132 Điều 12 khoản 4 and HD 21 tiết 1.3 and 3.
 *
 * @example
 * ```ts
 * import { qd132OrganizationParams } from 'xeploai/rules/qd132-2018';
 * qd132OrganizationParams.leadershipCollective?.minForm; // 'canh-cao'
 * qd132OrganizationParams.linkage.rows[0]?.atLeastHttnvPercent; // 80
 * ```
 */
export const qd132OrganizationParams: OrganizationParams = {
  newOrganization: { months: 6, rule: r(T6, 'Tổ chức đảng, tập thể lãnh đạo, quản lý mới thành lập chưa đủ 6 tháng: không xếp loại', 'Organization or leadership collective founded less than 6 months before the review: not rated') },
  aboveGrassrootsWithoutBasis: r({ doc: QD, article: 'Điều 1', note: 'PARTIAL: scope from a news summary; above the grassroots rated only with a basis in the file' }, 'Cấp trên cơ sở: chỉ xếp loại khi có căn cứ trong hồ sơ', 'Above the grassroots: rated only when the file gives a basis'),
  grading: qd132CollectiveGrading,
  taskConditions: [],
  tasksNotGiven: r({ ...T13, note: 'no task conditions for organizations in HD 21' }, 'Không có số liệu chỉ tiêu, nhiệm vụ', 'No task data', true),
  // No HTXSNV/HTTNV discipline bars were seen in QĐ 132/HD 21 (they are QĐ 124 Điều 12 k1–2).
  subordinateCase: r({ ...D12K4A, note: 'scope unresolved (setting subordinateDisciplineKhtnv)' }, '«Có đơn vị trực thuộc xảy ra các vụ, việc tham ô, tham nhũng và các vi phạm khác bị xử lý theo quy định của Đảng, pháp luật của Nhà nước (trừ trường hợp tự phát hiện và khắc phục xong hậu quả)»', 'A subordinate unit had corruption or other violations that were punished (unless self-detected and remedied): consider KHTNV', true),
  selfDisciplined: { effect: 'cap', rule: r(D12K4A, '«Tập thể lãnh đạo, quản lý bị xử lý kỷ luật» trong năm', 'The leadership collective was disciplined in the year') },
  disciplinedUnitsShare: { percent: 20, rule: r(D12K4A, '«Có trên 20% số đơn vị trực thuộc bị kỷ luật trong năm»', 'More than 20% of subordinate units disciplined in the year') },
  taskShortfall: { code: 'targets-below-half', belowPercent: 50, withMainTargetsMissed: true, forceMajeure: 'lifts', rule: r({ ...D12K4A, note: 'the two conditions read together, as in 124-QĐ/TW điểm 4.1 b' }, '«Chỉ hoàn thành dưới 50% số chỉ tiêu, nhiệm vụ …, các chỉ tiêu chủ yếu không đạt 100% (trừ trường hợp bất khả kháng)»', 'Under 50% of targets met and main targets below 100% (no force majeure)') },
  conclusions: r({ ...T3, note: 'listed for the leadership collective (QĐ 132 Điều 12 k4 điểm b opens the list); applied to the organization whose collective it is' }, '«Cấp có thẩm quyền kết luận mất đoàn kết nội bộ hoặc có thành viên suy thoái …»', 'Concluded by a competent authority: internal disunity or a degraded member', true),
  leadershipCollective: {
    minForm: 'canh-cao',
    rule: r({ ...T3, note: "the leadership collective's own rating is outside review@1" }, '«Có thành viên … bị xử lý kỷ luật từ cảnh cáo trở lên (một vi phạm … chỉ tính một lần)»: tập thể lãnh đạo, quản lý xếp loại KHTNV (không áp dụng cho tổ chức đảng)', 'A leadership-collective member was disciplined with cảnh cáo or heavier: the leadership collective is KHTNV (not applied to the organization)'),
  },
  linkage: {
    rows: [
      {
        level: 'HTXSNV', atLeastHtnvPercent: 100, atLeastHttnvPercent: 80, sameLevelBodiesAtLeast: 'HTTNV',
        rule: r(T13, 'Mức HTXSNV: 100% đảng viên (tổ chức trực thuộc) từ HTNV trở lên, trong đó ít nhất 80% từ HTTNV trở lên; «Chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội cùng cấp» từ HTTNV trở lên', 'HTXSNV: 100% of members (subordinate organizations) HTNV or above, at least 80% HTTNV or above; same-level government, Front and mass organisations HTTNV or above'),
      },
      {
        level: 'HTTNV', atLeastHtnvPercent: 100, atLeastHttnvPercent: 50, sameLevelBodiesAtLeast: 'HTNV',
        rule: r({ ...T13, note: 'PARTIAL: quoted without naming HD 21' }, 'Mức HTTNV: 100% đảng viên (tổ chức trực thuộc) từ HTNV trở lên, trong đó ít nhất 50% từ HTTNV trở lên; chính quyền, MTTQ, đoàn thể cùng cấp từ HTNV trở lên', 'HTTNV: 100% HTNV or above, at least 50% HTTNV or above; same-level bodies HTNV or above'),
      },
    ],
    sameLevelBodiesNotGiven: r(T13, 'Không có mức xếp loại của chính quyền, MTTQ, đoàn thể cùng cấp: chưa kiểm tra điều kiện này', 'Same-level bodies not given: that condition was not checked'),
    kinds: ['chi-bo', 'chi-bo-co-so', 'dang-bo-co-so', 'dang-bo-bo-phan'],
    ratedOnly: r({ ...T13, note: 'denominator assumed: rated members / organizations only' }, 'Tỷ lệ tính trên số đảng viên (tổ chức) được xếp loại; người không xếp loại không tính', 'Shares are over those rated; those not rated are left out', true),
  },
  proposed,
  noBasis,
  consecutiveKhtnv: r({ ...D12K4, note: 'consequence for collectives not named; reported only' }, 'Tổ chức hai năm liên tiếp không hoàn thành nhiệm vụ', 'Organization KHTNV two years running', true),
  khtnvConsequence: r({ doc: QD, article: '(article no. not seen)', note: 'not found in the texts; info only' }, 'Tổ chức đảng không hoàn thành nhiệm vụ: cấp ủy cấp trên xem xét củng cố, kiện toàn', 'Organization KHTNV: the superior committee considers strengthening it', true),
};

/**
 * Leader rules: QĐ 89 for HTTNV (through HD 21 tiết 4) and the head cap of tiết 4. The unit led
 * below 50 % is a rule on the leadership collective (tiết 3); the head follows it via `headCap`.
 *
 * @example
 * ```ts
 * import { qd132LeaderParams } from 'xeploai/rules/qd132-2018';
 * qd132LeaderParams.headAboveUnit.cite; // { doc: '21-HD/BTCTW', article: 'Mục II, điểm B, tiết 4' }
 * ```
 */
export const qd132LeaderParams: LeaderParams = {
  posts: 'heads',
  unitConditions: [
    {
      level: 'HTTNV', completedPercent: 100, onTimePercent: 80, subordinatesAtLeast: 'HTNV',
      rule: r({ doc: '89-QĐ/TW', article: 'Mục III, tiểu mục 1.2', note: 'applied through 21-HD/BTCTW Mục II, điểm B, tiết 4' }, 'Mức HTTNV của người đứng đầu: «Địa phương, cơ quan, đơn vị phụ trách hoàn thành tất cả các chỉ tiêu, nhiệm vụ, trong đó ít nhất 80% hoàn thành đúng tiến độ, bảo đảm chất lượng, 100% các cơ quan, đơn vị thuộc thẩm quyền lãnh đạo, quản lý trực tiếp được đánh giá hoàn thành nhiệm vụ trở lên»', 'Head at HTTNV: the unit completed all targets, at least 80% on time and to quality, every directly managed unit HTNV or above'),
    },
  ],
  unitTasksNotGiven: r({ doc: '89-QĐ/TW', article: 'Mục III, tiểu mục 1.2' }, 'Không có số liệu nhiệm vụ của đơn vị do mình lãnh đạo: chưa kiểm tra được điều kiện', 'No task data for the unit led: its conditions could not be checked'),
  headAboveUnit: r(T4, '«Mức xếp loại của người đứng đầu không được cao hơn mức xếp loại của tập thể lãnh đạo, quản lý, tổ chức, cơ quan, đơn vị do mình đứng đầu»', 'The head may not be rated above the collective, organization or unit he or she heads'),
  unitNotRated: r({ ...T4, note: 'heads are rated after their units' }, 'Đơn vị do mình đứng đầu chưa được xếp loại: chưa đối chiếu được', 'The unit headed is not rated: no comparison made'),
};

/**
 * All parameters of the rule set by review year: HD 16 for 2018 (every rule HD 16 holds cited to
 * it, `asHd16`), HD 21 from 2019. Only the member rules differ in substance.
 *
 * @example
 * ```ts
 * import { paramsForYear } from 'xeploai/rules';
 * import { qd132Params } from 'xeploai/rules/qd132-2018';
 * paramsForYear(qd132Params, 2018).member.suspended; // undefined
 * paramsForYear(qd132Params, 2021).member.suspended?.cite.doc; // '21-HD/BTCTW'
 * ```
 */
export const qd132Params: ParamsByYear<RuleSetParams> = [
  { fromYear: 2018, params: { member: qd132MemberParams2018, organization: asHd16(qd132OrganizationParams), leader: asHd16(qd132LeaderParams) } },
  { fromYear: 2019, params: { member: qd132MemberParams, organization: qd132OrganizationParams, leader: qd132LeaderParams } },
];
