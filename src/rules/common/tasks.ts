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
 * import { atLeastPercent } from 'xeploai';
 * atLeastPercent(5, 10, 50); // true
 * ```
 */
export function atLeastPercent(part: number, whole: number, percent: number): boolean {
  return 100 * part >= percent * whole;
}

/**
 * Whether the tasks meet a condition. `onTime`/`exceeded` absent count as 0.
 *
 * @example
 * ```ts
 * import { meetsTaskCondition } from 'xeploai';
 * meetsTaskCondition({ assigned: 10, completed: 10, onTime: 10, exceeded: 5 }, { level: 'HTXSNV', onTimePercent: 100, exceededPercent: 50, rule: {} as never }); // true
 * ```
 */
export function meetsTaskCondition(tasks: Tasks, condition: Omit<TaskCondition, 'rule'>): boolean {
  const { assigned } = tasks;
  const onTime = tasks.onTime ?? 0;
  if (condition.completedPercent !== undefined && !atLeastPercent(tasks.completed, assigned, condition.completedPercent)) return false;
  if (condition.onTimePercent !== undefined && !atLeastPercent(onTime, assigned, condition.onTimePercent)) return false;
  if (condition.exceededPercent !== undefined && !atLeastPercent(tasks.exceeded ?? 0, assigned, condition.exceededPercent)) return false;
  if (condition.maxLatePercent !== undefined && 100 * (assigned - onTime) > condition.maxLatePercent * assigned) return false;
  return true;
}

/**
 * Describes tasks briefly for a finding, e.g. `10/10 đúng hạn, 4/10 vượt`.
 *
 * @example
 * ```ts
 * import { describeTasks } from 'xeploai';
 * describeTasks({ assigned: 10, completed: 9, onTime: 8 }).en; // 'completed 9/10, on time 8/10, exceeded 0/10'
 * ```
 */
export function describeTasks(tasks: Tasks): { vi: string; en: string } {
  const a = tasks.assigned;
  return {
    vi: `hoàn thành ${tasks.completed}/${a}, đúng hạn ${tasks.onTime ?? 0}/${a}, vượt mức ${tasks.exceeded ?? 0}/${a}`,
    en: `completed ${tasks.completed}/${a}, on time ${tasks.onTime ?? 0}/${a}, exceeded ${tasks.exceeded ?? 0}/${a}`,
  };
}

/**
 * Applies a list of task conditions (best level first) to an accumulating level: each
 * condition that the current level needs and the tasks fail lowers it one step.
 * Absent tasks: a `tasks-not-given` warning, or with `requireTaskData` a ceiling below the
 * lowest level that needs them.
 *
 * @example
 * ```ts
 * import { LevelAccumulator, applyTaskConditions } from 'xeploai';
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
    if (isAtLeast(acc.level, c.level) && !meetsTaskCondition(tasks, c)) {
      acc.cap(levelBelow(c.level) ?? 'KHTNV', 'task-condition', c.rule, { path, detail: describeTasks(tasks) });
    }
  }
}
