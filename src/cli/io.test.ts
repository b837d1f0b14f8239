import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CliError } from './exit.js';
import { parseJsonObject, stripBom } from './input.js';
import { fileErrorReason, readTextFile, useColor, writeFileAtomic } from './io.js';
import { readVersion } from './version.js';
import { ROOT, tempDir } from './testIo.js';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

describe('parseJsonObject', () => {
  it('parses an object and strips a BOM', () => {
    expect(stripBom('\uFEFF{}')).toBe('{}');
    expect(parseJsonObject('\uFEFF{"year": 2024}', 'r.json')).toEqual({ year: 2024 });
  });

  it.each([
    ['', 'r.json: invalid JSON: the file is empty'],
    ['  \n', 'r.json: invalid JSON: the file is empty'],
    ['[]', 'r.json: invalid JSON: expected an object, got an array'],
    ['42', 'r.json: invalid JSON: expected an object, got 42'],
    ['null', 'r.json: invalid JSON: expected an object, got null'],
  ])('rejects %j with one line', (text, message) => {
    expect(() => parseJsonObject(text, 'r.json')).toThrow(new CliError(message));
  });

  it('rejects a syntax error with a one-line message naming the file', () => {
    let error: unknown;
    try {
      parseJsonObject('{"year": 2024,', 'r.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toMatch(/^r\.json: invalid JSON: \S/);
    expect((error as CliError).message).not.toContain('\n');
    expect((error as CliError).exitCode).toBe(2);
  });
});

describe('files', () => {
  it('writes atomically and leaves no temporary file', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const target = path.join(t.dir, 'out.json');
    writeFileSync(target, 'old');
    await writeFileAtomic('out.json', 'mới\n', t.dir);
    expect(readFileSync(target, 'utf8')).toBe('mới\n');
    expect(readdirSync(t.dir)).toEqual(['out.json']);
  });

  it('leaves nothing behind when the directory does not exist', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    await expect(writeFileAtomic(path.join('missing', 'out.json'), 'x', t.dir)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(t.dir)).toEqual([]);
  });

  it('rejects bytes that are not UTF-8', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    writeFileSync(path.join(t.dir, 'latin1.json'), Buffer.from([0x7b, 0xe9, 0x7d]));
    const error = await readTextFile('latin1.json', t.dir).catch((e: unknown) => e);
    expect(fileErrorReason(error)).toBe('not UTF-8 text');
  });

  it('names file errors briefly', () => {
    expect(fileErrorReason(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe('no such file or directory');
    expect(fileErrorReason(Object.assign(new Error('x'), { code: 'EISDIR' }))).toBe('is a directory');
  });
});

describe('environment', () => {
  it('colours only a terminal without NO_COLOR', () => {
    expect(useColor({ stdoutIsTTY: true, env: {} })).toBe(true);
    expect(useColor({ stdoutIsTTY: true, env: { NO_COLOR: '1' } })).toBe(false);
    expect(useColor({ stdoutIsTTY: true, env: { NO_COLOR: '' } })).toBe(true);
    expect(useColor({ stdoutIsTTY: false, env: {} })).toBe(false);
  });

  it('reads the version from the package.json above the module', async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await readVersion()).toBe(pkg.version);
    expect(await readVersion(new URL('file:///nonexistent/dir/cli.js'))).toBe('unknown');
  });
});
