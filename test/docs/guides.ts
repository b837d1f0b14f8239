// The guides whose code is run and type-checked, and how their blocks are read.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './extract.js';

mkdirSync(join(root, '.tmp', 'docs-guides'), { recursive: true });

/** Guides (and READMEs) whose ```ts blocks are tested. */
export const GUIDES: readonly string[] = [
  'docs/guides/getting-started.md',
  'docs/guides/rule-sets.md',
  'docs/guides/settings.md',
  'docs/guides/cli.md',
  'docs/guides/formats.md',
  'docs/guides/testing-your-rules.md',
  'docs/guides/checks.md',
  'docs/guides/qd366-score-sheets.md',
  'docs/guides/programme.md',
  'docs/guides/reports.md',
  'docs/guides/excel-word.md',
  'examples/province/README.md',
];

export interface GuideBlock {
  readonly file: string;
  /** 1-based line of the block's first code line. */
  readonly line: number;
  readonly code: string;
  /** `run`: an example; `test-file`: registers tests; `no-run`: type-check only; `no-check`: neither (code of the reader's own project). */
  readonly mode: 'run' | 'test-file' | 'no-run' | 'no-check';
}

/** The ```ts blocks of a Markdown file, with their mode (the words after `ts` in the fence). */
export function guideBlocks(file: string, markdown: string): GuideBlock[] {
  const out: GuideBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```(?:ts|typescript)(?:\s+(test-file|no-run|no-check))?\s*$/.exec(lines[i]!);
    if (!fence) continue;
    let end = i + 1;
    while (end < lines.length && lines[end] !== '```') end++;
    out.push({ file, line: i + 2, code: lines.slice(i + 1, end).join('\n'), mode: (fence[1] as GuideBlock['mode'] | undefined) ?? 'run' });
    i = end;
  }
  return out;
}
