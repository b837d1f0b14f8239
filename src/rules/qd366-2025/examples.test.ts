// Every export of the QĐ 366 rule set, the score sheets and the period helpers has a runnable
// ```ts example, and every example runs (its `expr; // value` lines are assertions).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeBlocks, runExample } from '../../../test/helpers/examples.js';

const root = resolve(import.meta.dirname, '../../..');
const DIRS = ['src/rules/qd366-2025', 'src/score', 'src/period'];
const FILES = [
  ...DIRS.flatMap((d) => readdirSync(join(root, d)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => `${d}/${f}`)),
  'src/rules/common/inherit.ts',
  'src/rules/common/variants.ts',
];

/** The doc comments of a file with their `* ` prefixes removed, each with the line that follows it. */
function docComments(source: string): { text: string; next: string }[] {
  const out: { text: string; next: string }[] = [];
  for (const m of source.matchAll(/\/\*\*([\s\S]*?)\*\/\n([^\n]*)/g)) {
    out.push({ text: m[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n'), next: m[2]! });
  }
  return out;
}

describe('TSDoc examples', () => {
  for (const file of FILES) {
    const source = readFileSync(join(root, file), 'utf8');
    const comments = docComments(source);
    it(`${file}: every export has a \`\`\`ts @example`, () => {
      const exports = [...source.matchAll(/^export (?:const|function|interface|type|class) (\w+)/gm)].map((m) => m[1]!);
      const documented = new Set(comments.filter((c) => /@example\s*\n```ts\n/.test(c.text)).map((c) => /^export (?:const|function|interface|type|class) (\w+)/.exec(c.next)?.[1]));
      expect(exports.filter((e) => !documented.has(e))).toEqual([]);
    });
    const blocks = comments.flatMap((c) => codeBlocks(c.text));
    it.each(blocks.map((code, i) => [i, code] as const))(`${file}: example %i runs`, async (_i, code) => {
      await runExample(code);
    });
  }
});

describe('docs/guides/qd366-score-sheets.md', () => {
  const guide = readFileSync(join(root, 'docs/guides/qd366-score-sheets.md'), 'utf8');
  it.each(codeBlocks(guide).map((code, i) => [i, code] as const))('example %i runs', async (_i, code) => {
    await runExample(code);
  });
});
