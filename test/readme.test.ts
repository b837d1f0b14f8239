import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeBlocks, runExample } from './helpers/examples.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('has exactly two set-up commands, one running the example and one the tests', () => {
    const sh = codeBlocks(readme, 'sh').filter((b) => b.startsWith('npm ci'));
    expect(sh).toHaveLength(2);
    expect(sh[0]).toMatch(/npx xeploai evaluate examples\/\S+\.json/);
    expect(sh[1]).toMatch(/npm test/);
  });

  it.each(codeBlocks(readme).map((code, i) => [i, code] as const))('TypeScript example %i runs and its commented values hold', async (_i, code) => {
    await runExample(code);
  });
});
