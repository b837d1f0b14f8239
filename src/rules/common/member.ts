/**
 * The member pipeline shared by every rule set: exclusions, basis, then ceilings in a fixed
 * order. A rule set supplies `MemberParams` (cited data) and, if it scores, its own basis.
 *
 * @module
 */
import { isAbove, levelBelow } from '../../levels.js';
import type { Member } from '../../model/index.js';
import { addCalendarMonths } from '../../model/dates.js';
import type { EvaluationContext, Finding, MemberResult, RuleText } from '../types.js';
import { criteriaBasis, proposalBasis, type Basis } from './basis.js';
import { disciplineTiming, violationYearOf } from './discipline.js';
import { atOtherUnit, violationsAtSeveralUnits } from './facts.js';
import { LevelAccumulator, makeFinding } from './findings.js';
import type { MemberParams } from './params.js';
import { applyTaskConditions } from './tasks.js';
import { requireDecision } from './cases.js';
import { applyLeaderCases, leaderConditions, unitLed } from './leaderCases.js';
import type { LeaderParams } from './params.js';
import { primaryPostIndex } from './posts.js';
import { scoreBasis } from './score.js';

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
 * The default basis function: criteria under the rule set's grading table (none where the rule
 * set scores: its score basis is built in the pipeline).
 *
 * @example
 * ```ts
 * // const basis = memberCriteriaBasis(params)(member, 'members[0]', ctx);
 * ```
 */
export function memberCriteriaBasis(params: MemberParams): BasisFn<Member> {
  const grading = params.grading;
  return (member, path) => (member.criteria === undefined || grading === undefined ? undefined : criteriaBasis(member.criteria, grading, `${path}.criteria`));
}

function applyDisciplines(acc: LevelAccumulator, member: Member, path: string, ctx: EvaluationContext, params: MemberParams): void {
  const list = member.disciplines;
  if (list === undefined) return;
  const d = params.discipline;
  const firstYear = Number(ctx.periodStart.slice(0, 4));
  const several = violationsAtSeveralUnits(list, member.orgId, ctx);
  for (let i = 0; i < list.length; i++) {
    const disc = list[i]!;
    const at = `${path}.disciplines[${i}]`;
    const timing = disciplineTiming(disc, ctx);
    if (timing === 'outside') continue;
    const vYear = violationYearOf(disc);
    // Earlier than the period (not the review year): a term review covers several years.
    const earlier = vYear < firstYear;
    const otherUnit = several && d.bothUnits !== undefined ? d.bothUnits : d.otherUnit;
    if (otherUnit !== undefined && atOtherUnit(disc, member.orgId)) {
      acc.note('counts-for-other-unit', 'warning', otherUnit, { path: at, detail: { vi: `đơn vị ${disc.orgIdAtViolation}`, en: `unit ${disc.orgIdAtViolation}` } });
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
    if (earlier && d.cadreWork !== undefined && member.posts !== undefined && member.posts.length > 0) {
      acc.note('cadre-work', 'info', d.cadreWork, { path: at, detail: { vi: `hình thức ${disc.form}`, en: `form ${disc.form}` } });
    }
    if (d.countedOnce !== undefined && earlier && member.history?.some((h) => h.year === vYear && h.level === 'KHTNV')) {
      acc.note('discipline-counted-once', 'info', d.countedOnce, { path: at });
      continue;
    }
    if (disc.dutyRelated === false && d.dutyRelatedOnly !== undefined) {
      acc.note('discipline-not-duty-related', 'info', d.dutyRelatedOnly, { path: at });
      continue;
    }
    if (disc.selfDetectedAndRemedied === true) {
      if (d.selfDetectedDecision !== undefined) {
        requireDecision(acc, d.selfDetectedDecision, at, { vi: 'kỷ luật, đã tự phát hiện và khắc phục', en: 'disciplined, self-detected and remedied' });
        continue;
      }
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

function applyConclusions(acc: LevelAccumulator, member: Member, path: string, rule: RuleText, listed: MemberParams['conclusionKinds']): void {
  const list = member.conclusions;
  if (list === undefined || list.length === 0) return;
  if (listed === undefined) {
    acc.cap('KHTNV', 'conclusion', rule, { path: `${path}.conclusions[0]` });
    return;
  }
  const first = list.findIndex((c) => listed.kinds.includes(c));
  if (first >= 0) acc.cap('KHTNV', 'conclusion', rule, { path: `${path}.conclusions[${first}]` });
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

/** «hai năm liền»: between years only, so a quarter or a term never follows last year's KHTNV. */
function previousYearKhtnv(history: Member['history'], ctx: EvaluationContext): boolean {
  return ctx.period.kind === 'year' && history !== undefined && history.some((h) => h.year === ctx.year - 1 && h.level === 'KHTNV');
}

function applyLeave(acc: LevelAccumulator, member: Member, path: string, ctx: EvaluationContext, params: MemberParams): void {
  const leave = member.leave;
  if (leave === undefined) return;
  const sick = params.sickLeave;
  if ((leave.sickDays ?? 0) >= sick.minDays) {
    const options = { path: `${path}.leave.sickDays`, detail: { vi: `${leave.sickDays} ngày`, en: `${leave.sickDays} days` } };
    if (ctx.settings.sickLeaveCap === true) acc.cap(sick.cap, 'sick-leave', sick.rule, options);
    else if (sick.notCapped !== undefined) acc.note('sick-leave', 'info', sick.notCapped, options);
  }
  if (leave.maternity === true) acc.note('maternity-leave', 'info', params.maternity, { path: `${path}.leave.maternity` });
}

function reviewForm(member: Member, asLeader: boolean, forms: NonNullable<MemberParams['reviewForms']>): RuleText {
  if (asLeader) return forms.leader;
  return member.workInPoliticalSystem === false ? forms.outsideSystem : forms.nonLeader;
}

/**
 * The parts of a rule set a member is rated with: its member data, its basis override (an
 * extension's), and its leader data when post holders are rated as leaders.
 *
 * @example
 * ```ts
 * import type { IndividualRules } from 'xeploai/rules';
 * import { qd366LeaderParams, qd366MemberParams } from 'xeploai/rules/qd366-2025';
 * const rules: IndividualRules = { member: qd366MemberParams, leader: qd366LeaderParams };
 * ```
 */
export interface IndividualRules {
  readonly member: MemberParams;
  readonly basis?: BasisFn<Member>;
  readonly leader?: LeaderParams;
}

/**
 * Rates one member: as a party member in the chi bộ, or — where the rule set rates post holders
 * as leaders (`LeaderParams.posts: 'post-holders'`) and `postIndex` is given — as a leader on
 * that post: the level conditions and KHTNV cases of the unit or field led, instead of the
 * member's own tasks (366-QĐ/TW Điều 11, khoản 1, tiểu mục 1.2; khoản 4).
 *
 * @example
 * ```ts
 * import { rateIndividual } from 'xeploai/rules';
 * import { qd366LeaderParams, qd366MemberParams } from 'xeploai/rules/qd366-2025';
 * const ctx = { settings: {}, reviewDate: '2025-12-15', periodStart: '2025-01-01', periodEnd: '2025-12-31', year: 2025, period: { kind: 'year' }, organizationById: new Map(), organizationIndex: new Map(), childrenOf: new Map(), organizationResults: new Map() };
 * const m = { id: 'a', name: 'A', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2010-01-01', score: { total: 75 }, tasks: { assigned: 4, completed: 4, onTime: 4 } } as const;
 * rateIndividual({ member: qd366MemberParams, leader: qd366LeaderParams }, m, 0, ctx as never, undefined).level; // 'HTTNV'
 * ```
 */
export function rateIndividual(rules: IndividualRules, member: Member, index: number, ctx: EvaluationContext, postIndex: number | undefined): MemberResult {
  const params = rules.member;
  const path = `members[${index}]`;
  const excluded = memberExclusion(member, path, ctx, params);
  if (excluded !== undefined) return { id: member.id, orgId: member.orgId, rated: false, level: null, findings: [excluded] };

  const leader = postIndex === undefined ? undefined : rules.leader;
  const unit = leader === undefined ? undefined : unitLed(member, index, postIndex!, ctx);
  let own: Basis | undefined;
  if (rules.basis !== undefined) own = rules.basis(member, path, ctx);
  else if (params.score !== undefined) {
    const facts = unit === undefined
      ? { tasks: member.tasks, tasksPath: `${path}.tasks`, tasksNotGiven: params.tasksNotGiven, disciplined: false }
      : { tasks: unit.tasks, tasksPath: unit.path, tasksNotGiven: leader!.unitTasksNotGiven, disciplined: false };
    own = scoreBasis(params.score, leader === undefined ? params.score.conditions : leaderConditions(params.score, leader), member, path, facts, ctx);
  } else own = memberCriteriaBasis(params)(member, path, ctx);
  const basis: Basis | undefined = own ?? (member.proposedLevel !== undefined ? proposalBasis(member.proposedLevel) : undefined);
  if (basis === undefined) {
    return { id: member.id, orgId: member.orgId, rated: false, level: null, findings: [makeFinding('no-basis', 'error', params.noBasis, { path })] };
  }
  const acc = new LevelAccumulator(basis.level);
  if (params.reviewForms !== undefined) acc.note('review-form', 'info', reviewForm(member, leader !== undefined, params.reviewForms), { path });
  if (member.exemption?.kind === 'dinh-chi-sinh-hoat' && member.exemption.from <= ctx.reviewDate && params.suspendedRated !== undefined) {
    acc.note('suspended-rated', 'info', params.suspendedRated, { path: `${path}.exemption` });
  }
  for (const f of basis.findings) acc.findings.push(f);
  const requireTaskData = ctx.settings.requireTaskData === true;
  if (leader === undefined || unit === undefined) {
    applyTaskConditions(acc, member.tasks, basis.source === 'score' ? [] : params.taskConditions, params.tasksNotGiven, requireTaskData, `${path}.tasks`);
    applyConclusions(acc, member, path, params.conclusions, params.conclusionKinds);
  } else {
    if (unit.fromOrganization && leader.unitTasksFromOrganization !== undefined && unit.tasks !== undefined) acc.note('unit-tasks-from-organization', 'info', leader.unitTasksFromOrganization, { path: unit.path });
    applyTaskConditions(acc, unit.tasks, basis.source === 'score' ? [] : leader.unitConditions, leader.unitTasksNotGiven, requireTaskData, unit.path);
    applyConclusions(acc, member, path, params.conclusions, leader.conclusionKinds ?? params.conclusionKinds);
  }
  applyDisciplines(acc, member, path, ctx, params);
  if (leader === undefined || unit === undefined) applyOwnShortfall(acc, member, path, params);
  else applyLeaderCases(acc, member, path, member.posts![postIndex!]!, unit, ctx, leader);
  applyLeave(acc, member, path, ctx, params);
  if (basis.source !== 'proposal' && member.proposedLevel !== undefined) {
    acc.cap(member.proposedLevel, 'proposed-level', params.proposed, { path: `${path}.proposedLevel` });
  }
  // Last, so a mismatch warning compares the level the member actually gets.
  applyCivilService(acc, member, path, ctx, params);
  // «hai năm liền»: between years, never a quarter next to a year.
  if (acc.level === 'KHTNV' && previousYearKhtnv(member.history, ctx)) {
    const cadre = member.posts !== undefined && member.posts.length > 0;
    acc.note('consecutive-khtnv', 'warning', cadre ? params.consecutiveKhtnvCadre : params.consecutiveKhtnv, { path: `${path}.history` });
  }
  const result: { -readonly [K in keyof MemberResult]: MemberResult[K] } = { id: member.id, orgId: member.orgId, rated: true, level: acc.level, basis: basis.level, findings: acc.findings };
  if (basis.score !== undefined) result.score = basis.score;
  return result;
}

function applyOwnShortfall(acc: LevelAccumulator, member: Member, path: string, params: MemberParams): void {
  const tasks = member.tasks;
  const rule = params.targetsBelowHalf;
  const excepted = tasks?.forceMajeure === true && rule.forceMajeureException !== false;
  if (tasks === undefined || 2 * tasks.completed >= tasks.assigned || excepted) return;
  if (rule.effect === 'cap') acc.cap('KHTNV', 'targets-below-half', rule.rule, { path: `${path}.tasks` });
  else acc.note('targets-below-half', 'warning', rule.rule, { path: `${path}.tasks` });
}

/**
 * Builds a rule set's `evaluateMember` from its cited data (its basis function only where an
 * extension overrides the rule set's own). With leader data whose `posts` is `'post-holders'`,
 * a member holding a leadership post is rated as a leader on the primary post.
 *
 * @example
 * ```ts
 * // export const evaluateMember = memberEvaluator(memberParams, undefined, leaderParams);
 * ```
 */
export function memberEvaluator(
  params: MemberParams,
  basisFn?: BasisFn<Member>,
  leader?: LeaderParams,
): (member: Member, index: number, ctx: EvaluationContext) => MemberResult {
  const rules: IndividualRules = { member: params, ...(basisFn !== undefined ? { basis: basisFn } : {}), ...(leader !== undefined ? { leader } : {}) };
  const asLeaders = leader?.posts === 'post-holders';
  return (member, index, ctx) => rateIndividual(rules, member, index, ctx, asLeaders ? primaryPostIndex(member) : undefined);
}
