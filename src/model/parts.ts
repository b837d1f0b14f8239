/**
 * zod schemas of the parts of an organization or member entry (docs/guides/formats.md §1): criteria, tasks,
 * shortcomings, score, disciplines, posts, exemption, history. Each checks what stays inside
 * the part (task counts, score shape, violation year).
 *
 * @module
 */
import * as z from 'zod/mini';
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
import { MEMBER_DISCIPLINE_FORMS, ORGANIZATION_DISCIPLINE_FORMS, type Exemption, type Score } from './types.js';

/**
 * Exemption kinds: miễn công tác và sinh hoạt đảng (exempt), đình chỉ sinh hoạt đảng (suspended).
 *
 * @example
 * ```ts
 * import { EXEMPTION_KINDS } from 'xeploai/schema';
 * EXEMPTION_KINDS[1]; // 'dinh-chi-sinh-hoat'
 * ```
 */
export const EXEMPTION_KINDS = ['mien-cong-tac-sinh-hoat', 'dinh-chi-sinh-hoat'] as const satisfies readonly Exemption['kind'][];

/**
 * Criterion grades by criterion id; `results` is required. Which other ids are allowed depends on
 * the rule set and is checked by `parseReview`.
 *
 * @example
 * ```ts
 * import { CriteriaSchema } from 'xeploai/schema';
 * CriteriaSchema.safeParse({ politics: 'tot' }).success; // false: results is required
 * ```
 */
export const CriteriaSchema = z.catchall(z.object({ results: GradeSchema }, expecting('an object of grades by criterion id')), GradeSchema);

function countIssue(ctx: z.core.$RefinementCtx, field: string, value: number, bound: string, max: number): void {
  ctx.addIssue({ code: 'custom', path: [field], input: value, params: { code: 'inconsistent-counts' }, message: `expected ${field} ≤ ${bound} (${max}), got ${value}` });
}

/**
 * Tasks and targets: whole counts with `onTime ≤ completed`, `exceeded ≤ completed`, `completed ≤ assigned`.
 *
 * @example
 * ```ts
 * import { TasksSchema } from 'xeploai/schema';
 * TasksSchema.safeParse({ assigned: 10, completed: 8, onTime: 9 }).error?.issues[0]?.message;
 * // 'expected onTime ≤ completed (8), got 9'
 * ```
 */
export const TasksSchema = strictObject('a tasks object', {
  assigned: CountSchema,
  completed: CountSchema,
  onTime: z.exactOptional(CountSchema),
  exceeded: z.exactOptional(CountSchema),
  mainTargetsMissed: z.exactOptional(FlagSchema),
  forceMajeure: z.exactOptional(FlagSchema),
  basicIndicatorsMissed: z.exactOptional(FlagSchema),
}).check(z.superRefine((t, ctx) => {
  if (t.completed > t.assigned) countIssue(ctx, 'completed', t.completed, 'assigned', t.assigned);
  if (t.onTime !== undefined && t.onTime > t.completed) countIssue(ctx, 'onTime', t.onTime, 'completed', t.completed);
  if (t.exceeded !== undefined && t.exceeded > t.completed) countIssue(ctx, 'exceeded', t.exceeded, 'completed', t.completed);
}));

/**
 * Previously identified shortcomings and how many were remedied (`remedied ≤ identified`).
 *
 * @example
 * ```ts
 * import { ShortcomingsSchema } from 'xeploai/schema';
 * ShortcomingsSchema.safeParse({ identified: 2, remedied: 3 }).success; // false
 * ```
 */
export const ShortcomingsSchema = strictObject('a shortcomings object', { identified: CountSchema, remedied: CountSchema }).check(
  z.superRefine((s, ctx) => {
    if (s.remedied > s.identified) countIssue(ctx, 'remedied', s.remedied, 'identified', s.identified);
  }),
);

const SCORE_SHAPE = 'either "total" alone or "general" and "results" together';

/**
 * A 100-point score: `general` (≤ 30) and `results` (≤ 70) together, or `total` (≤ 100) alone;
 * at most one decimal place.
 *
 * @example
 * ```ts
 * import { ScoreSchema } from 'xeploai/schema';
 * ScoreSchema.safeParse({ general: 27.5, results: 64 }).success; // true
 * ScoreSchema.safeParse({ total: 91, general: 27 }).success; // false
 * ```
 */
export const ScoreSchema = strictObject('a score object', {
  general: z.exactOptional(scorePointsSchema(30)),
  results: z.exactOptional(scorePointsSchema(70)),
  total: z.exactOptional(scorePointsSchema(100)),
}).check(z.superRefine((s, ctx) => {
  const given = (['general', 'results', 'total'] as const).filter((k) => s[k] !== undefined);
  const ok = given.length === 1 ? given[0] === 'total' : given.length === 2 && s.total === undefined;
  if (!ok) {
    const got = given.length === 0 ? 'no score' : given.join(' and ');
    ctx.addIssue({ code: 'custom', input: s, params: { code: 'invalid-score' }, message: `expected ${SCORE_SHAPE}, got ${got}` });
  }
})) as unknown as z.ZodMiniType<Score>;

/**
 * An earlier final level.
 *
 * @example
 * ```ts
 * import { HistoryEntrySchema } from 'xeploai/schema';
 * HistoryEntrySchema.parse({ year: 2023, level: 'HTNV' });
 * ```
 */
export const HistoryEntrySchema = strictObject('a history entry { year, level }', { year: YearSchema, level: LevelSchema });

/**
 * A same-level government, Front or mass organisation and its level.
 *
 * @example
 * ```ts
 * import { SameLevelBodySchema } from 'xeploai/schema';
 * SameLevelBodySchema.parse({ name: 'UBND xã', level: 'HTTNV' });
 * ```
 */
export const SameLevelBodySchema = strictObject('a same-level body { name, level }', { name: TextSchema, level: LevelSchema });

function disciplineSchema<const F extends readonly [string, ...string[]]>(forms: F) {
  return strictObject('a discipline object', {
    form: enumSchema(forms),
    decidedOn: IsoDateSchema,
    violationYear: z.exactOptional(YearSchema),
    selfDetectedAndRemedied: z.exactOptional(FlagSchema),
    aggravates: z.exactOptional(FlagSchema),
    orgIdAtViolation: z.exactOptional(TextSchema),
    dutyRelated: z.exactOptional(FlagSchema),
    corruption: z.exactOptional(FlagSchema),
    detectedByLeader: z.exactOptional(FlagSchema),
  }).check(z.superRefine((d, ctx) => {
    const decidedYear = Number(d.decidedOn.slice(0, 4));
    if (d.violationYear !== undefined && d.violationYear > decidedYear) {
      ctx.addIssue({
        code: 'custom', path: ['violationYear'], input: d.violationYear, params: { code: 'violation-after-decision' },
        message: `expected a year ≤ ${decidedYear} (the year of decidedOn), got ${d.violationYear}`,
      });
    }
  }));
}

/**
 * A discipline decision of a member (`khien-trach | canh-cao | cach-chuc | khai-tru`).
 *
 * @example
 * ```ts
 * import { MemberDisciplineSchema } from 'xeploai/schema';
 * MemberDisciplineSchema.safeParse({ form: 'giai-tan', decidedOn: '2024-06-15' }).success; // false
 * ```
 */
export const MemberDisciplineSchema = disciplineSchema(MEMBER_DISCIPLINE_FORMS);

/**
 * A discipline decision of an organization (`khien-trach | canh-cao | giai-tan`).
 *
 * @example
 * ```ts
 * import { OrganizationDisciplineSchema } from 'xeploai/schema';
 * OrganizationDisciplineSchema.parse({ form: 'giai-tan', decidedOn: '2024-06-15' });
 * ```
 */
export const OrganizationDisciplineSchema = disciplineSchema(ORGANIZATION_DISCIPLINE_FORMS);

/**
 * A discipline decision of any form (member or organization).
 *
 * @example
 * ```ts
 * import { DisciplineSchema } from 'xeploai/schema';
 * DisciplineSchema.parse({ form: 'canh-cao', decidedOn: '2024-06-15', violationYear: 2023 });
 * ```
 */
export const DisciplineSchema = disciplineSchema([...MEMBER_DISCIPLINE_FORMS, 'giai-tan']);

/**
 * A leadership or management post.
 *
 * @example
 * ```ts
 * import { PostSchema } from 'xeploai/schema';
 * PostSchema.parse({ orgId: 'xa-an-binh', title: 'Bí thư Đảng ủy xã', head: true });
 * ```
 */
export const PostSchema = strictObject('a post { orgId, title, head }', {
  orgId: TextSchema,
  title: TextSchema,
  head: z.exactOptional(FlagSchema),
  leader: z.exactOptional(FlagSchema),
  tasks: z.exactOptional(TasksSchema),
  primary: z.exactOptional(FlagSchema),
});

/**
 * A member's posts: at most one `primary: true` (the second one is the issue).
 *
 * @example
 * ```ts
 * import { PostsSchema } from 'xeploai/schema';
 * const posts = [{ orgId: 'a', title: 'Bí thư', primary: true }, { orgId: 'b', title: 'Giám đốc', primary: true }];
 * PostsSchema.safeParse(posts).error?.issues[0]?.path; // [1, 'primary']
 * ```
 */
export const PostsSchema = z.array(PostSchema, expecting('an array of posts')).check(
  z.superRefine((posts, ctx) => {
    const first = posts.findIndex((p) => p.primary === true);
    for (let p = first + 1; first >= 0 && p < posts.length; p++) {
      if (posts[p]!.primary === true) {
        ctx.addIssue({ code: 'custom', path: [p, 'primary'], input: true, params: { code: 'second-primary' }, message: `expected at most one post with primary: true, got a second one (also posts[${first}].primary)` });
      }
    }
  }),
);

/**
 * The year's vote of confidence: whole counts with `total ≥ 1` and `low ≤ total` (the issue is
 * at the vote itself).
 *
 * @example
 * ```ts
 * import { ConfidenceVoteSchema } from 'xeploai/schema';
 * ConfidenceVoteSchema.safeParse({ low: 30, total: 25 }).error?.issues[0]?.message;
 * // 'expected low ≤ total (25), got 30'
 * ```
 */
export const ConfidenceVoteSchema = strictObject('a confidence vote { low, total }', { low: CountSchema, total: CountSchema }).check(
  z.superRefine((v, ctx) => {
    if (v.total < 1) ctx.addIssue({ code: 'custom', input: v, params: { code: 'inconsistent-counts' }, message: `expected total ≥ 1 (votes cast), got ${v.total}` });
    else if (v.low > v.total) ctx.addIssue({ code: 'custom', input: v, params: { code: 'inconsistent-counts' }, message: `expected low ≤ total (${v.total}), got ${v.low}` });
  }),
);

const DECISION_PERCENT = 'a whole number above 20 and at most 25 (366-QĐ/TW Điều 11 k1.5)';

/**
 * A decision of the competent level allowing up to `percent` (21–25) for the quota pools at or
 * under `orgId`; `ref` names the decision. Which rule sets accept it and whether `orgId`
 * exists is checked by `parseReview`.
 *
 * @example
 * ```ts
 * import { QuotaDecisionSchema } from 'xeploai/schema';
 * QuotaDecisionSchema.safeParse({ orgId: 'dbcs-3', percent: 25, ref: 'QĐ 15-QĐ/ĐU' }).success; // true
 * QuotaDecisionSchema.safeParse({ orgId: 'dbcs-3', percent: 20, ref: 'QĐ 15-QĐ/ĐU' }).success; // false
 * ```
 */
export const QuotaDecisionSchema = strictObject('a quota decision { orgId, percent, ref }', {
  orgId: TextSchema,
  percent: z.int(expecting(DECISION_PERCENT)).check(z.gt(20, { ...expecting(DECISION_PERCENT), abort: true }), z.lte(25, { ...expecting(DECISION_PERCENT), abort: true })),
  ref: TextSchema,
});

/**
 * An exemption from party work, from a date.
 *
 * @example
 * ```ts
 * import { ExemptionSchema } from 'xeploai/schema';
 * ExemptionSchema.parse({ kind: 'mien-cong-tac-sinh-hoat', from: '2022-04-01' });
 * ```
 */
export const ExemptionSchema = strictObject('an exemption { kind, from }', { kind: enumSchema(EXEMPTION_KINDS), from: IsoDateSchema });
