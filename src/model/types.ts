/**
 * Domain types of the review file `xeploai/review@1` (docs/guides/formats.md §1).
 * Field names are the public contract; enumerated values are Vietnamese slugs.
 *
 * @module
 */
import type { Level } from '../levels.js';

/** An ISO calendar date `YYYY-MM-DD` (no time, no zone). @example `const d: IsoDate = '2024-12-15';` */
export type IsoDate = string;

/**
 * Kind of party organization:
 * `dang-bo-co-so` (đảng bộ cơ sở) and `chi-bo-co-so` (chi bộ cơ sở) are TCCSĐ;
 * `dang-bo-bo-phan` (đảng bộ bộ phận); `chi-bo` (chi bộ trực thuộc);
 * `cap-tren` (any level above the grassroots).
 *
 * @example
 * ```ts
 * const kind: OrganizationKind = 'chi-bo-co-so';
 * ```
 */
export type OrganizationKind = 'dang-bo-co-so' | 'chi-bo-co-so' | 'dang-bo-bo-phan' | 'chi-bo' | 'cap-tren';

/** All organization kinds. @example `ORGANIZATION_KINDS.includes('chi-bo') // true` */
export const ORGANIZATION_KINDS = ['dang-bo-co-so', 'chi-bo-co-so', 'dang-bo-bo-phan', 'chi-bo', 'cap-tren'] as const satisfies readonly OrganizationKind[];

/**
 * Loại hình of an organization, for reports by type: đảng bộ xã, phường, đặc khu; cơ quan đảng;
 * cơ quan nhà nước; Mặt trận Tổ quốc và đoàn thể; đơn vị sự nghiệp; doanh nghiệp nhà nước;
 * doanh nghiệp ngoài nhà nước; quân đội; công an; khác.
 *
 * @example
 * ```ts
 * const type: OrganizationType = 'doanh-nghiep-nha-nuoc';
 * ```
 */
export type OrganizationType =
  | 'xa'
  | 'phuong'
  | 'dac-khu'
  | 'co-quan-dang'
  | 'co-quan-nha-nuoc'
  | 'mttq-doan-the'
  | 'don-vi-su-nghiep'
  | 'doanh-nghiep-nha-nuoc'
  | 'doanh-nghiep-ngoai-nha-nuoc'
  | 'quan-doi'
  | 'cong-an'
  | 'khac';

/** All organization types (loại hình), in the order reports print them. @example `ORGANIZATION_TYPES[0] // 'xa'` */
export const ORGANIZATION_TYPES = [
  'xa',
  'phuong',
  'dac-khu',
  'co-quan-dang',
  'co-quan-nha-nuoc',
  'mttq-doan-the',
  'don-vi-su-nghiep',
  'doanh-nghiep-nha-nuoc',
  'doanh-nghiep-ngoai-nha-nuoc',
  'quan-doi',
  'cong-an',
  'khac',
] as const satisfies readonly OrganizationType[];

/** Grade of one criterion: Xuất sắc, Tốt, Trung bình, Kém. @example `const g: Grade = 'tot';` */
export type Grade = 'xuat-sac' | 'tot' | 'trung-binh' | 'kem';

/** All grades, best first. @example `GRADES[0] // 'xuat-sac'` */
export const GRADES = ['xuat-sac', 'tot', 'trung-binh', 'kem'] as const satisfies readonly Grade[];

/**
 * Criterion grades by criterion id. `results` (kết quả thực hiện nhiệm vụ) is required
 * whenever criteria are given; the other ids come from the rule set's catalogue.
 *
 * @example
 * ```ts
 * const c: Criteria = { results: 'xuat-sac', politics: 'tot' };
 * ```
 */
export type Criteria = { readonly results: Grade } & { readonly [criterion: string]: Grade };

/** Discipline forms for members (lightest first). @example `MEMBER_DISCIPLINE_FORMS[0] // 'khien-trach'` */
export const MEMBER_DISCIPLINE_FORMS = ['khien-trach', 'canh-cao', 'cach-chuc', 'khai-tru'] as const;
/** Discipline forms for organizations (lightest first). @example `ORGANIZATION_DISCIPLINE_FORMS[2] // 'giai-tan'` */
export const ORGANIZATION_DISCIPLINE_FORMS = ['khien-trach', 'canh-cao', 'giai-tan'] as const;

/** A member's discipline form (khiển trách, cảnh cáo, cách chức, khai trừ). @example `const f: MemberDisciplineForm = 'canh-cao';` */
export type MemberDisciplineForm = (typeof MEMBER_DISCIPLINE_FORMS)[number];
/** An organization's discipline form (khiển trách, cảnh cáo, giải tán). @example `const f: OrganizationDisciplineForm = 'giai-tan';` */
export type OrganizationDisciplineForm = (typeof ORGANIZATION_DISCIPLINE_FORMS)[number];

/**
 * A discipline decision (quyết định kỷ luật).
 *
 * @example
 * ```ts
 * const d: Discipline = { form: 'khien-trach', decidedOn: '2024-06-15', violationYear: 2023 };
 * ```
 */
export interface Discipline<Form extends string = MemberDisciplineForm | OrganizationDisciplineForm> {
  /** The form of discipline (hình thức kỷ luật): for members `khien-trach`, `canh-cao`, `cach-chuc`, `khai-tru`; for organizations `khien-trach`, `canh-cao`, `giai-tan`. */
  readonly form: Form;
  /** Date of the discipline decision; on or before the review date. Which year or period it counts in is the rule set's `disciplineCountsIn` setting. */
  readonly decidedOn: IsoDate;
  /** Year of the violation; default the year of `decidedOn`. */
  readonly violationYear?: number;
  /** Tự phát hiện và khắc phục xong hậu quả. */
  readonly selfDetectedAndRemedied?: boolean;
  /** The decision makes an earlier discipline heavier (tăng nặng). */
  readonly aggravates?: boolean;
  /** Where the violation happened, if elsewhere. */
  readonly orgIdAtViolation?: string;
  /** Default true: the violation relates to the person's duties (or is a forbidden act / nêu gương breach); false = the record says it does not. */
  readonly dutyRelated?: boolean;
  /** Tham nhũng, lãng phí, tiêu cực (QĐ 366: a leader with such a disciplined case in his direct scope). */
  readonly corruption?: boolean;
  /** QĐ 366, with `corruption`: the leader of the unit detected, reported and had it handled in time, consequences remedied. */
  readonly detectedByLeader?: boolean;
}

/**
 * Tasks and targets (chỉ tiêu, nhiệm vụ) of the year. Shares are taken over `assigned`.
 *
 * @example
 * ```ts
 * const t: Tasks = { assigned: 10, completed: 10, onTime: 10, exceeded: 6 };
 * ```
 */
export interface Tasks {
  /** Tasks and targets assigned in the year (the base of every share). */
  readonly assigned: number;
  /** How many were completed (≤ `assigned`). */
  readonly completed: number;
  /** How many were completed on time (≤ `completed`); absent = unknown, never 0. */
  readonly onTime?: number;
  /** How many were exceeded (vượt mức; ≤ `completed`); absent = unknown, never 0. */
  readonly exceeded?: number;
  /** Main targets (chỉ tiêu chủ yếu) not reached. */
  readonly mainTargetsMissed?: boolean;
  /** Force majeure (bất khả kháng). */
  readonly forceMajeure?: boolean;
  /** QĐ 366: the 5 basic socio-economic indicators were not achieved, as judged by the competent level. */
  readonly basicIndicatorsMissed?: boolean;
}

/**
 * A 100-point score (QĐ 366): `general` ≤ 30 + `results` ≤ 70, or a `total` ≤ 100 alone.
 *
 * @example
 * ```ts
 * const s: Score = { general: 27, results: 64.5 };
 * ```
 */
export type Score =
  | { readonly general: number; readonly results: number; readonly total?: never }
  | { readonly total: number; readonly general?: never; readonly results?: never };

/** Previously identified shortcomings and how many were remedied. @example `const s: Shortcomings = { identified: 3, remedied: 3 };` */
export interface Shortcomings {
  /** Shortcomings identified at earlier reviews or by inspection (hạn chế, khuyết điểm đã chỉ ra). */
  readonly identified: number;
  /** How many of them were remedied (≤ `identified`). */
  readonly remedied: number;
}

/** An earlier final level. @example `const h: HistoryEntry = { year: 2023, level: 'HTNV' };` */
export interface HistoryEntry {
  /** An earlier review year (before the review's `year`). */
  readonly year: number;
  /** The final level of that year. */
  readonly level: Level;
}

/** Conclusions of a competent authority about an organization. @example `const c: OrganizationConclusion = 'mat-doan-ket';` */
export type OrganizationConclusion = 'mat-doan-ket' | 'sai-pham-can-bo' | 'suy-thoai';
/** Conclusions of a competent authority about a member. @example `const c: MemberConclusion = 'suy-thoai';` */
export type MemberConclusion = 'suy-thoai' | 'vi-pham-dieu-cam' | 'vi-pham-neu-guong';

/** Same-level government, Front or mass organisation and its level (QĐ 132 linkage). @example `const b: SameLevelBody = { name: 'UBND xã', level: 'HTTNV' };` */
export interface SameLevelBody {
  /** The body's name, e.g. `UBND xã`, `Ủy ban MTTQ xã`. */
  readonly name: string;
  /** Its quality level in the same year. */
  readonly level: Level;
}

/**
 * A party organization (tổ chức đảng).
 *
 * @example
 * ```ts
 * const org: Organization = { id: 'xa-an-binh', name: 'Đảng bộ xã An Bình', kind: 'dang-bo-co-so' };
 * ```
 */
export interface Organization {
  /** Unique among organizations; what `parentId`, `orgId` and `posts[].orgId` refer to. */
  readonly id: string;
  /** The organization's name, copied into results. */
  readonly name: string;
  /** `dang-bo-co-so`, `chi-bo-co-so` (both TCCSĐ), `dang-bo-bo-phan`, `chi-bo` (chi bộ trực thuộc) or `cap-tren` (above the grassroots; rated only when given a basis). */
  readonly kind: OrganizationKind;
  /** The superior organization (must exist; no cycles). Root organizations have none. */
  readonly parentId?: string;
  /** Founding date: an organization founded less than 6 months before the review date is not rated where the rule set says so. */
  readonly foundedOn?: IsoDate;
  /** Peer group (nhóm đối tượng tương đồng) for `quotaScope: "group"`. */
  readonly group?: string;
  /** Loại hình, for reports by type (`report --by type`). */
  readonly type?: OrganizationType;
  /** Criterion grades (graded rule sets: QĐ 132, QĐ 124); `results` is required when given. */
  readonly criteria?: Criteria;
  /** Tasks and targets of the year; absent = the task conditions cannot be checked (a `tasks-not-given` warning). */
  readonly tasks?: Tasks;
  /** A 100-point score (QĐ 366): the basis of the level there. */
  readonly score?: Score;
  /** Shortcomings identified and remedied; absent = none were identified. */
  readonly shortcomings?: Shortcomings;
  /** Discipline of the organization itself, as a collective. */
  readonly disciplines?: readonly Discipline<OrganizationDisciplineForm>[];
  /** Conclusions of a competent authority: `mat-doan-ket` (disunity), `suy-thoai` (degradation). */
  readonly conclusions?: readonly OrganizationConclusion[];
  /** Same-level government, Front and mass organisations and their levels (QĐ 132 linkage). */
  readonly sameLevelBodies?: readonly SameLevelBody[];
  /** The level the competent body proposes: the basis when there is no score or criteria, else one more ceiling. */
  readonly proposedLevel?: Level;
  /** Final levels of earlier years (e.g. for "two consecutive years KHTNV"). */
  readonly history?: readonly HistoryEntry[];
  /** The app's own facts for its province rule set (see `RecordData`); never read by a built-in rule set. */
  readonly data?: RecordData;
}

/** Member status: chính thức or dự bị. @example `const s: MemberStatus = 'du-bi';` */
export type MemberStatus = 'chinh-thuc' | 'du-bi';

/** Exemption from party work: miễn công tác và sinh hoạt đảng, or đình chỉ sinh hoạt đảng. @example `const e: Exemption = { kind: 'dinh-chi-sinh-hoat', from: '2024-03-01' };` */
export interface Exemption {
  /** `mien-cong-tac-sinh-hoat` (miễn công tác và sinh hoạt đảng) or `dinh-chi-sinh-hoat` (đình chỉ sinh hoạt đảng). */
  readonly kind: 'mien-cong-tac-sinh-hoat' | 'dinh-chi-sinh-hoat';
  /** Since when (on or before the review date). */
  readonly from: IsoDate;
}

/** A member who should have been reviewed but was not, and why. @example `const n: NotReviewed = { reason: 'Đi lao động ở nước ngoài, chưa kiểm điểm' };` */
export interface NotReviewed {
  /** Why the member was not reviewed, as the unit records it. */
  readonly reason: string;
}

/** A leadership or management post. @example `const p: Post = { orgId: 'xa-an-binh', title: 'Bí thư Đảng ủy xã', head: true };` */
export interface Post {
  /** The organization of the post (must exist). */
  readonly orgId: string;
  /** The post's title, e.g. `Bí thư Đảng ủy xã`. */
  readonly title: string;
  /** The person who heads that organization (người đứng đầu). */
  readonly head?: boolean;
  /** Default true; false = a seat in the leadership collective without a leadership post (rated as a non-leader, no `leaders[]` entry). */
  readonly leader?: boolean;
  /** The field or bộ phận in the post holder's charge; default: the organization's tasks. */
  readonly tasks?: Tasks;
  /** The highest post, where the person is rated; default: the first post. */
  readonly primary?: boolean;
}

/** Leave in the year. @example `const l: Leave = { sickDays: 100 };` */
export interface Leave {
  /** Days of sick leave in the year (rule sets cap the level from a threshold, setting `sickLeaveCap`). */
  readonly sickDays?: number;
  /** Maternity leave in the year. */
  readonly maternity?: boolean;
}

/** The member's CBCCVC rating in the same year. @example `const c: CivilServiceRating = { level: 'HTTNV' };` */
export interface CivilServiceRating {
  /** The member's CBCCVC (civil-service) rating in the same year. */
  readonly level: Level;
}

/** The year's vote of confidence (lấy phiếu tín nhiệm): votes «tín nhiệm thấp» and votes cast. @example `const v: ConfidenceVote = { low: 3, total: 25 };` */
export interface ConfidenceVote {
  /** Votes "tín nhiệm thấp". */
  readonly low: number;
  /** Votes cast (at least 1). */
  readonly total: number;
}

/**
 * A party member (đảng viên).
 *
 * @example
 * ```ts
 * const m: Member = {
 *   id: 'dv-0001', name: 'Nguyễn Văn An', orgId: 'chi-bo-thon-1',
 *   status: 'chinh-thuc', admittedOn: '2015-03-02',
 *   criteria: { results: 'tot', politics: 'tot' },
 * };
 * ```
 */
export interface Member {
  /** Unique among members; what results and `leaders[].memberId` refer to. */
  readonly id: string;
  /** The member's name, copied into results. */
  readonly name: string;
  /** The chi bộ where the member is reviewed and rated (must exist). */
  readonly orgId: string;
  /** `chinh-thuc` (full member) or `du-bi` (probationary). */
  readonly status: MemberStatus;
  /** Date of admission (kết nạp); on or before the review date. Members admitted less than 6 months before it are not rated where the rule set says so. */
  readonly admittedOn: IsoDate;
  /** Exempt from party work and meetings, or suspended, since a date. */
  readonly exemption?: Exemption;
  /** Should have been reviewed but was not: not rated (finding `not-reviewed`), counted apart from the exempt. */
  readonly notReviewed?: NotReviewed;
  /** Default true; false = đảng viên không làm việc trong hệ thống chính trị. */
  readonly workInPoliticalSystem?: boolean;
  /** The member's CBCCVC rating in the same year (linkage: setting `civilServiceCap`). */
  readonly civilService?: CivilServiceRating;
  /** Sick or maternity leave in the year. */
  readonly leave?: Leave;
  /** Leadership or management posts: a post makes the member part of that organization's leadership collective; heads (and under QĐ 366 every post) get a `leaders[]` entry. */
  readonly posts?: readonly Post[];
  /** Criterion grades (graded rule sets: QĐ 132, QĐ 124); `results` is required when given. */
  readonly criteria?: Criteria;
  /** Tasks and targets of the year; absent = the task conditions cannot be checked (a `tasks-not-given` warning). */
  readonly tasks?: Tasks;
  /** A 100-point score (QĐ 366): the basis of the level there. */
  readonly score?: Score;
  /** Shortcomings identified and remedied; absent = none were identified. */
  readonly shortcomings?: Shortcomings;
  /** Discipline decisions (one record per unit where a violation happened). */
  readonly disciplines?: readonly Discipline<MemberDisciplineForm>[];
  /** Conclusions of a competent authority: `suy-thoai`, `vi-pham-dieu-cam` (forbidden acts), `vi-pham-neu-guong` (failing to set an example). */
  readonly conclusions?: readonly MemberConclusion[];
  /** The level the chi bộ proposes: the basis when there is no score or criteria, else one more ceiling. */
  readonly proposedLevel?: Level;
  /** Final levels of earlier years (annual levels only). */
  readonly history?: readonly HistoryEntry[];
  /** Cán bộ diện Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư quản lý (QĐ 366 Phụ lục 2). */
  readonly managedByCentral?: boolean;
  /** The year's vote of confidence (lấy phiếu tín nhiệm). */
  readonly confidenceVote?: ConfidenceVote;
  /** The app's own facts for its province rule set (see `RecordData`); never read by a built-in rule set. */
  readonly data?: RecordData;
}

/**
 * The review period: a year (default), a quarter, or a term.
 *
 * @example
 * ```ts
 * const p: Period = { kind: 'quarter', quarter: 2 };
 * ```
 */
export type Period =
  | { readonly kind: 'year' }
  | { readonly kind: 'quarter'; readonly quarter: 1 | 2 | 3 | 4 }
  | { readonly kind: 'term'; readonly fromYear: number; readonly toYear: number };

/** Named settings of a review (see the rule set for the values it accepts). @example `const s: ReviewSettings = { quotaScope: 'tccsd' };` */
export type ReviewSettings = Readonly<Record<string, string | number | boolean>>;

/** A competent level's decision allowing up to `percent` (> 20, ≤ 25) for the quota pools at or under `orgId` (QĐ 366 Điều 11 k1.5). @example `const d: QuotaDecision = { orgId: 'dbcs-3', percent: 25, ref: 'QĐ 15-QĐ/ĐU ngày 10/12/2025' };` */
export interface QuotaDecision {
  /** The organization whose pools (at or under it) the decision covers. */
  readonly orgId: string;
  /** The percent allowed: more than 20, at most 25. */
  readonly percent: number;
  /** The decision's reference, e.g. `QĐ 15-QĐ/ĐU ngày 10/12/2025`. */
  readonly ref: string;
}

/**
 * A review file `xeploai/review@1`: one review of one period for one tree of organizations.
 *
 * @example
 * ```ts
 * const review: ReviewFile = {
 *   format: 'xeploai/review@1', year: 2024,
 *   organizations: [{ id: 'cb', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so' }],
 *   members: [],
 * };
 * ```
 */
export interface ReviewFile {
  /** Always `xeploai/review@1`. */
  readonly format: 'xeploai/review@1';
  /** The review year (1930–2100). */
  readonly year: number;
  /** The period reviewed: a year (default), a quarter or a term; the rule set must support it. */
  readonly period?: Period;
  /** The rule set's id; default: the one in force for `year`. */
  readonly ruleSet?: string;
  /** Date of the rating meetings; default: the last day of the period. Used for the "6 months since admission" rules. */
  readonly reviewDate?: IsoDate;
  /** Named settings of the rule set (readings of ambiguous texts); unknown names are an error. */
  readonly settings?: ReviewSettings;
  /** Decisions allowing up to 25 % for the quota pools under one organization (qd366-2025 only). */
  readonly quotaDecisions?: readonly QuotaDecision[];
  /** The tree of party organizations reviewed. */
  readonly organizations: readonly Organization[];
  /** The party members reviewed. */
  readonly members: readonly Member[];
}

/**
 * A JSON value: a string, a finite number, a boolean, null, an array or an object of JSON values.
 *
 * @example
 * ```ts
 * const v: JsonValue = { soBuoi: 12, ghiChu: ['vắng có lý do'], daXacMinh: true };
 * ```
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * The app's own facts on one record (`data`): identifier keys, JSON values. Built-in rule sets
 * never read it; a province rule set made with `extendRuleSet` declares its shape and reads it.
 *
 * @example
 * ```ts
 * const d: RecordData = { vangSinhHoat: 4 };
 * ```
 */
export type RecordData = { readonly [key: string]: JsonValue };

/** Name of a period kind. @example `const k: PeriodKindName = 'term';` */
export type PeriodKindName = Period['kind'];
