import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { ReviewResult } from '../../src/rules/types.js';
import { captureIo, EXAMPLE, ROOT } from '../../src/cli/testIo.js';

// examples/README.md describes what each special member demonstrates; these tests keep it true.
let result: ReviewResult;
beforeAll(async () => {
  const c = captureIo();
  expect(await main(['evaluate', EXAMPLE, '--format', 'json'], c.io)).toBe(0);
  result = JSON.parse(c.stdout()) as ReviewResult;
});

const member = (id: string) => {
  const m = result.members.find((x) => x.id === id);
  if (!m) throw new Error(`no member ${id}`);
  return { ...m, codes: m.findings.map((f) => f.code) };
};

describe('examples/xa-an-binh-2024.json', () => {
  it('is what the generator writes (deterministic)', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'examples', 'make-xa-an-binh.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('has the shape the README describes', () => {
    const review = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { organizations: { kind: string }[]; members: unknown[] };
    expect(review.members).toHaveLength(120);
    expect(review.organizations.filter((o) => o.kind === 'chi-bo')).toHaveLength(7);
    expect(result.summary.members).toMatchObject({ rated: 116, notRated: 4 });
    expect(result.leaders).toHaveLength(8);
  });

  it('rates the disciplined members as the README says', () => {
    expect(member('dv-0003')).toMatchObject({ level: 'KHTNV' });
    expect(member('dv-0048')).toMatchObject({ level: 'KHTNV' });
    expect(member('dv-0059').level).not.toBe('KHTNV');
    expect(member('dv-0075').codes).toContain('re-rate-violation-year');
    expect(member('dv-0075').level).not.toBe('KHTNV');
    expect(member('dv-0026')).toMatchObject({ level: 'KHTNV' });
    expect(member('dv-0026').codes).toContain('consecutive-khtnv');
  });

  it('leaves out the exempt, suspended and newly admitted members', () => {
    for (const id of ['dv-0106', 'dv-0033', 'dv-0013', 'dv-0058']) expect(member(id)).toMatchObject({ rated: false, level: null });
    for (const id of ['dv-0022', 'dv-0068', 'dv-0090']) expect(member(id).rated).toBe(true);
  });

  it('applies the partial-year, proposal and linkage cases', () => {
    expect(member('dv-0071')).toMatchObject({ level: 'HTNV' });
    expect(member('dv-0103')).toMatchObject({ level: 'HTNV', basis: 'HTNV' });
    expect(member('dv-0119')).toMatchObject({ level: 'HTTNV', basis: 'HTTNV' });
    expect(member('dv-0049')).toMatchObject({ level: 'HTTNV', basis: 'HTXSNV' });
    expect(member('dv-0054').codes).toContain('civil-service-mismatch');
    const head = result.leaders.find((l) => l.memberId === 'dv-0055');
    expect(head?.findings.map((f) => f.code)).toContain('head-above-unit');
    expect(result.leaders.find((l) => l.memberId === 'dv-0001')?.level).toBe('HTNV');
  });

  it('breaks the 20 % quota in one place only, by one', () => {
    const failed = result.checks.filter((c) => !c.ok);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ code: 'quota', subjects: 'members', scope: { kind: 'tccsd', id: 'xa-an-binh' }, demote: 1 });
    expect(result.summary.members).toMatchObject({ HTXSNV: 17, HTTNV: 84 });
  });
});
