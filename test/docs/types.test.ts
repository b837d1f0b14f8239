// Every `@example` in src/ type-checks under the repository's compiler options (strict,
// exactOptionalPropertyTypes, noUncheckedIndexedAccess), as a user's file importing 'xeploai…'
// would. Names an example uses without importing come from its file or the public entries.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, it } from 'vitest';
import { entryFile, extractExamples, root, sourceFiles, SUBPATHS, type DocExample } from './extract.js';
import { SKIP_TYPES } from './skip.js';
import { compilerOptions, exampleScope, typedSources } from './sources.js';
import { toTypeModule } from './transform.js';
import { copyExample } from './province.js';
import { GUIDES, guideBlocks } from './guides.js';

const examples: DocExample[] = sourceFiles().flatMap(extractExamples);
const dir = join(root, '.tmp', 'docs-types');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const options = compilerOptions();
const entries = Object.keys(SUBPATHS).map((s) => entryFile(s)!);
const entryProgram = ts.createProgram(entries, options);
const publicSources = typedSources(entryProgram);

interface Generated {
  readonly ex: DocExample;
  readonly path?: string;
  readonly offset: number;
  readonly error?: string;
}

const generated: Generated[] = examples.map((ex, i) => {
  try {
    const { text, offset } = toTypeModule(ex.code, exampleScope(ex.file, 'types', publicSources));
    const path = join(dir, `${String(i).padStart(4, '0')}_${ex.file.replace(/[^a-zA-Z0-9]+/g, '_')}_${ex.line}.ts`);
    writeFileSync(path, text);
    return { ex, path, offset };
  } catch (e) {
    return { ex, offset: 0, error: (e as Error).message };
  }
});

/** Example code users copy, checked as they would compile it. */
const EXAMPLE_FILES = ['examples/province/rule-set.ts', 'examples/province/rule-set.test.ts'];
const exampleCopies = EXAMPLE_FILES.map((f) => [f, copyExample(f)] as const);

/** The guides' code blocks (all but `no-check`), type-checked as users' files. */
const guideGenerated = GUIDES.flatMap((g) => guideBlocks(g, readFileSync(join(root, g), 'utf8')))
  .filter((b) => b.mode !== 'no-check')
  .map((b, i) => {
    const scope = { file: join(root, b.file), imports: new Map(), sources: publicSources };
    const ex: DocExample = { file: b.file, symbol: `(${b.mode})`, line: b.line, code: b.code };
    try {
      const { text, offset } = toTypeModule(b.code, scope);
      const path = join(dir, `guide_${String(i).padStart(3, '0')}_${b.file.replace(/[^a-zA-Z0-9]+/g, '_')}_${b.line}.ts`);
      writeFileSync(path, text);
      return { ex, path, offset } as Generated;
    } catch (e) {
      return { ex, offset: 0, error: (e as Error).message } as Generated;
    }
  });

const program = ts.createProgram(
  [...[...generated, ...guideGenerated].flatMap((g) => (g.path === undefined ? [] : [g.path])), ...exampleCopies.map(([, c]) => c)],
  options,
  undefined,
  entryProgram,
);

function problems(g: Generated): string[] {
  if (g.error !== undefined) return [g.error];
  const sf = program.getSourceFile(g.path!)!;
  return [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)].map((d) => {
    const where = d.start === undefined ? '' : `${g.ex.file}:${g.ex.line + sf.getLineAndCharacterOfPosition(d.start).line - g.offset}: `;
    const shim = entryFile('xeploai')!;
    return `${where}TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n').replaceAll(`"${shim.replace(/\.ts$/, '')}"`, 'xeploai').replaceAll(`"${shim}"`, 'xeploai')}`;
  });
}

describe('documentation examples type-check', () => {
  it.each(generated.filter((g) => SKIP_TYPES[g.ex.file] === undefined).map((g) => [`${g.ex.file}:${g.ex.line} ${g.ex.symbol}`, g] as const))('%s', (_name, g) => {
    const found = problems(g);
    if (found.length > 0) throw new Error(found.join('\n'));
  });
});

describe('files in SKIP_TYPES still have an example that does not type-check (else remove them from test/docs/skip.ts)', () => {
  it.each(Object.entries(SKIP_TYPES))('%s — %s', (file) => {
    const failing = generated.filter((g) => g.ex.file === file && problems(g).length > 0).length;
    if (failing === 0) throw new Error(`every example of ${file} type-checks now: remove it from SKIP_TYPES`);
  });
});

describe('guide code blocks type-check', () => {
  it.each(guideGenerated.map((g) => [`${g.ex.file}:${g.ex.line} ${g.ex.symbol}`, g] as const))('%s', (_name, g) => {
    const found = problems(g);
    if (found.length > 0) throw new Error(found.join('\n'));
  });
});

describe('example code in examples/ type-checks', () => {
  it.each(exampleCopies)('%s', (file, copy) => {
    const sf = program.getSourceFile(copy)!;
    const found = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)].map(
      (d) => `${file}:${d.start === undefined ? '?' : sf.getLineAndCharacterOfPosition(d.start).line + 1}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    );
    if (found.length > 0) throw new Error(found.join('\n'));
  });
});
