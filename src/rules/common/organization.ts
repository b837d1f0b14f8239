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
import { applyTaskShortfall, requireDecision } from './cases.js';
import { scoreBasis } from './score.js';

/**
 * The default organization basis: collective criteria under the rule set's grading table, or
 * its 100-point score where the rule set scores (`params.score`).
 *
 * @example
 * ```ts
 * // organizationCriteriaBasis(params)(org, 'organizations[0]', ctx)?.level
 * ```
 */
export function organizationCriteriaBasis(params: OrganizationParams): BasisFn<Organization> {
  const { grading, score } = params;
  if (score !== undefined) {
    return (org, path, ctx) =>
      scoreBasis(score, score.conditions, org, path, { tasks: org.tasks, tasksPath: `${path}.tasks`, tasksNotGiven: params.tasksNotGiven, disciplined: collectiveDisciplined(org, ctx) }, ctx);
  }
  return (org, path) => (org.criteria === undefined || grading === undefined ? undefined : criteriaBasis(org.criteria, grading, `${path}.criteria`));
}

/**
 * Whether a subordinate unit (as a collective) or a member of the organization's leadership
 * collective has a discipline counting in the period (366-QĐ/TW · Điều 11, khoản 1, tiểu mục
 * 1.1, no exception). Cases inside a subordinate unit (the broad reading) are the pipeline's
 * `barHtxsnv`, flagged as an assumption.
 *
 * @example
 * ```ts
 * import { collectiveDisciplined } from 'xeploai/rules';
 * const ctx = { childrenOf: new Map(), organizationFacts: () => ({ atViolationUnit: { leadership: { any: true } } }), settings: {}, periodStart: '2025-01-01', periodEnd: '2025-12-31' };
 * collectiveDisciplined({ id: 'xa', name: 'Đảng bộ xã', kind: 'dang-bo-co-so' }, ctx as never); // true
 * ```
 */
export function collectiveDisciplined(org: Organization, ctx: EvaluationContext): boolean {
  // A member's violation committed at another unit counts there, not here (Điều 11, case 2).
  if (casesOf(ctx.organizationFacts(org.id), true).leadership.any) return true;
  for (const c of ctx.childrenOf.get(org.id) ?? []) if (hasCountingDiscipline(c.disciplines, ctx)) return true;
  return false;
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
  if (inside.notSelfDetected && params.subordinateCase !== undefined) {
    if (ctx.settings.subordinateDisciplineKhtnv === true) acc.cap('KHTNV', 'subordinate-discipline', params.subordinateCase, { path, assumption: true });
    else acc.note('subordinate-discipline', 'warning', params.subordinateCase, { path, assumption: true });
  }
  if (hasCountingDiscipline(org.disciplines, ctx)) {
    const own = params.selfDisciplined;
    if (own.effect === 'cap') acc.cap('KHTNV', 'collective-disciplined', own.rule, { path: `${path}.disciplines` });
    else acc.note('collective-disciplined', 'warning', own.rule, { path: `${path}.disciplines` });
  }
  const share = params.disciplinedUnitsShare;
  const n = children.length;
  if (share !== undefined && n > 0) {
    let disciplined = 0;
    for (const c of children) if (hasCountingDiscipline(c.disciplines, ctx)) disciplined++;
    if (100 * disciplined > share.percent * n) {
      acc.cap('KHTNV', 'disciplined-units-share', share.rule, {
        path,
        detail: { vi: `${disciplined}/${n} đơn vị trực thuộc bị kỷ luật`, en: `${disciplined}/${n} subordinate units disciplined` },
      });
    }
  }
  const lc = params.leadershipCollective;
  if (lc !== undefined && (lc.minForm === 'canh-cao' ? leadership.fromCanhCao : leadership.any) && (lc.exceptSelfDetected !== true || leadership.notSelfDetected)) {
    acc.note('leadership-collective-discipline', 'info', lc.rule, { path });
  }
  const cases = params.leadershipCases;
  if (cases !== undefined) {
    if (leadership.duty === true) acc.cap('KHTNV', 'leadership-member-disciplined', cases.discipline, { path });
    else if (leadership.dutySelfDetected === true) requireDecision(acc, cases.decision, path, { vi: 'thành viên tập thể lãnh đạo bị kỷ luật, đã tự phát hiện và khắc phục', en: 'a leadership member disciplined, self-detected and remedied' });
    else if (leadership.notDuty === true) acc.note('leadership-discipline-not-duty-related', 'info', cases.notDutyRelated, { path, assumption: true });
    if (leadership.degradation === true) acc.cap('KHTNV', 'leadership-member-degradation', cases.degradation, { path });
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
    const young = org.foundedOn !== undefined && params.newOrganization !== undefined && addCalendarMonths(org.foundedOn, params.newOrganization.months) > ctx.reviewDate;
    if (young) {
      return { id: org.id, kind: org.kind, rated: false, level: null, findings: [makeFinding('new-organization', 'not-rated', params.newOrganization!.rule, { path: `${path}.foundedOn` })] };
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
    if (params.reviewForm !== undefined) acc.note('review-form', 'info', params.reviewForm, { path });
    const note = params.newOrganizationNote;
    if (note !== undefined && org.foundedOn !== undefined && addCalendarMonths(org.foundedOn, note.months) > ctx.reviewDate) acc.note('new-organization', 'info', note.rule, { path: `${path}.foundedOn` });
    for (const f of basis.findings) acc.findings.push(f);

    applyTaskConditions(acc, org.tasks, basis.source === 'score' ? [] : params.taskConditions, params.tasksNotGiven, ctx.settings.requireTaskData === true, `${path}.tasks`);
    applyDisciplineBars(acc, org, path, ctx, params);
    applyTaskShortfall(acc, org.tasks, params.taskShortfall, `${path}.tasks`);
    if (org.conclusions !== undefined && org.conclusions.length > 0) acc.cap('KHTNV', 'conclusion', params.conclusions, { path: `${path}.conclusions[0]` });
    const otherUnit = params.otherUnitViolation;
    if (otherUnit !== undefined) {
      for (const v of ctx.violationsAt.get(org.id) ?? []) {
        acc.note('counts-for-other-unit', 'warning', (v.severalUnits ? params.bothUnitsViolation : undefined) ?? otherUnit, { path: `members[${v.memberIndex}].disciplines[${v.disciplineIndex}]` });
      }
    }
    const linkageKinds = params.linkage.kinds;
    if (ctx.settings.orgLinkageThresholds === true && (linkageKinds === undefined || linkageKinds.includes(org.kind))) applyLinkage(acc, org, path, ctx, params.linkage, params.linkage.rows[0]?.rule.assumption ?? false);
    if (basis.source !== 'proposal' && org.proposedLevel !== undefined) acc.cap(org.proposedLevel, 'proposed-level', params.proposed, { path: `${path}.proposedLevel` });
    // «hai năm liền»: years only, never a quarter next to a year.
    if (acc.level === 'KHTNV' && ctx.period.kind === 'year' && org.history?.some((h) => h.year === ctx.year - 1 && h.level === 'KHTNV')) {
      acc.note('consecutive-khtnv', 'warning', params.consecutiveKhtnv, { path: `${path}.history` });
    }
    if (acc.level === 'KHTNV' && params.khtnvConsequence !== undefined) acc.note('khtnv-consequence', 'info', params.khtnvConsequence, { path });
    const result: { -readonly [K in keyof OrganizationResult]: OrganizationResult[K] } = { id: org.id, kind: org.kind, rated: true, level: acc.level, basis: basis.level, findings: acc.findings };
    if (basis.score !== undefined) result.score = basis.score;
    return result;
  };
}
