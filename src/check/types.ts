/**
 * Parameters of the unit checks that each rule set supplies as cited data.
 *
 * @module
 */
import { paramsForYear, type ParamsByYear } from '../rules/common/byYear.js';
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
    /**
     * The highest rule-set-wide `quotaPercent` (setting), where the texts allow more only for the
     * pools a recorded decision names (QĐ 366: 20, and 25 by `quotaDecisions`). Absent: `maxPercent`.
     */
    readonly settingMaxPercent?: number;
  };
  /**
   * The CBCCVC HTXSNV share against the party HTXSNV share (NĐ 90/2020 Điều 2 as amended by
   * NĐ 48/2023). Absent: the library's default text `CIVIL_SERVICE_SHARE_TEXT` is used.
   */
  readonly civilServiceShare?: RuleText;
  /**
   * Variants by review year, oldest first (QĐ 132: HD 16 for 2018), each a whole set of these
   * params; the checks use the one in force for the review's year (`checkParamsForYear`). Absent:
   * these params for every year.
   */
  readonly byYear?: ParamsByYear<UnitCheckParams>;
}

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
