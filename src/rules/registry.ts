/**
 * The built-in rule sets and how a review year selects one (the document map of
 * shared/regulations/README.md: 2018–2022 QĐ 132, 2023–2024 QĐ 124, 2025 on QĐ 366; each rule
 * set cites its documents in `RuleSet.documents`). Importing this module loads all three; the
 * root entry `xeploai` does, `xeploai/core` does not (see `lookup.ts`).
 *
 * @module
 */
import { XeploaiError } from '../errors.js';
import { ruleSetById, ruleSetForYear, ruleSetYears } from './lookup.js';
import { qd124 } from './qd124-2023/index.js';
import { qd132 } from './qd132-2018/index.js';
import { qd366 } from './qd366-2025/index.js';
import type { RuleSet } from './types.js';

const BUILT_IN: readonly RuleSet[] = [qd132, qd124, qd366];

/**
 * Every built-in rule set, oldest first.
 *
 * @example
 * ```ts
 * import { listRuleSets } from 'xeploai';
 * listRuleSets().map((r) => r.id); // ['qd124-2023', …]
 * ```
 */
export function listRuleSets(): readonly RuleSet[] {
  return BUILT_IN;
}

/**
 * The built-in rule set with this id, or `undefined`.
 *
 * @example
 * ```ts
 * import { findRuleSet } from 'xeploai';
 * findRuleSet('qd124-2023')?.title;
 * ```
 */
export function findRuleSet(id: string): RuleSet | undefined {
  return ruleSetById(BUILT_IN, id);
}

/**
 * The built-in rule set with this id; throws `XeploaiError` (path `ruleSet`) when there is none.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'xeploai';
 * getRuleSet('qd124-2023').documents[0]?.id; // '124-QĐ/TW'
 * ```
 */
export function getRuleSet(id: string): RuleSet {
  const found = findRuleSet(id);
  if (!found) {
    throw new XeploaiError([{ path: 'ruleSet', code: 'unknown-rule-set', message: `unknown rule set ${JSON.stringify(id)}; expected one of ${BUILT_IN.map((r) => r.id).join(', ')}` }]);
  }
  return found;
}

/**
 * The rule set in force for a review year (2018–2022 qd132-2018, 2023–2024 qd124-2023,
 * 2025 on qd366-2025), or `undefined` when none applies.
 *
 * @example
 * ```ts
 * import { findRuleSetFor } from 'xeploai';
 * findRuleSetFor(2024)?.id; // 'qd124-2023'
 * ```
 */
export function findRuleSetFor(year: number): RuleSet | undefined {
  return ruleSetForYear(BUILT_IN, year);
}

/**
 * The rule set in force for a review year; throws `XeploaiError` (path `year`) when none applies.
 *
 * @example
 * ```ts
 * import { ruleSetFor } from 'xeploai';
 * ruleSetFor(2023).id; // 'qd124-2023'
 * ```
 */
export function ruleSetFor(year: number): RuleSet {
  const found = findRuleSetFor(year);
  if (!found) {
    throw new XeploaiError([{ path: 'year', code: 'no-rule-set', message: `no built-in rule set applies to ${year}; rule sets: ${ruleSetYears(BUILT_IN)}` }]);
  }
  return found;
}
