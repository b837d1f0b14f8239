import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULE_SET_IDS, importHint, ruleSetById, ruleSetForYear, ruleSetYears } from './lookup.js';
import { findRuleSet, findRuleSetFor, listRuleSets } from './registry.js';

describe('rule set lookup in a given list', () => {
  it('BUILT_IN_RULE_SET_IDS are the ids of the registry, in its order', () => {
    expect(BUILT_IN_RULE_SET_IDS).toEqual(listRuleSets().map((r) => r.id));
  });

  it('importHint names the export and the subpath of the built-in rule set meant, and the one in force for a year', async () => {
    for (const r of listRuleSets()) {
      const entry = (await import(`./${r.id}/index.ts`)) as Record<string, unknown>;
      expect(entry[r.id.slice(0, 5)], r.id).toBe(r);
      for (let year = r.appliesTo.fromYear; year <= (r.appliesTo.toYear ?? r.appliesTo.fromYear + 5); year++) {
        expect(importHint({ year })).toBe(`ruleSets: [${r.id.slice(0, 5)}] with import { ${r.id.slice(0, 5)} } from 'xeploai/rules/${r.id}'`);
      }
    }
    expect(importHint({ id: 'qd132-2018', year: 2030 })).toBe("ruleSets: [qd132] with import { qd132 } from 'xeploai/rules/qd132-2018'");
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
