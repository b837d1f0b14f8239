// Reads TSDoc from the sources with the TypeScript parser: the `@example` code of every
// declaration (```ts blocks, or inline `code` on the @example line), and every exported
// declaration with whether it has a summary and an example.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The package's subpaths and their sources: the library entries of tsup.config.ts (not the CLI). */
export const SUBPATHS: Readonly<Record<string, string>> = (() => {
  const config = readFileSync(join(root, 'tsup.config.ts'), 'utf8');
  const out: Record<string, string> = {};
  for (const m of config.matchAll(/['"]?([\w/.-]+)['"]?\s*:\s*['"](src\/[^'"]+\.ts)['"]/g)) {
    if (m[2]!.startsWith('src/cli/')) continue;
    out[m[1] === 'index' ? 'xeploai' : `xeploai/${m[1]}`] = m[2]!;
  }
  return out;
})();

/** The file an example's `import … from specifier` is pointed at. */
export function entryFile(specifier: string): string | undefined {
  const target = SUBPATHS[specifier];
  return target === undefined ? undefined : join(root, target);
}

/** Writes a generated file only when its content changes: test files run in parallel workers import the same files. */
export function writeIfChanged(path: string, text: string): void {
  let current: string | undefined;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = undefined;
  }
  if (current !== text) writeFileSync(path, text);
}

export interface DocExample {
  /** Path from the repository root, e.g. `src/rules/registry.ts`. */
  readonly file: string;
  /** The documented declaration (`listRuleSets`, `ReviewBuilder.member`, `module`). */
  readonly symbol: string;
  /** 1-based line of the example's first code line in the file. */
  readonly line: number;
  readonly code: string;
}

export interface ExportDoc {
  readonly file: string;
  readonly name: string;
  readonly line: number;
  readonly summary: boolean;
  readonly example: boolean;
  /** An interface or type alias: nothing at run time. */
  readonly typeOnly: boolean;
}

/** Every source file whose examples and exports are checked: src/**\/*.ts without tests. */
export function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (/\.ts$/.test(entry.name) && !/\.(test|test-d|bench|spec)\.ts$/.test(entry.name) && !/(^|\/)test[A-Z]\w*\.ts$/.test(path)) out.push(path);
    }
  };
  walk('src');
  return out.sort();
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

function jsDocsOf(node: ts.Node): readonly ts.JSDoc[] {
  return ((node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? []).filter((d) => d.kind === ts.SyntaxKind.JSDoc);
}

function nameOf(node: ts.Node): string | undefined {
  if (ts.isVariableStatement(node)) return node.declarationList.declarations.map((d) => d.name.getText()).join(', ');
  if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return 'module';
  const name = (node as { name?: ts.Node }).name;
  return name !== undefined ? name.getText() : undefined;
}

/** The raw text of one JSDoc comment without `/**`, `*\/` and the leading ` * ` of each line, and the line of its first line. */
function commentLines(doc: ts.JSDoc, sf: ts.SourceFile): { lines: string[]; firstLine: number } {
  const raw = sf.text.slice(doc.pos, doc.end);
  const firstLine = sf.getLineAndCharacterOfPosition(doc.pos).line + 1;
  const lines = raw
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, ''));
  return { lines, firstLine };
}

function examplesInComment(doc: ts.JSDoc, sf: ts.SourceFile): { code: string; line: number }[] {
  const { lines, firstLine } = commentLines(doc, sf);
  const out: { code: string; line: number }[] = [];
  let inExample = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const tagAt = line.search(/(^|\s)@[a-zA-Z]+/);
    const tag = tagAt >= 0 ? /@([a-zA-Z]+)/.exec(line.slice(tagAt))![1] : undefined;
    if (tag === 'example') {
      inExample = true;
      const rest = line.slice(line.indexOf('@example') + '@example'.length);
      const inline = /^\s*`([^`]+)`/.exec(rest);
      if (inline) out.push({ code: inline[1]!.trim(), line: firstLine + i });
      continue;
    }
    if (tag !== undefined && /^\s*@/.test(line)) inExample = false;
    if (!inExample) continue;
    const fence = /^```(ts|typescript)\s*$/.exec(line.trim());
    if (fence) {
      const start = i + 1;
      let end = start;
      while (end < lines.length && lines[end]!.trim() !== '```') end++;
      out.push({ code: lines.slice(start, end).join('\n'), line: firstLine + start });
      i = end;
    }
  }
  return out;
}

function visitDocumented(sf: ts.SourceFile, visit: (node: ts.Node, name: string) => void): void {
  const walk = (node: ts.Node, prefix: string) => {
    const name = nameOf(node);
    if (name !== undefined && jsDocsOf(node).length > 0) visit(node, prefix + name);
    if (ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) {
      for (const m of node.members) walk(m, `${node.name?.getText() ?? ''}.`);
    }
  };
  for (const statement of sf.statements) walk(statement, '');
}

/** Every `@example` of a file, in order. */
export function extractExamples(file: string): DocExample[] {
  const sf = parse(file);
  const out: DocExample[] = [];
  visitDocumented(sf, (node, symbol) => {
    for (const doc of jsDocsOf(node)) for (const ex of examplesInComment(doc, sf)) out.push({ file, symbol, line: ex.line, code: ex.code });
  });
  return out;
}

function hasExport(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

/** Every exported declaration of a file (re-exports excluded: they are documented where they are declared). */
export function exportedDeclarations(file: string): ExportDoc[] {
  const sf = parse(file);
  const out: ExportDoc[] = [];
  for (const statement of sf.statements) {
    if (!hasExport(statement) || ts.isExportDeclaration(statement)) continue;
    const docs = jsDocsOf(statement);
    let summary = false;
    let example = false;
    for (const doc of docs) {
      const text = typeof doc.comment === 'string' ? doc.comment : (doc.comment ?? []).map((c) => c.getText()).join('');
      if (text.trim() !== '') summary = true;
      if ((doc.tags ?? []).some((t) => t.tagName.text === 'example')) example = true;
    }
    const line = sf.getLineAndCharacterOfPosition(statement.getStart()).line + 1;
    const typeOnly = ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement);
    out.push({ file, name: nameOf(statement) ?? '(anonymous)', line, summary, example, typeOnly });
  }
  return out;
}

export function rel(path: string): string {
  return relative(root, path);
}
