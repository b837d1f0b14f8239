/**
 * Parameters of the unit checks that each rule set supplies as cited data.
 *
 * @module
 */
import type { RuleText } from '../rules/types.js';

/**
 * What a rule set says about the unit checks: the quota text it cites for each kind of subject,
 * and the texts behind the cross-regime checks.
 *
 * `assumption` on a quota `RuleText` says whether the *pool* that text is applied to is assumed
 * (e.g. QĐ 124 names no pool for collectives or leaders); the quota settings' own assumptions come
 * from the rule set's `settings` specs.
 *
 * @example
 * ```ts
 * import { qd124Checks } from 'xeploai/rules/qd124-2023';
 * const params: UnitCheckParams = qd124Checks;
 * params.quota.members.cite.article; // 'Điều 12, khoản 1'
 * ```
 */
export interface UnitCheckParams {
  readonly quota: {
    readonly members: RuleText;
    readonly organizations: RuleText;
    readonly leaders: RuleText;
    /** The highest `quotaPercent` the rule set allows with a decision of the competent level. */
    readonly maxPercent: number;
  };
  /**
   * The CBCCVC HTXSNV share against the party HTXSNV share (NĐ 90/2020 Điều 2 as amended by
   * NĐ 48/2023). Absent: the library's default text `CIVIL_SERVICE_SHARE_TEXT` is used.
   */
  readonly civilServiceShare?: RuleText;
}
