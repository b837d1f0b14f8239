/**
 * What an organization's rules need to know about the members under it, as small aggregates:
 * counts of their levels and discipline flags. The engine computes them from the member list;
 * the streaming evaluator keeps only these, so memory does not grow with the members. The rules
 * that read them cite their texts in the rule sets' `OrganizationParams` (e.g. 124-QĐ/TW Điều 12,
 * khoản 4, điểm 4.1 a–c).
 *
 * @module
 */
import type { Discipline, Member } from '../../model/index.js';
import type { DisciplineFlags, EvaluationContext, LevelCounts, MemberResult, OrganizationFacts } from '../types.js';
import { disciplineTiming } from './discipline.js';

// The shapes live in rules/base.ts (below `RuleSet`, whose context reads them); exported here too, as before.
export type { DisciplineFlags, OrganizationFacts } from '../base.js';

/** The optional flags, in the order of their bits after the first three (see `FLAG` in the stream). @example `CASE_FLAGS[0] // 'duty'` */
export const CASE_FLAGS = ['duty', 'dutySelfDetected', 'notDuty', 'corruption', 'corruptionDetected', 'degradation'] as const satisfies readonly (keyof DisciplineFlags)[];

/**
 * Whether a discipline record's violation happened at another unit than the member's own
 * (`orgIdAtViolation` set and different from `orgId`).
 *
 * @example
 * ```ts
 * import { atOtherUnit } from 'xeploai/rules';
 * atOtherUnit({ form: 'khien-trach', decidedOn: '2024-05-05', orgIdAtViolation: 'cb-cu' }, 'cb-moi'); // true
 * atOtherUnit({ form: 'khien-trach', decidedOn: '2024-05-05' }, 'cb-moi'); // false
 * ```
 */
export function atOtherUnit(d: Discipline, orgId: string): boolean {
  return d.orgIdAtViolation !== undefined && d.orgIdAtViolation !== orgId;
}

/**
 * Whether a member's disciplines decided in the period name violations at two or more units
 * (each record counted for its own unit, an absent `orgIdAtViolation` being the member's unit):
 * "violations at both units" (QĐ 124 Điều 12 k4 4.7).
 *
 * @example
 * ```ts
 * import { violationsAtSeveralUnits } from 'xeploai/rules';
 * const ctx = { periodStart: '2024-01-01', periodEnd: '2024-12-31' };
 * violationsAtSeveralUnits([{ form: 'khien-trach', decidedOn: '2024-05-05', orgIdAtViolation: 'cb-cu' }, { form: 'khien-trach', decidedOn: '2024-06-05' }], 'cb-moi', ctx); // true
 * ```
 */
export function violationsAtSeveralUnits(disciplines: readonly Discipline[] | undefined, orgId: string, ctx: Pick<EvaluationContext, 'periodStart' | 'periodEnd'>): boolean {
  if (disciplines === undefined || disciplines.length < 2) return false;
  let first: string | undefined;
  for (const d of disciplines) {
    if (d.decidedOn < ctx.periodStart || d.decidedOn > ctx.periodEnd) continue;
    const unit = d.orgIdAtViolation ?? orgId;
    if (first === undefined) first = unit;
    else if (unit !== first) return true;
  }
  return false;
}

/**
 * The discipline flags an organization's rules read: counted for the member's current unit
 * (`byViolationUnit` false, the texts that say nothing of transfers), or for the unit where each
 * violation happened (true: a rule set whose `OrganizationParams.otherUnitViolation` is set).
 *
 * @example
 * ```ts
 * import { casesOf, NO_DISCIPLINE } from 'xeploai/rules';
 * const moved = { any: true, notSelfDetected: true, fromCanhCao: false };
 * const facts = { members: { rated: 0, notRated: 0, HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 }, memberCases: moved, leadership: moved, atViolationUnit: { memberCases: NO_DISCIPLINE, leadership: NO_DISCIPLINE } };
 * casesOf(facts, true).leadership.any; // false
 * casesOf(facts, false).leadership.any; // true
 * ```
 */
export function casesOf(facts: OrganizationFacts, byViolationUnit: boolean): { readonly memberCases: DisciplineFlags; readonly leadership: DisciplineFlags } {
  return byViolationUnit ? facts.atViolationUnit : facts;
}

/** No discipline at all. @example `NO_DISCIPLINE.any // false` */
export const NO_DISCIPLINE: DisciplineFlags = Object.freeze({ any: false, notSelfDetected: false, fromCanhCao: false });

/**
 * Discipline flags of one subject's decisions in the period.
 *
 * @example
 * ```ts
 * import { disciplineFlags } from 'xeploai/rules';
 * const ctx = { periodStart: '2024-01-01', periodEnd: '2024-12-31', settings: {} };
 * disciplineFlags([{ form: 'canh-cao', decidedOn: '2024-05-01' }], ctx).fromCanhCao; // true
 * ```
 */
export function disciplineFlags(disciplines: readonly Discipline[] | undefined, ctx: Pick<EvaluationContext, 'periodStart' | 'periodEnd' | 'settings'>): DisciplineFlags {
  if (disciplines === undefined || disciplines.length === 0) return NO_DISCIPLINE;
  let any = false;
  let notSelfDetected = false;
  let fromCanhCao = false;
  const extra: { -readonly [K in (typeof CASE_FLAGS)[number]]?: boolean } = {};
  for (const d of disciplines) {
    if (disciplineTiming(d, ctx) !== 'counts') continue;
    any = true;
    const self = d.selfDetectedAndRemedied === true;
    if (!self) notSelfDetected = true;
    if (d.form !== 'khien-trach') fromCanhCao = true;
    if (d.dutyRelated === false) extra.notDuty = true;
    else if (self) extra.dutySelfDetected = true;
    else extra.duty = true;
    if (d.corruption === true) {
      if (d.detectedByLeader === true) extra.corruptionDetected = true;
      else extra.corruption = true;
    }
  }
  return any ? { any, notSelfDetected, fromCanhCao, ...extra } : NO_DISCIPLINE;
}

/**
 * A member's case flags: the discipline flags of `disciplineFlags` and `degradation` for a
 * conclusion of suy thoái.
 *
 * @example
 * ```ts
 * import { memberCaseFlags } from 'xeploai/rules';
 * const ctx = { periodStart: '2025-01-01', periodEnd: '2025-12-31', settings: {} };
 * memberCaseFlags({ conclusions: ['suy-thoai'] }, ctx).degradation; // true
 * ```
 */
export function memberCaseFlags(member: Pick<Member, 'disciplines' | 'conclusions'>, ctx: Pick<EvaluationContext, 'periodStart' | 'periodEnd' | 'settings'>): DisciplineFlags {
  const flags = disciplineFlags(member.disciplines, ctx);
  if (member.conclusions === undefined || !member.conclusions.includes('suy-thoai')) return flags;
  return { ...flags, degradation: true };
}

/**
 * The union of two sets of flags.
 *
 * @example
 * ```ts
 * import { NO_DISCIPLINE, mergeFlags } from 'xeploai/rules';
 * mergeFlags(NO_DISCIPLINE, { any: true, notSelfDetected: true, fromCanhCao: false }).any; // true
 * ```
 */
export function mergeFlags(a: DisciplineFlags, b: DisciplineFlags): DisciplineFlags {
  if (b === NO_DISCIPLINE || b === a) return a;
  if (a === NO_DISCIPLINE) return b;
  const out: { -readonly [K in keyof DisciplineFlags]: DisciplineFlags[K] } = { any: a.any || b.any, notSelfDetected: a.notSelfDetected || b.notSelfDetected, fromCanhCao: a.fromCanhCao || b.fromCanhCao };
  for (const k of CASE_FLAGS) if (a[k] === true || b[k] === true) out[k] = true;
  return out;
}

/**
 * Computes an organization's facts from its members, their results, its leadership and the
 * violations committed here by members of other organizations (`ctx.violationsAt`).
 *
 * @example
 * ```ts
 * // factsFromMembers(membersOf(id), leadershipOf(id), memberResults, ctx, violationsHere(id)) — the in-memory engine's organizationFacts
 * ```
 */
export function factsFromMembers(
  members: readonly Member[],
  leadership: readonly Member[],
  results: ReadonlyMap<string, MemberResult>,
  ctx: Pick<EvaluationContext, 'periodStart' | 'periodEnd' | 'settings'>,
  violationsHere: readonly { readonly member: Member; readonly index: number }[] = [],
): OrganizationFacts {
  const counts: LevelCounts = { rated: 0, notRated: 0, HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 };
  let memberCases = NO_DISCIPLINE;
  let here = NO_DISCIPLINE;
  for (const m of members) {
    const r = results.get(m.id);
    if (r !== undefined) {
      if (r.level === null) counts.notRated++;
      else {
        counts.rated++;
        counts[r.level]++;
      }
    }
    const [all, own] = splitFlags(m, ctx);
    memberCases = mergeFlags(memberCases, all);
    here = mergeFlags(here, own);
  }
  for (const v of violationsHere) here = mergeFlags(here, disciplineFlags([v.member.disciplines![v.index]!], ctx));
  let lead = NO_DISCIPLINE;
  let leadHere = NO_DISCIPLINE;
  for (const m of leadership) {
    const [all, own] = splitFlags(m, ctx);
    lead = mergeFlags(lead, all);
    leadHere = mergeFlags(leadHere, own);
  }
  return { members: counts, memberCases, leadership: lead, atViolationUnit: { memberCases: here, leadership: leadHere } };
}

/**
 * A member's discipline flags: all of them, and those of violations at the member's own unit.
 *
 * @example
 * ```ts
 * import { splitFlags } from 'xeploai/rules';
 * const ctx = { periodStart: '2024-01-01', periodEnd: '2024-12-31', settings: {} };
 * splitFlags({ id: 'a', name: 'A', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2010-01-01', disciplines: [{ form: 'khien-trach', decidedOn: '2024-05-05', orgIdAtViolation: 'cu' }] }, ctx)[1].any; // false
 * ```
 */
export function splitFlags(member: Member, ctx: Pick<EvaluationContext, 'periodStart' | 'periodEnd' | 'settings'>): readonly [DisciplineFlags, DisciplineFlags] {
  const list = member.disciplines;
  const all = memberCaseFlags(member, ctx);
  if (!all.any || !list!.some((d) => atOtherUnit(d, member.orgId))) return [all, all];
  return [all, memberCaseFlags({ disciplines: list!.filter((d) => !atOtherUnit(d, member.orgId)), ...(member.conclusions !== undefined ? { conclusions: member.conclusions } : {}) }, ctx)];
}

/**
 * Discipline flags of everything inside an organization: its own decisions as a collective,
 * its members' and, recursively, its subordinate organizations' — "a unit where a case was
 * disciplined" (QĐ 124 Điều 12 k4 điểm 4.1 a). With `byViolationUnit`, each member's case
 * counts where its violation happened (see `casesOf`).
 *
 * @example
 * ```ts
 * // subtreeCases(ctx, 'chi-bo-thon-1').notSelfDetected
 * ```
 */
export function subtreeCases(ctx: Pick<EvaluationContext, 'organizationById' | 'childrenOf' | 'organizationFacts' | 'periodStart' | 'periodEnd' | 'settings'>, orgId: string, byViolationUnit = false): DisciplineFlags {
  let flags = NO_DISCIPLINE;
  const stack = [orgId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    flags = mergeFlags(flags, disciplineFlags(ctx.organizationById.get(id)?.disciplines, ctx));
    flags = mergeFlags(flags, casesOf(ctx.organizationFacts(id), byViolationUnit).memberCases);
    for (const c of ctx.childrenOf.get(id) ?? []) stack.push(c.id);
  }
  return flags;
}
