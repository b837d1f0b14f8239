// The guides' TypeScript runs: every ```ts block of the guides this file lists is an example
// (imports of 'xeploai…' point at the sources; `expression; // value` is an assertion), and a
// ```ts test-file block is a test file whose tests run here. Blocks marked ```ts no-run only
// type-check (types.test.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { root, writeIfChanged } from './extract.js';
import { GUIDES, guideBlocks } from './guides.js';
import { entryKeysOf, runtimeSources } from './sources.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { TABLES } from './tables.js';
import { toRunModule, type ExampleScope } from './transform.js';

const publicSources = await runtimeSources();
const entryKeys = entryKeysOf(publicSources);
const scope = (file: string): ExampleScope => ({ file: join(root, file), imports: new Map(), sources: publicSources, entryKeys });
const blocks = GUIDES.flatMap((g) => guideBlocks(g, readFileSync(join(root, g), 'utf8')));

function moduleFile(b: { file: string; line: number }): string {
  return join(root, '.tmp', 'docs-guides', `${b.file.replace(/[^a-zA-Z0-9]+/g, '_')}_${b.line}.ts`);
}

describe('guide examples run', () => {
  beforeEach(() => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  it.each(blocks.filter((b) => b.mode === 'run').map((b) => [`${b.file}:${b.line}`, b] as const))('%s', async (_name, b) => {
    const file = moduleFile(b);
    writeIfChanged(file, toRunModule(b.code, scope(b.file)));
    await import(/* @vite-ignore */ file);
  });
});

// test-file blocks register their own describe/it: imported while this file is collected
for (const b of blocks.filter((x) => x.mode === 'test-file')) {
  const file = moduleFile(b);
  writeIfChanged(file, toRunModule(b.code, scope(b.file)));
  describe(`${b.file}:${b.line} (test file)`, async () => {
    await import(/* @vite-ignore */ file);
  });
}

describe('generated tables in the guides match the code (UPDATE_DOCS=1 rewrites them)', () => {
  it.each(Object.entries(TABLES))('%s', (name, { file, build }) => {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    const start = `<!-- ${name}:start -->\n`;
    const end = `\n<!-- ${name}:end -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < 0) throw new Error(`${file}: markers <!-- ${name}:start --> / <!-- ${name}:end --> not found`);
    const actual = text.slice(from + start.length, to);
    const expected = build();
    if (actual !== expected && process.env['UPDATE_DOCS'] === '1') writeFileSync(path, text.slice(0, from + start.length) + expected + text.slice(to));
    else expect(actual, `${file}: the table ${name} differs from the code; run UPDATE_DOCS=1 npx vitest run test/docs/guides.test.ts`).toBe(expected);
  });
});

describe('the CLI guide shows each command as the CLI does', () => {
  const guide = readFileSync(join(root, 'docs/guides/cli.md'), 'utf8');
  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(guide, `docs/guides/cli.md lacks the synopsis of ${c.name}`).toContain(`xeploai ${c.name} ${c.synopsis}`);
  });
});
