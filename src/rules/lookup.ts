/**
 * Finding a rule set in a list the caller gives — by id, or the one in force for a review year.
 * Nothing here imports a rule set: the built-in ones are in `registry.ts`, so an app that uses
 * `xeploai/core` ships only the rule sets it imports. No rule is decided here: the years a rule
 * set applies to are its `appliesTo`, cited with the document and article that set them in the
 * rule set's own params.
 *
 * @module
 */
import { XeploaiError } from '../errors.js';
import { appliesToYear } from './common/byYear.js';
import type { RuleSet } from './types.js';

/**
 * The ids of the built-in rule sets, oldest first. They are reserved: `extendRuleSet` refuses
 * them for a derived rule set, even when the rule sets themselves are not loaded.
 *
 * @example
 * ```ts
 * import { BUILT_IN_RULE_SET_IDS } from 'xeploai/core';
 * BUILT_IN_RULE_SET_IDS; // ['qd132-2018', 'qd124-2023', 'qd366-2025']
 * ```
 */
export const BUILT_IN_RULE_SET_IDS = ['qd132-2018', 'qd124-2023', 'qd366-2025'] as const;

/**
 * The rule set with this id in `ruleSets`, or `undefined` (the lookup under `getRuleSet`).
 *
 * @internal
 * @example
 * ```ts
 * import { qd366 } from 'xeploai/rules/qd366-2025';
 * ruleSetById([qd366], 'qd366-2025') === qd366; // true
 * ruleSetById([qd366], 'qd124-2023'); // undefined
 * ```
 */
export function ruleSetById(ruleSets: readonly RuleSet[], id: string): RuleSet | undefined {
  return ruleSets.find((r) => r.id === id);
}

/**
 * The first rule set in `ruleSets` in force for a review year (`appliesTo`, both ends
 * inclusive), or `undefined` (the lookup under `ruleSetFor`).
 *
 * @internal
 * @example
 * ```ts
 * import { qd366 } from 'xeploai/rules/qd366-2025';
 * ruleSetForYear([qd366], 2025)?.id; // 'qd366-2025'
 * ruleSetForYear([qd366], 2024); // undefined
 * ```
 */
export function ruleSetForYear(ruleSets: readonly RuleSet[], year: number): RuleSet | undefined {
  return ruleSets.find((r) => appliesToYear(r, year));
}

/**
 * The rule set with this id in `ruleSets`; throws `XeploaiError` (path `ruleSet`, code
 * `unknown-rule-set`) when there is none. From `xeploai` the list defaults to the built-in rule
 * sets; from `xeploai/core` it is required.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'xeploai/core';
 * import { qd366 } from 'xeploai/rules/qd366-2025';
 * getRuleSet('qd366-2025', [qd366]) === qd366; // true
 * ```
 */
export function getRuleSet(id: string, ruleSets: readonly RuleSet[]): RuleSet {
  const found = ruleSetById(ruleSets, id);
  if (found === undefined) {
    const hint = (BUILT_IN_RULE_SET_IDS as readonly string[]).includes(id) ? `; add it: ${importHint({ id })}` : '';
    throw new XeploaiError([{ path: 'ruleSet', code: 'unknown-rule-set', message: `unknown rule set ${JSON.stringify(id)}; expected one of ${ruleSets.map((r) => r.id).join(', ') || '(none given)'}${hint}` }]);
  }
  return found;
}

/**
 * The first rule set in `ruleSets` in force for a review year (`appliesTo`, both ends
 * inclusive); throws `XeploaiError` (path `year`, code `no-rule-set`) when none applies. From
 * `xeploai` the list defaults to the built-in rule sets; from `xeploai/core` it is required.
 *
 * @example
 * ```ts
 * import { ruleSetFor } from 'xeploai/core';
 * import { qd366 } from 'xeploai/rules/qd366-2025';
 * ruleSetFor(2025, [qd366]).id; // 'qd366-2025'
 * ```
 */
export function ruleSetFor(year: number, ruleSets: readonly RuleSet[]): RuleSet {
  const found = ruleSetForYear(ruleSets, year);
  if (found === undefined) {
    throw new XeploaiError([{ path: 'year', code: 'no-rule-set', message: `no rule set applies to ${year}; rule sets: ${ruleSetYears(ruleSets) || '(none given)'}` }]);
  }
  return found;
}

/**
 * The ids of `ruleSets` with their years, for a message (`qd124-2023 2023–2024, qd366-2025 2025–`).
 *
 * @internal
 * @example
 * ```ts
 * import { qd366 } from 'xeploai/rules/qd366-2025';
 * ruleSetYears([qd366]); // 'qd366-2025 2025–'
 * ```
 */
export function ruleSetYears(ruleSets: readonly RuleSet[]): string {
  return ruleSets.map((r) => `${r.id} ${r.appliesTo.fromYear}–${r.appliesTo.toYear ?? ''}`).join(', ');
}

/**
 * How to pass a built-in rule set (the one with `id`, else the newest one whose first year, the
 * year in its id, is at or before `year`, else the oldest): `ruleSets: [qd366] with import { qd366 }
 * from 'xeploai/rules/qd366-2025'`. Built-in rule sets are exported under the first five letters of
 * their id.
 *
 * @internal
 * @example
 * ```ts
 * importHint({ year: 2024 }); // "ruleSets: [qd124] with import { qd124 } from 'xeploai/rules/qd124-2023'"
 * importHint({ year: 2017 }); // "ruleSets: [qd132] with import { qd132 } from 'xeploai/rules/qd132-2018'"
 * ```
 */
export function importHint(of: { readonly id?: string; readonly year?: number }): string {
  const ids: readonly string[] = BUILT_IN_RULE_SET_IDS;
  const id = ids.includes(of.id ?? '') ? of.id! : (ids.filter((i) => Number(i.slice(-4)) <= (of.year ?? Infinity)).pop() ?? ids[0]!);
  const name = id.slice(0, 5);
  return `ruleSets: [${name}] with import { ${name} } from 'xeploai/rules/${id}'`;
}

/**
 * How a province's own rule set is passed, for an unknown rule set id.
 *
 * @internal
 * @example
 * ```ts
 * PROVINCE_HINT.startsWith('A province'); // true
 * ```
 */
export const PROVINCE_HINT = "A province's rule set (extendRuleSet from 'xeploai/rules') is passed in the options: { ruleSets: [tinh] } or { ruleSet: tinh }";
