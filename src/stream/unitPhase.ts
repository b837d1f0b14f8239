/**
 * The end of a stream, once every line is read and valid: the organizations rated bottom-up in
 * the aggregate context, then the leaders (and the QĐ 366 post holders, who waited for their
 * units), then the unit checks and the summary, each emitted as it is known.
 *
 * @module
 */
import { openDecisionCheck } from '../check/openDecisions.js';
import { bottomUpOrder } from '../evaluate/context.js';
import { namedOrganizationResult } from '../evaluate/names.js';
import type { Level } from '../levels.js';
import { ratedPostIndices } from '../rules/common/posts.js';
import type { Check, EvaluationContext, LeaderResult, LevelCounts, MemberResult, OrganizationResult, ReviewResult } from '../rules/types.js';
import { ruleSetYearsCheck } from '../review/years.js';
import type { OrganizationTable } from './aggregates.js';
import { LeaderCounts, streamChecks, withOpenDecisions, type QuotaCandidate } from './checks.js';
import { aggregateContext } from './context.js';
import type { HeadRecord } from './entries.js';
import type { StreamRecord } from './records.js';
import type { StreamHeader } from './parse.js';
import { recordAt, type Spool, type SpoolFactory } from './spool.js';
import type { OrganizationTree } from './tree.js';

/**
 * Level counts with nothing counted.
 *
 * @internal
 * @example
 * ```ts
 * emptyCounts().rated; // 0
 * ```
 */
export function emptyCounts(): LevelCounts {
  return { rated: 0, notRated: 0, HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 };
}

/**
 * Counts one subject's level (`null`: not rated).
 *
 * @internal
 * @example
 * ```ts
 * const counts = emptyCounts();
 * count(counts, 'HTTNV');
 * counts.HTTNV; // 1
 * ```
 */
export function count(counts: LevelCounts, level: Level | null): void {
  if (level === null) counts.notRated++;
  else {
    counts.rated++;
    counts[level]++;
  }
}

/**
 * What the end of a stream works on: the evaluator's tables and spools, where records go, and
 * how a post holder who waited for the units is rated (and counted) once they are.
 *
 * @internal
 * @example
 * ```ts
 * declare const input: UnitPhaseInput;
 * input.summary.members.rated;
 * ```
 */
export interface UnitPhaseInput {
  readonly header: StreamHeader;
  readonly table: OrganizationTable;
  readonly tree: OrganizationTree;
  readonly bounds: { readonly start: string; readonly end: string; readonly reviewDate: string };
  readonly spools: SpoolFactory;
  readonly heads: Spool<HeadRecord>;
  readonly candidates: Spool<QuotaCandidate>;
  readonly summary: ReviewResult['summary'];
  /** The open `decision-required` checks gathered so far; this phase adds its own. */
  readonly openDecisions: Check[];
  readonly emit: (record: StreamRecord) => void;
  readonly rateAfterUnits: (head: HeadRecord, ctx: EvaluationContext) => MemberResult;
}

/**
 * Rates the organizations (bottom-up), the leaders, and runs the unit checks, emitting their
 * records and the summary.
 *
 * @internal
 * @example
 * ```ts
 * declare const input: UnitPhaseInput;
 * rateUnits(input); // emits leader, organization, check and summary records
 * ```
 */
export function rateUnits(input: UnitPhaseInput): void {
  const { header, table, tree, summary, emit } = input;
  const { ruleSet } = header;
  const open = (check: Check | undefined): void => {
    if (check !== undefined) input.openDecisions.push(check);
  };
  // Full results wait in a spool until they are written in input order; the rules of others
  // read them from the tree's columns.
  const results = input.spools<OrganizationResult>('organization-results');
  const resultAt = recordAt(results);
  const ctx = aggregateContext(header, table, tree, input.bounds, resultAt);
  for (const outline of bottomUpOrder({ organizations: tree.outlines }, ctx)) {
    const slot = tree.slot(outline.id)!;
    const index = tree.indexOf(slot);
    const entry = table.entryAt(index);
    const r = namedOrganizationResult(ruleSet.evaluateOrganization(entry, index, ctx), entry);
    open(openDecisionCheck('organizations', { id: r.id, proposedLevel: entry.proposedLevel }, r.findings));
    tree.setResult(slot, r, results.size);
    results.push(r);
  }
  const leaders = new LeaderCounts(table);
  const deputies = new LeaderCounts(table, false);
  const mode = ruleSet.leaderPosts ?? 'heads';
  // Leaders wait in a spool so that every member record comes before them.
  const leaderResults = input.spools<LeaderResult>('leader-results', { inOrderOnly: true });
  for (const head of input.heads.read()) {
    const rated = { index: head.index, result: head.result ?? input.rateAfterUnits(head, ctx) };
    for (const p of ratedPostIndices(head.member, mode)) {
      const r = ruleSet.evaluateLeader(head.member, p, ctx, rated);
      open(openDecisionCheck('leaders', { id: r.memberId, orgId: r.orgId, proposedLevel: head.member.proposedLevel }, r.findings));
      leaderResults.push(r);
    }
  }
  for (const r of leaderResults.read()) {
    emit({ kind: 'leader', value: r });
    count(summary.leaders, r.level);
    (r.head ? leaders : deputies).add(r);
  }
  for (let i = 0; i < tree.outlines.length; i++) {
    const r = resultAt(tree.spooled(tree.slotAt(i)));
    emit({ kind: 'organization', value: r });
    count(summary.organizations, r.level);
  }
  const outOfYears = ruleSetYearsCheck(header.review, ruleSet);
  if (outOfYears !== undefined) emit({ kind: 'check', value: outOfYears });
  const checks = streamChecks(table, tree, ctx, ruleSet, input.candidates, leaders, deputies);
  for (const c of withOpenDecisions(checks, input.openDecisions)) emit({ kind: 'check', value: c });
  emit({ kind: 'summary', value: summary });
}
