/**
 * zod schemas of the review file `xeploai/review@1` (docs/guides/formats.md §1): the organization and member
 * entries, the period, the settings and the file itself — strict objects, NFC text, calendar
 * dates. The parts of an entry are in `parts.ts`; checks across the document (ids, references,
 * review date, rule set) are in `semantics.ts`.
 *
 * @module
 */
import * as z from 'zod/mini';
import { CountSchema, FlagSchema, IsoDateSchema, LevelSchema, TextSchema, YearSchema, enumSchema, expecting, strictObject } from './fields.js';
import {
  CriteriaSchema,
  ExemptionSchema,
  HistoryEntrySchema,
  MemberDisciplineSchema,
  OrganizationDisciplineSchema,
  ConfidenceVoteSchema,
  PostsSchema,
  QuotaDecisionSchema,
  SameLevelBodySchema,
  ScoreSchema,
  ShortcomingsSchema,
  TasksSchema,
} from './parts.js';
import { RecordDataSchema } from './data.js';
import { ORGANIZATION_KINDS, ORGANIZATION_TYPES, type MemberConclusion, type MemberStatus, type OrganizationConclusion, type PeriodKindName } from './types.js';

/**
 * The format tag of a review file.
 *
 * @example
 * ```ts
 * import { REVIEW_FORMAT } from 'xeploai/schema';
 * REVIEW_FORMAT; // 'xeploai/review@1'
 * ```
 */
export const REVIEW_FORMAT = 'xeploai/review@1';

/**
 * Member statuses: chính thức (full member), dự bị (probationary).
 *
 * @example
 * ```ts
 * import { MEMBER_STATUSES } from 'xeploai/schema';
 * MEMBER_STATUSES.includes('du-bi'); // true
 * ```
 */
export const MEMBER_STATUSES = ['chinh-thuc', 'du-bi'] as const satisfies readonly MemberStatus[];

/**
 * Conclusions about an organization: mất đoàn kết (disunity), sai phạm trong công tác cán bộ (cadre-work
 * wrongdoing, factions, buying posts or power), suy thoái (degradation).
 *
 * @example
 * ```ts
 * import { ORGANIZATION_CONCLUSIONS } from 'xeploai/schema';
 * ORGANIZATION_CONCLUSIONS[0]; // 'mat-doan-ket'
 * ```
 */
export const ORGANIZATION_CONCLUSIONS = ['mat-doan-ket', 'sai-pham-can-bo', 'suy-thoai'] as const satisfies readonly OrganizationConclusion[];

/**
 * Conclusions about a member: suy thoái, vi phạm điều cấm (forbidden acts), vi phạm nêu gương (setting an example).
 *
 * @example
 * ```ts
 * import { MEMBER_CONCLUSIONS } from 'xeploai/schema';
 * MEMBER_CONCLUSIONS.length; // 3
 * ```
 */
export const MEMBER_CONCLUSIONS = ['suy-thoai', 'vi-pham-dieu-cam', 'vi-pham-neu-guong'] as const satisfies readonly MemberConclusion[];

/**
 * The review period kinds.
 *
 * @example
 * ```ts
 * import { PERIOD_KINDS } from 'xeploai/schema';
 * PERIOD_KINDS; // ['year', 'quarter', 'term']
 * ```
 */
export const PERIOD_KINDS = ['year', 'quarter', 'term'] as const satisfies readonly PeriodKindName[];

/**
 * A party organization (docs/guides/formats.md §1 "Organization").
 *
 * @example
 * ```ts
 * import { OrganizationSchema } from 'xeploai/schema';
 * OrganizationSchema.parse({ id: 'xa-an-binh', name: 'Đảng bộ xã An Bình', kind: 'dang-bo-co-so' });
 * ```
 */
export const OrganizationSchema = strictObject('an organization object', {
  id: TextSchema,
  name: TextSchema,
  kind: enumSchema(ORGANIZATION_KINDS),
  parentId: z.exactOptional(TextSchema),
  foundedOn: z.exactOptional(IsoDateSchema),
  group: z.exactOptional(TextSchema),
  type: z.exactOptional(enumSchema(ORGANIZATION_TYPES)),
  criteria: z.exactOptional(CriteriaSchema),
  tasks: z.exactOptional(TasksSchema),
  score: z.exactOptional(ScoreSchema),
  shortcomings: z.exactOptional(ShortcomingsSchema),
  disciplines: z.exactOptional(z.array(OrganizationDisciplineSchema, expecting('an array of disciplines'))),
  conclusions: z.exactOptional(z.array(enumSchema(ORGANIZATION_CONCLUSIONS), expecting('an array of conclusions'))),
  sameLevelBodies: z.exactOptional(z.array(SameLevelBodySchema, expecting('an array of same-level bodies'))),
  proposedLevel: z.exactOptional(LevelSchema),
  history: z.exactOptional(z.array(HistoryEntrySchema, expecting('an array of history entries'))),
  data: z.exactOptional(RecordDataSchema),
});

/**
 * A party member (docs/guides/formats.md §1 "Member").
 *
 * @example
 * ```ts
 * import { MemberSchema } from 'xeploai/schema';
 * MemberSchema.parse({ id: 'dv-1', name: 'Nguyễn Văn An', orgId: 'cb-1', status: 'chinh-thuc', admittedOn: '2015-03-02' });
 * ```
 */
export const MemberSchema = strictObject('a member object', {
  id: TextSchema,
  name: TextSchema,
  orgId: TextSchema,
  status: enumSchema(MEMBER_STATUSES),
  admittedOn: IsoDateSchema,
  exemption: z.exactOptional(ExemptionSchema),
  notReviewed: z.exactOptional(strictObject('a notReviewed object { reason }', { reason: TextSchema })),
  workInPoliticalSystem: z.exactOptional(FlagSchema),
  civilService: z.exactOptional(strictObject('a civil-service rating { level }', { level: LevelSchema })),
  leave: z.exactOptional(strictObject('a leave object', { sickDays: z.exactOptional(CountSchema), maternity: z.exactOptional(FlagSchema) })),
  posts: z.exactOptional(PostsSchema),
  criteria: z.exactOptional(CriteriaSchema),
  tasks: z.exactOptional(TasksSchema),
  score: z.exactOptional(ScoreSchema),
  shortcomings: z.exactOptional(ShortcomingsSchema),
  disciplines: z.exactOptional(z.array(MemberDisciplineSchema, expecting('an array of disciplines'))),
  conclusions: z.exactOptional(z.array(enumSchema(MEMBER_CONCLUSIONS), expecting('an array of conclusions'))),
  proposedLevel: z.exactOptional(LevelSchema),
  history: z.exactOptional(z.array(HistoryEntrySchema, expecting('an array of history entries'))),
  managedByCentral: z.exactOptional(FlagSchema),
  confidenceVote: z.exactOptional(ConfidenceVoteSchema),
  data: z.exactOptional(RecordDataSchema),
});

const PERIOD_KIND = `kind "year", "quarter" or "term"`;

/**
 * The review period: `{ kind: 'year' }`, `{ kind: 'quarter', quarter: 1-4 }` or
 * `{ kind: 'term', fromYear, toYear }` with `fromYear ≤ toYear`.
 *
 * @example
 * ```ts
 * import { PeriodSchema } from 'xeploai/schema';
 * PeriodSchema.safeParse({ kind: 'term', fromYear: 2025, toYear: 2020 }).success; // false
 * ```
 */
export const PeriodSchema = z.discriminatedUnion(
  'kind',
  [
    strictObject('a period object', { kind: z.literal('year') }),
    strictObject('a period object', { kind: z.literal('quarter'), quarter: z.literal([1, 2, 3, 4], expecting('a quarter 1, 2, 3 or 4')) }),
    strictObject('a period object', { kind: z.literal('term'), fromYear: YearSchema, toYear: YearSchema }).check(
      z.superRefine((p, ctx) => {
        if (p.toYear < p.fromYear) {
          ctx.addIssue({ code: 'custom', path: ['toYear'], input: p.toYear, params: { code: 'invalid-term' }, message: `expected a year ≥ fromYear (${p.fromYear}), got ${p.toYear}` });
        }
      }),
    ),
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
 * import { ReviewSettingsSchema } from 'xeploai/schema';
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
  period: z.exactOptional(PeriodSchema),
  ruleSet: z.exactOptional(TextSchema),
  reviewDate: z.exactOptional(IsoDateSchema),
  settings: z.exactOptional(ReviewSettingsSchema),
  quotaDecisions: z.exactOptional(z.array(QuotaDecisionSchema, expecting('an array of quota decisions'))),
};

/**
 * The review fields without `organizations` and `members` (an NDJSON header line).
 *
 * @example
 * ```ts
 * import { ReviewHeaderSchema } from 'xeploai/schema';
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
 * import { ReviewFileSchema } from 'xeploai/schema';
 * ReviewFileSchema.safeParse({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [] }).success; // true
 * ```
 */
export const ReviewFileSchema = strictObject('a review object', {
  ...HEADER_SHAPE,
  organizations: z.array(OrganizationSchema, expecting('an array of organizations')),
  members: z.array(MemberSchema, expecting('an array of members')),
});
