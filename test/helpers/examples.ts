// Runs a documentation code block as a test: `import … from 'xeploai…'` points at the sources, and a
// line `expression; // value` becomes an assertion that the expression deep-equals the value.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUBPATHS } from '../docs/extract.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function codeBlocks(markdown: string, lang = 'ts'): string[] {
  const out: string[] = [];
  const re = new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g');
  for (const m of markdown.matchAll(re)) out.push(m[1]!);
  return out;
}

export function toTestModule(code: string): string {
  const lines = code.split('\n').map((line) => {
    const imp = line.match(/^(\s*import .* from )'([^']+)';\s*$/);
    const target = imp ? SUBPATHS[imp[2]!] : undefined;
    if (imp && target !== undefined) return `${imp[1]}'${join(root, target)}';`;
    const assertion = line.match(/^(\s*)([^/].*?);\s*\/\/\s*(['"[{\d-]|true|false|null|undefined)(.*)$/);
    if (assertion) {
      const value = (assertion[3]! + assertion[4]!).replace(/\s+—.*$/, '').replace(/\s+\(.*\)\s*$/, '');
      return `${assertion[1]}__expect(${assertion[2]}, ${value});`;
    }
    return line;
  });
  return `import { expect as __vitestExpect } from 'vitest';\nconst __expect = (a: unknown, b: unknown) => __vitestExpect(a).toEqual(b);\n${lines.join('\n')}\nexport {};\n`;
}

let counter = 0;
export async function runExample(code: string): Promise<void> {
  const dir = join(root, '.tmp', 'examples');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `example-${process.pid}-${counter++}.ts`);
  writeFileSync(file, toTestModule(code));
  await import(/* @vite-ignore */ file);
}
