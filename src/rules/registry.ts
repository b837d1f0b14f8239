/**
 * The built-in rule sets and how a review year selects one (the document map of
 * shared/regulations/README.md: 2018–2022 QĐ 132, 2023–2024 QĐ 124, 2025 on QĐ 366; each rule
 * set cites its documents in `RuleSet.documents`). Importing this module loads all three; the
 * root entry `xeploai` does, `xeploai/core` does not (see `lookup.ts`, whose `getRuleSet` and
 * `ruleSetFor` take the list to look in).
 *
 * @module
 */
import * as lookup from './lookup.js';
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
 * listRuleSets().map((r) => r.id); // ['qd132-2018', 'qd124-2023', 'qd366-2025']
 * ```
 */
export function listRuleSets(): readonly RuleSet[] {
  return BUILT_IN;
}

/**
 * The built-in rule set with this id, or `undefined` (for the CLI and the stream, which report
 * a missing one themselves; apps use `getRuleSet`).
 *
 * @internal
 * @example
 * ```ts
 * findRuleSet('qd124-2023')?.title;
 * ```
 */
export function findRuleSet(id: string): RuleSet | undefined {
  return lookup.ruleSetById(BUILT_IN, id);
}

/**
 * The built-in rule set in force for a review year, or `undefined` (for the stream, which
 * reports a missing one itself; apps use `ruleSetFor`).
 *
 * @internal
 * @example
 * ```ts
 * findRuleSetFor(2024)?.id; // 'qd124-2023'
 * ```
 */
export function findRuleSetFor(year: number): RuleSet | undefined {
  return lookup.ruleSetForYear(BUILT_IN, year);
}

/**
 * The rule set with this id among `ruleSets` (default: the built-in ones); throws `XeploaiError`
 * (path `ruleSet`, code `unknown-rule-set`) when there is none.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'xeploai';
 * getRuleSet('qd124-2023').documents[0]?.id; // '124-QĐ/TW'
 * ```
 */
export function getRuleSet(id: string, ruleSets: readonly RuleSet[] = BUILT_IN): RuleSet {
  return lookup.getRuleSet(id, ruleSets);
}

/**
 * The rule set among `ruleSets` (default: the built-in ones: 2018–2022 qd132-2018, 2023–2024
 * qd124-2023, 2025 on qd366-2025) in force for a review year; throws `XeploaiError` (path
 * `year`, code `no-rule-set`) when none applies.
 *
 * @example
 * ```ts
 * import { ruleSetFor } from 'xeploai';
 * ruleSetFor(2023).id; // 'qd124-2023'
 * ```
 */
export function ruleSetFor(year: number, ruleSets: readonly RuleSet[] = BUILT_IN): RuleSet {
  return lookup.ruleSetFor(year, ruleSets);
}
