import { describe, expect, it, vi } from 'vitest';
import { main } from './main.js';
import { captureIo, EXAMPLE } from './testIo.js';

vi.mock('../builtIn.js', async (importOriginal) => {
  const broken = () => {
    throw new TypeError("Cannot read properties of undefined (reading 'level')");
  };
  return { ...(await importOriginal<typeof import('../builtIn.js')>()), evaluateReview: broken, parseAndEvaluateReview: broken };
});

describe('an internal error', () => {
  it('exits 70 with a short message and no stack', async () => {
    const c = captureIo();
    expect(await main(['evaluate', EXAMPLE], c.io)).toBe(70);
    expect(c.stdout()).toBe('');
    expect(c.stderr()).toContain("xeploai: internal error: Cannot read properties of undefined (reading 'level')");
    expect(c.stderr()).not.toMatch(/\n\s+at /);
  });

  it('shows the stack with XEPLOAI_DEBUG=1', async () => {
    const c = captureIo({ env: { XEPLOAI_DEBUG: '1' } });
    expect(await main(['evaluate', EXAMPLE], c.io)).toBe(70);
    expect(c.stderr()).toMatch(/\n\s+at /);
  });
});
