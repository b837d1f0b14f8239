// The size and the shape of the public API, counted as an app sees it: TypeScript's checker lists
// the exports of each entry of tsup.config.ts (values and types). The root stays under 100 names,
// `xeploai/core` is the root without the list of built-in rule sets, and nothing tagged
// `@internal` is exported by any entry (typedoc leaves internals out: `excludeInternal`).
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { entryFile, SUBPATHS } from '../docs/extract.js';
import { compilerOptions } from '../docs/sources.js';

const program = ts.createProgram(
  Object.keys(SUBPATHS).map((s) => entryFile(s)!),
  compilerOptions(),
);
const checker = program.getTypeChecker();

/** The exported symbols of an entry, by name. */
function exportsOf(specifier: string): Map<string, ts.Symbol> {
  const sf = program.getSourceFile(entryFile(specifier)!);
  const moduleSymbol = sf === undefined ? undefined : checker.getSymbolAtLocation(sf);
  if (moduleSymbol === undefined) throw new Error(`no module for ${specifier}`);
  return new Map(checker.getExportsOfModule(moduleSymbol).map((s) => [s.name, s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s]));
}

function names(specifier: string): string[] {
  return [...exportsOf(specifier).keys()].sort();
}

function isInternal(symbol: ts.Symbol): boolean {
  return (symbol.declarations ?? []).some((d) => ts.getJSDocTags(d).some((t) => t.tagName.text === 'internal'));
}

describe('the public API', () => {
  it('the root exports under 100 names', () => {
    expect(names('xeploai').length).toBeLessThan(100);
  });

  it('xeploai/core exports the root without listRuleSets (the same functions, no built-in rule sets)', () => {
    expect(names('xeploai').filter((n) => !names('xeploai/core').includes(n))).toEqual(['listRuleSets']);
    expect(names('xeploai/core').filter((n) => !names('xeploai').includes(n))).toEqual([]);
  });

  it.each(Object.keys(SUBPATHS))('%s exports nothing tagged @internal', (specifier) => {
    const internal = [...exportsOf(specifier)].filter(([, s]) => isInternal(s)).map(([n]) => n);
    expect(internal).toEqual([]);
  });

  it('one way to look a rule set up: getRuleSet, ruleSetFor, listRuleSets', () => {
    for (const specifier of Object.keys(SUBPATHS)) {
      expect(names(specifier).filter((n) => ['findRuleSet', 'findRuleSetFor', 'ruleSetById', 'ruleSetForYear'].includes(n)), specifier).toEqual([]);
    }
  });

  it('xeploai/stream exports the streaming API, not the worker protocol', () => {
    expect(names('xeploai/stream')).toContain('evaluateNdjson');
    expect(names('xeploai/stream').filter((n) => ['OutcomePacker', 'forEachOutcome', 'packedBuffers', 'PackedOutcomes', 'PackedExtra', 'OrganizationTable'].includes(n))).toEqual([]);
  });

  it('xeploai/report renders programme evaluations but does not re-export xeploai/programme', () => {
    expect(names('xeploai/report')).toContain('programmeTable');
    expect(names('xeploai/report').filter((n) => names('xeploai/programme').includes(n))).toEqual([]);
  });

  it('each name is exported by one entry (built-in rule sets, the core/root pair and the programme schema aside)', () => {
    const owners = new Map<string, string[]>();
    for (const specifier of Object.keys(SUBPATHS)) {
      if (specifier === 'xeploai/core' || specifier.startsWith('xeploai/rules/')) continue;
      for (const n of names(specifier)) owners.set(n, [...(owners.get(n) ?? []), specifier]);
    }
    // ProgrammeSchema: the same schema in xeploai/programme and among the file formats of xeploai/schema.
    const shared = [...owners].filter(([n, o]) => o.length > 1 && n !== 'ProgrammeSchema').map(([n, o]) => `${n}: ${o.join(', ')}`);
    expect(shared).toEqual([]);
  });
});
