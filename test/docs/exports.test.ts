// Every exported declaration in src/ has TSDoc with a summary and an `@example` (the examples
// themselves are run by examples.test.ts and type-checked by types.test.ts).
import { describe, expect, it } from 'vitest';
import { exportedDeclarations, sourceFiles } from './extract.js';
import { SKIP_EXPORTS } from './skip.js';

describe('TSDoc on every export', () => {
  const exports = sourceFiles().flatMap(exportedDeclarations);
  const lacking = (file?: string) =>
    exports
      .filter((e) => (!e.summary || !e.example) && (file === undefined ? SKIP_EXPORTS[e.file] === undefined : e.file === file))
      .map((e) => `${e.file}:${e.line} ${e.name} — ${[!e.summary && 'no summary', !e.example && 'no @example'].filter(Boolean).join(', ')}`);

  it('finds the exports', () => {
    expect(exports.length).toBeGreaterThan(200);
  });

  it('every exported declaration has a summary and an @example', () => {
    const list = lacking();
    expect(list, `exports without a summary or an @example:\n${list.join('\n')}`).toEqual([]);
  });

  it.each(Object.entries(SKIP_EXPORTS))('%s is still listed in SKIP_EXPORTS for a reason — %s', (file) => {
    expect(lacking(file).length, `every export of ${file} is documented now: remove it from SKIP_EXPORTS`).toBeGreaterThan(0);
  });
});
