// The import-loop check of CI (`npm run lint:cycles`, dpdm with type imports) starts from every
// entry the package builds and from the CLI, so a new subpath cannot escape it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, SUBPATHS } from '../docs/extract.js';

describe('npm run lint:cycles', () => {
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const command = scripts['lint:cycles'] ?? '';
  const files = command.split(/\s+/).filter((word) => word.startsWith('src/'));

  it('fails on a loop, type imports included', () => {
    expect(command).toMatch(/^dpdm /);
    expect(command).toContain('--exit-code circular:1');
    expect(command).toContain('-T false');
  });

  it('starts from every tsup entry and the CLI (with the modules it loads with import(): the commands and the workers)', () => {
    expect(new Set(files)).toEqual(new Set([...Object.values(SUBPATHS), 'src/cli/main.ts', 'src/cli/dispatch.ts', 'src/cli/national/workers.ts']));
  });

  it('runs in CI right after the build', () => {
    const ci = readFileSync(join(root, '.ci/run'), 'utf8');
    expect(ci.indexOf('npm run lint:cycles')).toBeGreaterThan(ci.indexOf('npm run build'));
  });
});
