/**
 * The review model: types, schemas and parsing.
 *
 * @module
 */
export * from './types.js';
export * from './dates.js';
export { TextSchema, IsoDateSchema, CountSchema, YearSchema, LevelSchema, GradeSchema, hasAtMostOneDecimal, scorePointsSchema } from './fields.js';
export {
  REVIEW_FORMAT,
  MEMBER_STATUSES,
  EXEMPTION_KINDS,
  ORGANIZATION_CONCLUSIONS,
  MEMBER_CONCLUSIONS,
  PERIOD_KINDS,
  CriteriaSchema,
  TasksSchema,
  ShortcomingsSchema,
  ScoreSchema,
  HistoryEntrySchema,
  SameLevelBodySchema,
  MemberDisciplineSchema,
  OrganizationDisciplineSchema,
  DisciplineSchema,
  OrganizationSchema,
  PostSchema,
  ExemptionSchema,
  MemberSchema,
  PeriodSchema,
  ReviewSettingsSchema,
  ReviewHeaderSchema,
  ReviewFileSchema,
} from './schema.js';
export { formatPath } from './issues.js';
export { guardInput, MAX_NESTING, FORBIDDEN_KEYS } from './guard.js';
export { parseJsonText } from './json.js';
export * from './parse.js';
