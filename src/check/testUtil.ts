/**
 * Test helpers for the unit checks: a hand-built evaluation context and result entries.
 * Not part of the public API.
 *
 * @internal
 * @module
 */
import type { Level } from '../levels.js';
import { buildContext } from '../evaluate/context.js';
import type { Member, Organization, ReviewFile } from '../model/index.js';
import type { EffectiveSettings, EvaluationContext, LeaderResult, MemberResult, OrganizationResult } from '../rules/types.js';
import type { ProposedLevels } from './openDecisions.js';
import type { CheckResults, CivilServiceEntry } from './quotaChecks.js';
import type { UnitCheckParams } from './types.js';

/**
 * An evaluation context over a review (empty result maps), built by the engine's `buildContext`
 * with the review's settings and the overrides given.
 *
 * @example
 * ```ts
 * import { makeContext } from './testUtil.js';
 * makeContext({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [] }).year; // 2024
 * ```
 */
export function makeContext(review: ReviewFile, settings: EffectiveSettings = {}): TestContext {
  const engine = buildContext(review, { ...review.settings, ...settings } as EffectiveSettings);
  const civilService = review.members.flatMap((m) => (m.civilService === undefined ? [] : [{ orgId: m.orgId, level: m.civilService.level }]));
  return { ...engine.ctx, members: engine.memberById, organizations: engine.ctx.organizationById, civilService };
}

/** A check context that also holds the review's records (`ProposedLevels`) and CBCCVC ratings. */
export interface TestContext extends EvaluationContext, ProposedLevels {
  readonly civilService: readonly CivilServiceEntry[];
}

/** The results with the review's CBCCVC ratings, as `evaluateReview` gives them to the checks. @example `withCivil(results, ctx)` */
export function withCivil(results: CheckResults, ctx: TestContext): CheckResults {
  return { ...results, civilService: ctx.civilService };
}

/** A minimal member record. @example `member('dv-1', 'cb-1', { proposedLevel: 'HTTNV' })` */
export function member(id: string, orgId: string, extra: Partial<Member> = {}): Member {
  return { id, name: id, orgId, status: 'chinh-thuc', admittedOn: '2010-01-01', ...extra };
}

/** A minimal organization record. @example `org('xa', 'dang-bo-co-so')` */
export function org(id: string, kind: Organization['kind'], extra: Partial<Organization> = {}): Organization {
  return { id, name: `Tổ chức ${id}`, kind, ...extra };
}

/** A rated member result. @example `memberResult('dv-1', 'cb-1', 'HTTNV')` */
export function memberResult(id: string, orgId: string, level: Level | null, score?: number): MemberResult {
  const r: MemberResult = { id, orgId, rated: level !== null, level, findings: [] };
  return score === undefined ? r : { ...r, score };
}

/** A rated organization result. @example `orgResult('cb-1', 'chi-bo', 'HTTNV')` */
export function orgResult(id: string, kind: Organization['kind'], level: Level | null, score?: number): OrganizationResult {
  const r: OrganizationResult = { id, kind, rated: level !== null, level, findings: [] };
  return score === undefined ? r : { ...r, score };
}

/** A rated head result. @example `leaderResult('dv-7', 'xa', 'HTXSNV')` */
export function leaderResult(memberId: string, orgId: string, level: Level | null, score?: number): LeaderResult {
  const r: LeaderResult = { memberId, orgId, head: true, rated: level !== null, level, findings: [] };
  return score === undefined ? r : { ...r, score };
}

/** Check parameters for tests (the qd124 figures, maxPercent configurable). @example `testParams(25).quota.maxPercent // 25` */
export function testParams(maxPercent = 20): UnitCheckParams {
  const rule = (assumption: boolean) => ({ cite: { doc: 'TEST', article: 'Điều 1' }, assumption, message: { vi: 'kiểm tra', en: 'test' } });
  return { quota: { members: rule(false), organizations: rule(true), leaders: rule(true), maxPercent } };
}

/** Repeats a level `n` times (for building pools). @example `times(2, 'HTTNV') // ['HTTNV', 'HTTNV']` */
export function times(n: number, level: Level): Level[] {
  return Array.from({ length: n }, () => level);
}
