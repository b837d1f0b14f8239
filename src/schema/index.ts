/**
 * `xeploai/schema` — the three file formats as zod schemas and as JSON Schema (draft 2020-12), so
 * that apps in any language can check a file before sending it, with the enumerations of the
 * review format (`ORGANIZATION_KINDS`, `GRADES`, `MEMBER_STATUSES`, …) and its field schemas. Passing the JSON Schema is
 * necessary, not sufficient: `parseReview` / `parseProgramme` also check what a schema cannot
 * (dates against the review date, counts against each other, ids, references, cycles, and the
 * rule set's years, periods, criteria and settings).
 *
 * The same schemas are shipped as files: `schema/review-1.schema.json`,
 * `schema/result-1.schema.json`, `schema/programme-1.schema.json`.
 *
 * @example
 * ```ts
 * import { reviewJsonSchema, ReviewFileSchema } from 'xeploai/schema';
 * reviewJsonSchema.title; // 'xeploai/review@1'
 * ReviewFileSchema.safeParse({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [] }).success; // true
 * ```
 *
 * @module xeploai/schema
 */
export {
  REVIEW_FORMAT,
  MEMBER_STATUSES,
  ORGANIZATION_CONCLUSIONS,
  MEMBER_CONCLUSIONS,
  PERIOD_KINDS,
  ReviewFileSchema,
  ReviewHeaderSchema,
  OrganizationSchema,
  MemberSchema,
  PeriodSchema,
  ReviewSettingsSchema,
} from '../model/schema.js';
export { ORGANIZATION_KINDS, ORGANIZATION_TYPES, GRADES, MEMBER_DISCIPLINE_FORMS, ORGANIZATION_DISCIPLINE_FORMS } from '../model/types.js';
export { TextSchema, IsoDateSchema, CountSchema, YearSchema, LevelSchema, GradeSchema } from '../model/fields.js';
export {
  EXEMPTION_KINDS,
  CriteriaSchema,
  TasksSchema,
  ShortcomingsSchema,
  ScoreSchema,
  HistoryEntrySchema,
  SameLevelBodySchema,
  MemberDisciplineSchema,
  OrganizationDisciplineSchema,
  DisciplineSchema,
  PostSchema,
  PostsSchema,
  ConfidenceVoteSchema,
  QuotaDecisionSchema,
  ExemptionSchema,
} from '../model/parts.js';
export { RecordDataSchema, DATA_MAX_DEPTH, DATA_MAX_BYTES } from '../model/data.js';
export { ProgrammeSchema } from '../programme/schema.js';
export * from './result.js';
export * from './jsonSchema.js';
export * from './dataJsonSchema.js';
