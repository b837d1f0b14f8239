/**
 * `evaluateReview`: a review file in, the `xeploai/result@1` document out. The parser
 * (`src/review`) resolves the rule set once, from `options.ruleSets`; the root entry's functions
 * (`builtIn.ts`) default those to the built-in ones.
 *
 * @module
 */
import { runChecks } from '../check/index.js';
import { XeploaiError, type SafeResult } from '../errors.js';
import type { Member, ReviewFile, ReviewInput } from '../model/index.js';
import { primaryPostIndex, ratedPostIndices } from '../rules/common/posts.js';
import { resolveSettings } from '../rules/settings.js';
import type { LeaderResult, MemberResult, OrganizationResult, ReviewResult, RuleSet } from '../rules/types.js';
import { safeParseResolvedReview } from '../review/parse.js';
import { ruleSetYearsCheck } from '../review/years.js';
import { bottomUpOrder, buildContext } from './context.js';
import { namedMemberResult, namedOrganizationResult } from './names.js';
import { countLevels } from './summary.js';

/**
 * Options of `evaluateReview`: the rule sets the review's `ruleSet` id or `year` is looked up in
 * (`ruleSets`: the built-in ones by default from `xeploai`, none from `xeploai/core`), a rule
 * set to use instead of the file's (an id in `ruleSets` or a custom `RuleSet` object), and
 * settings that override the file's.
 *
 * @example
 * ```ts
 * import { qd124 } from 'xeploai/rules/qd124-2023';
 * const options: EvaluateOptions = { ruleSets: [qd124], ruleSet: 'qd124-2023', settings: { headCap: 'cap' } };
 * ```
 */
export interface EvaluateOptions {
  /** The rule set to apply instead of the review's `ruleSet` or the one in force for its year: an id (looked up in `ruleSets`) or a `RuleSet` object (e.g. a province's, from `extendRuleSet`). A rule set outside its years adds a `rule-set-years` warning check. */
  readonly ruleSet?: string | RuleSet;
  /** The rule sets a review's `ruleSet` id or `year` is looked up in: from `xeploai` the built-in ones by default (a list given replaces them); from `xeploai/core` none — pass e.g. `[qd366]`. */
  readonly ruleSets?: readonly RuleSet[];
  /** Settings over the review's own `settings` (names and values checked against the rule set, errors at `settings.NAME`). */
  readonly settings?: Readonly<Record<string, string | number | boolean>>;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Applies option overrides to the raw input before validation, so errors keep file paths. A
 * `settings` that is not an object is left for the parser to report; input that cannot be read
 * (a throwing getter, a revoked proxy) is passed through unchanged for the same reason.
 */
function withOverrides(input: unknown, options: EvaluateOptions): unknown {
  try {
    if (!isPlainObject(input)) return input;
    let out: Record<string, unknown> = input;
    if (options.settings !== undefined && Object.keys(options.settings).length > 0) {
      const given = input['settings'];
      if (given !== undefined && !isPlainObject(given)) return input;
      out = { ...out, settings: { ...(given ?? {}), ...options.settings } };
    }
    if (typeof options.ruleSet === 'string') out = { ...out, ruleSet: options.ruleSet };
    return out;
  } catch {
    return input;
  }
}

/**
 * Evaluates an already parsed review under a rule set: members, then organizations bottom-up,
 * then heads after their units, then the unit checks.
 *
 * @internal
 * @example
 * ```ts
 * import { getRuleSet, parseReview } from 'xeploai';
 * const review = parseReview({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [] });
 * evaluateParsedReview(review, getRuleSet('qd124-2023')).summary.members.rated; // 0
 * ```
 */
export function evaluateParsedReview(review: ReviewFile, ruleSet: RuleSet): ReviewResult {
  const settings = resolveSettings(ruleSet, review.settings);
  if (!settings.success) throw new XeploaiError(settings.issues);
  const engine = buildContext(review, settings.data);
  const { ctx } = engine;

  const mode = ruleSet.leaderPosts ?? 'heads';
  // Post holders rated as leaders (QĐ 366) wait for the units they lead.
  const waits = (m: Member): boolean => mode === 'post-holders' && primaryPostIndex(m) !== undefined;
  const members: MemberResult[] = new Array(review.members.length);
  for (let i = 0; i < review.members.length; i++) {
    const m = review.members[i]!;
    if (waits(m)) continue;
    const r = namedMemberResult(ruleSet.evaluateMember(m, i, engine.memberCtx), m);
    members[i] = r;
    engine.rated(m, r);
  }
  for (const org of bottomUpOrder(review, ctx)) {
    engine.organizationResults.set(org.id, ruleSet.evaluateOrganization(org, ctx.organizationIndex.get(org.id)!, ctx));
  }
  const organizations: OrganizationResult[] = review.organizations.map((o) => namedOrganizationResult(engine.organizationResults.get(o.id)!, o));
  const leaders: LeaderResult[] = [];
  for (let i = 0; i < review.members.length; i++) {
    const m = review.members[i]!;
    if (m.posts === undefined) continue;
    if (waits(m)) {
      const r = namedMemberResult(ruleSet.evaluateMember(m, i, ctx), m);
      members[i] = r;
      engine.rated(m, r);
    }
    const rated = { index: i, result: members[i]! };
    for (const p of ratedPostIndices(m, mode)) leaders.push(ruleSet.evaluateLeader(m, p, ctx, rated));
  }
  const civilService = review.members.flatMap((m) => (m.civilService === undefined ? [] : [{ orgId: m.orgId, level: m.civilService.level }]));
  const records = { members: engine.memberById, organizations: ctx.organizationById };
  const checks = runChecks(ctx, { members, leaders, organizations, civilService }, ruleSet, records);
  const outOfYears = ruleSetYearsCheck(review, ruleSet);
  if (outOfYears !== undefined) checks.unshift(outOfYears);
  return {
    format: 'xeploai/result@1',
    ruleSet: { id: ruleSet.id, title: ruleSet.title, documents: ruleSet.documents },
    year: review.year,
    period: ctx.period,
    reviewDate: ctx.reviewDate,
    settings: settings.data,
    members,
    leaders,
    organizations,
    checks,
    summary: { members: countLevels(members), leaders: countLevels(leaders), organizations: countLevels(organizations) },
  };
}

/**
 * Validates a review (any JSON value) and evaluates it under its rule set, looked up in
 * `options.ruleSets` (from `xeploai`: the built-in ones by default). Throws `XeploaiError`
 * listing every input problem with its path — `no-rule-set` (path `year`) or `unknown-rule-set`
 * (path `ruleSet`) when no rule set given fits.
 *
 * @example
 * ```ts
 * import { evaluateReview } from 'xeploai/core';
 * import { qd366 } from 'xeploai/rules/qd366-2025';
 * const result = evaluateReview({
 *   format: 'xeploai/review@1', year: 2025, reviewDate: '2025-12-15',
 *   organizations: [{ id: 'cb', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so', proposedLevel: 'HTTNV' }], members: [],
 * }, { ruleSets: [qd366] });
 * result.ruleSet.id; // 'qd366-2025'
 * ```
 */
export function evaluateReview(input: ReviewInput, options: EvaluateOptions = {}): ReviewResult {
  return parseAndEvaluateReview(input, options).result;
}

/**
 * Like `evaluateReview`, and also returns the parsed review (NFC-normalised, overrides applied),
 * for callers that print names or other input fields beside the result.
 *
 * @internal
 * @example
 * ```ts
 * import { qd124 } from 'xeploai/rules/qd124-2023';
 * const { review, result } = parseAndEvaluateReview({ format: 'xeploai/review@1', year: 2024,
 *   organizations: [{ id: 'cb', name: 'Chi bo\u0302̣ 1', kind: 'chi-bo-co-so', proposedLevel: 'HTTNV' }], members: [] }, { ruleSets: [qd124] });
 * review.organizations[0]?.name === review.organizations[0]?.name.normalize('NFC'); // true
 * result.organizations[0]?.level; // 'HTTNV'
 * ```
 */
export function parseAndEvaluateReview(input: ReviewInput, options: EvaluateOptions = {}): { readonly review: ReviewFile; readonly result: ReviewResult } {
  const parseOptions = {
    ...(typeof options.ruleSet === 'object' ? { ruleSet: options.ruleSet } : {}),
    ...(options.ruleSets !== undefined ? { ruleSets: options.ruleSets } : {}),
  };
  const parsed = safeParseResolvedReview(withOverrides(input, options), parseOptions);
  if (!parsed.success) throw new XeploaiError(parsed.issues);
  const { review, ruleSet } = parsed.data;
  return { review, result: evaluateParsedReview(review, ruleSet) };
}

/**
 * Like `evaluateReview` but never throws: `{ success: true, data }` or `{ success: false, issues }`.
 *
 * @example
 * ```ts
 * import { safeEvaluateReview } from 'xeploai/core';
 * import { qd124 } from 'xeploai/rules/qd124-2023';
 * const review = { format: 'xeploai/review@1', year: 2024, ruleSet: 'qd366-2025', organizations: [], members: [] };
 * const r = safeEvaluateReview(review, { ruleSets: [qd124] });
 * if (!r.success) r.issues[0]?.message; // "expected one of the rule sets qd124-2023, got \"qd366-2025\"; add it to options.ruleSets: ruleSets: [qd366] with import { qd366 } from 'xeploai/rules/qd366-2025'"
 * ```
 */
export function safeEvaluateReview(input: unknown, options: EvaluateOptions = {}): SafeResult<ReviewResult> {
  try {
    return { success: true, data: evaluateReview(input as ReviewInput, options) };
  } catch (error) {
    if (error instanceof XeploaiError) return { success: false, issues: error.issues };
    const message = error instanceof Error ? error.message : String(error);
    return { success: false, issues: [{ path: '', code: 'internal-error', message: `internal error: ${message}` }] };
  }
}
