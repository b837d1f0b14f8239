// Every field of the public input and option types has a doc comment, so the API reference (and
// an editor's hover) explains it. The files below are held to it; a failure names each field
// without one — a field added later (e.g. a new review@1 field) needs its comment too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { root } from './extract.js';

/** Files whose exported interfaces (not `@internal`) must document every field. */
const FILES = ['src/model/types.ts', 'src/model/data.ts', 'src/model/parse.ts', 'src/evaluate/evaluate.ts', 'src/rules/extend.ts', 'src/rules/extraFindings.ts'];

function hasDoc(node: ts.Node): boolean {
  return ((node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? []).some((d) => (typeof d.comment === 'string' ? d.comment.trim() : (d.comment?.length ?? 0) > 0));
}

function fieldsOf(file: string): { name: string; documented: boolean; line: number }[] {
  const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.ES2022, true);
  const out: { name: string; documented: boolean; line: number }[] = [];
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement) || !statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    if (((statement as { jsDoc?: ts.JSDoc[] }).jsDoc ?? []).some((d) => d.tags?.some((t) => t.tagName.text === 'internal'))) continue;
    for (const member of statement.members) {
      if (!ts.isPropertySignature(member) && !ts.isMethodSignature(member)) continue;
      const line = source.getLineAndCharacterOfPosition(member.getStart()).line + 1;
      out.push({ name: `${statement.name.text}.${member.name.getText(source).replace(/^'|'$/g, '')}`, documented: hasDoc(member), line });
    }
  }
  return out;
}

describe('every field of the public types has a doc comment', () => {
  const fields = FILES.flatMap((file) => fieldsOf(file).map((f) => ({ ...f, file })));

  it('reads Member, Organization, ReviewFile and EvaluateOptions', () => {
    for (const type of ['Member', 'Organization', 'ReviewFile', 'EvaluateOptions']) expect(fields.some((f) => f.name.startsWith(`${type}.`)), type).toBe(true);
  });

  it.each(FILES)('%s', (file) => {
    const missing = fields.filter((f) => f.file === file && !f.documented).map((f) => `${f.name} (${file}:${f.line})`);
    expect(missing, `fields without a doc comment — add /** … */ above each:\n${missing.join('\n')}`).toEqual([]);
  });
});
