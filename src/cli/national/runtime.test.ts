import { truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { heapKeptTight, isLargeStream, PARALLEL_FROM_BYTES } from './runtime.js';
import { scratchDirs } from '../testIo.js';

const scratch = scratchDirs();

describe('the heap of a national-scale NDJSON run (src/cli/startup.ts)', () => {
  it('is kept tight only for evaluate or check of a large .ndjson or .jsonl file', () => {
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

  it('is left as V8 sets it under a test runner', () => {
    expect(heapKeptTight).toBe(false);
  });
});
