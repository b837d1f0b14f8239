/**
 * KHTNV cases shared by the pipelines, as data: «hoàn thành dưới X% số chỉ tiêu, nhiệm vụ …»
 * (124-QĐ/TW Điều 12 k4 điểm 4.1 b; 366-QĐ/TW Điều 11 k4) and the cases the texts leave to the
 * competent level (`decision-required`: 366-QĐ/TW Điều 11 k4, the exception paragraphs). Each
 * rule set's `TaskShortfall` and decision texts carry their own cite.
 *
 * @module
 */
import type { Tasks } from '../../model/index.js';
import type { Message, RuleText } from '../types.js';
import type { LevelAccumulator } from './findings.js';
import type { TaskShortfall } from './params.js';
import { describeTasks } from './tasks.js';

/**
 * Records that the text leaves the outcome to the competent level: a `decision-required`
 * warning naming the case; the level is not lowered (the competent level records its decision
 * as `proposedLevel`, which the pipeline then applies as usual).
 *
 * @example
 * ```ts
 * import { LevelAccumulator, requireDecision } from 'xeploai/rules';
 * const acc = new LevelAccumulator('HTTNV');
 * requireDecision(acc, { cite: { doc: '366-QĐ/TW', article: 'Điều 11, khoản 4' }, assumption: false, message: { vi: 'Cấp có thẩm quyền xem xét', en: 'The competent level decides' } }, 'members[0].disciplines[0]', { vi: 'tự phát hiện', en: 'self-detected' });
 * [acc.level, acc.findings[0]?.code]; // ['HTTNV', 'decision-required']
 * ```
 */
export function requireDecision(acc: LevelAccumulator, rule: RuleText, path: string, detail?: Message): void {
  acc.note('decision-required', 'warning', rule, detail === undefined ? { path } : { path, detail });
}

/**
 * Applies a task shortfall case to the tasks of a subject or of the unit it leads: KHTNV when
 * completed < `belowPercent` % of assigned (with the main targets missed, where the text joins
 * them) or, where the text says so, when the basic indicators were missed; force majeure lifts
 * the case or leaves it to the competent level. Returns whether the case's facts held.
 *
 * @example
 * ```ts
 * import { LevelAccumulator, applyTaskShortfall } from 'xeploai/rules';
 * import { qd366OrganizationParams } from 'xeploai/rules/qd366-2025';
 * const acc = new LevelAccumulator('HTTNV');
 * applyTaskShortfall(acc, { assigned: 10, completed: 6 }, qd366OrganizationParams.taskShortfall, 'organizations[0].tasks');
 * acc.level; // 'KHTNV'
 * ```
 */
export function applyTaskShortfall(acc: LevelAccumulator, tasks: Tasks | undefined, shortfall: TaskShortfall, path: string): boolean {
  if (tasks === undefined) return false;
  const below = 100 * tasks.completed < shortfall.belowPercent * tasks.assigned && (!shortfall.withMainTargetsMissed || tasks.mainTargetsMissed === true);
  const indicators = shortfall.basicIndicators !== undefined && tasks.basicIndicatorsMissed === true;
  if (!below && !indicators) return false;
  const rule = below ? shortfall.rule : shortfall.basicIndicators!;
  const detail = below ? describeTasks(tasks) : { vi: 'không hoàn thành 5 chỉ tiêu kinh tế - xã hội cơ bản', en: 'the 5 basic socio-economic indicators missed' };
  if (tasks.forceMajeure === true) {
    if (shortfall.forceMajeure !== 'lifts') requireDecision(acc, shortfall.forceMajeure.decision, path, { vi: `${rule.message.vi}; bất khả kháng`, en: `${rule.message.en}; force majeure` });
    return true;
  }
  acc.cap('KHTNV', shortfall.code, rule, { path, detail });
  return true;
}
