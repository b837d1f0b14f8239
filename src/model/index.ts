/**
 * The review model: types, schemas and parsing.
 *
 * @module
 */
export * from './types.js';
export * from './dates.js';
export { TextSchema, IsoDateSchema, CountSchema, YearSchema, LevelSchema, GradeSchema, hasAtMostOneDecimal, scorePointsSchema } from './fields.js';
export * from './parts.js';
export {
  REVIEW_FORMAT,
  MEMBER_STATUSES,
  ORGANIZATION_CONCLUSIONS,
  MEMBER_CONCLUSIONS,
  PERIOD_KINDS,
  OrganizationSchema,
  MemberSchema,
  PeriodSchema,
  ReviewSettingsSchema,
  ReviewHeaderSchema,
  ReviewFileSchema,
} from './schema.js';
export { formatPath } from './issues.js';
export { RecordDataSchema, DATA_MAX_DEPTH, DATA_MAX_BYTES, type DataSchema, type DataSchemaResult, type DataSchemas } from './data.js';
export { guardInput, MAX_NESTING, FORBIDDEN_KEYS } from './guard.js';
export { parseJsonText } from './json.js';
export * from './input.js';
