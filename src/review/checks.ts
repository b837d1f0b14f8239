/**
 * A review checked against its rule set: the period kinds it has, the review date in the period,
 * the settings' names and values, quota decisions (only where the rule set allows more than 20 %
 * by decision), the criterion ids of its catalogues and the app's `data` schemas. The document
 * checks (ids, references, cycles, dates) are the model's; these run with them, in one pass.
 *
 * @module
 */
import { describeValue } from '../errors.js';
import { checkRecordData } from '../model/data.js';
import { checkReviewDateInPeriod, checkReviewDocument, memberDocumentChecks, type DraftHeader, type DraftRuleChecks, type ReviewDraft } from '../model/checks.js';
import type { PathedIssue, PathSegments } from '../model/issues.js';
import { didYouMean } from '../model/suggest.js';
import type { Member, QuotaDecision } from '../model/types.js';
import { resolveSettings, settingNames } from '../rules/settings.js';
import type { RuleSet } from '../rules/types.js';
import { resolveRuleSet } from './resolve.js';

/** The quota every text sets; a decision may only raise it (QĐ 366 Điều 11 k1.5 đoạn 2: up to 25). */
const TEXT_QUOTA_PERCENT = 20;

/** The header against the rule set: a period kind it has (then the review date in the period), and the settings. */
function checkHeader(header: DraftHeader, ruleSet: RuleSet, out: PathedIssue[]): void {
  const kind = header.period?.kind ?? 'year';
  if (!header.invalid.has('period') && !ruleSet.periods.includes(kind)) {
    const given = header.period ? JSON.stringify(kind) : `"year" (the default)`;
    out.push({ path: ['period'], code: 'unsupported-period', message: `expected a period kind of rule set ${ruleSet.id} (${ruleSet.periods.join(', ')}), got ${given}` });
  } else checkReviewDateInPeriod(header, out); // a period the rule set does not have is the one error
  if (header.settings) {
    const resolved = resolveSettings(ruleSet, header.settings);
    if (!resolved.success) {
      for (const issue of resolved.issues) {
        // resolveSettings writes `settings.NAME`; NAME stays one segment so odd names format like every
        // other path, and an unknown name gets the same "expected …, got …" message as other fields.
        const name = issue.path.slice('settings.'.length);
        const message = issue.code === 'unknown-setting' ? `expected a setting of rule set ${ruleSet.id} (${settingNames(ruleSet).join(', ')}), got ${describeValue(name)}${didYouMean(name, settingNames(ruleSet))}` : issue.message;
        out.push({ path: ['settings', name], code: issue.code, message });
      }
    }
  }
}

/**
 * `quotaDecisions` against the rule set: only one whose quota allows more than 20 % by decision
 * (qd366-2025 and the rule sets extending it) takes them.
 */
function acceptsQuotaDecisions(decisions: readonly QuotaDecision[], ruleSet: RuleSet, out: PathedIssue[]): boolean {
  if (ruleSet.checks.quota.maxPercent > TEXT_QUOTA_PERCENT) return true;
  const n = decisions.length;
  out.push({
    path: ['quotaDecisions'], code: 'unsupported-field',
    message: `expected no quotaDecisions under rule set ${ruleSet.id} (only qd366-2025 allows more than ${TEXT_QUOTA_PERCENT} % by decision), got ${n} decision${n === 1 ? '' : 's'}`,
  });
  return false;
}

const catalogues = new WeakMap<readonly { readonly id: string }[], ReadonlySet<string>>();

/**
 * A catalogue's ids as a set; `results` is always allowed (docs/guides/formats.md §1 "Criteria"). Built once
 * per catalogue: a stream checks millions of entries one at a time against the same one.
 */
function catalogue(defs: readonly { readonly id: string }[]): ReadonlySet<string> {
  let ids = catalogues.get(defs);
  if (ids === undefined) {
    ids = new Set(['results', ...defs.map((d) => d.id)]);
    catalogues.set(defs, ids);
  }
  return ids;
}

function checkCriteria(criteria: Readonly<Record<string, unknown>> | undefined, catalogue: ReadonlySet<string>, ruleSet: RuleSet, at: PathSegments, out: PathedIssue[]): void {
  if (!criteria) return;
  for (const id of Object.keys(criteria)) {
    if (!catalogue.has(id)) {
      out.push({ path: [...at, 'criteria', id], code: 'unknown-criterion', message: `expected a criterion of rule set ${ruleSet.id} (${[...catalogue].join(', ')}), got ${describeValue(id)}${didYouMean(id, catalogue)}` });
    }
  }
}

/**
 * The checks a rule set adds to each entry of a review (criterion ids, `data` schemas) and to its
 * quota decisions, for the model's document checks to run in their pass.
 *
 * @internal
 * @example
 * ```ts
 * import { qd124 } from 'xeploai/rules/qd124-2023';
 * const out: PathedIssue[] = [];
 * ruleSetChecks(qd124).member({ id: 'dv', name: 'An', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2015-03-02', criteria: { results: 'tot', politic: 'tot' } }, ['members', 0], out);
 * out[0]?.code; // 'unknown-criterion'
 * ```
 */
export function ruleSetChecks(ruleSet: RuleSet): DraftRuleChecks {
  const collective = catalogue(ruleSet.criteria.collective);
  const individual = catalogue(ruleSet.criteria.individual);
  return {
    quotaDecisions: (decisions, out) => acceptsQuotaDecisions(decisions, ruleSet, out),
    organization: (org, at, out) => {
      checkCriteria(org.criteria, collective, ruleSet, at, out);
      checkRecordData(org.data, ruleSet.data?.organizations, at, out);
    },
    member: (member, at, out) => {
      checkCriteria(member.criteria, individual, ruleSet, at, out);
      checkRecordData(member.data, ruleSet.data?.members, at, out);
    },
  };
}

/**
 * Resolves the rule set of a (possibly partial) parsed review and runs every check across the
 * document and against that rule set, appending the issues to `out` in the order found (the
 * caller sorts them in document order). Returns the rule set (`undefined` when none fits: then
 * `out` says why). `ruleSetOption` overrides the review's own rule set; ids and years are looked
 * up in `ruleSets`.
 *
 * @internal
 * @example
 * ```ts
 * import { qd124 } from 'xeploai/rules/qd124-2023';
 * const draft: ReviewDraft = { header: { year: 2024, invalid: new Set() }, organizations: [], members: [], organizationIds: [], memberIds: [] };
 * checkReviewDraft(draft, undefined, [qd124], [])?.id; // 'qd124-2023'
 * ```
 */
export function checkReviewDraft(draft: ReviewDraft, ruleSetOption: RuleSet | string | undefined, ruleSets: readonly RuleSet[], out: PathedIssue[]): RuleSet | undefined {
  const ruleSet = resolveRuleSet(draft.header, ruleSetOption, ruleSets, out);
  if (ruleSet) checkHeader(draft.header, ruleSet, out);
  checkReviewDocument(draft, out, ruleSet ? ruleSetChecks(ruleSet) : undefined);
  return ruleSet;
}

/**
 * The issues of `checkReviewDraft`, for readers that check part of a review (the NDJSON stream's
 * organizations): every check across the document and against the rule set, in the order found.
 *
 * @internal
 * @example
 * ```ts
 * import { qd124 } from 'xeploai/rules/qd124-2023';
 * const draft: ReviewDraft = { header: { year: 2024, invalid: new Set() }, organizations: [], members: [], organizationIds: [], memberIds: [] };
 * checkReviewSemantics(draft, undefined, [qd124]); // []
 * checkReviewSemantics(draft)[0]?.code; // 'no-rule-set'
 * ```
 */
export function checkReviewSemantics(draft: ReviewDraft, ruleSetOption?: RuleSet | string, ruleSets: readonly RuleSet[] = []): PathedIssue[] {
  const out: PathedIssue[] = [];
  checkReviewDraft(draft, ruleSetOption, ruleSets, out);
  return out;
}

/**
 * The checks of one member on its own under `ruleSet`, for a reader that sees members one at a
 * time and checks references itself (the NDJSON stream): dates on or before the review date,
 * history before the review year, criteria and data of the rule set. Paths start
 * `['members', 0]`, as for a one-member document.
 *
 * @internal
 * @example
 * ```ts
 * declare const ruleSet: RuleSet;
 * declare const member: Member;
 * const check = memberEntryChecks({ year: 2024, reviewDate: '2024-12-15', invalid: new Set() }, ruleSet);
 * check(member); // [] when the member's dates and criteria fit
 * ```
 */
export function memberEntryChecks(header: DraftHeader, ruleSet: RuleSet): (member: Member) => PathedIssue[] {
  return memberDocumentChecks(header, ruleSetChecks(ruleSet));
}
