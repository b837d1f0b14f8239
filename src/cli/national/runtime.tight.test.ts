// The set-up of a national-scale NDJSON run, in a process of its own (the set-up happens once a
// process): runtime.test.ts has the other runs.
import { truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../main.js';
import { captureIo, scratchDirs } from '../testIo.js';
import { heapKeptTight, PARALLEL_FROM_BYTES } from './runtime.js';
import { watchSchemas } from './testSchemas.js';

const flags = vi.hoisted(() => [] as { flag: string; schemasBuilt: number }[]);
const schemas = watchSchemas();
// The flags are recorded, not set: this process is the test runner's.
vi.mock('node:v8', async (importOriginal) => ({
  ...(await importOriginal<typeof import('node:v8')>()),
  setFlagsFromString: (flag: string) => void flags.push({ flag, schemasBuilt: schemas.built() }),
}));

const scratch = scratchDirs();

describe('the set-up of a national-scale NDJSON run', () => {
  it('sets the heap flags before the commands build any schema, and leaves zod/compile out', async () => {
    const dir = scratch();
    const file = path.join(dir, 'national.ndjson');
    writeFileSync(file, '');
    truncateSync(file, PARALLEL_FROM_BYTES); // sparse: no disk written
    const c = captureIo({ cwd: dir });
    // An unknown format: the command stops before reading, once its modules (and schemas) exist.
    expect(await main(['evaluate', 'national.ndjson', '--format', 'nope'], c.io)).toBe(2);
    expect(flags).toEqual([
      { flag: '--heap-growing-percent=20', schemasBuilt: 0 },
      { flag: '--semi-space-growth-factor=1', schemasBuilt: 0 },
    ]);
    expect(schemas.built()).toBeGreaterThan(100);
    expect(schemas.compilerInstalledAt()).toBeUndefined();
    expect(heapKeptTight()).toBe(true);
  });
});
