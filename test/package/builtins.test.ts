// The library entries must run in browsers and workers: no Node built-in (node:fs, path,
// process via import…) may be reachable from them. Only the CLI (src/cli, bin) may use Node.
import { describe, expect, it } from 'vitest';
import { SUBPATHS } from '../docs/extract.js';
import { bundle } from './bundle.js';

describe('no Node built-ins in the library entries (platform: neutral)', () => {
  it.each(Object.entries(SUBPATHS))('%s (%s)', async (_specifier, entry) => {
    // Excel and Word: as a browser bundler resolves exceljs and docx (their browser builds).
    const b = await bundle(entry, { browser: /^src\/(xlsx|docx)\//.test(entry) });
    expect(b.nodeImports, `${entry} reaches Node built-ins:\n${b.nodeImports.join('\n')}`).toEqual([]);
  }, 60_000);

  it('the check itself sees a Node import', async () => {
    const b = await bundle('src/cli/io.ts');
    expect(b.nodeImports.length).toBeGreaterThan(0);
  }, 60_000);
});
