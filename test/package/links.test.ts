// The documentation travels with the package: every relative link of every Markdown file the
// tarball ships (README, docs/guides, the rules pages, examples) points at a file the tarball
// ships too, so the links work in the repository, in node_modules/xeploai and on the npm page.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../docs/extract.js';
import { readFileSync } from 'node:fs';

const packed = (JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
const shipped = new Set(packed);
const markdown = packed.filter((f) => f.endsWith('.md') && f !== 'CHANGELOG.md');

/** Relative link targets of a Markdown text, outside code blocks: `[text](target)`. */
function relativeLinks(text: string): string[] {
  const prose = text.replace(/```[\s\S]*?```/g, '');
  const out: string[] = [];
  for (const m of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = m[1]!;
    if (/^[a-z]+:/i.test(target) || target.startsWith('#')) continue;
    out.push(target.split('#')[0]!);
  }
  return out;
}

describe('the package ships its documentation', () => {
  it('ships the guides, the rules pages and the examples', () => {
    for (const file of ['README.md', 'docs/guides/formats.md', 'docs/guides/getting-started.md', 'docs/rules-qd366-2025.md', 'examples/README.md', 'examples/xa-an-binh-2024.json', 'examples/province/rule-set.ts']) {
      expect(shipped, file).toContain(file);
    }
  });

  it.each(markdown.map((f) => [f] as const))('every relative link of %s points into the package', (file) => {
    const dead = relativeLinks(readFileSync(path.join(root, file), 'utf8'))
      .map((target) => path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURI(target))))
      .filter((target) => !shipped.has(target) && !packed.some((f) => f.startsWith(`${target.replace(/\/$/, '')}/`)));
    expect(dead, `${file} links to files the package does not ship`).toEqual([]);
  });
});
