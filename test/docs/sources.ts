// Where the names an example uses without importing them come from: its own file, then the
// package's public entries (at run time: the modules' keys; for tsc: the checker's exports).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { entryFile, exportedDeclarations, root, SUBPATHS } from './extract.js';
import { resolveSpecifier, type ExampleScope, type NameSource, type ScopeImport } from './transform.js';

/** The names a source file imports, so that its examples may use them as the file does. */
export function fileImports(file: string): Map<string, ScopeImport> {
  const path = join(root, file);
  const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const out = new Map<string, ScopeImport>();
  for (const s of sf.statements) {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier) || s.importClause === undefined) continue;
    const module = resolveSpecifier(s.moduleSpecifier.text, path);
    const c = s.importClause;
    if (c.name) out.set(c.name.text, { module, imported: 'default', typeOnly: c.isTypeOnly });
    const b = c.namedBindings;
    if (b === undefined) continue;
    if (ts.isNamespaceImport(b)) out.set(b.name.text, { module, imported: '*', typeOnly: c.isTypeOnly });
    else for (const e of b.elements) out.set(e.name.text, { module, imported: (e.propertyName ?? e.name).text, typeOnly: c.isTypeOnly || e.isTypeOnly });
  }
  return out;
}

/** Everything an example of `file` may use without importing it. */
export function exampleScope(file: string, mode: 'run' | 'types', publicSources: readonly NameSource[], entryKeys?: ReadonlyMap<string, ReadonlySet<string>>): ExampleScope {
  return { file: join(root, file), imports: fileImports(file), sources: [selfSource(file, mode), ...publicSources], ...(entryKeys ? { entryKeys } : {}) };
}

/** The run-time keys of every public subpath, by specifier. */
export function entryKeysOf(sources: readonly NameSource[]): Map<string, ReadonlySet<string>> {
  const out = new Map<string, ReadonlySet<string>>();
  for (const specifier of Object.keys(SUBPATHS)) {
    const s = sources.find((x) => x.path === entryFile(specifier));
    if (s !== undefined) out.set(specifier, s.names);
  }
  return out;
}

/** The exports declared in one source file (variable statements may declare several). */
export function selfSource(file: string, mode: 'run' | 'types'): NameSource {
  const names = new Set<string>();
  const typesOnly = new Set<string>();
  for (const d of exportedDeclarations(file)) {
    for (const name of d.name.split(', ')) {
      if (d.typeOnly) {
        typesOnly.add(name);
        if (mode === 'run') continue;
      }
      names.add(name);
    }
  }
  return { path: join(root, file), names, typesOnly };
}

/** The public entries with their run-time keys. */
export async function runtimeSources(): Promise<NameSource[]> {
  return Promise.all(
    Object.keys(SUBPATHS).map(async (specifier) => {
      const path = entryFile(specifier)!;
      const mod = (await import(/* @vite-ignore */ path)) as Record<string, unknown>;
      return { path, names: new Set(Object.keys(mod)) };
    }),
  );
}

/** The compiler options of the repository, for type-checking generated example modules. */
export function compilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  return { ...parsed.options, noEmit: true, allowImportingTsExtensions: true, noUnusedLocals: false };
}

/** The public entries with each export's kind, from the type checker. */
export function typedSources(program: ts.Program): NameSource[] {
  const checker = program.getTypeChecker();
  return Object.keys(SUBPATHS).map((specifier) => {
    const path = entryFile(specifier)!;
    const sf = program.getSourceFile(path);
    const names = new Set<string>();
    const typesOnly = new Set<string>();
    const moduleSymbol = sf === undefined ? undefined : checker.getSymbolAtLocation(sf);
    for (const symbol of moduleSymbol === undefined ? [] : checker.getExportsOfModule(moduleSymbol)) {
      const resolved = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      names.add(symbol.name);
      if (!(resolved.flags & ts.SymbolFlags.Value)) typesOnly.add(symbol.name);
    }
    return { path, names, typesOnly };
  });
}
