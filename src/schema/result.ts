/**
 * zod schemas of the result document `xeploai/result@1` (docs/guides/formats.md §2), written from the result
 * types (`ReviewResult`, `MemberResult`, `Finding`, `Check`…): what `evaluateReview` produces,
 * field by field, for tools that read results and for the JSON Schema in `xeploai/schema`.
 *
 * @module
 */
import * as z from 'zod/mini';
import { LEVELS } from '../levels.js';
import { ORGANIZATION_KINDS, ORGANIZATION_TYPES } from '../model/index.js';
import { PeriodSchema } from '../model/schema.js';
import { SETTING_DOMAINS } from '../rules/settings.js';
import type { SettingName, Settings } from '../rules/types.js';

const Level = z.enum(LEVELS);
const LevelOrNull = z.union([Level, z.null()]);
const Count = z.int().check(z.gte(0));

/**
 * A date `YYYY-MM-DD` in a result (written by the library, so only its shape is described).
 *
 * @example
 * ```ts
 * import { ResultDateSchema } from 'xeploai/schema';
 * ResultDateSchema.safeParse('2024-12-15').success; // true
 * ```
 */
export const ResultDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/), z.meta({ format: 'date' }));

/**
 * The named settings and the values each accepts (`SETTING_DOMAINS`), every one optional; an
 * unknown name is an error. Which names a given rule set accepts is checked by `parseReview`.
 *
 * @example
 * ```ts
 * import { SettingValuesSchema } from 'xeploai/schema';
 * SettingValuesSchema.safeParse({ quotaPercent: 15, headCap: 'cap' }).success; // true
 * SettingValuesSchema.safeParse({ headCap: 'maybe' }).success; // false
 * ```
 */
export const SettingValuesSchema = z.strictObject(
  Object.fromEntries(
    (Object.keys(SETTING_DOMAINS) as SettingName[]).map((name) => {
      const d = SETTING_DOMAINS[name];
      const schema = d.kind === 'enum' ? z.enum(d.values as [string, ...string[]]) : d.kind === 'boolean' ? z.boolean() : z.int().check(z.gte(d.min), z.lte(d.max));
      return [name, z.exactOptional(schema)];
    }),
  ) as unknown as { [N in SettingName]: z.ZodMiniExactOptional<z.ZodMiniType<Settings[N]>> },
);

/**
 * A citation `{ doc, article, note? }`.
 *
 * @example
 * ```ts
 * import { ResultCitationSchema } from 'xeploai/schema';
 * ResultCitationSchema.parse({ doc: '124-QĐ/TW', article: 'Điều 12, khoản 1' });
 * ```
 */
export const ResultCitationSchema = z.strictObject({ doc: z.string().check(z.minLength(1)), article: z.string().check(z.minLength(1)), note: z.exactOptional(z.string()) });

/**
 * A message in Vietnamese and English.
 *
 * @example
 * ```ts
 * import { MessageSchema } from 'xeploai/schema';
 * MessageSchema.parse({ vi: 'Xin chào', en: 'Hello' });
 * ```
 */
export const MessageSchema = z.strictObject({ vi: z.string(), en: z.string() });

/**
 * A finding (docs/guides/formats.md §2 "Finding").
 *
 * @example
 * ```ts
 * import { FindingSchema } from 'xeploai/schema';
 * FindingSchema.safeParse({ code: 'no-basis', severity: 'error', cite: { doc: '124-QĐ/TW', article: 'Điều 11' }, assumption: false, message: { vi: '…', en: '…' } }).success; // true
 * ```
 */
export const FindingSchema = z.strictObject({
  code: z.string().check(z.minLength(1)),
  severity: z.enum(['cap', 'not-rated', 'error', 'warning', 'info']),
  cap: z.exactOptional(Level),
  cite: ResultCitationSchema,
  assumption: z.boolean(),
  message: MessageSchema,
  path: z.exactOptional(z.string()),
});

const RATED = { rated: z.boolean(), level: LevelOrNull, basis: z.exactOptional(Level), score: z.exactOptional(z.number().check(z.gte(0), z.lte(100))), findings: z.array(FindingSchema) };

/**
 * A member's result; `name` is copied from the review.
 *
 * @example
 * ```ts
 * import { MemberResultSchema } from 'xeploai/schema';
 * MemberResultSchema.parse({ id: 'dv-1', orgId: 'cb-1', rated: true, level: 'HTTNV', basis: 'HTTNV', findings: [] });
 * ```
 */
export const MemberResultSchema = z.strictObject({ id: z.string().check(z.minLength(1)), name: z.exactOptional(z.string()), orgId: z.string().check(z.minLength(1)), ...RATED });

/**
 * A head's result for one post.
 *
 * @example
 * ```ts
 * import { LeaderResultSchema } from 'xeploai/schema';
 * LeaderResultSchema.parse({ memberId: 'dv-7', orgId: 'xa-an-binh', head: true, rated: true, level: 'HTNV', findings: [] });
 * ```
 */
export const LeaderResultSchema = z.strictObject({ memberId: z.string().check(z.minLength(1)), orgId: z.string().check(z.minLength(1)), head: z.boolean(), ...RATED });

/**
 * An organization's result; `name`, `parentId` and `type` are copied from the review.
 *
 * @example
 * ```ts
 * import { OrganizationResultSchema } from 'xeploai/schema';
 * OrganizationResultSchema.parse({ id: 'cb-1', kind: 'chi-bo', rated: false, level: null, findings: [] });
 * ```
 */
export const OrganizationResultSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  name: z.exactOptional(z.string()),
  kind: z.enum(ORGANIZATION_KINDS),
  parentId: z.exactOptional(z.string().check(z.minLength(1))),
  type: z.exactOptional(z.enum(ORGANIZATION_TYPES)),
  ...RATED,
});

/**
 * A unit check (docs/guides/formats.md §2 "Check"). A check may carry more fields than these (the quota's
 * `base`, `percent`, `cap`…), so other fields are allowed.
 *
 * @example
 * ```ts
 * import { CheckSchema } from 'xeploai/schema';
 * CheckSchema.safeParse({ code: 'quota', subjects: 'members', scope: { kind: 'tccsd', id: 'xa' }, ok: true,
 *   cite: { doc: '124-QĐ/TW', article: 'Điều 12, khoản 1' }, message: { vi: '…', en: '…' }, percent: 20 }).success; // true
 * ```
 */
export const CheckSchema = z.looseObject({
  code: z.string().check(z.minLength(1)),
  subjects: z.enum(['members', 'organizations', 'leaders']),
  scope: z.strictObject({ kind: z.enum(['tccsd', 'chi-bo', 'group', 'parent', 'organization', 'member', 'review']), id: z.string() }),
  ok: z.boolean(),
  severity: z.exactOptional(z.enum(['error', 'warning'])),
  counts: z.exactOptional(z.strictObject({ HTXSNV: z.exactOptional(Count), HTTNV: z.exactOptional(Count), HTNV: z.exactOptional(Count), KHTNV: z.exactOptional(Count) })),
  allowed: z.exactOptional(Count),
  demote: z.exactOptional(Count),
  suggest: z.exactOptional(z.array(z.string())),
  cite: ResultCitationSchema,
  assumption: z.exactOptional(z.boolean()),
  message: MessageSchema,
});

/**
 * Counts of one kind of subject in the summary.
 *
 * @example
 * ```ts
 * import { LevelCountsSchema } from 'xeploai/schema';
 * LevelCountsSchema.parse({ rated: 2, notRated: 1, HTXSNV: 0, HTTNV: 2, HTNV: 0, KHTNV: 0 });
 * ```
 */
export const LevelCountsSchema = z.strictObject({ rated: Count, notRated: Count, HTXSNV: Count, HTTNV: Count, HTNV: Count, KHTNV: Count });

/**
 * A document a rule set rests on.
 *
 * @example
 * ```ts
 * import { RuleDocumentSchema } from 'xeploai/schema';
 * RuleDocumentSchema.parse({ id: '124-QĐ/TW', title: 'Quy định 124-QĐ/TW', issuedOn: '2023-10-04', issuer: 'Bộ Chính trị' });
 * ```
 */
export const RuleDocumentSchema = z.strictObject({ id: z.string().check(z.minLength(1)), title: z.string().check(z.minLength(1)), issuedOn: ResultDateSchema, issuer: z.string().check(z.minLength(1)) });

/**
 * The format tag of a result document.
 *
 * @example
 * ```ts
 * import { RESULT_FORMAT_TAG } from 'xeploai/schema';
 * RESULT_FORMAT_TAG; // 'xeploai/result@1'
 * ```
 */
export const RESULT_FORMAT_TAG = 'xeploai/result@1';

/**
 * The whole result document `xeploai/result@1`. `rated: true` goes with a level and
 * `rated: false` with `level: null` (checked here and in the JSON Schema).
 *
 * @example
 * ```ts
 * import { evaluateReview } from 'xeploai';
 * import { ResultFileSchema } from 'xeploai/schema';
 * const result = evaluateReview({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [] });
 * ResultFileSchema.safeParse(result).success; // true
 * ```
 */
export const ResultFileSchema = z
  .strictObject({
    format: z.literal(RESULT_FORMAT_TAG),
    ruleSet: z.strictObject({ id: z.string().check(z.minLength(1)), title: z.string().check(z.minLength(1)), documents: z.array(RuleDocumentSchema) }),
    year: z.int().check(z.gte(1930), z.lte(2100)),
    period: PeriodSchema,
    reviewDate: ResultDateSchema,
    settings: SettingValuesSchema,
    members: z.array(MemberResultSchema),
    leaders: z.array(LeaderResultSchema),
    organizations: z.array(OrganizationResultSchema),
    checks: z.array(CheckSchema),
    summary: z.strictObject({ members: LevelCountsSchema, leaders: LevelCountsSchema, organizations: LevelCountsSchema }),
  })
  .check(
    z.superRefine((doc, ctx) => {
      for (const list of ['members', 'leaders', 'organizations'] as const) {
        doc[list].forEach((entry, i) => {
          if (entry.rated !== (entry.level !== null)) {
            ctx.addIssue({ code: 'custom', path: [list, i, 'level'], message: entry.rated ? 'expected a level when rated is true, got null' : 'expected null when rated is false' });
          }
        });
      }
    }),
  );
