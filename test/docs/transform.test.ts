// The doc-example runner itself: what a `// value` comment becomes, and that a wrong value fails.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, writeIfChanged } from './extract.js';
import { __docExpect, __ELLIPSIS } from './match.js';
import { documentedValue, isTypeOnly, toRunModule, type ExampleScope } from './transform.js';

describe('documentedValue', () => {
  it.each([
    ["// 'HTTNV'", "'HTTNV'"],
    ['// 645', '645'],
    ['// true — HTTNV trở lên', 'true'],
    ["// 'Nguyễn Văn An' (NFC, trimmed)", "'Nguyễn Văn An'"],
    ['// false: results is required', 'false'],
    ['// 20 — "trên 20%"', '20'],
    ['// 80 for HTXSNV', '80'],
    ["// ['a', …]", "['a', __ELLIPSIS]"],
    ["// { status: 'dat', … }", "{ status: 'dat', __rest: __ELLIPSIS }"],
    ["// 'Đảng viên … (KHTNV)'", "'Đảng viên … (KHTNV)'"],
    ['// => 3', '3'],
  ])('%s → %s', (comment, value) => {
    expect(documentedValue(comment)).toBe(value);
  });

  it.each(['// > 0', '// the text that requires it', '// 0 or 2', '// 0, 1 or 2', '// …'])('%s is prose', (comment) => {
    expect(documentedValue(comment)).toBeUndefined();
  });
});

describe('__docExpect', () => {
  it('compares deeply, with … as "and more"', () => {
    __docExpect({ a: 1, b: [1, 2] }, { a: 1, b: [1, 2] }, 'x');
    __docExpect(['q132', 'q124', 'q366'], ['q124', __ELLIPSIS], 'x');
    __docExpect({ a: 1, b: 2, c: 3 }, { b: 2, __rest: __ELLIPSIS }, 'x');
    __docExpect('Đảng viên dv-3: mong đợi HTTNV', 'Đảng viên … HTTNV', 'x');
    expect(() => __docExpect({ a: 1, b: 2 }, { a: 1 }, 'x')).toThrow();
    expect(() => __docExpect(['q132'], ['q124', __ELLIPSIS], 'x')).toThrow();
    expect(() => __docExpect('abc', 'x…', 'x')).toThrow();
  });
});

describe('toRunModule', () => {
  const scope: ExampleScope = { file: join(root, 'src/levels.ts'), imports: new Map(), sources: [{ path: join(root, 'src/levels.ts'), names: new Set(['minLevel', 'LEVELS']) }] };
  const dir = join(root, '.tmp', 'docs-runner');
  mkdirSync(dir, { recursive: true });
  const run = async (name: string, code: string) => {
    const file = join(dir, `${name}.ts`);
    writeIfChanged(file, toRunModule(code, scope));
    await import(/* @vite-ignore */ file);
  };

  it('runs a right example and fails a wrong one', async () => {
    await run('right', "minLevel('HTXSNV', 'HTNV'); // 'HTNV'\nconst x = LEVELS[0]; // 'HTXSNV'\nif (x) x.length; // 6");
    await expect(run('wrong', "minLevel('HTXSNV', 'HTNV'); // 'HTXSNV'")).rejects.toThrow(/minLevel\('HTXSNV', 'HTNV'\)/);
    await expect(run('wrong-next-line', "minLevel('HTXSNV', 'HTNV');\n// 'HTTNV'")).rejects.toThrow();
  });

  it('only compiles a block with declare lines', async () => {
    const code = "declare const n: number;\nn.toFixed(1); // '1.0'";
    expect(isTypeOnly(code)).toBe(true);
    await run('declare', code);
  });

  it('refuses an import from an unknown subpath', () => {
    expect(() => toRunModule("import { x } from 'xeploai/nope';", scope)).toThrow(/unknown subpath "xeploai\/nope"/);
  });
});
