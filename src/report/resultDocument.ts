/**
 * Reading a result document (`xeploai/result@1`) written by another run or another tool, for
 * roll-ups and programmes: the fields they use are checked (with paths); the others are kept as
 * they are, since the result is the library's own output rather than hand-written input.
 *
 * @module
 */
import * as z from 'zod/mini';
import { describeValue, XeploaiError, type SafeResult } from '../errors.js';
import { LEVELS } from '../levels.js';
import { enumSchema, expecting, TextSchema, YearSchema } from '../model/fields.js';
import { guardWalk } from '../model/guard.js';
import { fromZodIssues, sortInDocumentOrder, toInputIssues, type PathedIssue } from '../model/issues.js';
import { ORGANIZATION_KINDS, ORGANIZATION_TYPES } from '../model/index.js';
import type { RatedResult } from './types.js';

/** The format tag of a result document. @example `RESULT_FORMAT // 'xeploai/result@1'` */
export const RESULT_FORMAT = 'xeploai/result@1';

const SEVERITIES = ['cap', 'not-rated', 'error', 'warning', 'info'] as const;

const FindingSchema = z.looseObject(
  {
    code: TextSchema,
    severity: enumSchema(SEVERITIES),
    cite: z.looseObject({ doc: z.string(expecting('a string')), article: z.string(expecting('a string')) }, expecting('a citation object')),
    assumption: z.boolean(expecting('true or false')),
    message: z.looseObject({ vi: z.string(expecting('a string')), en: z.string(expecting('a string')) }, expecting('a message { vi, en }')),
  },
  expecting('a finding object'),
);

const LevelOrNull = z.union([enumSchema(LEVELS), z.null()], expecting('a level or null'));

function ratedMatchesLevel(entry: { rated: boolean; level: unknown }, ctx: z.core.$RefinementCtx): void {
  if (entry.rated !== (entry.level !== null)) {
    ctx.addIssue({
      code: 'custom', path: ['level'], input: entry.level, params: { code: 'inconsistent-level' },
      message: entry.rated ? 'expected a level when rated is true, got null' : `expected null when rated is false, got ${describeValue(entry.level)}`,
    });
  }
}

const MemberResultSchema = z
  .looseObject({ id: TextSchema, name: z.exactOptional(TextSchema), orgId: TextSchema, rated: z.boolean(expecting('true or false')), level: LevelOrNull, findings: z.array(FindingSchema, expecting('an array of findings')) }, expecting('a member result object'))
  .check(z.superRefine(ratedMatchesLevel));

const OrganizationResultSchema = z
  .looseObject(
    {
      id: TextSchema,
      name: z.exactOptional(TextSchema),
      kind: enumSchema(ORGANIZATION_KINDS),
      parentId: z.exactOptional(TextSchema),
      type: z.exactOptional(enumSchema(ORGANIZATION_TYPES)),
      rated: z.boolean(expecting('true or false')),
      level: LevelOrNull,
      findings: z.array(FindingSchema, expecting('an array of findings')),
    },
    expecting('an organization result object'),
  )
  .check(z.superRefine(ratedMatchesLevel));

const ResultDocumentSchema = z.looseObject(
  {
    format: z.literal(RESULT_FORMAT, expecting(JSON.stringify(RESULT_FORMAT))),
    year: YearSchema,
    period: z.looseObject({ kind: enumSchema(['year', 'quarter', 'term'] as const) }, expecting('a period object')),
    members: z.array(MemberResultSchema, expecting('an array of member results')),
    organizations: z.array(OrganizationResultSchema, expecting('an array of organization results')),
  },
  expecting(`a result object with format ${JSON.stringify(RESULT_FORMAT)}`),
);

/** A member whose `orgId` is not an organization of the result: its rating would count nowhere. */
function unknownOrganizations(result: { readonly members: readonly { readonly orgId: string }[]; readonly organizations: readonly { readonly id: string }[] }): PathedIssue[] {
  const ids = new Set<string>();
  for (const o of result.organizations) ids.add(o.id);
  const out: PathedIssue[] = [];
  for (let i = 0; i < result.members.length; i++) {
    const orgId = result.members[i]!.orgId;
    if (!ids.has(orgId)) out.push({ path: ['members', i, 'orgId'], code: 'unknown-reference', message: `expected the id of an organization in this result, got ${describeValue(orgId)}` });
  }
  return out;
}

/**
 * Checks a result document (`xeploai/result@1`) for the fields roll-ups and programmes read —
 * `year`, `period`, and each member's and organization's `id`, `rated`, `level`, `findings`, and
 * that each member's `orgId` is an organization of the result, with the `name`, `parentId` and
 * `type` copied from the review when present — and returns it, or every problem with its path;
 * never throws.
 *
 * @example
 * ```ts
 * import { safeParseResultDocument } from 'xeploai/report';
 * const r = safeParseResultDocument({ format: 'xeploai/result@1', year: 2024, period: { kind: 'year' }, members: [{ id: 'dv-1' }], organizations: [] });
 * if (!r.success) r.issues.map((i) => i.path); // ['members[0].orgId', 'members[0].rated', …]
 * ```
 */
export function safeParseResultDocument(input: unknown): SafeResult<RatedResult> {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return { success: false, issues: [{ path: '', code: 'invalid-type', message: `expected a JSON object with format ${JSON.stringify(RESULT_FORMAT)}, got ${describeValue(input)}` }] };
    }
    const guard = guardWalk(input);
    if (guard.issues.length > 0) return { success: false, issues: toInputIssues(sortInDocumentOrder(guard.issues, input)) };
    const format = (input as { format?: unknown }).format;
    if (typeof format === 'string' && format !== RESULT_FORMAT) {
      return { success: false, issues: [{ path: 'format', code: 'wrong-format', message: `expected ${JSON.stringify(RESULT_FORMAT)}, got ${describeValue(format)}` }] };
    }
    const parsed = ResultDocumentSchema.safeParse(input, { reportInput: true });
    if (parsed.success) {
      const unknown = unknownOrganizations(parsed.data);
      if (unknown.length > 0) return { success: false, issues: toInputIssues(unknown) };
      return { success: true, data: parsed.data as unknown as RatedResult };
    }
    const issues: PathedIssue[] = [];
    fromZodIssues(parsed.error.issues, [], issues);
    return { success: false, issues: toInputIssues(sortInDocumentOrder(issues, input)) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { success: false, issues: [{ path: '', code: 'unreadable', message: `expected plain JSON data, got a value that failed while being read (${message})` }] };
  }
}

/**
 * Like `safeParseResultDocument`, but throws one `XeploaiError` listing every problem.
 *
 * @example
 * ```ts
 * import { parseResultDocument } from 'xeploai/report';
 * parseResultDocument({ format: 'xeploai/result@1', year: 2024, period: { kind: 'year' }, members: [], organizations: [] }).year; // 2024
 * ```
 */
export function parseResultDocument(input: unknown): RatedResult {
  const r = safeParseResultDocument(input);
  if (!r.success) throw new XeploaiError(r.issues);
  return r.data;
}
