/**
 * The 100-point basis shared by rule sets that score (QĐ 366 Điều 11): a score → its band → the
 * level, then the band's non-score conditions (tasks, shortcomings, and for a collective no
 * discipline below it). The bands, conditions and texts are rule-set data (`ScoreParams`), each
 * with its cite; a score in a band whose conditions fail follows `over90FailingConditions`.
 *
 * @module
 */
import { levelBelow, type Level } from '../../levels.js';
import type { Criteria, Score, Shortcomings, Tasks } from '../../model/index.js';
import { formatPointsVi, fromTenths, scoreTenths } from '../../score/tenths.js';
import type { EvaluationContext, Finding, Message, RuleText } from '../types.js';
import type { Basis } from './basis.js';
import { LevelAccumulator, makeFinding } from './findings.js';
import type { LevelConditions, ScoreBand, ScoreParams } from './params.js';
import { describeTasks, meetsTaskCondition, missingTaskField, reportMissingTaskField } from './tasks.js';

export type { LevelConditions, ScoreBand, ScoreParams } from './params.js';

/**
 * What the score basis reads from a member or an organization.
 *
 * @example
 * ```ts
 * import type { ScoredSubject } from 'xeploai/rules';
 * const s: ScoredSubject = { score: { total: 91 }, shortcomings: { identified: 2, remedied: 2 } };
 * ```
 */
export interface ScoredSubject {
  readonly score?: Score;
  readonly shortcomings?: Shortcomings;
  readonly criteria?: Criteria;
  readonly proposedLevel?: Level;
}

/**
 * The band a score falls in, compared in integer tenths.
 *
 * @example
 * ```ts
 * import { bandOf } from 'xeploai/rules';
 * import { qd366ScoreBands } from 'xeploai/rules/qd366-2025';
 * bandOf(899, qd366ScoreBands).level; // 'HTTNV'
 * bandOf(900, qd366ScoreBands).level; // 'HTXSNV'
 * ```
 */
export function bandOf(tenths: number, bands: readonly ScoreBand[]): ScoreBand {
  for (const band of bands) if (tenths >= band.minTenths) return band;
  return bands[bands.length - 1]!;
}

/**
 * Where the conditions of a level read their facts: the tasks (the subject's own, or the unit
 * led), their path, the text for absent tasks, and whether the subject has a discipline that
 * bars HTXSNV (collectives, 1.1).
 *
 * @example
 * ```ts
 * import type { ConditionFacts } from 'xeploai/rules';
 * const facts: ConditionFacts = { tasks: { assigned: 10, completed: 10, onTime: 10 }, tasksPath: 'members[0].tasks', tasksNotGiven: { cite: { doc: '366-QĐ/TW', article: 'Điều 11' }, assumption: true, message: { vi: 'Thiếu', en: 'Missing' } }, disciplined: false };
 * ```
 */
export interface ConditionFacts {
  readonly tasks: Tasks | undefined;
  readonly tasksPath: string;
  readonly tasksNotGiven: RuleText;
  readonly disciplined: boolean;
}

interface Failure {
  readonly code: string;
  readonly rule: RuleText;
  readonly path: string;
  readonly detail?: Message;
}

function remedyDetail(s: Shortcomings): Message {
  return { vi: `đã khắc phục ${s.remedied}/${s.identified}`, en: `remedied ${s.remedied}/${s.identified}` };
}

function failures(c: LevelConditions, subject: ScoredSubject, path: string, facts: ConditionFacts, acc: LevelAccumulator, requireTaskData: boolean): Failure[] {
  const out: Failure[] = [];
  const t = facts.tasks;
  if (t === undefined) {
    // Unknown, never 0: reported once, and a ceiling only with requireTaskData.
    if (requireTaskData) out.push({ code: 'tasks-not-given', rule: facts.tasksNotGiven, path: facts.tasksPath });
    else if (!acc.findings.some((f) => f.code === 'tasks-not-given' && f.path === facts.tasksPath)) acc.note('tasks-not-given', 'warning', facts.tasksNotGiven, { path: facts.tasksPath });
  } else if (t.assigned > 0) {
    const missing = missingTaskField(t, c.tasks);
    if (missing !== undefined && requireTaskData) out.push({ code: 'tasks-not-given', rule: facts.tasksNotGiven, path: `${facts.tasksPath}.${missing}` });
    else if (missing !== undefined) reportMissingTaskField(acc, missing, c.level, facts.tasksNotGiven, false, facts.tasksPath);
    if (!meetsTaskCondition(t, c.tasks)) out.push({ code: 'task-condition', rule: c.tasks.rule, path: facts.tasksPath, detail: describeTasks(t) });
  }
  const s = subject.shortcomings;
  if (c.shortcomings !== undefined && s !== undefined && s.remedied < s.identified) out.push({ code: 'shortcomings-not-remedied', rule: c.shortcomings, path: `${path}.shortcomings`, detail: remedyDetail(s) });
  if (c.noDiscipline !== undefined && facts.disciplined) out.push({ code: 'collective-bar-htxsnv', rule: c.noDiscipline, path });
  return out;
}

/**
 * Lowers a level whose non-score conditions fail: `highest-lower` (default) steps down to the
 * highest level whose conditions hold; `residual-khtnv` reads the bands literally (nothing
 * matches ⇒ KHTNV). Each failing condition is a `cap` finding; the fallback itself is one more,
 * `band-conditions-not-met`, with `assumption: true`.
 */
function applyBandConditions(acc: LevelAccumulator, params: ScoreParams, band: ScoreBand, tenths: number, subject: ScoredSubject, path: string, facts: ConditionFacts, conditions: readonly LevelConditions[], ctx: EvaluationContext): void {
  const mode = ctx.settings.over90FailingConditions ?? 'highest-lower';
  const requireTaskData = ctx.settings.requireTaskData === true;
  let failed = false;
  for (const c of conditions) {
    if (acc.level !== c.level) continue;
    const fails = failures(c, subject, path, facts, acc, requireTaskData);
    if (fails.length === 0) break;
    failed = true;
    const next: Level = mode === 'residual-khtnv' ? 'KHTNV' : (levelBelow(c.level) ?? 'KHTNV');
    for (const f of fails) acc.findings.push(makeFinding(f.code, 'cap', f.rule, f.detail === undefined ? { cap: next, path: f.path } : { cap: next, path: f.path, detail: f.detail }));
    acc.level = next;
    if (next === 'KHTNV') break;
  }
  if (failed) {
    acc.findings.push(makeFinding('band-conditions-not-met', 'cap', params.bandConditionsNotMet, {
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
 * The basis of a subject under a scoring rule set. With a score: the band, then the band's
 * conditions on `facts`. With only a proposal: the proposal, with the shortcomings condition
 * applied (the task conditions then run in the pipeline). Neither: `undefined` (`no-basis`).
 *
 * @example
 * ```ts
 * import { scoreBasis } from 'xeploai/rules';
 * import { qd366MemberParams } from 'xeploai/rules/qd366-2025';
 * const score = qd366MemberParams.score!;
 * const facts = { tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 3 }, tasksPath: 'members[0].tasks', tasksNotGiven: qd366MemberParams.tasksNotGiven, disciplined: false };
 * scoreBasis(score, score.conditions, { score: { general: 27, results: 63 } }, 'members[0]', facts, { settings: {} } as never)?.level; // 'HTXSNV'
 * ```
 */
export function scoreBasis(params: ScoreParams, conditions: readonly LevelConditions[], subject: ScoredSubject, path: string, facts: ConditionFacts, ctx: EvaluationContext): Basis | undefined {
  const notes: Finding[] = [];
  if (subject.criteria !== undefined) notes.push(makeFinding('criteria-not-basis', 'info', params.criteriaNotBasis, { path: `${path}.criteria` }));
  if (subject.score === undefined) {
    if (subject.proposedLevel === undefined) return undefined;
    const acc = new LevelAccumulator(subject.proposedLevel);
    acc.findings.push(...notes);
    const s = subject.shortcomings;
    for (const c of conditions) {
      if (c.shortcomings !== undefined && acc.level === c.level && s !== undefined && s.remedied < s.identified) {
        acc.cap(levelBelow(c.level) ?? 'KHTNV', 'shortcomings-not-remedied', c.shortcomings, { path: `${path}.shortcomings`, detail: remedyDetail(s) });
      }
    }
    return { level: acc.level, source: 'proposal', findings: acc.findings };
  }
  const tenths = scoreTenths(subject.score);
  const band = bandOf(tenths, params.bands);
  const acc = new LevelAccumulator(band.level);
  acc.note('score-band', 'info', band.rule, { path: `${path}.score`, detail: { vi: `${formatPointsVi(tenths)} điểm`, en: `${fromTenths(tenths)} points` } });
  acc.findings.push(...notes);
  applyBandConditions(acc, params, band, tenths, subject, path, facts, conditions, ctx);
  return { level: acc.level, source: 'score', score: fromTenths(tenths), findings: acc.findings };
}
