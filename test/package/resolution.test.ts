// Every subpath of the package, installed from its packed tarball into a fresh project, type-checks
// under each TypeScript resolution mode an app may use — node10 (`"module": "commonjs"` without
// `moduleResolution`: NestJS's and ts-jest's default), node16 from CommonJS, nodenext from ESM,
// bundler — and runs under Node from `require` and from `import`. The subpaths are read from
// package.json `exports`, so a subpath added there is checked without touching this file.
// Needs `npm run build` first (the tarball packs dist/).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../docs/extract.js';

const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  exports: Record<string, unknown>;
  dependencies?: Record<string, string>;
};

/** `xeploai`, `xeploai/core`, … — every code entry of `exports` (not `./package.json`). */
const SPECIFIERS = Object.keys(pkg.exports)
  .filter((key) => !key.endsWith('.json'))
  .map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));

interface Mode {
  readonly name: string;
  readonly file: string;
  readonly packageType: 'commonjs' | 'module';
  readonly compilerOptions: Record<string, unknown>;
}

const MODES: readonly Mode[] = [
  { name: 'node10', file: 'index.ts', packageType: 'commonjs', compilerOptions: { module: 'commonjs', target: 'es2022', esModuleInterop: true } },
  { name: 'node16-cjs', file: 'index.ts', packageType: 'commonjs', compilerOptions: { module: 'node16', moduleResolution: 'node16', target: 'es2022' } },
  { name: 'nodenext-esm', file: 'index.ts', packageType: 'module', compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022' } },
  { name: 'bundler', file: 'index.ts', packageType: 'module', compilerOptions: { module: 'esnext', moduleResolution: 'bundler', target: 'es2022' } },
];

const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
let dir = '';

function run(command: string, args: readonly string[], cwd: string): { ok: boolean; output: string } {
  try {
    return { ok: true, output: execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` || e.message };
  }
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'xeploai-resolution-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { filename: string }[];
  const modules = path.join(dir, 'node_modules');
  const installed = path.join(modules, pkg.name);
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', path.join(dir, packed[0]!.filename), '-C', installed, '--strip-components=1']);
  // The package's dependencies come from this repository's install (as npm would put them beside it).
  for (const dependency of Object.keys(pkg.dependencies ?? {})) {
    mkdirSync(path.dirname(path.join(modules, dependency)), { recursive: true });
    symlinkSync(path.join(root, 'node_modules', dependency), path.join(modules, dependency), 'dir');
  }
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a fresh project type-checks an import of every subpath', () => {
  it('reads the subpaths from package.json exports', () => {
    expect(SPECIFIERS).toContain('xeploai/rules/qd366-2025');
  });

  it.each(MODES.map((m) => [m.name, m] as const))('%s', (_name, mode) => {
    const project = path.join(dir, mode.name);
    mkdirSync(project);
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: `fixture-${mode.name}`, private: true, type: mode.packageType }));
    writeFileSync(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { ...mode.compilerOptions, strict: true, noEmit: true, skipLibCheck: true, types: [], lib: ['es2022', 'dom'] }, files: [mode.file] }),
    );
    const lines = SPECIFIERS.map((s, i) => `import * as entry${i} from '${s}';`);
    lines.push(`export const entries = [${SPECIFIERS.map((_, i) => `entry${i}`).join(', ')}];`);
    writeFileSync(path.join(project, mode.file), `${lines.join('\n')}\n`);
    const { ok, output } = run(process.execPath, [tsc, '-p', 'tsconfig.json'], project);
    expect(output, `${mode.name}: tsc failed:\n${output}`).toBe('');
    expect(ok).toBe(true);
  }, 120_000);
});

describe('Node runs an import of every subpath', () => {
  it.each([
    ['require (CommonJS)', 'run.cjs', `for (const s of ${JSON.stringify(SPECIFIERS)}) { const m = require(s); if (Object.keys(m).length === 0) throw new Error(s + ' exports nothing'); }`],
    ['import (ESM)', 'run.mjs', `for (const s of ${JSON.stringify(SPECIFIERS)}) { const m = await import(s); if (Object.keys(m).length === 0) throw new Error(s + ' exports nothing'); }`],
  ])('%s', (_name, file, code) => {
    writeFileSync(path.join(dir, file), code);
    const { ok, output } = run(process.execPath, [file], dir);
    expect(output).toBe('');
    expect(ok).toBe(true);
  }, 60_000);
});
