import { describe, expect, it } from 'vitest';
import { BUILT_IN_IMPORTS, BUILT_IN_RULE_SET_IDS, importHint, ruleSetById, ruleSetForYear, ruleSetYears } from './lookup.js';
import { findRuleSet, findRuleSetFor, listRuleSets } from './registry.js';

describe('rule set lookup in a given list', () => {
  it('BUILT_IN_RULE_SET_IDS are the ids of the registry, in its order', () => {
    expect(BUILT_IN_RULE_SET_IDS).toEqual(listRuleSets().map((r) => r.id));
  });

  it('BUILT_IN_IMPORTS hold the ids, export names and years of the built-in rule sets', async () => {
    expect(BUILT_IN_IMPORTS.map((b) => b.id)).toEqual([...BUILT_IN_RULE_SET_IDS]);
    for (const b of BUILT_IN_IMPORTS) {
      const entry = (await import(`./${b.id}/index.ts`)) as Record<string, unknown>;
      expect(entry[b.name], b.id).toBe(findRuleSet(b.id));
      expect({ fromYear: b.fromYear, ...(b.toYear === undefined ? {} : { toYear: b.toYear }) }).toEqual(findRuleSet(b.id)!.appliesTo);
    }
    expect(importHint({ id: 'qd132-2018' })).toBe("ruleSets: [qd132] with import { qd132 } from 'xeploai/rules/qd132-2018'");
    expect(importHint({ year: 2030 })).toBe("ruleSets: [qd366] with import { qd366 } from 'xeploai/rules/qd366-2025'");
  });

  it('over the built-in rule sets, agrees with the registry for every id and year', () => {
    for (const id of [...BUILT_IN_RULE_SET_IDS, 'nope']) expect(ruleSetById(listRuleSets(), id)).toBe(findRuleSet(id));
    for (let year = 2015; year <= 2035; year++) expect(ruleSetForYear(listRuleSets(), year)).toBe(findRuleSetFor(year));
  });

  it('finds nothing in an empty list, and only what the list holds', () => {
    expect(ruleSetById([], 'qd124-2023')).toBeUndefined();
    expect(ruleSetForYear([], 2024)).toBeUndefined();
    const qd366 = findRuleSet('qd366-2025')!;
    expect(ruleSetForYear([qd366], 2024)).toBeUndefined();
    expect(ruleSetForYear([qd366], 2040)).toBe(qd366);
    expect(ruleSetYears(listRuleSets())).toBe('qd132-2018 2018–2022, qd124-2023 2023–2024, qd366-2025 2025–');
  });
});
