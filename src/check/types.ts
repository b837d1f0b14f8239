/**
 * Parameters of the unit checks that each rule set supplies as cited data (`UnitCheckParams`,
 * declared in rules/base.ts, below the `RuleSet`): the variant in force for a review year.
 *
 * @module
 */
import { paramsForYear } from '../rules/common/byYear.js';
import type { UnitCheckParams } from '../rules/types.js';

// The shape lives in rules/base.ts (a `RuleSet` holds it); exported here too, as before.
export type { UnitCheckParams } from '../rules/base.js';

/**
 * The check params in force for a review year: the variant of `byYear`, else `params` itself.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'xeploai';
 * import { checkParamsForYear } from 'xeploai/rules';
 * checkParamsForYear(getRuleSet('qd132-2018').checks, 2018).quota.members.cite.doc; // '16-HD/BTCTW'
 * checkParamsForYear(getRuleSet('qd132-2018').checks, 2021).quota.members.cite.doc; // '21-HD/BTCTW'
 * ```
 */
export function checkParamsForYear(params: UnitCheckParams, year: number): UnitCheckParams {
  return params.byYear === undefined || params.byYear.length === 0 ? params : paramsForYear(params.byYear, year);
}
