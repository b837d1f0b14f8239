/**
 * Unit checks of proposed ratings: the quota with its least correction, and the civil-service share.
 *
 * @module
 */
import type { Check, RuleSet } from '../rules/types.js';
import { civilServiceShareChecks } from './civilService.js';
import { openDecisionChecks, type ProposedLevels } from './openDecisions.js';
import { PoolResolver } from './pools.js';
import type { CheckContext, CheckResults } from './inputs.js';
import { compareChecks, quotaChecks } from './quotaChecks.js';

export * from './types.js';
export * from './quotaArithmetic.js';
export * from './pools.js';
export * from './inputs.js';
export * from './quotaChecks.js';
export * from './civilService.js';
export * from './corrections.js';
export { QUOTA_DECISION_CITE, QuotaDecisionResolver } from './decisions.js';
export * from './openDecisions.js';

/**
 * Every unit check of a result in deterministic order (`compareChecks`): the `quota` checks, the
 * `civil-service-share` warnings and the `decision-required` open items. This is what
 * `evaluateReview` puts in `checks[]`.
 *
 * @internal
 * @example
 * ```ts
 * import { getRuleSet } from 'xeploai';
 * declare const ctx: CheckContext;
 * declare const results: CheckResults;
 * declare const records: ProposedLevels;
 * const failing = runChecks(ctx, results, getRuleSet('qd124-2023'), records).filter((c) => !c.ok);
 * ```
 */
export function runChecks(ctx: CheckContext, results: CheckResults, ruleSet: Pick<RuleSet, 'checks' | 'settings'>, records: ProposedLevels): Check[] {
  const options = { settingsSpec: ruleSet.settings, resolver: new PoolResolver(ctx.organizationById) };
  return [...quotaChecks(ctx, results, ruleSet.checks, options), ...civilServiceShareChecks(ctx, results, ruleSet.checks, options), ...openDecisionChecks(records, results)].sort(compareChecks);
}
