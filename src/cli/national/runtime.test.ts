import { truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { captureIo, scratchDirs } from '../testIo.js';
import { heapKeptTight, isLargeStream, isNationalWorker, PARALLEL_FROM_BYTES } from './runtime.js';
import { watchSchemas } from './testSchemas.js';

const scratch = scratchDirs();
// Before anything of the CLI loads: this file imports only main.ts, whose static imports build no schema.
const schemas = watchSchemas();

describe('the set-up of the process (src/cli/national/runtime.ts)', () => {
  it('keeps the heap tight only for evaluate or check of a large .ndjson or .jsonl file', () => {
    const dir = scratch();
    const large = path.join(dir, 'national.ndjson');
    const largeJson = path.join(dir, 'national.json');
    const small = path.join(dir, 'small.jsonl');
    for (const f of [large, largeJson]) {
      writeFileSync(f, '');
      truncateSync(f, PARALLEL_FROM_BYTES); // sparse: no disk written
    }
    writeFileSync(small, '{}\n');
    expect(isLargeStream(['evaluate', 'national.ndjson', '--format', 'ndjson'], dir)).toBe(true);
    expect(isLargeStream(['check', 'national.ndjson'], dir)).toBe(true);
    expect(isLargeStream(['evaluate', 'national.json'], dir)).toBe(false);
    expect(isLargeStream(['evaluate', 'small.jsonl'], dir)).toBe(false);
    expect(isLargeStream(['evaluate', 'missing.ndjson'], dir)).toBe(false);
    expect(isLargeStream(['report', 'national.ndjson'], dir)).toBe(false);
  });

  it('recognizes the data of a national worker thread', () => {
    expect(isNationalWorker({ xeploaiNdjsonWorker: true, tightHeap: true })).toBe(true);
    expect(isNationalWorker({ tightHeap: true })).toBe(false);
    expect(isNationalWorker(null)).toBe(false);
  });

  it('main installs zod/compile before the commands build their schemas, for any other run', async () => {
    expect(schemas.built()).toBe(0);
    const c = captureIo();
    expect(await main(['evaluate', 'examples/xa-an-binh-2024.json', '--format', 'json'], c.io)).toBe(0);
    expect(schemas.compilerInstalledAt()).toBe(0);
    expect(schemas.built()).toBeGreaterThan(100);
    expect(heapKeptTight()).toBe(false);
  });
});
