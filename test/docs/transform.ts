// Turns a documentation example into a module to run (vitest) or to type-check (tsc):
// - `import … from 'xeploai…'` points at the sources (SUBPATHS);
// - names the example uses without importing them come from its own file, then the public
//   entries (an example on `Citation` in src/rules/types.ts may just write `Citation`);
// - `expression; // value` (or `// value` alone on the next line) becomes an assertion that the
//   expression equals the value (`…` = "and more", see match.ts); `const x = e; // value` asserts `x`;
//   `if (c) e; // value` asserts inside the if. A comment that is not a JavaScript value is prose.
// - a block with `declare` lines (values it cannot have) only compiles: its statements are
//   wrapped in a function that is never called.
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { entryFile, root, SUBPATHS } from './extract.js';

export interface NameSource {
  /** Absolute path of the module to import from. */
  readonly path: string;
  /** Its exported names; with `types`, the subset that are types only. */
  readonly names: ReadonlySet<string>;
  readonly typesOnly?: ReadonlySet<string>;
}

/** A name the documented file itself imports (`z` from 'zod', a helper from './x.js'), usable in its examples. */
export interface ScopeImport {
  readonly module: string;
  /** `*` for a namespace import, `default`, or the imported name. */
  readonly imported: string;
  readonly typeOnly: boolean;
}

/** What an example may use without importing it: its file's own imports, then exported names. */
export interface ExampleScope {
  /** Absolute path of the documented file (relative imports in examples resolve from it). */
  readonly file: string;
  readonly imports: ReadonlyMap<string, ScopeImport>;
  readonly sources: readonly NameSource[];
  /** Run-time keys of each public subpath, to report an import the entry does not export. */
  readonly entryKeys?: ReadonlyMap<string, ReadonlySet<string>>;
}

const VALUE_START = /^(['"`[{\d-]|true\b|false\b|null\b|undefined\b|NaN\b|Infinity\b)/;

function parse(code: string): ts.SourceFile {
  return ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

/** Rewrites a module specifier (from the documented file, for relative ones); throws for an unknown `xeploai/…` subpath. */
export function resolveSpecifier(specifier: string, fromFile?: string): string {
  if (specifier.startsWith('.') && fromFile !== undefined) return join(dirname(fromFile), specifier.replace(/\.js$/, '.ts'));
  if (specifier !== 'xeploai' && !specifier.startsWith('xeploai/')) return specifier;
  const target = entryFile(specifier);
  if (target === undefined) throw new Error(`unknown subpath ${JSON.stringify(specifier)}; known: ${Object.keys(SUBPATHS).join(', ')}`);
  return target;
}

function bindingNames(name: ts.BindingName, out: Set<string>): void {
  if (ts.isIdentifier(name)) out.add(name.text);
  else for (const e of name.elements) if (!ts.isOmittedExpression(e)) bindingNames(e.name, out);
}

/** Names the example itself declares or imports at top level. */
function declaredNames(sf: ts.SourceFile): Set<string> {
  const out = new Set<string>();
  for (const s of sf.statements) {
    if (ts.isVariableStatement(s)) for (const d of s.declarationList.declarations) bindingNames(d.name, out);
    else if (ts.isImportDeclaration(s) && s.importClause) {
      const c = s.importClause;
      if (c.name) out.add(c.name.text);
      if (c.namedBindings) {
        if (ts.isNamespaceImport(c.namedBindings)) out.add(c.namedBindings.name.text);
        else for (const e of c.namedBindings.elements) out.add(e.name.text);
      }
    } else if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s) || ts.isEnumDeclaration(s)) && s.name) {
      out.add(s.name.text);
    }
  }
  return out;
}

/** Identifiers in reference positions (not property names). */
function referencedNames(sf: ts.SourceFile): Set<string> {
  const out = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const p = node.parent;
      const isPropertyName =
        (ts.isPropertyAccessExpression(p) && p.name === node) ||
        (ts.isPropertyAssignment(p) && p.name === node) ||
        (ts.isPropertySignature(p) && p.name === node) ||
        (ts.isMethodDeclaration(p) && p.name === node) ||
        (ts.isBindingElement(p) && p.propertyName === node) ||
        (ts.isQualifiedName(p) && p.right === node);
      if (!isPropertyName) out.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Replaces `…` (or `...` standing alone) outside strings with sentinels: an array element or an object entry. */
function sentinelize(value: string): string | undefined {
  let out = '';
  const stack: string[] = [];
  let quote: string | undefined;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (quote !== undefined) {
      out += ch;
      if (ch === '\\') out += value[++i] ?? '';
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    if (ch === '[' || ch === '{' || ch === '(') stack.push(ch);
    if (ch === ']' || ch === '}' || ch === ')') stack.pop();
    const dots = ch === '…' ? 1 : value.startsWith('...', i) && /^\s*[\],}]/.test(value.slice(i + 3)) ? 3 : 0;
    if (dots > 0) {
      const top = stack.at(-1);
      if (top === '[') out += '__ELLIPSIS';
      else if (top === '{') out += '__rest: __ELLIPSIS';
      else return undefined;
      i += dots - 1;
      continue;
    }
    out += ch;
  }
  return out;
}

function isExpression(text: string): boolean {
  if (text.trim() === '') return false;
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- a syntax check only: never called
    new Function(`return (${text}\n);`);
    return true;
  } catch {
    return false;
  }
}

/** The documented value in a comment, as JavaScript source, or `undefined` when the comment is prose. */
export function documentedValue(comment: string): string | undefined {
  const text = comment.replace(/^\/\/\s*(=>\s*)?/, '').trim();
  if (!VALUE_START.test(text)) return undefined;
  // cut the explanation: ` — …`, ` (…)`, `: …`, `, …` at depth 0 outside strings
  let depth = 0;
  let quote: string | undefined;
  let cut = text.length;
  const spaces: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote !== undefined) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '[' || ch === '{' || ch === '(') {
      if (depth === 0 && ch === '(' && text[i - 1] === ' ') {
        cut = i - 1;
        break;
      }
      depth++;
    } else if (ch === ']' || ch === '}' || ch === ')') depth--;
    else if (depth === 0 && (ch === ':' || ch === ',' || ch === ';')) {
      cut = i;
      break;
    } else if (depth === 0 && (ch === '—' || ch === '–' || ch === '←' || ch === '→')) {
      cut = i;
      break;
    } else if (depth === 0 && ch === ' ') spaces.push(i);
  }
  // the longest prefix, ending at a space, that is a JavaScript value
  const ends = [cut, ...spaces.filter((s) => s < cut).reverse()];
  for (const end of ends) {
    const candidate = sentinelize(text.slice(0, end).trim());
    if (candidate === undefined || !isExpression(candidate)) continue;
    // `0 or 2`, `0, 1 or 2`: alternatives, not one value
    if (/^(\s*,\s*[^\s,]+)*\s+or\s+[^\s,]+\s*$/.test(text.slice(end))) return undefined;
    return candidate;
  }
  return undefined;
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function commentAfter(sf: ts.SourceFile, node: ts.Node): { value: string; comment: string } | undefined {
  const text = sf.text;
  const trailing = ts.getTrailingCommentRanges(text, node.end) ?? [];
  const sameLine = trailing.find((r) => r.kind === ts.SyntaxKind.SingleLineCommentTrivia);
  if (sameLine) {
    const comment = text.slice(sameLine.pos, sameLine.end);
    const value = documentedValue(comment);
    return value === undefined ? undefined : { value, comment };
  }
  // `expression;` then `// value` alone on the next line (date-fns style)
  const rest = text.slice(node.end);
  const next = /^[ \t]*\r?\n([ \t]*\/\/[^\n]*)/.exec(rest);
  if (next) {
    const comment = next[1]!.trim();
    const value = documentedValue(comment);
    return value === undefined ? undefined : { value, comment };
  }
  return undefined;
}

function assertionEdits(sf: ts.SourceFile): Edit[] {
  const edits: Edit[] = [];
  const source = (node: ts.Node) => JSON.stringify(node.getText(sf).replace(/\s+/g, ' '));
  const visitStatements = (statements: readonly ts.Statement[]): void => {
    for (const s of statements) visitStatement(s);
  };
  const visitStatement = (s: ts.Statement): void => {
    if (ts.isExpressionStatement(s)) {
      const c = commentAfter(sf, s);
      if (c) edits.push({ start: s.getStart(sf), end: s.end, text: `__docExpect(${s.expression.getText(sf)}, ${c.value}, ${source(s.expression)});` });
    } else if (ts.isVariableStatement(s)) {
      const decls = s.declarationList.declarations;
      const c = commentAfter(sf, s);
      if (c && decls.length === 1 && ts.isIdentifier(decls[0]!.name)) {
        const name = decls[0]!.name.text;
        edits.push({ start: s.end, end: s.end, text: ` __docExpect(${name}, ${c.value}, ${JSON.stringify(name)});` });
      }
    } else if (ts.isIfStatement(s)) {
      if (ts.isExpressionStatement(s.thenStatement) && s.elseStatement === undefined) {
        const c = commentAfter(sf, s);
        const e = s.thenStatement;
        if (c) edits.push({ start: e.getStart(sf), end: e.end, text: `__docExpect(${e.expression.getText(sf)}, ${c.value}, ${source(e.expression)});` });
      } else visitStatement(s.thenStatement);
      if (s.elseStatement) visitStatement(s.elseStatement);
    } else if (ts.isBlock(s)) visitStatements(s.statements);
    else if (ts.isTryStatement(s)) {
      visitStatements(s.tryBlock.statements);
      if (s.catchClause) visitStatements(s.catchClause.block.statements);
      if (s.finallyBlock) visitStatements(s.finallyBlock.statements);
    } else if (ts.isForOfStatement(s) || ts.isForStatement(s) || ts.isForInStatement(s) || ts.isWhileStatement(s)) visitStatement(s.statement);
  };
  visitStatements(sf.statements);
  return edits;
}

function importEdits(sf: ts.SourceFile, scope: ExampleScope, checkNames: boolean): Edit[] {
  const edits: Edit[] = [];
  for (const s of sf.statements) {
    if ((ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) && s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier)) {
      const specifier = s.moduleSpecifier.text;
      const to = resolveSpecifier(specifier, scope.file);
      const keys = scope.entryKeys?.get(specifier);
      if (checkNames && keys !== undefined && ts.isImportDeclaration(s) && !s.importClause?.isTypeOnly) {
        const bindings = s.importClause?.namedBindings;
        if (bindings !== undefined && ts.isNamedImports(bindings)) {
          const missing = bindings.elements.filter((e) => !e.isTypeOnly && !keys.has((e.propertyName ?? e.name).text)).map((e) => (e.propertyName ?? e.name).text);
          if (missing.length > 0) throw new Error(`${missing.join(', ')}: not exported by '${specifier}' (${SUBPATHS[specifier]}) — export it there, or fix the example (a type? write \`import type\`)`);
        }
      }
      if (to !== specifier) edits.push({ start: s.moduleSpecifier.getStart(sf), end: s.moduleSpecifier.end, text: JSON.stringify(to) });
    }
  }
  return edits;
}

function render(text: string, from: number, to: number, edits: readonly Edit[]): string {
  let out = '';
  let at = from;
  for (const e of [...edits].filter((x) => x.start >= from && x.end <= to).sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at, to);
}

function isDeclare(s: ts.Statement): boolean {
  return ts.canHaveModifiers(s) && (ts.getModifiers(s) ?? []).some((m) => m.kind === ts.SyntaxKind.DeclareKeyword);
}

/** The import lines that bring in the names an example uses but does not declare. */
function injectedImports(sf: ts.SourceFile, scope: ExampleScope, mode: 'run' | 'types'): string[] {
  const declared = declaredNames(sf);
  const lines: string[] = [];
  const bySource = new Map<NameSource, string[]>();
  for (const name of [...referencedNames(sf)].sort()) {
    if (declared.has(name)) continue;
    const own = scope.imports.get(name);
    if (own !== undefined) {
      if (own.typeOnly && mode === 'run') continue;
      const kw = own.typeOnly ? 'import type' : 'import';
      const from = JSON.stringify(own.module);
      if (own.imported === '*') lines.push(`${kw} * as ${name} from ${from};`);
      else if (own.imported === 'default') lines.push(`${kw} ${name} from ${from};`);
      else lines.push(`${kw} { ${own.imported === name ? name : `${own.imported} as ${name}`} } from ${from};`);
      continue;
    }
    const source = scope.sources.find((s) => s.names.has(name));
    if (source !== undefined) bySource.set(source, [...(bySource.get(source) ?? []), name]);
  }
  for (const [source, names] of bySource) {
    const types = mode === 'types' ? names.filter((n) => source.typesOnly?.has(n)) : [];
    const values = names.filter((n) => !types.includes(n));
    if (types.length > 0) lines.push(`import type { ${types.join(', ')} } from ${JSON.stringify(source.path)};`);
    if (values.length > 0) lines.push(`import { ${values.join(', ')} } from ${JSON.stringify(source.path)};`);
  }
  return lines;
}

/** `true` when the example has `declare` lines and so can only be compiled, not run. */
export function isTypeOnly(code: string): boolean {
  return parse(code).statements.some(isDeclare);
}

/** The example as a module for vitest to import (run mode). */
export function toRunModule(code: string, scope: ExampleScope): string {
  const sf = parse(code);
  const edits = [...importEdits(sf, scope, true), ...assertionEdits(sf)];
  const text = sf.text;
  const head: string[] = [
    `import { __docExpect, __ELLIPSIS } from ${JSON.stringify(join(root, 'test/docs/match.ts'))};`,
    'void __ELLIPSIS;',
    ...injectedImports(sf, scope, 'run'),
  ];
  const imports = sf.statements.filter((s) => ts.isImportDeclaration(s));
  const declares = sf.statements.filter(isDeclare);
  const rest = sf.statements.filter((s) => !ts.isImportDeclaration(s) && !isDeclare(s));
  const piece = (s: ts.Statement) => render(text, s.getFullStart(), s.end, edits);
  const body = rest.map(piece).join('');
  const wrapped = declares.length > 0 ? `async function __typeOnly() {${body}\n}\nvoid __typeOnly;` : body;
  return `${head.join('\n')}\n${imports.map(piece).join('')}\n${declares.map(piece).join('')}\n${wrapped}\nexport {};\n`;
}

/** The example as a module for tsc (type mode): the same imports, injected imports with their kinds, no assertions. */
export function toTypeModule(code: string, scope: ExampleScope): { text: string; offset: number } {
  const sf = parse(code);
  const head = injectedImports(sf, scope, 'types');
  const body = render(sf.text, 0, sf.text.length, importEdits(sf, scope, false));
  return { text: `${head.join('\n')}\n${body}\nexport {};\n`, offset: head.length + 1 };
}
