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
  readonly form: Form;
  readonly decidedOn: IsoDate;
  /** Year of the violation; default the year of `decidedOn`. */
  readonly violationYear?: number;
  /** Tự phát hiện và khắc phục xong hậu quả. */
  readonly selfDetectedAndRemedied?: boolean;
  /** The decision makes an earlier discipline heavier (tăng nặng). */
  readonly aggravates?: boolean;
  /** Where the violation happened, if elsewhere. */
  readonly orgIdAtViolation?: string;
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
  readonly assigned: number;
  readonly completed: number;
  readonly onTime?: number;
  readonly exceeded?: number;
  /** Main targets (chỉ tiêu chủ yếu) not reached. */
  readonly mainTargetsMissed?: boolean;
  /** Force majeure (bất khả kháng). */
  readonly forceMajeure?: boolean;
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
  readonly identified: number;
  readonly remedied: number;
}

/** An earlier final level. @example `const h: HistoryEntry = { year: 2023, level: 'HTNV' };` */
export interface HistoryEntry {
  readonly year: number;
  readonly level: Level;
}

/** Conclusions of a competent authority about an organization. @example `const c: OrganizationConclusion = 'mat-doan-ket';` */
export type OrganizationConclusion = 'mat-doan-ket' | 'suy-thoai';
/** Conclusions of a competent authority about a member. @example `const c: MemberConclusion = 'suy-thoai';` */
export type MemberConclusion = 'suy-thoai' | 'vi-pham-dieu-cam' | 'vi-pham-neu-guong';

/** Same-level government, Front or mass organisation and its level (QĐ 132 linkage). @example `const b: SameLevelBody = { name: 'UBND xã', level: 'HTTNV' };` */
export interface SameLevelBody {
  readonly name: string;
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
  readonly id: string;
  readonly name: string;
  readonly kind: OrganizationKind;
  readonly parentId?: string;
  readonly foundedOn?: IsoDate;
  /** Peer group (nhóm đối tượng tương đồng) for `quotaScope: "group"`. */
  readonly group?: string;
  readonly criteria?: Criteria;
  readonly tasks?: Tasks;
  readonly score?: Score;
  readonly shortcomings?: Shortcomings;
  readonly disciplines?: readonly Discipline<OrganizationDisciplineForm>[];
  readonly conclusions?: readonly OrganizationConclusion[];
  readonly sameLevelBodies?: readonly SameLevelBody[];
  readonly proposedLevel?: Level;
  readonly history?: readonly HistoryEntry[];
  /** The app's own facts for its province rule set (see `RecordData`); never read by a built-in rule set. */
  readonly data?: RecordData;
}

/** Member status: chính thức or dự bị. @example `const s: MemberStatus = 'du-bi';` */
export type MemberStatus = 'chinh-thuc' | 'du-bi';

/** Exemption from party work: miễn công tác và sinh hoạt đảng, or đình chỉ sinh hoạt đảng. @example `const e: Exemption = { kind: 'dinh-chi-sinh-hoat', from: '2024-03-01' };` */
export interface Exemption {
  readonly kind: 'mien-cong-tac-sinh-hoat' | 'dinh-chi-sinh-hoat';
  readonly from: IsoDate;
}

/** A leadership or management post. @example `const p: Post = { orgId: 'xa-an-binh', title: 'Bí thư Đảng ủy xã', head: true };` */
export interface Post {
  readonly orgId: string;
  readonly title: string;
  /** The person who heads that organization (người đứng đầu). */
  readonly head?: boolean;
}

/** Leave in the year. @example `const l: Leave = { sickDays: 100 };` */
export interface Leave {
  readonly sickDays?: number;
  readonly maternity?: boolean;
}

/** The member's CBCCVC rating in the same year. @example `const c: CivilServiceRating = { level: 'HTTNV' };` */
export interface CivilServiceRating {
  readonly level: Level;
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
  readonly id: string;
  readonly name: string;
  readonly orgId: string;
  readonly status: MemberStatus;
  readonly admittedOn: IsoDate;
  readonly exemption?: Exemption;
  /** Default true; false = đảng viên không làm việc trong hệ thống chính trị. */
  readonly workInPoliticalSystem?: boolean;
  readonly civilService?: CivilServiceRating;
  readonly leave?: Leave;
  readonly posts?: readonly Post[];
  readonly criteria?: Criteria;
  readonly tasks?: Tasks;
  readonly score?: Score;
  readonly shortcomings?: Shortcomings;
  readonly disciplines?: readonly Discipline<MemberDisciplineForm>[];
  readonly conclusions?: readonly MemberConclusion[];
  readonly proposedLevel?: Level;
  readonly history?: readonly HistoryEntry[];
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
  readonly format: 'xeploai/review@1';
  readonly year: number;
  readonly period?: Period;
  readonly ruleSet?: string;
  readonly reviewDate?: IsoDate;
  readonly settings?: ReviewSettings;
  readonly organizations: readonly Organization[];
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
