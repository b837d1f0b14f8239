/**
 * Open decisions (docs/guides/formats.md §1 "Decision required"): where a text leaves the outcome to the
 * competent level, a rule emits a `decision-required` finding and the decision is recorded as the
 * subject's `proposedLevel`. A subject with such a finding and no `proposedLevel` is an open item:
 * one `decision-required` check (severity `warning`, so `xeploai check` reports it and fails on it
 * only with `--strict`).
 *
 * @module
 */
import type { Level } from '../levels.js';
import type { Check, CheckSubjects, Finding, Lookup, Message } from '../rules/types.js';
import type { CheckResults } from './inputs.js';

/**
 * The code of the finding that asks for a decision of the competent level, and of the check that
 * lists a subject whose decision is not recorded.
 *
 * @example
 * ```ts
 * import { DECISION_REQUIRED } from 'xeploai/rules';
 * DECISION_REQUIRED; // 'decision-required'
 * ```
 */
export const DECISION_REQUIRED = 'decision-required';

/**
 * The subject of a possible open decision: its id (a member's id for a `leaders[]` entry), the
 * organization (the chi bộ of a member, the unit of a post), and the `proposedLevel` the review
 * records for it (a post holder's is his member record's).
 *
 * @internal
 * @example
 * ```ts
 * const s: DecisionSubject = { id: 'dv-7', orgId: 'xa-an-binh', proposedLevel: undefined };
 * ```
 */
export interface DecisionSubject {
  readonly id: string;
  readonly orgId?: string;
  readonly proposedLevel: Level | undefined;
}

function asksForDecision(f: Finding): boolean {
  return f.code === DECISION_REQUIRED;
}

/**
 * The `decision-required` check of one subject, when a finding of its result asks for a decision
 * and the review records none (`proposedLevel` absent); else `undefined`. The check lists those
 * findings (`findings`), cites the first, and is `ok: false` with severity `warning`.
 *
 * @internal
 * @example
 * ```ts
 * import { type Finding } from 'xeploai';
 * const finding: Finding = {
 *   code: 'decision-required', severity: 'warning', assumption: false,
 *   cite: { doc: '366-QĐ/TW', article: 'Điều 11, khoản 4' }, message: { vi: 'Bất khả kháng: cấp có thẩm quyền quyết định', en: 'Force majeure: the competent level decides' },
 * };
 * openDecisionCheck('members', { id: 'dv-1', orgId: 'cb', proposedLevel: undefined }, [finding])?.scope; // { kind: 'member', id: 'dv-1' }
 * openDecisionCheck('members', { id: 'dv-1', orgId: 'cb', proposedLevel: 'HTNV' }, [finding]); // undefined
 * ```
 */
export function openDecisionCheck(subjects: CheckSubjects, subject: DecisionSubject, findings: readonly Finding[]): Check | undefined {
  if (subject.proposedLevel !== undefined || !findings.some(asksForDecision)) return undefined;
  const open = findings.filter(asksForDecision);
  const first = open[0]!;
  const who = subjects === 'leaders' && subject.orgId !== undefined ? `${subject.id} @ ${subject.orgId}` : subject.id;
  const cases = (lang: keyof Message): string => open.map((f) => f.message[lang]).join('; ');
  const check: Record<string, unknown> = {
    code: DECISION_REQUIRED,
    subjects,
    scope: { kind: subjects === 'organizations' ? 'organization' : 'member', id: subject.id },
    ok: false,
    severity: 'warning',
    cite: first.cite,
    assumption: open.some((f) => f.assumption),
    message: {
      vi: `${who}: chờ quyết định của cấp có thẩm quyền (${cases('vi')}); ghi quyết định vào proposedLevel.`,
      en: `${who}: awaiting the competent level's decision (${cases('en')}); record it as proposedLevel.`,
    },
    findings: open,
  };
  if (subject.orgId !== undefined) check['orgId'] = subject.orgId;
  return check as unknown as Check;
}

/**
 * The review's records by id, as far as `openDecisionChecks` reads them (their `proposedLevel`).
 *
 * @internal
 * @example
 * ```ts
 * const records: ProposedLevels = { members: new Map([['dv-1', { proposedLevel: 'HTTNV' }]]), organizations: new Map() };
 * ```
 */
export interface ProposedLevels {
  readonly members: Lookup<{ readonly proposedLevel?: Level | undefined }>;
  readonly organizations: Lookup<{ readonly proposedLevel?: Level | undefined }>;
}

/**
 * The `decision-required` checks of a result: one per subject (member, post holder's `leaders[]`
 * entry, organization) with a `decision-required` finding and no `proposedLevel` in the review,
 * in result order (`runChecks` sorts them with the others).
 *
 * @internal
 * @example
 * ```ts
 * import type { ReviewFile } from 'xeploai';
 * declare const review: ReviewFile;
 * declare const results: CheckResults;
 * const records = { members: new Map(review.members.map((m) => [m.id, m])), organizations: new Map(review.organizations.map((o) => [o.id, o])) };
 * openDecisionChecks(records, results).map((c) => c.scope.id); // the subjects awaiting a decision
 * ```
 */
export function openDecisionChecks(records: ProposedLevels, results: CheckResults): Check[] {
  const checks: Check[] = [];
  const add = (c: Check | undefined): void => {
    if (c !== undefined) checks.push(c);
  };
  for (const r of results.members) {
    add(openDecisionCheck('members', { id: r.id, orgId: r.orgId, proposedLevel: records.members.get(r.id)?.proposedLevel }, r.findings));
  }
  for (const r of results.organizations) {
    add(openDecisionCheck('organizations', { id: r.id, proposedLevel: records.organizations.get(r.id)?.proposedLevel }, r.findings));
  }
  for (const r of results.leaders) {
    add(openDecisionCheck('leaders', { id: r.memberId, orgId: r.orgId, proposedLevel: records.members.get(r.memberId)?.proposedLevel }, r.findings));
  }
  return checks;
}
