/**
 * The member pipeline shared by every rule set: exclusions, basis, then ceilings in a fixed
 * order. A rule set supplies `MemberParams` (cited data) and, if it scores, its own basis.
 *
 * @module
 */
import { isAbove, levelBelow } from '../../levels.js';
import type { Member } from '../../model/index.js';
import { addCalendarMonths } from '../../model/dates.js';
import type { EvaluationContext, Finding, MemberResult } from '../types.js';
import { criteriaBasis, proposalBasis, type Basis } from './basis.js';
import { disciplineTiming, violationYearOf } from './discipline.js';
import { LevelAccumulator, makeFinding } from './findings.js';
import type { MemberParams } from './params.js';
import { applyTaskConditions } from './tasks.js';

/**
 * A function giving a subject's basis from its own data (score or criteria), or `undefined`
 * when the data has none (then the proposal is used).
 *
 * @example
 * ```ts
 * const fromCriteria: BasisFn<Member> = (m, path) => undefined;
 * ```
 */
export type BasisFn<S> = (subject: S, path: string, ctx: EvaluationContext) => Basis | undefined;

/**
 * Why a member is outside the rating, as a `not-rated` finding, or `undefined` when rated. The
 * exclusions of the texts (exempt, suspended, newly admitted) come first; a member who should
 * have been reviewed but was not (`notReviewed`) gets `not-reviewed` with the reason.
 *
 * @example
 * ```ts
 * // memberExclusion(member, 'members[4]', ctx, params)?.code === 'new-member'
 * ```
 */
export function memberExclusion(member: Member, path: string, ctx: EvaluationContext, params: MemberParams): Finding | undefined {
  const ex = member.exemption;
  if (ex !== undefined && ex.from <= ctx.reviewDate) {
    if (ex.kind === 'mien-cong-tac-sinh-hoat') return makeFinding('exempt', 'not-rated', params.exempt, { path: `${path}.exemption` });
    if (params.suspended !== undefined) return makeFinding('suspended', 'not-rated', params.suspended, { path: `${path}.exemption` });
  }
  if (addCalendarMonths(member.admittedOn, params.newMember.months) > ctx.reviewDate) {
    return makeFinding('new-member', 'not-rated', params.newMember.rule, {
      path: `${path}.admittedOn`,
      detail: { vi: `kết nạp ${member.admittedOn}, xếp loại ${ctx.reviewDate}`, en: `admitted ${member.admittedOn}, rated ${ctx.reviewDate}` },
    });
  }
  const reason = member.notReviewed?.reason;
  if (reason !== undefined) return makeFinding('not-reviewed', 'not-rated', params.notReviewed, { path: `${path}.notReviewed`, detail: { vi: reason, en: reason } });
  return undefined;
}

/**
 * The default basis function: criteria under the rule set's grading table.
 *
 * @example
 * ```ts
 * // const basis = memberCriteriaBasis(params)(member, 'members[0]', ctx);
 * ```
 */
export function memberCriteriaBasis(params: MemberParams): BasisFn<Member> {
  return (member, path) => (member.criteria === undefined ? undefined : criteriaBasis(member.criteria, params.grading, `${path}.criteria`));
}

function applyDisciplines(acc: LevelAccumulator, member: Member, path: string, ctx: EvaluationContext, params: MemberParams): void {
  const list = member.disciplines;
  if (list === undefined) return;
  const d = params.discipline;
  const firstYear = Number(ctx.periodStart.slice(0, 4));
  for (let i = 0; i < list.length; i++) {
    const disc = list[i]!;
    const at = `${path}.disciplines[${i}]`;
    const timing = disciplineTiming(disc, ctx);
    if (timing === 'outside') continue;
    const vYear = violationYearOf(disc);
    // Earlier than the period (not the review year): a term review covers several years.
    const earlier = vYear < firstYear;
    if (disc.orgIdAtViolation !== undefined && disc.orgIdAtViolation !== member.orgId && d.otherUnit !== undefined) {
      acc.note('counts-for-other-unit', 'info', d.otherUnit, { path: at, detail: { vi: `đơn vị ${disc.orgIdAtViolation}`, en: `unit ${disc.orgIdAtViolation}` } });
    }
    if (earlier && d.reRate !== undefined) {
      acc.note('re-rate-violation-year', 'warning', d.reRate, {
        path: at,
        assumption: timing === 'earlier-violation',
        detail: { vi: `năm vi phạm ${vYear}`, en: `violation year ${vYear}` },
      });
    }
    if (timing === 'earlier-violation' && d.reRate === undefined) {
      // `disciplineCountsIn: 'violation-year'` under texts with no re-rating: the decision counts
      // nowhere, which only the setting decided — say so rather than drop it silently.
      acc.note('discipline-not-counted', 'warning', d.inPeriod, { path: at, assumption: true, detail: { vi: `năm vi phạm ${vYear}; thiết lập disciplineCountsIn`, en: `violation year ${vYear}; setting disciplineCountsIn` } });
    }
    if (timing !== 'counts') continue;
    if (d.countedOnce !== undefined && earlier && member.history?.some((h) => h.year === vYear && h.level === 'KHTNV')) {
      acc.note('discipline-counted-once', 'info', d.countedOnce, { path: at });
      continue;
    }
    if (disc.selfDetectedAndRemedied === true) {
      if (d.selfDetectedException) {
        acc.note('discipline-self-detected', 'info', d.selfDetected, { path: at });
        continue;
      }
      // No exception in these texts: say so, since the input claims one.
      acc.note('discipline-self-detected-counted', 'info', d.selfDetected, { path: at });
    }
    acc.cap('KHTNV', 'discipline-in-year', d.inPeriod, { path: at });
  }
}

function applyConclusions(acc: LevelAccumulator, member: Member, path: string, params: MemberParams): void {
  const list = member.conclusions;
  if (list === undefined || list.length === 0) return;
  const listed = params.conclusionKinds;
  if (listed === undefined) {
    acc.cap('KHTNV', 'conclusion', params.conclusions, { path: `${path}.conclusions[0]` });
    return;
  }
  const first = list.findIndex((c) => listed.kinds.includes(c));
  if (first >= 0) acc.cap('KHTNV', 'conclusion', params.conclusions, { path: `${path}.conclusions[${first}]` });
  list.forEach((c, i) => {
    if (!listed.kinds.includes(c)) acc.note('conclusion-not-listed', 'warning', listed.other, { path: `${path}.conclusions[${i}]`, detail: { vi: c, en: c } });
  });
}

function applyCivilService(acc: LevelAccumulator, member: Member, path: string, ctx: EvaluationContext, params: MemberParams): void {
  const cs = member.civilService;
  if (cs === undefined) return;
  const mode = ctx.settings.civilServiceCap ?? 'off';
  if (mode === 'off') return;
  const at = `${path}.civilService.level`;
  const spec = params.civilService;
  if (mode === 'cap') {
    if (cs.level === 'KHTNV' && spec.khtnv !== undefined) acc.cap('KHTNV', 'civil-service-khtnv', spec.khtnv, { path: at });
    // A tie on level L means: party level L needs CBCCVC level L or better.
    for (const level of ['HTXSNV', 'HTTNV', 'HTNV'] as const) {
      const rule = spec.ties[level];
      if (rule !== undefined && acc.level === level && isAbove(level, cs.level)) acc.cap(levelBelow(level) ?? 'KHTNV', 'civil-service-cap', rule, { path: at });
    }
    return;
  }
  if (isAbove(acc.level, cs.level)) {
    acc.note('civil-service-mismatch', 'warning', spec.mismatch, { path: at, detail: { vi: `CBCCVC: ${cs.level}`, en: `civil service: ${cs.level}` } });
  }
}

function previousYearKhtnv(history: Member['history'], year: number): boolean {
  return history !== undefined && history.some((h) => h.year === year - 1 && h.level === 'KHTNV');
}

/**
 * Builds a rule set's `evaluateMember` from its cited data (and its basis function, for rule
 * sets that score rather than grade).
 *
 * @example
 * ```ts
 * // export const evaluateMember = memberEvaluator(memberParams);
 * ```
 */
export function memberEvaluator(
  params: MemberParams,
  basisFn: BasisFn<Member> = memberCriteriaBasis(params),
): (member: Member, index: number, ctx: EvaluationContext) => MemberResult {
  return (member, index, ctx) => {
    const path = `members[${index}]`;
    const excluded = memberExclusion(member, path, ctx, params);
    if (excluded !== undefined) return { id: member.id, orgId: member.orgId, rated: false, level: null, findings: [excluded] };

    const own = basisFn(member, path, ctx);
    const basis: Basis | undefined = own ?? (member.proposedLevel !== undefined ? proposalBasis(member.proposedLevel) : undefined);
    if (basis === undefined) {
      return { id: member.id, orgId: member.orgId, rated: false, level: null, findings: [makeFinding('no-basis', 'error', params.noBasis, { path })] };
    }
    const acc = new LevelAccumulator(basis.level);
    if (member.exemption?.kind === 'dinh-chi-sinh-hoat' && member.exemption.from <= ctx.reviewDate && params.suspendedRated !== undefined) {
      acc.note('suspended-rated', 'info', params.suspendedRated, { path: `${path}.exemption` });
    }
    for (const f of basis.findings) acc.findings.push(f);

    applyTaskConditions(acc, member.tasks, basis.source === 'score' ? [] : params.taskConditions, params.tasksNotGiven, ctx.settings.requireTaskData === true, `${path}.tasks`);
    applyConclusions(acc, member, path, params);
    applyDisciplines(acc, member, path, ctx, params);
    const tasks = member.tasks;
    const excepted = tasks?.forceMajeure === true && params.targetsBelowHalf.forceMajeureException !== false;
    if (tasks !== undefined && 2 * tasks.completed < tasks.assigned && !excepted) {
      if (params.targetsBelowHalf.effect === 'cap') acc.cap('KHTNV', 'targets-below-half', params.targetsBelowHalf.rule, { path: `${path}.tasks` });
      else acc.note('targets-below-half', 'warning', params.targetsBelowHalf.rule, { path: `${path}.tasks` });
    }
    const leave = member.leave;
    if (leave !== undefined) {
      if (ctx.settings.sickLeaveCap === true && (leave.sickDays ?? 0) >= params.sickLeave.minDays) {
        acc.cap(params.sickLeave.cap, 'sick-leave', params.sickLeave.rule, { path: `${path}.leave.sickDays`, detail: { vi: `${leave.sickDays} ngày`, en: `${leave.sickDays} days` } });
      }
      if (leave.maternity === true) acc.note('maternity-leave', 'info', params.maternity, { path: `${path}.leave.maternity` });
    }
    if (basis.source !== 'proposal' && member.proposedLevel !== undefined) {
      acc.cap(member.proposedLevel, 'proposed-level', params.proposed, { path: `${path}.proposedLevel` });
    }
    // Last, so a mismatch warning compares the level the member actually gets.
    applyCivilService(acc, member, path, ctx, params);
    if (acc.level === 'KHTNV' && previousYearKhtnv(member.history, ctx.year)) {
      const cadre = member.posts !== undefined && member.posts.length > 0;
      acc.note('consecutive-khtnv', 'warning', cadre ? params.consecutiveKhtnvCadre : params.consecutiveKhtnv, { path: `${path}.history` });
    }
    const result: { -readonly [K in keyof MemberResult]: MemberResult[K] } = { id: member.id, orgId: member.orgId, rated: true, level: acc.level, basis: basis.level, findings: acc.findings };
    if (basis.score !== undefined) result.score = basis.score;
    return result;
  };
}

