/**
 * The shapes every rule set shares: citations, findings, results and the `RuleSet` itself.
 *
 * @module
 */
import type { Level } from '../levels.js';
import type { DataSchemas, Member, Organization, Period, PeriodKindName, ReviewFile } from '../model/index.js';
import type { Citation, LevelCounts, Message, OrganizationFacts, RuleText, UnitCheckParams } from './base.js';

// The shapes below the rule set (citations, rule texts, level counts, check params, member
// aggregates) live in base.ts, which imports nothing; exported here too, as before.
export type { Citation, DisciplineFlags, LevelCounts, Message, OrganizationFacts, ParamsByYear, RuleText, UnitCheckParams, YearParams } from './base.js';

/**
 * How a finding acts: `cap` lowers the level to `cap`; `not-rated` takes the subject out of the
 * rating; `error` means no level can be given; `warning` asks a human; `info` explains.
 *
 * @example
 * ```ts
 * const s: Severity = 'cap';
 * ```
 */
export type Severity = 'cap' | 'not-rated' | 'error' | 'warning' | 'info';

/**
 * One reason in a result, with its citation.
 *
 * @example
 * ```ts
 * const f: Finding = {
 *   code: 'discipline-in-year', severity: 'cap', cap: 'KHTNV',
 *   cite: { doc: '124-QĐ/TW', article: 'Điều 12, khoản 4, điểm 4.3 d' }, assumption: false,
 *   message: { vi: 'Bị xử lý kỷ luật trong năm', en: 'Disciplined in the year' },
 *   path: 'members[3].disciplines[0]',
 * };
 * ```
 */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly cap?: Level;
  readonly cite: Citation;
  /** True when the rule rests on a named setting or an inference rather than a verified text. */
  readonly assumption: boolean;
  readonly message: Message;
  /** Path of the input that caused it, e.g. `members[3].disciplines[0]`. */
  readonly path?: string;
}

/**
 * A member's result (`members[]` of `xeploai/result@1`).
 *
 * @example
 * ```ts
 * const r: MemberResult = { id: 'dv-1', orgId: 'cb-1', rated: true, level: 'HTTNV', basis: 'HTTNV', findings: [] };
 * ```
 */
export interface MemberResult {
  readonly id: string;
  /** Copied from the review by the engine (rule sets leave it out). */
  readonly name?: string;
  readonly orgId: string;
  readonly rated: boolean;
  readonly level: Level | null;
  readonly basis?: Level;
  readonly score?: number;
  readonly findings: readonly Finding[];
}

/**
 * A leader's result for one post (`leaders[]` of `xeploai/result@1`): head posts under QĐ 132
 * and 124, every leadership post under QĐ 366.
 *
 * @example
 * ```ts
 * const r: LeaderResult = { memberId: 'dv-7', orgId: 'xa-an-binh', head: true, rated: true, level: 'HTNV', findings: [] };
 * ```
 */
export interface LeaderResult {
  readonly memberId: string;
  readonly orgId: string;
  /** The post heads the organization (người đứng đầu); false for a deputy (rated under QĐ 366). */
  readonly head: boolean;
  readonly rated: boolean;
  readonly level: Level | null;
  readonly basis?: Level;
  readonly score?: number;
  readonly findings: readonly Finding[];
}

/**
 * An organization's result (`organizations[]` of `xeploai/result@1`).
 *
 * @example
 * ```ts
 * const r: OrganizationResult = { id: 'cb-1', kind: 'chi-bo', rated: true, level: 'HTTNV', basis: 'HTTNV', findings: [] };
 * ```
 */
export interface OrganizationResult {
  readonly id: string;
  /** `name`, `parentId` and `type` are copied from the review by the engine (rule sets leave them out). */
  readonly name?: string;
  readonly kind: Organization['kind'];
  readonly parentId?: string;
  readonly type?: NonNullable<Organization['type']>;
  readonly rated: boolean;
  readonly level: Level | null;
  readonly basis?: Level;
  readonly score?: number;
  readonly findings: readonly Finding[];
}

/** Which subjects a check is about. @example `const s: CheckSubjects = 'members';` */
export type CheckSubjects = 'members' | 'organizations' | 'leaders';

/**
 * A check on a whole unit's ratings (docs/guides/formats.md §2 "Check").
 *
 * @example
 * ```ts
 * const c: Check = {
 *   code: 'quota', subjects: 'members', scope: { kind: 'tccsd', id: 'xa-an-binh' }, ok: true,
 *   counts: { HTXSNV: 1, HTTNV: 7 }, allowed: 1, demote: 0, suggest: [],
 *   cite: { doc: '124-QĐ/TW', article: 'Điều 12, khoản 1' }, assumption: true,
 *   message: { vi: '…', en: '…' },
 * };
 * ```
 */
export interface Check {
  readonly code: string;
  readonly subjects: CheckSubjects;
  /** The pool or unit checked; `review` for a check on the whole file (id `''`). */
  readonly scope: { readonly kind: 'tccsd' | 'chi-bo' | 'group' | 'parent' | 'organization' | 'member' | 'review'; readonly id: string };
  readonly ok: boolean;
  /** `error` (default): a failing check fails `xeploai check`; `warning`: reported only (fails with `--strict`). */
  readonly severity?: 'error' | 'warning';
  readonly counts?: Readonly<Partial<Record<Level, number>>>;
  readonly allowed?: number;
  readonly demote?: number;
  readonly suggest?: readonly string[];
  readonly cite: Citation;
  readonly assumption?: boolean;
  readonly message: Message;
  readonly [extra: string]: unknown;
}

/** A document a rule set rests on. @example `const d: RuleDocument = { id: '124-QĐ/TW', title: 'Quy định 124-QĐ/TW', issuedOn: '2023-10-04', issuer: 'Bộ Chính trị' };` */
export interface RuleDocument {
  readonly id: string;
  readonly title: string;
  readonly issuedOn: string;
  readonly issuer: string;
}

/**
 * The result document `xeploai/result@1` (docs/guides/formats.md §2).
 *
 * @example
 * ```ts
 * import { evaluateReview, type ReviewInput } from 'xeploai';
 * declare const review: ReviewInput;
 * const result: ReviewResult = evaluateReview(review);
 * result.summary.members.HTTNV;
 * ```
 */
export interface ReviewResult {
  readonly format: 'xeploai/result@1';
  readonly ruleSet: { readonly id: string; readonly title: string; readonly documents: readonly RuleDocument[] };
  readonly year: number;
  readonly period: Period;
  readonly reviewDate: string;
  readonly settings: EffectiveSettings;
  readonly members: readonly MemberResult[];
  readonly leaders: readonly LeaderResult[];
  readonly organizations: readonly OrganizationResult[];
  readonly checks: readonly Check[];
  readonly summary: {
    readonly members: LevelCounts;
    readonly leaders: LevelCounts;
    readonly organizations: LevelCounts;
  };
}

/**
 * Every named setting with its value type (shared/regulations/README.md "Named settings").
 *
 * @example
 * ```ts
 * const s: Partial<Settings> = { quotaScope: 'tccsd', headCap: 'cap' };
 * ```
 */
export interface Settings {
  quotaScope: 'tccsd' | 'chi-bo' | 'group';
  quotaBase: 'httnv' | 'httnv-and-above';
  quotaPercent: number;
  quotaMinimumOne: boolean;
  headCap: 'cap' | 'warn' | 'off';
  collectiveHtnvRequiresNoDiscipline: boolean;
  subordinateDisciplineKhtnv: boolean;
  sickLeaveCap: boolean;
  over90FailingConditions: 'highest-lower' | 'residual-khtnv';
  civilServiceCap: 'cap' | 'warn' | 'off';
  orgLinkageThresholds: boolean;
  disciplineCountsIn: 'decision-year' | 'violation-year';
  requireTaskData: boolean;
}

/** Name of a setting. @example `const n: SettingName = 'headCap';` */
export type SettingName = keyof Settings;

/** The settings in force for one evaluation: the rule set's defaults with the review's overrides. @example `const s: EffectiveSettings = { headCap: 'warn' };` */
export type EffectiveSettings = Readonly<Partial<Settings>>;

/**
 * How one setting behaves in one rule set: its default, why, and whether that default is an assumption.
 *
 * @example
 * ```ts
 * const spec: SettingSpec<'headCap'> = {
 *   default: 'warn', assumption: true,
 *   cite: { doc: '124-QĐ/TW', article: 'Điều 3', note: 'linkage principle; no explicit cap found' },
 * };
 * ```
 */
export interface SettingSpec<N extends SettingName = SettingName> {
  readonly default: Settings[N];
  /** True when the default (or any non-default value) is not a verified reading. */
  readonly assumption: boolean;
  readonly cite: Citation;
}

/** A rule set's settings: which names it accepts, with defaults. @example `const s: SettingsSpec = {};` */
export type SettingsSpec = { readonly [N in SettingName]?: SettingSpec<N> };

/**
 * A criterion of the rule set's catalogue.
 *
 * @example
 * ```ts
 * const c: CriterionDef = { id: 'politics', title: { vi: 'Chính trị tư tưởng', en: 'Political ideology' }, cite: { doc: '124-QĐ/TW', article: 'Điều 10, khoản 2' } };
 * ```
 */
export interface CriterionDef {
  readonly id: string;
  readonly title: Message;
  readonly cite: Citation;
}

/**
 * A read-only lookup by id: `get` and `has`, nothing to iterate. Both engines answer it (a
 * `Map` is one; the streaming engine answers per id from its tables without holding every
 * record), so a rule that reads a context lookup works alike in memory and in a stream.
 *
 * @example
 * ```ts
 * const byId: Lookup<number> = new Map([['cb-1', 0]]);
 * byId.get('cb-1'); // 0
 * ```
 */
export interface Lookup<V> {
  get(id: string): V | undefined;
  has(id: string): boolean;
}

/**
 * A member's discipline decided in the period for a violation at another organization (where
 * it counts too: HD 21 / QĐ 366 Điều 5): the member by id and ordinal, the discipline's ordinal
 * in `disciplines[]`, and whether the member's violations in the period are at several units.
 *
 * @example
 * ```ts
 * const v: ViolationElsewhere = { memberId: 'dv-7', memberIndex: 6, disciplineIndex: 0, severalUnits: false };
 * ```
 */
export interface ViolationElsewhere {
  readonly memberId: string;
  readonly memberIndex: number;
  readonly disciplineIndex: number;
  readonly severalUnits: boolean;
}

/**
 * A review's own fields without its organizations and members (what a stream's header line
 * holds).
 *
 * @example
 * ```ts
 * const header: ReviewHeader = { format: 'xeploai/review@1', year: 2025 };
 * ```
 */
export type ReviewHeader = Omit<ReviewFile, 'organizations' | 'members'>;

/**
 * What a rule function may read, given alike by `evaluateReview` and by the streaming engine
 * (`xeploai/stream`), which does not keep the members: the review's header, period and settings,
 * and — once the members are rated — the tree of organizations, per-organization facts
 * aggregated from the members, the results of the organizations rated so far and the violations
 * committed at each organization by members of others.
 *
 * Phases: members are rated first, in one pass, each from its own record and this header part
 * (`organizationById`, `organizationIndex`, `childrenOf`, `organizationFacts`,
 * `organizationResults` and `violationsAt` throw then, in both engines: the tree is not known
 * yet in a stream). Organizations are then rated bottom-up (the results of their subordinate
 * organizations are in `organizationResults`), then leaders and the members who hold a
 * leadership post under a rule set with `leaderPosts: 'post-holders'` (QĐ 366), with all of it.
 *
 * @example
 * ```ts
 * declare const ctx: EvaluationContext;
 * ctx.organizationById.get('xa-an-binh')?.name;
 * ctx.organizationFacts('chi-bo-1').members.KHTNV;
 * ```
 */
export interface EvaluationContext {
  /** The review's own fields (year, period, reviewDate, settings as given, quotaDecisions, data…). */
  readonly header: ReviewHeader;
  /** The settings in force: the rule set's defaults with the review's and the caller's over them. */
  readonly settings: EffectiveSettings;
  readonly year: number;
  readonly period: Period;
  /** First and last day of the period, inclusive (`YYYY-MM-DD`). */
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly reviewDate: string;
  readonly organizationById: Lookup<Organization>;
  /** An organization's ordinal in the input (its `organizations[i]`). */
  readonly organizationIndex: Lookup<number>;
  /** The organizations whose `parentId` is this one, in input order (none: `undefined`). */
  readonly childrenOf: Lookup<readonly Organization[]>;
  /**
   * Aggregates of an organization's members (level counts, discipline flags of its members and
   * of its leadership collective, violations committed at it), once the members are rated.
   * Organization rules read these rather than member lists.
   */
  readonly organizationFacts: (orgId: string) => OrganizationFacts;
  /** Results of the organizations rated so far (bottom-up: every subordinate before its parent). */
  readonly organizationResults: Lookup<OrganizationResult>;
  /** Disciplines in the period for violations at this organization by members of other organizations. */
  readonly violationsAt: Lookup<readonly ViolationElsewhere[]>;
}

/**
 * The member a leader rule rates: his or her ordinal in `members[]` and `members[]` result.
 *
 * @example
 * ```ts
 * const rated: RatedMember = { index: 6, result: { id: 'dv-7', orgId: 'cb-1', rated: true, level: 'HTTNV', findings: [] } };
 * ```
 */
export interface RatedMember {
  readonly index: number;
  readonly result: MemberResult;
}

/**
 * A rule set: the documents, periods, settings and criteria of one regulation, and the
 * functions that rate members, organizations and leaders under it. Rule sets are plain
 * immutable objects; derive your own rather than mutate one.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'xeploai';
 * const rs: RuleSet = getRuleSet('qd124-2023');
 * rs.appliesTo.fromYear; // 2023
 * ```
 */
export interface RuleSet {
  readonly id: string;
  readonly title: string;
  readonly documents: readonly RuleDocument[];
  readonly appliesTo: { readonly fromYear: number; readonly toYear?: number };
  readonly periods: readonly PeriodKindName[];
  readonly settings: SettingsSpec;
  readonly criteria: { readonly individual: readonly CriterionDef[]; readonly collective: readonly CriterionDef[] };
  /** Cited parameters of the unit checks (quota, civil-service share…). */
  readonly checks: UnitCheckParams;
  /**
   * Which posts get a `leaders[]` entry: `'heads'` (default; QĐ 132, 124) or `'post-holders'`
   * (every leadership post, head or deputy; a post holder's `members[]` entry is then rated as a
   * leader after the units: QĐ 366).
   */
  readonly leaderPosts?: 'heads' | 'post-holders';
  /** Schemas of the app's own `data` on members and organizations, checked by `parseReview` (province rule sets; built-in ones have none). */
  readonly data?: DataSchemas<unknown, unknown>;
  /** Rates one member in his or her chi bộ. */
  evaluateMember(member: Member, index: number, ctx: EvaluationContext): MemberResult;
  /** Rates one organization; the results of its members and subordinate organizations are in `ctx`. */
  evaluateOrganization(org: Organization, index: number, ctx: EvaluationContext): OrganizationResult;
  /** Rates a leader for the post at `postIndex` of `member.posts`, after the unit led; `rated` is the member's ordinal and `members[]` result. */
  evaluateLeader(member: Member, postIndex: number, ctx: EvaluationContext, rated: RatedMember): LeaderResult;
}
