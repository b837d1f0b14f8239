/**
 * The organization pipeline shared by every rule set (bottom-up: members and subordinate
 * organizations are rated first and are in `ctx`).
 *
 * @module
 */
import type { Organization } from '../../model/index.js';
import { addCalendarMonths } from '../../model/dates.js';
import type { EvaluationContext, OrganizationResult } from '../types.js';
import { criteriaBasis, proposalBasis, type Basis } from './basis.js';
import { hasCountingDiscipline } from './discipline.js';
import { casesOf, disciplineFlags, mergeFlags, NO_DISCIPLINE, subtreeCases } from './facts.js';
import { LevelAccumulator, makeFinding } from './findings.js';
import { applyLinkage } from './linkage.js';
import type { BasisFn } from './member.js';
import type { OrganizationParams } from './params.js';
import { applyTaskConditions } from './tasks.js';

/**
 * The default organization basis: collective criteria under the rule set's grading table.
 *
 * @example
 * ```ts
 * // organizationCriteriaBasis(params)(org, 'organizations[0]', ctx)?.level
 * ```
 */
export function organizationCriteriaBasis(params: OrganizationParams): BasisFn<Organization> {
  return (org, path) => (org.criteria === undefined ? undefined : criteriaBasis(org.criteria, params.grading, `${path}.criteria`));
}

function applyDisciplineBars(acc: LevelAccumulator, org: Organization, path: string, ctx: EvaluationContext, params: OrganizationParams): void {
  const children = ctx.childrenOf.get(org.id) ?? [];
  // With `otherUnitViolation`, a case counts where its violation happened, never at the new unit.
  const byViolationUnit = params.otherUnitViolation !== undefined;
  const leadership = casesOf(ctx.organizationFacts(org.id), byViolationUnit).leadership;
  // A subordinate unit "disciplined" read two ways: the unit itself as a collective (the text's
  // plain case), or any case disciplined inside it (the broad reading, flagged as an assumption).
  let units = NO_DISCIPLINE;
  let inside = NO_DISCIPLINE;
  for (const c of children) {
    units = mergeFlags(units, disciplineFlags(c.disciplines, ctx));
    inside = mergeFlags(inside, subtreeCases(ctx, c.id, byViolationUnit));
  }
  if ((leadership.any || inside.any) && params.barHtxsnv !== undefined) {
    acc.cap('HTTNV', 'collective-bar-htxsnv', params.barHtxsnv, { path, assumption: !(leadership.any || units.any) });
  }
  const notSelf = leadership.notSelfDetected || inside.notSelfDetected;
  if (notSelf && params.barHttnv !== undefined) {
    acc.cap('HTNV', 'collective-bar-httnv', params.barHttnv, { path, assumption: !(leadership.notSelfDetected || units.notSelfDetected) });
  }
  if (notSelf && params.barHtnv !== undefined && ctx.settings.collectiveHtnvRequiresNoDiscipline === true) {
    acc.cap('KHTNV', 'collective-bar-htnv', params.barHtnv, { path, assumption: true });
  }
  if (inside.notSelfDetected) {
    if (ctx.settings.subordinateDisciplineKhtnv === true) acc.cap('KHTNV', 'subordinate-discipline', params.subordinateCase, { path, assumption: true });
    else acc.note('subordinate-discipline', 'warning', params.subordinateCase, { path, assumption: true });
  }
  if (hasCountingDiscipline(org.disciplines, ctx)) acc.cap('KHTNV', 'collective-disciplined', params.selfDisciplined, { path: `${path}.disciplines` });
  const n = children.length;
  if (n > 0) {
    let disciplined = 0;
    for (const c of children) if (hasCountingDiscipline(c.disciplines, ctx)) disciplined++;
    if (100 * disciplined > params.disciplinedUnitsShare.percent * n) {
      acc.cap('KHTNV', 'disciplined-units-share', params.disciplinedUnitsShare.rule, {
        path,
        detail: { vi: `${disciplined}/${n} đơn vị trực thuộc bị kỷ luật`, en: `${disciplined}/${n} subordinate units disciplined` },
      });
    }
  }
  const lc = params.leadershipCollective;
  if (lc !== undefined && (lc.minForm === 'canh-cao' ? leadership.fromCanhCao : leadership.any) && (lc.exceptSelfDetected !== true || leadership.notSelfDetected)) {
    acc.note('leadership-collective-discipline', 'info', lc.rule, { path });
  }
}

/**
 * Builds a rule set's `evaluateOrganization` from its cited data.
 *
 * @example
 * ```ts
 * // export const evaluateOrganization = organizationEvaluator(organizationParams);
 * ```
 */
export function organizationEvaluator(
  params: OrganizationParams,
  basisFn: BasisFn<Organization> = organizationCriteriaBasis(params),
): (org: Organization, index: number, ctx: EvaluationContext) => OrganizationResult {
  return (org, index, ctx) => {
    const path = `organizations[${index}]`;
    if (org.foundedOn !== undefined && addCalendarMonths(org.foundedOn, params.newOrganization.months) > ctx.reviewDate) {
      return { id: org.id, kind: org.kind, rated: false, level: null, findings: [makeFinding('new-organization', 'not-rated', params.newOrganization.rule, { path: `${path}.foundedOn` })] };
    }
    const own = basisFn(org, path, ctx);
    const basis: Basis | undefined = own ?? (org.proposedLevel !== undefined ? proposalBasis(org.proposedLevel) : undefined);
    if (basis === undefined) {
      const finding = org.kind === 'cap-tren'
        ? makeFinding('above-grassroots-not-rated', 'not-rated', params.aboveGrassrootsWithoutBasis, { path })
        : makeFinding('no-basis', 'error', params.noBasis, { path });
      return { id: org.id, kind: org.kind, rated: false, level: null, findings: [finding] };
    }
    const acc = new LevelAccumulator(basis.level);
    for (const f of basis.findings) acc.findings.push(f);

    applyTaskConditions(acc, org.tasks, basis.source === 'score' ? [] : params.taskConditions, params.tasksNotGiven, ctx.settings.requireTaskData === true, `${path}.tasks`);
    applyDisciplineBars(acc, org, path, ctx, params);
    const tasks = org.tasks;
    if (tasks !== undefined && 2 * tasks.completed < tasks.assigned && tasks.mainTargetsMissed === true && tasks.forceMajeure !== true) {
      acc.cap('KHTNV', 'targets-below-half', params.targetsBelowHalf, { path: `${path}.tasks` });
    }
    if (org.conclusions !== undefined && org.conclusions.length > 0) acc.cap('KHTNV', 'conclusion', params.conclusions, { path: `${path}.conclusions[0]` });
    const otherUnit = params.otherUnitViolation;
    if (otherUnit !== undefined) {
      for (const v of ctx.violationsAt.get(org.id) ?? []) {
        acc.note('counts-for-other-unit', 'warning', (v.severalUnits ? params.bothUnitsViolation : undefined) ?? otherUnit, { path: `members[${ctx.memberIndex.get(v.member.id)}].disciplines[${v.index}]` });
      }
    }
    const linkageKinds = params.linkage.kinds;
    if (ctx.settings.orgLinkageThresholds === true && (linkageKinds === undefined || linkageKinds.includes(org.kind))) applyLinkage(acc, org, path, ctx, params.linkage, params.linkage.rows[0]?.rule.assumption ?? false);
    if (basis.source !== 'proposal' && org.proposedLevel !== undefined) acc.cap(org.proposedLevel, 'proposed-level', params.proposed, { path: `${path}.proposedLevel` });
    if (acc.level === 'KHTNV' && ctx.period.kind === 'year' && org.history?.some((h) => h.year === ctx.year - 1 && h.level === 'KHTNV')) {
      acc.note('consecutive-khtnv', 'warning', params.consecutiveKhtnv, { path: `${path}.history` });
    }
    if (acc.level === 'KHTNV' && params.khtnvConsequence !== undefined) acc.note('khtnv-consequence', 'info', params.khtnvConsequence, { path });
    const result: { -readonly [K in keyof OrganizationResult]: OrganizationResult[K] } = { id: org.id, kind: org.kind, rated: true, level: acc.level, basis: basis.level, findings: acc.findings };
    if (basis.score !== undefined) result.score = basis.score;
    return result;
  };
}
