import { truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { heapKeptTight, isLargeStream, PARALLEL_FROM_BYTES } from '../../src/cli/startup.js';
import { tempDir } from './helpers.js';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

describe('the heap of a national-scale NDJSON run (src/cli/startup.ts)', () => {
  it('is kept tight only for evaluate or check of a large .ndjson or .jsonl file', () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const large = path.join(t.dir, 'national.ndjson');
    const largeJson = path.join(t.dir, 'national.json');
    const small = path.join(t.dir, 'small.jsonl');
    for (const f of [large, largeJson]) {
      writeFileSync(f, '');
      truncateSync(f, PARALLEL_FROM_BYTES); // sparse: no disk written
    }
    writeFileSync(small, '{}\n');
    expect(isLargeStream(['evaluate', 'national.ndjson', '--format', 'ndjson'], t.dir)).toBe(true);
    expect(isLargeStream(['check', 'NATIONAL.ndjson'.toLowerCase()], t.dir)).toBe(true);
    expect(isLargeStream(['evaluate', 'national.json'], t.dir)).toBe(false);
    expect(isLargeStream(['evaluate', 'small.jsonl'], t.dir)).toBe(false);
    expect(isLargeStream(['evaluate', 'missing.ndjson'], t.dir)).toBe(false);
    expect(isLargeStream(['report', 'national.ndjson'], t.dir)).toBe(false);
  });

  it('is left as V8 sets it under a test runner', () => {
    expect(heapKeptTight).toBe(false);
  });
});
