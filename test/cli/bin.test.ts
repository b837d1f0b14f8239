import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, ROOT } from '../../src/cli/testIo.js';

const BIN = path.join(ROOT, 'dist', 'cli.js');

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
});
