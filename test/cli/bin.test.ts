import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PARALLEL_FROM_BYTES } from '../../src/cli/national/runtime.js';
import { EXAMPLE, ROOT, scratchDirs } from '../../src/cli/testIo.js';

const BIN = path.join(ROOT, 'dist', 'cli.js');
const scratch = scratchDirs();

// Loaded with --import before the bundle: counts the zod schemas built (each construction reads
// `globalConfig.postProcessor`), and notes how many existed when V8's flags were set and when
// zod/compile installed its post-processor; printed on stderr at exit.
const WATCH = `
import { createRequire, syncBuiltinESMExports } from 'node:module';
const v8 = createRequire(import.meta.url)('node:v8');
const seen = { built: 0, flagsAt: [], compilerAt: null };
let pp;
globalThis.__zod_globalConfig = Object.defineProperty({}, 'postProcessor', {
  configurable: true, enumerable: true,
  get() { seen.built++; return pp; },
  set(v) { seen.compilerAt ??= seen.built; pp = v; },
});
const setFlags = v8.setFlagsFromString;
v8.setFlagsFromString = (flag) => { seen.flagsAt.push(seen.built); setFlags(flag); };
syncBuiltinESMExports();
process.on('exit', () => process.stderr.write('WATCH ' + JSON.stringify(seen) + '\\n'));
`;

// Only after `npm run build`; the in-process tests cover the behaviour, this covers the bundle.
describe.skipIf(!existsSync(BIN))('the built CLI (dist/cli.js)', () => {
  const node = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it('starts with a shebang and prints the version', () => {
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = node(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });

  it('evaluates the example', () => {
    const r = node(['evaluate', EXAMPLE, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { format: string }).format).toBe('xeploai/result@1');
  });

  it('exits 2 on a missing file, with nothing on stdout', () => {
    const r = node(['evaluate', 'no/such/file.json']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('no/such/file.json');
  });

  // The bundle keeps the commands in lazy wrappers (tsup.config.ts: no splitting) that main.ts
  // runs by import() after the set-up: what the source tests check, checked on the bundle.
  describe('sets the process up before the commands build their schemas', () => {
    const watched = (args: string[], cwd: string) => {
      const watch = path.join(scratch(), 'watch.mjs');
      writeFileSync(watch, WATCH);
      const r = spawnSync(process.execPath, ['--import', pathToFileURL(watch).href, BIN, ...args], { cwd, encoding: 'utf8' });
      const line = r.stderr.split('\n').find((l) => l.startsWith('WATCH '));
      return { status: r.status, seen: JSON.parse(line!.slice(6)) as { built: number; flagsAt: number[]; compilerAt: number | null } };
    };

    it('a JSON review: zod/compile first', () => {
      const { status, seen } = watched(['evaluate', EXAMPLE, '--format', 'json'], ROOT);
      expect(status).toBe(0);
      expect(seen.compilerAt).toBe(0);
      expect(seen.flagsAt).toEqual([]);
      expect(seen.built).toBeGreaterThan(100);
    });

    it('a national NDJSON file: the heap flags first, and no zod/compile', () => {
      const dir = scratch();
      writeFileSync(path.join(dir, 'national.ndjson'), '');
      truncateSync(path.join(dir, 'national.ndjson'), PARALLEL_FROM_BYTES); // sparse
      const { status, seen } = watched(['evaluate', 'national.ndjson', '--format', 'nope'], dir);
      expect(status).toBe(2);
      expect(seen.flagsAt).toEqual([0, 0]);
      expect(seen.compilerAt).toBeNull();
      expect(seen.built).toBeGreaterThan(100);
    });
  });
});
