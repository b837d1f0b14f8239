// Every export of the QĐ 132 rule set, the comparison API and the year-variant mechanism has a
// runnable ```ts example, and every example runs (its `expr; // value` lines are assertions).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeBlocks, runExample } from '../../test/helpers/examples.js';

const root = resolve(import.meta.dirname, '../..');
const RUN = [
  'src/rules/qd132-2018/index.ts',
  'src/rules/qd132-2018/params.ts',
  'src/rules/qd132-2018/criteria.ts',
  'src/rules/qd132-2018/settings.ts',
  'src/rules/qd132-2018/checks.ts',
  'src/rules/common/byYear.ts',
  'src/compare/compare.ts',
  'src/compare/diff.ts',
];
// CLI examples need files and a process: documented, not run.
const DOCUMENTED_ONLY = ['src/cli/commands/diff.ts'];

// `xeploai` in an example means the package root; until src/index.ts re-exports src/compare,
// point it at a barrel of both (an `export *` of the same binding twice is not a conflict).
const barrelDir = join(root, '.tmp', 'examples');
mkdirSync(barrelDir, { recursive: true });
const barrel = join(barrelDir, 'xeploai-with-compare.ts');
writeFileSync(barrel, `export * from '${join(root, 'src/index.ts')}';\nexport * from '${join(root, 'src/compare/index.ts')}';\n`);

function docComments(source: string): { text: string; next: string }[] {
  const out: { text: string; next: string }[] = [];
  for (const m of source.matchAll(/\/\*\*([\s\S]*?)\*\/\n([^\n]*)/g)) {
    out.push({ text: m[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n'), next: m[2]! });
  }
  return out;
}

describe('TSDoc examples (qd132-2018, compare, byYear)', () => {
  for (const file of [...RUN, ...DOCUMENTED_ONLY]) {
    const source = readFileSync(join(root, file), 'utf8');
    const comments = docComments(source);
    it(`${file}: every export has a \`\`\`ts @example`, () => {
      const exports = [...source.matchAll(/^export (?:const|function|interface|type|class) (\w+)/gm)].map((m) => m[1]!);
      const documented = new Set(comments.filter((c) => /@example\s*\n```ts\n/.test(c.text)).map((c) => /^export (?:const|function|interface|type|class) (\w+)/.exec(c.next)?.[1]));
      expect(exports.filter((e) => !documented.has(e))).toEqual([]);
    });
    if (!RUN.includes(file)) continue;
    const blocks = comments.flatMap((c) => codeBlocks(c.text));
    it.each(blocks.map((code, i) => [i, code] as const))(`${file}: example %i runs`, async (_i, code) => {
      await runExample(code.replace(/from 'xeploai';/g, `from '${barrel}';`));
    });
  }
});
