/**
 * zod schemas of the review file `xeploai/review@1` (FORMAT.md §1): strict objects, NFC text,
 * calendar dates, whole counts, one-decimal scores, and the checks that stay inside one object
 * (task counts, shortcomings, score shape, violation year, term years). Checks across the
 * document (ids, references, review date, rule set) are in `semantics.ts`.
 *
 * @module
 */
import * as z from 'zod';
import {
  CountSchema,
  FlagSchema,
  GradeSchema,
  IsoDateSchema,
  LevelSchema,
  TextSchema,
  YearSchema,
  enumSchema,
  expecting,
  scorePointsSchema,
  strictObject,
} from './fields.js';
import {
  MEMBER_DISCIPLINE_FORMS,
  ORGANIZATION_DISCIPLINE_FORMS,
  ORGANIZATION_KINDS,
  type Exemption,
  type MemberConclusion,
  type MemberStatus,
  type OrganizationConclusion,
  type PeriodKindName,
  type Score,
} from './types.js';

/**
 * The format tag of a review file.
 *
 * @example
 * ```ts
 * import { REVIEW_FORMAT } from 'xeploai';
 * REVIEW_FORMAT; // 'xeploai/review@1'
 * ```
 */
export const REVIEW_FORMAT = 'xeploai/review@1';

/**
 * Member statuses: chính thức (full member), dự bị (probationary).
 *
 * @example
 * ```ts
 * import { MEMBER_STATUSES } from 'xeploai';
 * MEMBER_STATUSES.includes('du-bi'); // true
 * ```
 */
export const MEMBER_STATUSES = ['chinh-thuc', 'du-bi'] as const satisfies readonly MemberStatus[];
/**
 * Exemption kinds: miễn công tác và sinh hoạt đảng (exempt), đình chỉ sinh hoạt đảng (suspended).
 *
 * @example
 * ```ts
 * import { EXEMPTION_KINDS } from 'xeploai';
 * EXEMPTION_KINDS[1]; // 'dinh-chi-sinh-hoat'
 * ```
 */
export const EXEMPTION_KINDS = ['mien-cong-tac-sinh-hoat', 'dinh-chi-sinh-hoat'] as const satisfies readonly Exemption['kind'][];
/**
 * Conclusions about an organization: mất đoàn kết (disunity), suy thoái (degradation).
 *
 * @example
 * ```ts
 * import { ORGANIZATION_CONCLUSIONS } from 'xeploai';
 * ORGANIZATION_CONCLUSIONS[0]; // 'mat-doan-ket'
 * ```
 */
export const ORGANIZATION_CONCLUSIONS = ['mat-doan-ket', 'suy-thoai'] as const satisfies readonly OrganizationConclusion[];
/**
 * Conclusions about a member: suy thoái, vi phạm điều cấm (forbidden acts), vi phạm nêu gương (setting an example).
 *
 * @example
 * ```ts
 * import { MEMBER_CONCLUSIONS } from 'xeploai';
 * MEMBER_CONCLUSIONS.length; // 3
 * ```
 */
export const MEMBER_CONCLUSIONS = ['suy-thoai', 'vi-pham-dieu-cam', 'vi-pham-neu-guong'] as const satisfies readonly MemberConclusion[];
/**
 * The review period kinds.
 *
 * @example
 * ```ts
 * import { PERIOD_KINDS } from 'xeploai';
 * PERIOD_KINDS; // ['year', 'quarter', 'term']
 * ```
 */
export const PERIOD_KINDS = ['year', 'quarter', 'term'] as const satisfies readonly PeriodKindName[];

/**
 * Criterion grades by criterion id; `results` is required. Which other ids are allowed depends on
 * the rule set and is checked by `parseReview`.
 *
 * @example
 * ```ts
 * import { CriteriaSchema } from 'xeploai';
 * CriteriaSchema.safeParse({ politics: 'tot' }).success; // false: results is required
 * ```
 */
export const CriteriaSchema = z
  .object({ results: GradeSchema }, expecting('an object of grades by criterion id'))
  .catchall(GradeSchema);

function countIssue(ctx: z.core.$RefinementCtx, field: string, value: number, bound: string, max: number): void {
  ctx.addIssue({ code: 'custom', path: [field], input: value, params: { code: 'inconsistent-counts' }, message: `expected ${field} ≤ ${bound} (${max}), got ${value}` });
}

/**
 * Tasks and targets: whole counts with `onTime ≤ completed`, `exceeded ≤ completed`, `completed ≤ assigned`.
 *
 * @example
 * ```ts
 * import { TasksSchema } from 'xeploai';
 * TasksSchema.safeParse({ assigned: 10, completed: 8, onTime: 9 }).error?.issues[0]?.message;
 * // 'expected onTime ≤ completed (8), got 9'
 * ```
 */
export const TasksSchema = strictObject('a tasks object', {
  assigned: CountSchema,
  completed: CountSchema,
  onTime: CountSchema.exactOptional(),
  exceeded: CountSchema.exactOptional(),
  mainTargetsMissed: FlagSchema.exactOptional(),
  forceMajeure: FlagSchema.exactOptional(),
}).superRefine((t, ctx) => {
  if (t.completed > t.assigned) countIssue(ctx, 'completed', t.completed, 'assigned', t.assigned);
  if (t.onTime !== undefined && t.onTime > t.completed) countIssue(ctx, 'onTime', t.onTime, 'completed', t.completed);
  if (t.exceeded !== undefined && t.exceeded > t.completed) countIssue(ctx, 'exceeded', t.exceeded, 'completed', t.completed);
});

/**
 * Previously identified shortcomings and how many were remedied (`remedied ≤ identified`).
 *
 * @example
 * ```ts
 * import { ShortcomingsSchema } from 'xeploai';
 * ShortcomingsSchema.safeParse({ identified: 2, remedied: 3 }).success; // false
 * ```
 */
export const ShortcomingsSchema = strictObject('a shortcomings object', { identified: CountSchema, remedied: CountSchema }).superRefine(
  (s, ctx) => {
    if (s.remedied > s.identified) countIssue(ctx, 'remedied', s.remedied, 'identified', s.identified);
  },
);

const SCORE_SHAPE = 'either "total" alone or "general" and "results" together';

/**
 * A 100-point score: `general` (≤ 30) and `results` (≤ 70) together, or `total` (≤ 100) alone;
 * at most one decimal place.
 *
 * @example
 * ```ts
 * import { ScoreSchema } from 'xeploai';
 * ScoreSchema.safeParse({ general: 27.5, results: 64 }).success; // true
 * ScoreSchema.safeParse({ total: 91, general: 27 }).success; // false
 * ```
 */
export const ScoreSchema = strictObject('a score object', {
  general: scorePointsSchema(30).exactOptional(),
  results: scorePointsSchema(70).exactOptional(),
  total: scorePointsSchema(100).exactOptional(),
}).superRefine((s, ctx) => {
  const given = (['general', 'results', 'total'] as const).filter((k) => s[k] !== undefined);
  const ok = given.length === 1 ? given[0] === 'total' : given.length === 2 && s.total === undefined;
  if (!ok) {
    const got = given.length === 0 ? 'no score' : given.join(' and ');
    ctx.addIssue({ code: 'custom', input: s, params: { code: 'invalid-score' }, message: `expected ${SCORE_SHAPE}, got ${got}` });
  }
}) as unknown as z.ZodType<Score>;

/**
 * An earlier final level.
 *
 * @example
 * ```ts
 * import { HistoryEntrySchema } from 'xeploai';
 * HistoryEntrySchema.parse({ year: 2023, level: 'HTNV' });
 * ```
 */
export const HistoryEntrySchema = strictObject('a history entry { year, level }', { year: YearSchema, level: LevelSchema });

/**
 * A same-level government, Front or mass organisation and its level.
 *
 * @example
 * ```ts
 * import { SameLevelBodySchema } from 'xeploai';
 * SameLevelBodySchema.parse({ name: 'UBND xã', level: 'HTTNV' });
 * ```
 */
export const SameLevelBodySchema = strictObject('a same-level body { name, level }', { name: TextSchema, level: LevelSchema });

function disciplineSchema<const F extends readonly [string, ...string[]]>(forms: F) {
  return strictObject('a discipline object', {
    form: enumSchema(forms),
    decidedOn: IsoDateSchema,
    violationYear: YearSchema.exactOptional(),
    selfDetectedAndRemedied: FlagSchema.exactOptional(),
    aggravates: FlagSchema.exactOptional(),
    orgIdAtViolation: TextSchema.exactOptional(),
  }).superRefine((d, ctx) => {
    const decidedYear = Number(d.decidedOn.slice(0, 4));
    if (d.violationYear !== undefined && d.violationYear > decidedYear) {
      ctx.addIssue({
        code: 'custom', path: ['violationYear'], input: d.violationYear, params: { code: 'violation-after-decision' },
        message: `expected a year ≤ ${decidedYear} (the year of decidedOn), got ${d.violationYear}`,
      });
    }
  });
}

/**
 * A discipline decision of a member (`khien-trach | canh-cao | cach-chuc | khai-tru`).
 *
 * @example
 * ```ts
 * import { MemberDisciplineSchema } from 'xeploai';
 * MemberDisciplineSchema.safeParse({ form: 'giai-tan', decidedOn: '2024-06-15' }).success; // false
 * ```
 */
export const MemberDisciplineSchema = disciplineSchema(MEMBER_DISCIPLINE_FORMS);

/**
 * A discipline decision of an organization (`khien-trach | canh-cao | giai-tan`).
 *
 * @example
 * ```ts
 * import { OrganizationDisciplineSchema } from 'xeploai';
 * OrganizationDisciplineSchema.parse({ form: 'giai-tan', decidedOn: '2024-06-15' });
 * ```
 */
export const OrganizationDisciplineSchema = disciplineSchema(ORGANIZATION_DISCIPLINE_FORMS);

/**
 * A discipline decision of any form (member or organization).
 *
 * @example
 * ```ts
 * import { DisciplineSchema } from 'xeploai';
 * DisciplineSchema.parse({ form: 'canh-cao', decidedOn: '2024-06-15', violationYear: 2023 });
 * ```
 */
export const DisciplineSchema = disciplineSchema([...MEMBER_DISCIPLINE_FORMS, 'giai-tan']);

/**
 * A party organization (FORMAT.md §1 "Organization").
 *
 * @example
 * ```ts
 * import { OrganizationSchema } from 'xeploai';
 * OrganizationSchema.parse({ id: 'xa-an-binh', name: 'Đảng bộ xã An Bình', kind: 'dang-bo-co-so' });
 * ```
 */
export const OrganizationSchema = strictObject('an organization object', {
  id: TextSchema,
  name: TextSchema,
  kind: enumSchema(ORGANIZATION_KINDS),
  parentId: TextSchema.exactOptional(),
  foundedOn: IsoDateSchema.exactOptional(),
  group: TextSchema.exactOptional(),
  criteria: CriteriaSchema.exactOptional(),
  tasks: TasksSchema.exactOptional(),
  score: ScoreSchema.exactOptional(),
  shortcomings: ShortcomingsSchema.exactOptional(),
  disciplines: z.array(OrganizationDisciplineSchema, expecting('an array of disciplines')).exactOptional(),
  conclusions: z.array(enumSchema(ORGANIZATION_CONCLUSIONS), expecting('an array of conclusions')).exactOptional(),
  sameLevelBodies: z.array(SameLevelBodySchema, expecting('an array of same-level bodies')).exactOptional(),
  proposedLevel: LevelSchema.exactOptional(),
  history: z.array(HistoryEntrySchema, expecting('an array of history entries')).exactOptional(),
});

/**
 * A leadership or management post.
 *
 * @example
 * ```ts
 * import { PostSchema } from 'xeploai';
 * PostSchema.parse({ orgId: 'xa-an-binh', title: 'Bí thư Đảng ủy xã', head: true });
 * ```
 */
export const PostSchema = strictObject('a post { orgId, title, head }', { orgId: TextSchema, title: TextSchema, head: FlagSchema.exactOptional() });

/**
 * An exemption from party work, from a date.
 *
 * @example
 * ```ts
 * import { ExemptionSchema } from 'xeploai';
 * ExemptionSchema.parse({ kind: 'mien-cong-tac-sinh-hoat', from: '2022-04-01' });
 * ```
 */
export const ExemptionSchema = strictObject('an exemption { kind, from }', { kind: enumSchema(EXEMPTION_KINDS), from: IsoDateSchema });

/**
 * A party member (FORMAT.md §1 "Member").
 *
 * @example
 * ```ts
 * import { MemberSchema } from 'xeploai';
 * MemberSchema.parse({ id: 'dv-1', name: 'Nguyễn Văn An', orgId: 'cb-1', status: 'chinh-thuc', admittedOn: '2015-03-02' });
 * ```
 */
export const MemberSchema = strictObject('a member object', {
  id: TextSchema,
  name: TextSchema,
  orgId: TextSchema,
  status: enumSchema(MEMBER_STATUSES),
  admittedOn: IsoDateSchema,
  exemption: ExemptionSchema.exactOptional(),
  workInPoliticalSystem: FlagSchema.exactOptional(),
  civilService: strictObject('a civil-service rating { level }', { level: LevelSchema }).exactOptional(),
  leave: strictObject('a leave object', { sickDays: CountSchema.exactOptional(), maternity: FlagSchema.exactOptional() }).exactOptional(),
  posts: z.array(PostSchema, expecting('an array of posts')).exactOptional(),
  criteria: CriteriaSchema.exactOptional(),
  tasks: TasksSchema.exactOptional(),
  score: ScoreSchema.exactOptional(),
  shortcomings: ShortcomingsSchema.exactOptional(),
  disciplines: z.array(MemberDisciplineSchema, expecting('an array of disciplines')).exactOptional(),
  conclusions: z.array(enumSchema(MEMBER_CONCLUSIONS), expecting('an array of conclusions')).exactOptional(),
  proposedLevel: LevelSchema.exactOptional(),
  history: z.array(HistoryEntrySchema, expecting('an array of history entries')).exactOptional(),
});

const PERIOD_KIND = `kind "year", "quarter" or "term"`;

/**
 * The review period: `{ kind: 'year' }`, `{ kind: 'quarter', quarter: 1-4 }` or
 * `{ kind: 'term', fromYear, toYear }` with `fromYear ≤ toYear`.
 *
 * @example
 * ```ts
 * import { PeriodSchema } from 'xeploai';
 * PeriodSchema.safeParse({ kind: 'term', fromYear: 2025, toYear: 2020 }).success; // false
 * ```
 */
export const PeriodSchema = z.discriminatedUnion(
  'kind',
  [
    strictObject('a period object', { kind: z.literal('year') }),
    strictObject('a period object', { kind: z.literal('quarter'), quarter: z.literal([1, 2, 3, 4], expecting('a quarter 1, 2, 3 or 4')) }),
    strictObject('a period object', { kind: z.literal('term'), fromYear: YearSchema, toYear: YearSchema }).superRefine((p, ctx) => {
      if (p.toYear < p.fromYear) {
        ctx.addIssue({ code: 'custom', path: ['toYear'], input: p.toYear, params: { code: 'invalid-term' }, message: `expected a year ≥ fromYear (${p.fromYear}), got ${p.toYear}` });
      }
    }),
  ],
  {
    error: (issue) => {
      const input = issue.input;
      if (issue.code === 'invalid_union' && typeof input === 'object' && input !== null) {
        return expecting(PERIOD_KIND).error({ input: (input as { kind?: unknown }).kind });
      }
      return expecting(`a period object with ${PERIOD_KIND}`).error(issue);
    },
  },
);

/**
 * Named settings: a map of string, number or boolean by name (names and values are checked
 * against the rule set by `parseReview`).
 *
 * @example
 * ```ts
 * import { ReviewSettingsSchema } from 'xeploai';
 * ReviewSettingsSchema.parse({ quotaScope: 'tccsd', quotaPercent: 20 });
 * ```
 */
export const ReviewSettingsSchema = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean()], expecting('a string, number or boolean')),
  expecting('an object of settings by name'),
);

const HEADER_SHAPE = {
  format: z.literal(REVIEW_FORMAT, expecting(JSON.stringify(REVIEW_FORMAT))),
  year: YearSchema,
  period: PeriodSchema.exactOptional(),
  ruleSet: TextSchema.exactOptional(),
  reviewDate: IsoDateSchema.exactOptional(),
  settings: ReviewSettingsSchema.exactOptional(),
};

/**
 * The review fields without `organizations` and `members` (an NDJSON header line).
 *
 * @example
 * ```ts
 * import { ReviewHeaderSchema } from 'xeploai';
 * ReviewHeaderSchema.parse({ format: 'xeploai/review@1', year: 2024 });
 * ```
 */
export const ReviewHeaderSchema = strictObject('a review header object', HEADER_SHAPE);

/**
 * A whole review file `xeploai/review@1`, field by field. Use `parseReview` to also check ids,
 * references, dates against the review date and the rule set's catalogue and settings.
 *
 * @example
 * ```ts
 * import { ReviewFileSchema } from 'xeploai';
 * ReviewFileSchema.safeParse({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [] }).success; // true
 * ```
 */
export const ReviewFileSchema = strictObject('a review object', {
  ...HEADER_SHAPE,
  organizations: z.array(OrganizationSchema, expecting('an array of organizations')),
  members: z.array(MemberSchema, expecting('an array of members')),
});

/**
 * The review object with `organizations` and `members` left as raw arrays, so that each entry
 * can be parsed (and reported) on its own.
 *
 * @internal
 * @example
 * ```ts
 * ReviewShellSchema.safeParse({ format: 'xeploai/review@1', year: 2024, organizations: [1], members: [] }).success; // true
 * ```
 */
export const ReviewShellSchema = strictObject('a review object', {
  ...HEADER_SHAPE,
  organizations: z.array(z.unknown(), expecting('an array of organizations')),
  members: z.array(z.unknown(), expecting('an array of members')),
});
