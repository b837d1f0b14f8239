/**
 * Which rule set a review is rated under: the one given in the options (a `RuleSet`, or an id
 * looked up in `options.ruleSets`), else the review's `ruleSet` id, else the one in force for its
 * `year`; and the issue, with a hint, when none fits.
 *
 * @module
 */
import { describeValue } from '../errors.js';
import type { DraftHeader } from '../model/checks.js';
import type { PathedIssue } from '../model/issues.js';
import { didYouMean } from '../model/suggest.js';
import { BUILT_IN_RULE_SET_IDS, importHint, PROVINCE_HINT, ruleSetById, ruleSetForYear, ruleSetYears } from '../rules/lookup.js';
import type { RuleSet } from '../rules/types.js';

/**
 * The rule set the checks use: the option, else the review's `ruleSet`, else the one in force
 * for `year` — looked up in `ruleSets` (the built-in ones for the root entry, the caller's for
 * `xeploai/core`). With no rule set given at all (`xeploai/core` without `ruleSets`), the one
 * issue is at `options.ruleSets` and says which rule set to pass and where to import it from.
 * The one place a review's rule set is chosen: the parser, `evaluateReview` and the NDJSON stream
 * all take the rule set this returns.
 *
 * @internal
 * @example
 * ```ts
 * import { qd124 } from 'xeploai/rules/qd124-2023';
 * const out: PathedIssue[] = [];
 * resolveRuleSet({ year: 2024, invalid: new Set() }, undefined, [qd124], out)?.id; // 'qd124-2023'
 * resolveRuleSet({ year: 2024, invalid: new Set() }, undefined, [], out); // undefined
 * out[0]?.code; // 'no-rule-set'
 * ```
 */
export function resolveRuleSet(header: DraftHeader, option: RuleSet | string | undefined, ruleSets: readonly RuleSet[], out: PathedIssue[]): RuleSet | undefined {
  if (typeof option === 'object') return option;
  const id = option ?? header.ruleSet;
  const noneGiven = (of: { id?: string; year?: number }): void => {
    out.push({ path: ['options', 'ruleSets'], code: 'no-rule-set', message: `expected the rule sets to use in options.ruleSets (xeploai/core has none built in), got none; pass ${importHint(of)}` });
  };
  if (id !== undefined) {
    const found = ruleSetById(ruleSets, id);
    if (found) return found;
    const builtIn = (BUILT_IN_RULE_SET_IDS as readonly string[]).includes(id);
    if (ruleSets.length === 0 && builtIn) {
      noneGiven({ id });
      return undefined;
    }
    const source = option === undefined ? '' : ' (given in the options)';
    const ids = ruleSets.map((r) => r.id);
    const known = ids.length === 0 ? '(none were given in options.ruleSets)' : ids.join(', ');
    const hint = builtIn ? `; add it to options.ruleSets: ${importHint({ id })}` : `${didYouMean(id, [...ids, ...BUILT_IN_RULE_SET_IDS]) || '.'} ${PROVINCE_HINT}`;
    out.push({ path: ['ruleSet'], code: 'unknown-rule-set', message: `expected one of the rule sets ${known}, got ${describeValue(id)}${source}${hint}` });
    return undefined;
  }
  if (header.invalid.has('ruleSet') || header.year === undefined) return undefined;
  const found = ruleSetForYear(ruleSets, header.year);
  if (!found) {
    if (ruleSets.length === 0) noneGiven({ year: header.year });
    else out.push({ path: ['year'], code: 'no-rule-set', message: `expected a year a rule set applies to (${ruleSetYears(ruleSets)}), got ${header.year}` });
  }
  return found;
}
