/**
 * Task conditions: shares over `assigned` compared in integer arithmetic (docs/guides/formats.md §1 "Where the
 * level comes from"). The thresholds themselves are rule-set data, each `TaskCondition.rule` with its cite
 * (e.g. 124-QĐ/TW Điều 12 khoản 1: 100% on time, ≥ 50% exceeded).
 *
 * @module
 */
import { isAtLeast, levelBelow, type Level } from '../../levels.js';
import type { Tasks } from '../../model/index.js';
import type { LevelAccumulator } from './findings.js';
import type { TaskCondition } from './params.js';
import type { RuleText } from '../types.js';

/**
 * Whether `part` is at least `percent` % of `whole` (`100·part ≥ percent·whole`).
 *
 * @example
 * ```ts
 * import { atLeastPercent } from 'xeploai/rules';
 * atLeastPercent(5, 10, 50); // true
 * ```
 */
export function atLeastPercent(part: number, whole: number, percent: number): boolean {
  return 100 * part >= percent * whole;
}

/**
 * The task field a condition needs that the input does not give (`onTime` for on-time and late
 * shares, `exceeded` for the exceeded share), or `undefined` when every needed field is there.
 * An absent count is unknown, never 0 (docs/guides/formats.md §1 "Where the level comes from").
 *
 * @example
 * ```ts
 * import { missingTaskField } from 'xeploai/rules';
 * missingTaskField({ assigned: 12, completed: 12 }, { level: 'HTTNV', onTimePercent: 100 }); // 'onTime'
 * missingTaskField({ assigned: 12, completed: 12, onTime: 12 }, { level: 'HTTNV', onTimePercent: 100 }); // undefined
 * ```
 */
export function missingTaskField(tasks: Tasks, condition: Omit<TaskCondition, 'rule'>): 'onTime' | 'exceeded' | undefined {
  if ((condition.onTimePercent !== undefined || condition.maxLatePercent !== undefined) && tasks.onTime === undefined) return 'onTime';
  if (condition.exceededPercent !== undefined && tasks.exceeded === undefined) return 'exceeded';
  return undefined;
}

/**
 * Whether the tasks meet a condition. A share whose count is absent is unknown and does not fail
 * the condition (see `missingTaskField`, which callers use to report it).
 *
 * @example
 * ```ts
 * import { meetsTaskCondition } from 'xeploai/rules';
 * meetsTaskCondition({ assigned: 10, completed: 10, onTime: 10, exceeded: 5 }, { level: 'HTXSNV', onTimePercent: 100, exceededPercent: 50, rule: {} as never }); // true
 * meetsTaskCondition({ assigned: 10, completed: 10 }, { level: 'HTTNV', onTimePercent: 100 }); // true
 * ```
 */
export function meetsTaskCondition(tasks: Tasks, condition: Omit<TaskCondition, 'rule'>): boolean {
  const { assigned, onTime, exceeded } = tasks;
  if (condition.completedPercent !== undefined && !atLeastPercent(tasks.completed, assigned, condition.completedPercent)) return false;
  if (onTime !== undefined) {
    if (condition.onTimePercent !== undefined && !atLeastPercent(onTime, assigned, condition.onTimePercent)) return false;
    if (condition.maxLatePercent !== undefined && 100 * (assigned - onTime) > condition.maxLatePercent * assigned) return false;
  }
  if (exceeded !== undefined && condition.exceededPercent !== undefined && !atLeastPercent(exceeded, assigned, condition.exceededPercent)) return false;
  return true;
}

/**
 * Describes tasks briefly for a finding; an absent count is shown as `?`.
 *
 * @example
 * ```ts
 * import { describeTasks } from 'xeploai/rules';
 * describeTasks({ assigned: 10, completed: 9, onTime: 8 }).en; // 'completed 9/10, on time 8/10, exceeded ?/10'
 * ```
 */
export function describeTasks(tasks: Tasks): { vi: string; en: string } {
  const a = tasks.assigned;
  const onTime = tasks.onTime ?? '?';
  const exceeded = tasks.exceeded ?? '?';
  return {
    vi: `hoàn thành ${tasks.completed}/${a}, đúng hạn ${onTime}/${a}, vượt mức ${exceeded}/${a}`,
    en: `completed ${tasks.completed}/${a}, on time ${onTime}/${a}, exceeded ${exceeded}/${a}`,
  };
}

const FIELD_NAMES = { onTime: { vi: 'thiếu số nhiệm vụ đúng hạn (onTime)', en: 'onTime not given' }, exceeded: { vi: 'thiếu số nhiệm vụ vượt mức (exceeded)', en: 'exceeded not given' } } as const;

/**
 * Reports a task field a level needs and the input lacks: a `tasks-not-given` warning naming it,
 * or with `requireTaskData` a ceiling one level below `level`. Returns whether the level was lowered.
 *
 * @example
 * ```ts
 * import { LevelAccumulator, reportMissingTaskField } from 'xeploai/rules';
 * const acc = new LevelAccumulator('HTTNV');
 * const rule = { cite: { doc: '366-QĐ/TW', article: 'Điều 11' }, assumption: true, message: { vi: 'Thiếu số liệu', en: 'No data' } };
 * reportMissingTaskField(acc, 'onTime', 'HTTNV', rule, false, 'members[0].tasks');
 * acc.findings[0]?.message.en; // 'No data (onTime not given)'
 * ```
 */
export function reportMissingTaskField(acc: LevelAccumulator, field: 'onTime' | 'exceeded', level: Level, notGiven: RuleText, requireTaskData: boolean, path: string): boolean {
  const options = { path: `${path}.${field}`, detail: FIELD_NAMES[field] };
  if (requireTaskData) return acc.cap(levelBelow(level) ?? 'KHTNV', 'tasks-not-given', notGiven, { ...options, assumption: true });
  if (!acc.findings.some((f) => f.code === 'tasks-not-given' && f.path === options.path)) acc.note('tasks-not-given', 'warning', notGiven, options);
  return false;
}

/**
 * Applies a list of task conditions (best level first) to an accumulating level: each
 * condition that the current level needs and the tasks fail lowers it one step.
 * Absent tasks, or an absent count a condition needs: a `tasks-not-given` warning, or with
 * `requireTaskData` a ceiling below the level that needs them.
 *
 * @example
 * ```ts
 * import { LevelAccumulator, applyTaskConditions } from 'xeploai/rules';
 * // applyTaskConditions(acc, member.tasks, params.taskConditions, params.tasksNotGiven, false, 'members[0].tasks');
 * ```
 */
export function applyTaskConditions(
  acc: LevelAccumulator,
  tasks: Tasks | undefined,
  conditions: readonly TaskCondition[],
  notGiven: RuleText,
  requireTaskData: boolean,
  path: string,
): void {
  if (conditions.length === 0) return;
  if (tasks === undefined) {
    let lowest: Level | undefined;
    for (const c of conditions) if (isAtLeast(acc.level, c.level)) lowest = c.level;
    if (lowest === undefined) return;
    if (requireTaskData) acc.cap(levelBelow(lowest) ?? 'KHTNV', 'tasks-not-given', notGiven, { path, assumption: true });
    else acc.note('tasks-not-given', 'warning', notGiven, { path });
    return;
  }
  if (tasks.assigned === 0) return;
  for (const c of conditions) {
    if (!isAtLeast(acc.level, c.level)) continue;
    const missing = missingTaskField(tasks, c);
    if (missing !== undefined && reportMissingTaskField(acc, missing, c.level, notGiven, requireTaskData, path)) continue;
    if (!meetsTaskCondition(tasks, c)) acc.cap(levelBelow(c.level) ?? 'KHTNV', 'task-condition', c.rule, { path, detail: describeTasks(tasks) });
  }
}
