/**
 * Parsing a review document: the pre-pass, the schemas, the checks across the document, and the
 * issues in document order. The checks against a rule set are passed in by the parser above the
 * rules (`src/review/parse.ts`, where `parseReview` lives): the model imports no rule set.
 *
 * @module
 */
import * as z from 'zod/mini';
import { describeValue, type SafeResult } from '../errors.js';
import { TextSchema } from './fields.js';
import { errorText, guardWalk } from './guard.js';
import { formatPath, fromZodIssues, sortInDocumentOrder, toInputIssues, type PathedIssue } from './issues.js';
import { MemberSchema, OrganizationSchema, REVIEW_FORMAT, ReviewFileSchema, ReviewHeaderSchema } from './schema.js';
import { checkReviewDocument, type DraftHeader, type ReviewDraft } from './checks.js';
import type { Member, Organization, ReviewFile } from './types.js';

const ZOD_OPTIONS = { reportInput: true } as const;
const HEADER_FIELDS = ['year', 'period', 'ruleSet', 'reviewDate', 'settings', 'quotaDecisions'] as const;

/** A JSON object: not null, not an array, not a Map, Date or other built-in (any realm). */
function isJsonObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Object]' && !Array.isArray(value);
}

function idOf(raw: unknown): string | undefined {
  if (!isJsonObject(raw)) return undefined;
  const id = TextSchema.safeParse(raw.id);
  return id.success ? id.data : undefined;
}

function draftOf(review: ReviewFile): ReviewDraft {
  return {
    header: { ...review, invalid: new Set() },
    organizations: review.organizations,
    members: review.members,
    organizationIds: review.organizations.map((o) => o.id),
    memberIds: review.members.map((m) => m.id),
  };
}

/** The indices of `list` (`organizations` or `members`) that some issue points into. */
function failedIndices(issues: readonly PathedIssue[], list: string): Set<number> {
  const failed = new Set<number>();
  for (const issue of issues) if (issue.path[0] === list && typeof issue.path[1] === 'number') failed.add(issue.path[1]);
  return failed;
}

/**
 * The fields of an entry that failed its schema which parse on their own (an unknown field, a bad
 * status…), so the checks across the document still report the entry's other problems (a
 * dangling `orgId`, a date after the review date) in the same error.
 */
function salvage<T>(raw: unknown, shape: Readonly<Record<string, z.ZodMiniType>>): T | undefined {
  if (!isJsonObject(raw)) return undefined;
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(shape, key)) continue;
    const field = shape[key]!.safeParse(raw[key]);
    if (field.success && field.data !== undefined) fields[key] = field.data;
  }
  return fields as T;
}

/**
 * Entries parsed one by one: those the whole-document parse already failed are salvaged field by
 * field (the ids of failed entries come from their own `id` field); successes are parsed again, which is cheap.
 */
function parseEntries<T>(raw: unknown, failed: ReadonlySet<number>, schema: z.ZodMiniType<T> & { readonly shape: Readonly<Record<string, z.ZodMiniType>> }): { entries: (T | undefined)[]; ids: (string | undefined)[] } {
  const items = Array.isArray(raw) ? (raw as readonly unknown[]) : [];
  const entries: (T | undefined)[] = new Array<T | undefined>(items.length);
  const ids: (string | undefined)[] = new Array<string | undefined>(items.length);
  for (let i = 0; i < items.length; i++) {
    if (!failed.has(i)) {
      const result = schema.safeParse(items[i]);
      if (result.success) entries[i] = result.data;
    } else {
      entries[i] = salvage<T>(items[i], schema.shape);
    }
    ids[i] = failed.has(i) ? idOf(items[i]) : (entries[i] as { id?: string } | undefined)?.id ?? idOf(items[i]);
  }
  return { entries, ids };
}

/**
 * The slow path, for a document whose parse failed with `issues`: what did parse is parsed again
 * part by part, so the checks across the document still run on everything valid.
 */
function partialDraft(input: Readonly<Record<string, unknown>>, issues: readonly PathedIssue[]): ReviewDraft {
  const invalid = new Set<string>();
  for (const issue of issues) if (typeof issue.path[0] === 'string') invalid.add(issue.path[0]);
  const fields: Record<string, unknown> = {};
  for (const key of HEADER_FIELDS) {
    if (invalid.has(key) || input[key] === undefined) continue;
    const field = ReviewHeaderSchema.shape[key].safeParse(input[key]);
    if (field.success) fields[key] = field.data;
    else invalid.add(key);
  }
  const header: DraftHeader = { ...(fields as Omit<DraftHeader, 'invalid'>), invalid };
  const organizations = parseEntries<Organization>(input.organizations, failedIndices(issues, 'organizations'), OrganizationSchema);
  const members = parseEntries<Member>(input.members, failedIndices(issues, 'members'), MemberSchema);
  return { header, organizations: organizations.entries, members: members.entries, organizationIds: organizations.ids, memberIds: members.ids };
}

/**
 * The pre-pass issues, then the others except those at or under a forbidden key (a forbidden key
 * is one issue, not also an unknown field or an unknown criterion).
 */
function withGuardIssues(issues: PathedIssue[], guard: readonly PathedIssue[]): PathedIssue[] {
  if (guard.length === 0) return issues;
  const refused = new Set(guard.filter((i) => i.code === 'forbidden-key').map((i) => formatPath(i.path)));
  if (refused.size === 0) return [...guard, ...issues];
  const isRefused = (issue: PathedIssue): boolean => {
    for (let n = 1; n <= issue.path.length; n++) if (refused.has(formatPath(issue.path.slice(0, n)))) return true;
    return false;
  };
  return [...guard, ...issues.filter((i) => !isRefused(i))];
}

/**
 * The schema pass over the whole document, its issues added to `found`. zod gathers the issues of
 * a list with one `push(...issues)` per level, which overflows the call stack past about 120,000
 * issues: then the lists are parsed entry by entry (same issues, same paths).
 */
function parseWhole(input: Readonly<Record<string, unknown>>, found: PathedIssue[]): { success: true; data: ReviewFile } | { success: false } {
  try {
    const whole = ReviewFileSchema.safeParse(input, ZOD_OPTIONS);
    if (whole.success) return whole;
    fromZodIssues(whole.error.issues, [], found);
    return { success: false };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  const lists = [
    ['organizations', OrganizationSchema],
    ['members', MemberSchema],
  ] as const;
  const shell: Record<string, unknown> = { ...input };
  for (const [key] of lists) if (Array.isArray(input[key])) shell[key] = [];
  const header = ReviewFileSchema.safeParse(shell, ZOD_OPTIONS);
  if (!header.success) fromZodIssues(header.error.issues, [], found);
  for (const [key, schema] of lists) {
    const items = input[key];
    if (!Array.isArray(items)) continue;
    // In slices: one parse (and one error object) per slice rather than per entry.
    const slice = z.array(schema);
    for (let from = 0; from < items.length; from += FALLBACK_SLICE) {
      const part = slice.safeParse(items.slice(from, from + FALLBACK_SLICE), ZOD_OPTIONS);
      if (part.success) continue;
      const shifted = part.error.issues.map((issue) => ({ ...issue, path: [(issue.path[0] as number) + from, ...issue.path.slice(1)] }));
      fromZodIssues(shifted, [key], found);
    }
  }
  return { success: false };
}

/** Entries parsed at once when a document has too many issues for one pass (see `parseWhole`). */
const FALLBACK_SLICE = 10_000;

/**
 * Checks run on the parsed (possibly partial) review once the schemas have run, appending their
 * issues to `out`: the document checks, and those of the review's rule set.
 *
 * @internal
 * @example
 * ```ts
 * const documentOnly: DraftCheck = (draft, out) => checkReviewDocument(draft, out, undefined);
 * ```
 */
export type DraftCheck = (draft: ReviewDraft, out: PathedIssue[]) => void;

function collect(input: unknown, check: DraftCheck): SafeResult<ReviewFile> {
  if (!isJsonObject(input)) {
    return { success: false, issues: [{ path: '', code: 'invalid-type', message: `expected a JSON object with format ${JSON.stringify(REVIEW_FORMAT)}, got ${describeValue(input)}` }] };
  }
  const guard = guardWalk(input);
  if (!guard.readable) return { success: false, issues: toInputIssues(sortInDocumentOrder(guard.issues, input)) };
  const format = input.format;
  if (typeof format === 'string' && format !== REVIEW_FORMAT) {
    // Another document (a result, a programme, a later version): its fields would only add noise.
    return { success: false, issues: [{ path: 'format', code: 'wrong-format', message: `expected ${JSON.stringify(REVIEW_FORMAT)}, got ${describeValue(format)}` }] };
  }
  // One schema pass over the whole document; a failure is read once more, part by part, only to
  // recover the valid parts for the checks across the document.
  const found: PathedIssue[] = [];
  const whole = parseWhole(input, found);
  const draft = whole.success ? draftOf(whole.data) : partialDraft(input, found);
  check(draft, found);
  const issues = withGuardIssues(found, guard.issues);
  if (whole.success && issues.length === 0) return { success: true, data: whole.data };
  return { success: false, issues: toInputIssues(sortInDocumentOrder(issues, input)) };
}

/**
 * Validates a review document (schemas, then `check` on what parsed) and returns it normalised
 * (NFC, trimmed), or the issues in document order; never throws, whatever the input (proxies,
 * throwing getters, BigInts, cycles). `check` defaults to the document checks alone, with no
 * rule set: `safeParseReview` (src/review) adds the rule set's.
 *
 * @internal
 * @example
 * ```ts
 * safeParseReviewDocument({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [] }).success; // true
 * ```
 */
export function safeParseReviewDocument(input: unknown, check: DraftCheck = (draft, out) => checkReviewDocument(draft, out, undefined)): SafeResult<ReviewFile> {
  try {
    return collect(input, check);
  } catch (error) {
    return { success: false, issues: [{ path: '', code: 'unreadable', message: `expected plain JSON data, got a value that failed while being read (${errorText(error)})` }] };
  }
}
