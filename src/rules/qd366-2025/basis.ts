/**
 * The QĐ 366 basis: a 100-point score → its band → the level, with the band's non-score
 * conditions of Điều 11 (tasks, shortcomings, and for a collective no discipline below it); the
 * bands and conditions, each with its cite (366-QĐ/TW Điều 11, khoản 1–4), are in params.ts.
 * A score in a band whose conditions fail follows `over90FailingConditions`. Without a score
 * the proposal is the basis (criterion grades are not a QĐ 366 basis).
 *
 * @module
 */
import { levelBelow, type Level } from '../../levels.js';
import type { Criteria, Member, Organization, Score, Shortcomings, Tasks } from '../../model/index.js';
import { formatPointsVi, fromTenths, scoreTenths } from '../../score/tenths.js';
import type { Basis } from '../common/basis.js';
import { hasCountingDiscipline } from '../common/discipline.js';
import { LevelAccumulator, makeFinding } from '../common/findings.js';
import type { BasisFn } from '../common/member.js';
import { applyTaskConditions, describeTasks, meetsTaskCondition } from '../common/tasks.js';
import type { EvaluationContext, Finding, Message, RuleText } from '../types.js';
import { qd366CollectiveConditions, qd366IndividualConditions, qd366ScoreBands, qd366Texts, type LevelConditions, type ScoreBand } from './params.js';

/**
 * What the QĐ 366 basis reads from a member or an organization.
 *
 * @example
 * ```ts
 * import type { ScoredSubject } from 'xeploai/rules/qd366-2025';
 * const s: ScoredSubject = { score: { total: 91 }, tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 3 } };
 * ```
 */
export interface ScoredSubject {
  readonly score?: Score;
  readonly tasks?: Tasks;
  readonly shortcomings?: Shortcomings;
  readonly criteria?: Criteria;
  readonly proposedLevel?: Level;
}

/**
 * The band a score falls in, compared in integer tenths.
 *
 * @example
 * ```ts
 * import { bandOf, qd366ScoreBands } from 'xeploai/rules/qd366-2025';
 * bandOf(899, qd366ScoreBands).level; // 'HTTNV'
 * bandOf(900, qd366ScoreBands).level; // 'HTXSNV'
 * ```
 */
export function bandOf(tenths: number, bands: readonly ScoreBand[]): ScoreBand {
  for (const band of bands) if (tenths >= band.minTenths) return band;
  return bands[bands.length - 1]!;
}

interface Failure {
  readonly code: string;
  readonly rule: RuleText;
  readonly path: string;
  readonly detail?: Message;
}

type DisciplinedFn<S> = (subject: S, ctx: EvaluationContext) => boolean;

function failures<S extends ScoredSubject>(c: LevelConditions, subject: S, path: string, ctx: EvaluationContext, disciplined: DisciplinedFn<S> | undefined): Failure[] {
  const out: Failure[] = [];
  const t = subject.tasks;
  // Absent tasks were reported (or capped) by applyTaskConditions; assigned 0 means nothing to fail.
  if (t !== undefined && t.assigned > 0 && !meetsTaskCondition(t, c.tasks)) out.push({ code: 'task-condition', rule: c.tasks.rule, path: `${path}.tasks`, detail: describeTasks(t) });
  const s = subject.shortcomings;
  if (c.shortcomings !== undefined && s !== undefined && s.remedied < s.identified) {
    out.push({ code: 'shortcomings-not-remedied', rule: c.shortcomings, path: `${path}.shortcomings`, detail: { vi: `đã khắc phục ${s.remedied}/${s.identified}`, en: `remedied ${s.remedied}/${s.identified}` } });
  }
  if (c.noDiscipline !== undefined && disciplined !== undefined && disciplined(subject, ctx)) out.push({ code: 'collective-bar-htxsnv', rule: c.noDiscipline, path });
  return out;
}

/**
 * Lowers a level whose non-score conditions fail: `highest-lower` (default) steps down to the
 * highest level whose conditions hold; `residual-khtnv` reads the bands literally (nothing
 * matches ⇒ KHTNV). Each failing condition is a `cap` finding; the fallback itself is one more,
 * `band-conditions-not-met`, with `assumption: true`.
 */
function applyBandConditions<S extends ScoredSubject>(
  acc: LevelAccumulator,
  band: ScoreBand,
  tenths: number,
  subject: S,
  path: string,
  ctx: EvaluationContext,
  conditions: readonly LevelConditions[],
  disciplined: DisciplinedFn<S> | undefined,
): void {
  const mode = ctx.settings.over90FailingConditions ?? 'highest-lower';
  let failed = false;
  for (const c of conditions) {
    if (acc.level !== c.level) continue;
    const fails = failures(c, subject, path, ctx, disciplined);
    if (fails.length === 0) break;
    failed = true;
    const next: Level = mode === 'residual-khtnv' ? 'KHTNV' : (levelBelow(c.level) ?? 'KHTNV');
    for (const f of fails) acc.findings.push(makeFinding(f.code, 'cap', f.rule, f.detail === undefined ? { cap: next, path: f.path } : { cap: next, path: f.path, detail: f.detail }));
    acc.level = next;
    if (next === 'KHTNV') break;
  }
  if (failed) {
    acc.findings.push(makeFinding('band-conditions-not-met', 'cap', qd366Texts.bandConditionsNotMet, {
      cap: acc.level,
      path: `${path}.score`,
      assumption: true,
      detail: {
        vi: `khung ${band.level} (${formatPointsVi(tenths)} điểm) → ${acc.level}; over90FailingConditions = '${mode}'`,
        en: `${band.level} band (${fromTenths(tenths)} points) → ${acc.level}; over90FailingConditions = '${mode}'`,
      },
    }));
  }
}

/**
 * Builds a QĐ 366 basis function from the conditions of one kind of subject. For a subject
 * with a score: the band, then the band's conditions (the pipeline skips its own task
 * conditions for a score basis). For a subject with only a proposal: the proposal, with the
 * shortcomings condition (1.4) applied here because the pipeline's task conditions do not
 * cover it. Neither: `undefined` (the pipeline reports `no-basis`).
 *
 * @example
 * ```ts
 * import { scoreBasis, qd366IndividualConditions } from 'xeploai/rules/qd366-2025';
 * const basis = scoreBasis(qd366IndividualConditions);
 * const ctx = { settings: {} };
 * basis({ score: { general: 27, results: 63 }, tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 3 } }, 'members[0]', ctx as never)?.level; // 'HTXSNV'
 * basis({ score: { total: 94 }, tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 2 } }, 'members[0]', ctx as never)?.level; // 'HTTNV'
 * ```
 */
export function scoreBasis<S extends ScoredSubject>(conditions: readonly LevelConditions[], disciplined?: DisciplinedFn<S>): BasisFn<S> {
  return (subject, path, ctx): Basis | undefined => {
    const notes: Finding[] = [];
    if (subject.criteria !== undefined) notes.push(makeFinding('criteria-not-basis', 'info', qd366Texts.criteriaNotBasis, { path: `${path}.criteria` }));
    if (subject.score === undefined) {
      if (subject.proposedLevel === undefined) return undefined;
      const acc = new LevelAccumulator(subject.proposedLevel);
      acc.findings.push(...notes);
      const s = subject.shortcomings;
      for (const c of conditions) {
        if (c.shortcomings !== undefined && acc.level === c.level && s !== undefined && s.remedied < s.identified) {
          acc.cap(levelBelow(c.level) ?? 'KHTNV', 'shortcomings-not-remedied', c.shortcomings, { path: `${path}.shortcomings`, detail: { vi: `đã khắc phục ${s.remedied}/${s.identified}`, en: `remedied ${s.remedied}/${s.identified}` } });
        }
      }
      return { level: acc.level, source: 'proposal', findings: acc.findings };
    }
    const tenths = scoreTenths(subject.score);
    const band = bandOf(tenths, qd366ScoreBands);
    const acc = new LevelAccumulator(band.level);
    acc.note('score-band', 'info', band.rule, { path: `${path}.score`, detail: { vi: `${formatPointsVi(tenths)} điểm`, en: `${fromTenths(tenths)} points` } });
    acc.findings.push(...notes);
    if (subject.tasks === undefined) {
      applyTaskConditions(acc, undefined, conditions.map((c) => c.tasks), qd366Texts.tasksNotGiven, ctx.settings.requireTaskData === true, `${path}.tasks`);
    }
    applyBandConditions(acc, band, tenths, subject, path, ctx, conditions, disciplined);
    return { level: acc.level, source: 'score', score: fromTenths(tenths), findings: acc.findings };
  };
}

/**
 * Whether a subordinate unit (as a collective) or a member of the organization's leadership
 * collective has a discipline counting in the period (366-QĐ/TW · Điều 11, khoản 1, tiểu mục
 * 1.1: no exception). Cases of members inside a subordinate unit (the broad reading) are left to
 * the shared pipeline's bar, which flags them as an assumption. Reads the organization facts, so
 * it works in a streaming evaluation too.
 *
 * @example
 * ```ts
 * import { collectiveDisciplined } from 'xeploai/rules/qd366-2025';
 * const ctx = { childrenOf: new Map(), organizationFacts: () => ({ leadership: { any: true } }), settings: {}, periodStart: '2025-01-01', periodEnd: '2025-12-31' };
 * collectiveDisciplined({ id: 'xa', name: 'Đảng bộ xã', kind: 'dang-bo-co-so' }, ctx as never); // true
 * ```
 */
export function collectiveDisciplined(org: Organization, ctx: EvaluationContext): boolean {
  if (ctx.organizationFacts(org.id).leadership.any) return true;
  for (const c of ctx.childrenOf.get(org.id) ?? []) if (hasCountingDiscipline(c.disciplines, ctx)) return true;
  return false;
}

/**
 * The member basis of qd366-2025 (1.3, 1.4; khoản 2–4).
 *
 * @example
 * ```ts
 * import { qd366MemberBasis } from 'xeploai/rules/qd366-2025';
 * qd366MemberBasis({ id: 'a', name: 'A', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2010-01-01', score: { total: 48 } }, 'members[0]', { settings: {} } as never)?.level; // 'KHTNV'
 * ```
 */
export const qd366MemberBasis: BasisFn<Member> = scoreBasis<Member>(qd366IndividualConditions);

/**
 * The organization basis of qd366-2025 (1.1, 1.4; khoản 2–4).
 *
 * @example
 * ```ts
 * import { qd366OrganizationBasis } from 'xeploai/rules/qd366-2025';
 * const ctx = { settings: {}, childrenOf: new Map(), organizationFacts: () => ({ leadership: { any: false } }) };
 * qd366OrganizationBasis({ id: 'cb', name: 'Chi bộ', kind: 'chi-bo-co-so', score: { total: 75 } }, 'organizations[0]', ctx as never)?.level; // 'HTTNV'
 * ```
 */
export const qd366OrganizationBasis: BasisFn<Organization> = scoreBasis<Organization>(qd366CollectiveConditions, collectiveDisciplined);
