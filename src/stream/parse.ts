/**
 * Parsing the lines of an NDJSON review (docs/guides/formats.md §1, NDJSON): the header line with the review
 * fields, then `{ "organization": … }` and `{ "member": … }` lines. Each line is checked by the
 * same schemas and document checks as a JSON review; problems carry the line number and the path
 * inside the line (`line 17: member.disciplines[0].decidedOn`).
 *
 * @module
 */
import { compile, globalConfig } from 'zod/v4/core';
import { describeValue } from '../errors.js';
import { countTextKeys, findDuplicateKeys } from '../model/duplicates.js';
import { guardWalk } from '../model/guard.js';
import { fromZodIssues, type PathedIssue } from '../model/issues.js';
import { parseJsonText } from '../model/json.js';
import { MemberSchema, OrganizationSchema, REVIEW_FORMAT, ReviewHeaderSchema } from '../model/schema.js';
import type { DraftHeader } from '../model/checks.js';
import type { Member, Organization, ReviewFile } from '../model/types.js';
import { listRuleSets } from '../rules/registry.js';
import { resolveSettings } from '../rules/settings.js';
import type { EffectiveSettings, RuleSet } from '../rules/types.js';
import { checkReviewSemantics, memberEntryChecks } from '../review/checks.js';
import { safeParseResolvedReview, type ResolvedReview } from '../review/parse.js';
import { atLine, type LineIssue } from './issues.js';

/**
 * Options of an NDJSON evaluation, as for `evaluateReview`: a rule set to use instead of the
 * header's (an id or a custom `RuleSet`), the rule sets the header's `ruleSet` id or `year` is
 * looked up in (the built-in ones by default), and settings that override the header's.
 *
 * @example
 * ```ts
 * import type { StreamOptions } from 'xeploai/stream';
 * const options: StreamOptions = { ruleSet: 'qd124-2023', settings: { headCap: 'cap' } };
 * ```
 */
export interface StreamOptions {
  readonly ruleSet?: string | RuleSet;
  /** The rule sets the header's `ruleSet` id or `year` is looked up in: the built-in ones by default (a list given replaces them), e.g. `[tinh]` for a province's rule set. */
  readonly ruleSets?: readonly RuleSet[];
  readonly settings?: Readonly<Record<string, string | number | boolean>>;
}

/**
 * A validated NDJSON header: the review fields (with empty `organizations` and `members`), the
 * rule set chosen and the effective settings.
 *
 * @example
 * ```ts
 * import { parseHeaderLine } from 'xeploai/stream';
 * const r = parseHeaderLine('{"format":"xeploai/review@1","year":2024}', 1);
 * if (r.success) r.header.ruleSet.id; // 'qd124-2023'
 * ```
 */
export interface StreamHeader {
  readonly review: ReviewFile;
  readonly ruleSet: RuleSet;
  readonly settings: EffectiveSettings;
  /** The line the header is on. */
  readonly line: number;
}

/**
 * A parsed entry line.
 *
 * @example
 * ```ts
 * import type { StreamEntry } from 'xeploai/stream';
 * const entry: StreamEntry = { kind: 'organization', value: { id: 'cb', name: 'Chi bộ 1', kind: 'chi-bo-co-so' } };
 * ```
 */
export type StreamEntry = { readonly kind: 'organization'; readonly value: Organization } | { readonly kind: 'member'; readonly value: Member };

/** What parsing one line gives: the value, or the problems on that line. */
type LineResult<T> = { readonly success: true } & T | { readonly success: false; readonly issues: LineIssue[] };

const ENTRY_KEYS = ['organization', 'member'] as const;

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses the JSON of one line; the column of a syntax error is kept, the line is the file's. */
function parseLineJson(text: string, line: number): { success: true; value: unknown } | { success: false; issues: LineIssue[] } {
  try {
    return { success: true, value: JSON.parse(text) as unknown };
  } catch {
    // parseJsonText finds where and why, in the same words as for a JSON file.
  }
  const parsed = parseJsonText(text);
  if (parsed.success) return parsed;
  const message = parsed.issue.message.replace(/ at line 1, column (\d+)/, ' at column $1');
  return { success: false, issues: [{ line, path: '', code: 'invalid-json', message }] };
}

function colonsIn(text: string): number {
  let n = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) n++;
  return n;
}

function withOverrides(raw: Record<string, unknown>, options: StreamOptions): Record<string, unknown> {
  let out = raw;
  if (options.settings !== undefined && Object.keys(options.settings).length > 0) {
    const base = isJsonObject(raw['settings']) ? raw['settings'] : {};
    out = { ...out, settings: { ...base, ...options.settings } };
  }
  if (typeof options.ruleSet === 'string') out = { ...out, ruleSet: options.ruleSet };
  return out;
}

/**
 * Parses and validates the header line of an NDJSON review: an object with `format`
 * `"xeploai/review@1"`, `year` and the optional `period`, `ruleSet`, `reviewDate`, `settings`
 * (no `organizations` or `members`: each entry is a line of its own). The checks are those of
 * `parseReview` (rule set, period, settings); option overrides apply first, as in `evaluateReview`.
 *
 * @example
 * ```ts
 * import { parseHeaderLine } from 'xeploai/stream';
 * const bad = parseHeaderLine('{"format":"xeploai/review@1","year":2024,"settings":{"headCap":"maybe"}}', 1);
 * if (!bad.success) bad.issues[0]?.path; // 'settings.headCap'
 * ```
 */
export function parseHeaderLine(text: string, line: number, options: StreamOptions = {}): LineResult<{ readonly header: StreamHeader }> {
  const parsed = parseLineJson(text, line);
  if (!parsed.success) return parsed;
  const raw = parsed.value;
  const duplicates = findDuplicateKeys(text);
  if (duplicates.length > 0) return { success: false, issues: atLine(line, duplicates, []) };
  if (!isJsonObject(raw)) {
    return { success: false, issues: [{ line, path: '', code: 'invalid-type', message: `expected a header object with format ${JSON.stringify(REVIEW_FORMAT)}, got ${describeValue(raw)}` }] };
  }
  if (raw['format'] === undefined && ENTRY_KEYS.some((k) => k in raw)) {
    return { success: false, issues: [{ line, path: '', code: 'missing-header', message: `expected a header line with format ${JSON.stringify(REVIEW_FORMAT)} before the first organization or member, got an entry line` }] };
  }
  const issues: LineIssue[] = [];
  for (const key of ['organizations', 'members']) {
    if (key in raw) issues.push({ line, path: key, code: 'unknown-field', message: `expected no field ${JSON.stringify(key)} in an NDJSON header: each organization and member is a line of its own` });
  }
  if (issues.length > 0) return { success: false, issues };
  const input = withOverrides(raw, options);
  const parseOptions = { ...(typeof options.ruleSet === 'object' ? { ruleSet: options.ruleSet } : {}), ruleSets: options.ruleSets ?? listRuleSets() };
  const result = safeParseResolvedReview({ ...input, organizations: [], members: [] }, parseOptions);
  // The organizations a quota decision names come later: `NdjsonEvaluator.end` checks those references.
  const problems = result.success ? [] : result.issues.filter((i) => !(i.code === 'unknown-reference' && QUOTA_DECISION_ORG.test(i.path)));
  if (problems.length > 0) return { success: false, issues: problems.map((i) => ({ line, path: i.path, code: i.code, message: i.message })) };
  const { review, ruleSet } = result.success ? result.data : withDecisions(input, parseOptions);
  // safeParseResolvedReview has checked the settings against the rule set; this is only a guard.
  const settings = resolveSettings(ruleSet, review.settings);
  if (!settings.success) {
    return { success: false, issues: [{ line, path: 'ruleSet', code: 'unknown-rule-set', message: 'expected a rule set for this review' }] };
  }
  return { success: true, header: { review, ruleSet, settings: settings.data, line } };
}

const QUOTA_DECISION_ORG = /^quotaDecisions\[\d+\]\.orgId$/;

/**
 * The header of a review whose only problems are quota decisions naming organizations not read
 * yet: parsed without them, the decisions added back as their schema parses them.
 */
function withDecisions(input: Record<string, unknown>, parseOptions: { ruleSet?: RuleSet; ruleSets: readonly RuleSet[] }): ResolvedReview {
  const { quotaDecisions, ...rest } = input;
  const header = safeParseResolvedReview({ ...rest, organizations: [], members: [] }, parseOptions);
  if (!header.success) throw new Error('xeploai: a header that parsed with its quota decisions did not parse without them');
  const { review, ruleSet } = header.data;
  return { review: { ...review, quotaDecisions: ReviewHeaderSchema.shape.quotaDecisions.parse(quotaDecisions) ?? [] }, ruleSet };
}

/**
 * The per-line checks of entries that need the header: a draft header for `checkReviewSemantics`.
 *
 * @internal
 * @example
 * ```ts
 * declare const header: StreamHeader;
 * const checker = new EntryChecker(header);
 * ```
 */
export class EntryChecker {
  readonly #header: StreamHeader;
  readonly #draftHeader: DraftHeader;
  readonly #memberChecks: (member: Member) => PathedIssue[];

  constructor(header: StreamHeader) {
    this.#header = header;
    const { year, period, reviewDate } = header.review;
    this.#draftHeader = { year, ...(period !== undefined ? { period } : {}), ...(reviewDate !== undefined ? { reviewDate } : {}), invalid: new Set() };
    this.#memberChecks = memberEntryChecks(this.#draftHeader, header.ruleSet);
  }

  /**
   * Checks one member against the review date, the review year and the rule set's criteria
   * (the checks `checkReviewSemantics` runs on a member); references are checked by the caller,
   * who knows which organizations exist.
   */
  member(member: Member): PathedIssue[] {
    return this.#memberChecks(member);
  }

  /** Checks every organization at once (ids, parents, cycles, dates, criteria); paths `organizations[i]…`. */
  organizations(organizations: readonly Organization[]): PathedIssue[] {
    return checkReviewSemantics(
      { header: this.#draftHeader, organizations, members: [], organizationIds: organizations.map((o) => o.id), memberIds: [] },
      this.#header.ruleSet,
    );
  }
}

const ZOD_OPTIONS = { reportInput: true } as const;

/**
 * The entry schemas compiled by zod (`compile`: a generated parser for the valid case, the
 * runtime parser for every failure, so the output and the issues are the same), made on first
 * use. About twice as fast a line as the runtime parser, which matters at millions of lines.
 * Where the app has turned code generation off (`z.config({ jitless: true })`, e.g. under a
 * Content Security Policy without `unsafe-eval`) or compiling fails, the runtime parser is used.
 */
let entrySchemas: { readonly member: typeof MemberSchema; readonly organization: typeof OrganizationSchema } | undefined;

function compiledOr<T extends typeof MemberSchema | typeof OrganizationSchema>(schema: T): T {
  if (globalConfig.jitless === true) return schema;
  try {
    return compile(schema);
  } catch {
    return schema;
  }
}

function schemas(): NonNullable<typeof entrySchemas> {
  return (entrySchemas ??= { member: compiledOr(MemberSchema), organization: compiledOr(OrganizationSchema) });
}

/**
 * Parses one entry line: `{ "organization": … }` or `{ "member": … }`, validated by the same
 * schemas as a review file (unknown fields, forbidden keys and nesting included). Paths in the
 * issues start with `organization` or `member`. Member checks that need the header (dates on or
 * before the review date, criteria of the rule set, history years) are run by `EntryChecker`.
 *
 * @example
 * ```ts
 * import { parseEntryLine } from 'xeploai/stream';
 * const r = parseEntryLine('{"member":{"id":"dv-1","name":"An","orgId":"cb","status":"chinh-thuc","admittedOn":"2024-02-30"}}', 5);
 * if (!r.success) r.issues[0]; // { line: 5, path: 'member.admittedOn', code: 'invalid-date', message: 'expected a date YYYY-MM-DD, got "2024-02-30"' }
 * ```
 */
export function parseEntryLine(text: string, line: number): LineResult<{ readonly entry: StreamEntry }> {
  const parsed = parseLineJson(text, line);
  if (!parsed.success) return parsed;
  const raw = parsed.value;
  if (!isJsonObject(raw)) {
    return { success: false, issues: [{ line, path: '', code: 'invalid-type', message: `expected an object { "organization": … } or { "member": … }, got ${describeValue(raw)}` }] };
  }
  const keys = Object.keys(raw);
  const kind = keys.length === 1 ? ENTRY_KEYS.find((k) => k === keys[0]) : undefined;
  if (kind === undefined) {
    const got = raw['format'] !== undefined ? 'a second header' : keys.length === 0 ? 'an empty object' : `the fields ${keys.map((k) => JSON.stringify(k)).join(', ')}`;
    return { success: false, issues: [{ line, path: '', code: 'invalid-entry', message: `expected an object with one field, "organization" or "member", got ${got}` }] };
  }
  const guard = guardWalk(raw);
  if (guard.issues.length > 0) return { success: false, issues: atLine(line, guard.issues, []) };
  // A key given twice: JSON.parse kept the last. Each key has its colon, so a line with no more
  // colons than parsed keys has none (no allocation); only otherwise are its keys counted.
  if (colonsIn(text) > guard.keys && countTextKeys(text) > guard.keys) return { success: false, issues: atLine(line, findDuplicateKeys(text), []) };
  const found: PathedIssue[] = [];
  if (kind === 'member') {
    const result = schemas().member.safeParse(raw['member'], ZOD_OPTIONS);
    if (result.success) return { success: true, entry: { kind, value: result.data } };
    fromZodIssues(result.error.issues, ['member'], found);
  } else {
    const result = schemas().organization.safeParse(raw['organization'], ZOD_OPTIONS);
    if (result.success) return { success: true, entry: { kind, value: result.data } };
    fromZodIssues(result.error.issues, ['organization'], found);
  }
  return { success: false, issues: atLine(line, found, []) };
}
