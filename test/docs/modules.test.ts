// The API reference teaches: every entry's module is named after its subpath (`xeploai/core`,
// `xeploai/rules/qd366-2025`, …), and each built-in rule set's page says its review years, its
// periods, its named settings with their defaults, and links its rules page — checked against
// the rule sets themselves, so a page cannot drift from the data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings, listRuleSets } from '../../src/index.js';
import { root, SUBPATHS } from './extract.js';

function moduleDoc(file: string): string {
  const text = readFileSync(join(root, file), 'utf8');
  const end = text.indexOf('@module');
  return text.slice(0, text.indexOf('*/', end));
}

function shown(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : String(value);
}

describe('module pages of the API reference', () => {
  it.each(Object.entries(SUBPATHS))('%s is the name of the module %s', (specifier, file) => {
    expect(moduleDoc(file)).toMatch(new RegExp(`@module ${specifier.replace(/[/.-]/g, '\\$&')}\\s`));
  });

  it.each(listRuleSets().map((r) => [r.id, r] as const))('the page of %s says its years, periods, settings with defaults, and links its rules page', (id, ruleSet) => {
    const doc = moduleDoc(`src/rules/${id}/index.ts`);
    const missing: string[] = [];
    const years = `${ruleSet.appliesTo.fromYear}–${ruleSet.appliesTo.toYear ?? ''}`;
    if (!doc.includes(`Review years: ${years}`)) missing.push(`review years ${years}`);
    for (const period of ruleSet.periods) if (!doc.includes(`\`${period}\``)) missing.push(`period ${period}`);
    for (const [name, value] of Object.entries(defaultSettings(ruleSet))) {
      if (!doc.includes(`- \`${name}\`: \`${shown(value)}\``)) missing.push(`setting - \`${name}\`: \`${shown(value)}\``);
    }
    if (!doc.includes(`(../../../docs/rules-${id}.md)`)) missing.push(`a link to docs/rules-${id}.md`);
    expect(missing, `src/rules/${id}/index.ts: its module comment lacks`).toEqual([]);
  });
});
