// Every `@example` in src/ runs: imports of 'xeploai…' point at the sources, and a line
// `expression; // value` asserts that the expression equals the value (see transform.ts).
// A failing example is a documentation bug (or a code bug): fix the doc or the code, never skip it
// silently — SKIP names files whose owners are still writing them, and must stay empty at release.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { extractExamples, root, sourceFiles, type DocExample } from './extract.js';
import { entryKeysOf, exampleScope, runtimeSources } from './sources.js';
import { isTypeOnly, toRunModule } from './transform.js';

/** Files whose examples are not run yet, each with the reason. Goal: empty. */
export const SKIP: Readonly<Record<string, string>> = {};

const examples: DocExample[] = sourceFiles().flatMap(extractExamples);
const publicSources = await runtimeSources();
const entryKeys = entryKeysOf(publicSources);
const dir = join(root, '.tmp', 'docs-examples');
mkdirSync(dir, { recursive: true });

function moduleFile(ex: DocExample): string {
  return join(dir, `${ex.file.replace(/[^a-zA-Z0-9]+/g, '_')}_${ex.line}.ts`);
}

describe('documentation examples (@example in src/)', () => {
  beforeEach(() => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('there are examples to run', () => {
    expect(examples.length).toBeGreaterThan(100);
  });

  const runnable = examples.filter((ex) => SKIP[ex.file] === undefined);
  it.each(runnable.map((ex) => [`${ex.file}:${ex.line} ${ex.symbol}${isTypeOnly(ex.code) ? ' (compiles only: declare)' : ''}`, ex] as const))('%s', async (_name, ex) => {
    const file = moduleFile(ex);
    writeFileSync(file, toRunModule(ex.code, exampleScope(ex.file, 'run', publicSources, entryKeys)));
    await import(/* @vite-ignore */ file);
  });
});
