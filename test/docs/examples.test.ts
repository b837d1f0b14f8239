// Every `@example` in src/ runs: imports of 'xeploai…' point at the sources, and a line
// `expression; // value` asserts that the expression equals the value (see transform.ts).
// A failing example is a documentation bug (or a code bug): fix the doc or the code, never skip it
// silently — SKIP names files whose owners are still writing them, and must stay empty at release.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { extractExamples, root, sourceFiles, writeIfChanged, type DocExample } from './extract.js';
import { entryKeysOf, exampleScope, runtimeSources } from './sources.js';
import { SKIP_RUN } from './skip.js';
import { isTypeOnly, toRunModule } from './transform.js';


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

  const runnable = examples.filter((ex) => SKIP_RUN[ex.file] === undefined);
  it.each(runnable.map((ex) => [`${ex.file}:${ex.line} ${ex.symbol}${isTypeOnly(ex.code) ? ' (compiles only: declare)' : ''}`, ex] as const))('%s', async (_name, ex) => {
    await run(ex);
  });
});

async function run(ex: DocExample): Promise<void> {
  const file = moduleFile(ex);
  writeIfChanged(file, toRunModule(ex.code, exampleScope(ex.file, 'run', publicSources, entryKeys)));
  await import(/* @vite-ignore */ file);
}

describe('files in SKIP_RUN still have a failing example (else remove them from test/docs/skip.ts)', () => {
  beforeEach(() => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  it.each(Object.entries(SKIP_RUN))('%s — %s', async (file) => {
    const own = examples.filter((ex) => ex.file === file);
    let failing = 0;
    for (const ex of own) {
      try {
        await run(ex);
      } catch {
        failing++;
      }
    }
    expect(failing, `every example of ${file} runs now: remove it from SKIP_RUN`).toBeGreaterThan(0);
  });
});
