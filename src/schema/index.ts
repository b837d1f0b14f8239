/**
 * `xeploai/schema` — the three file formats as zod schemas and as JSON Schema (draft 2020-12), so
 * that apps in any language can check a file before sending it. Passing the JSON Schema is
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
export { ReviewFileSchema, OrganizationSchema, MemberSchema } from '../model/schema.js';
export { ProgrammeSchema } from '../programme/schema.js';
export * from './result.js';
export * from './jsonSchema.js';
export * from './dataJsonSchema.js';
