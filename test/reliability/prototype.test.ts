// No input changes Object.prototype (or any built-in prototype): not the keys `__proto__`,
// `constructor` and `prototype` (refused, with their path), not ids, groups and names that spell
// them (valid data: they must work as values), not command-line settings that spell them. Each
// input goes through the API and the CLI.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { evaluateReview, parseReview, safeEvaluateReview, safeParseReview, safeParseReviewJson } from '../../src/index.js';
import { prototypeSnapshot, runCli, smallReview, tempDir, writeInput } from './helpers.js';

const BAD = fileURLToPath(new URL('../fixtures/bad/', import.meta.url));
const BAD_FILES = readdirSync(BAD).filter((f) => f.endsWith('.json') && f !== 'cases.json');
const NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'] as const;

let before: string[][];
beforeAll(() => {
  before = prototypeSnapshot();
});
afterAll(() => {
  expect(prototypeSnapshot()).toEqual(before);
});

function expectClean(): void {
  expect(prototypeSnapshot()).toEqual(before);
  const probe = {} as Record<string, unknown>;
  expect(probe['polluted']).toBeUndefined();
  expect(probe['isAdmin']).toBeUndefined();
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
  expect(typeof probe.toString).toBe('function');
}

/** Polluting payloads, as JSON text: each key at the top, in an entry, in a nested object, in settings and criteria. */
function payloads(): string[] {
  const out: string[] = [];
  const member = (extra: string) => `{"id":"dv-1","name":"A","orgId":"cb","status":"chinh-thuc","admittedOn":"2010-01-01"${extra}}`;
  const doc = (top: string, org: string, mem: string) =>
    `{"format":"xeploai/review@1","year":2024${top},"organizations":[{"id":"cb","name":"Chi bộ","kind":"chi-bo-co-so"${org}}],"members":[${member(mem)}]}`;
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    const evil = `${JSON.stringify(key)}:{"polluted":true,"isAdmin":true,"prototype":{"polluted":true},"__proto__":{"polluted":true}}`;
    out.push(doc(`,${evil}`, '', ''), doc('', `,${evil}`, ''), doc('', '', `,${evil}`));
    out.push(doc(`,"settings":{${evil}}`, '', ''), doc('', '', `,"criteria":{"results":"tot",${evil}}`), doc('', '', `,"tasks":{"assigned":1,"completed":1,${evil}}`));
    out.push(doc('', '', `,"posts":[{"orgId":"cb","title":"x",${evil}}]`), doc('', `,"sameLevelBodies":[{"name":"x","level":"HTNV",${evil}}]`, ''));
  }
  return out;
}

describe('no input changes a built-in prototype', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => {
    t = tempDir();
  });
  afterEach(() => {
    t.cleanup();
    expectClean();
  });

  it.each(payloads().map((p, i) => [i, p] as const))('payload %i: refused with its path by every entry point', async (_i, text) => {
    const parsed = safeParseReviewJson(text);
    expect(parsed.success).toBe(false);
    expect(!parsed.success && parsed.issues.some((i) => i.code === 'forbidden-key')).toBe(true);
    const value = JSON.parse(text) as unknown;
    expect(safeParseReview(value).success).toBe(false);
    expect(safeEvaluateReview(value).success).toBe(false);
    expect(safeEvaluateReview(value, { settings: { headCap: 'cap' } }).success).toBe(false);
    expectClean();
    const file = writeInput(t.dir, 'evil.json', text);
    for (const argv of [['evaluate', file, '--format', 'json'], ['evaluate', file], ['check', file]]) {
      const r = await runCli(argv, t.dir);
      expect(r.code, `${argv.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toMatch(/(__proto__|constructor|prototype): expected a field name other than/);
    }
  });

  it.each(BAD_FILES)('bad fixture %s through the API and the CLI', async (file) => {
    const text = readFileSync(path.join(BAD, file), 'utf8');
    safeParseReviewJson(text);
    try {
      safeEvaluateReview(JSON.parse(text));
    } catch {
      // not JSON: parsed above
    }
    await runCli(['evaluate', path.join(BAD, file), '--format', 'json'], t.dir);
    expectClean();
  });
});

describe('ids, groups, names and titles that spell prototype keys are plain values', () => {
  /** A valid review where every id, group, name and title is one of the names. */
  function spelled(): Record<string, unknown> {
    return {
      format: 'xeploai/review@1',
      year: 2024,
      reviewDate: '2024-12-15',
      settings: { quotaScope: 'group' },
      organizations: NAMES.map((n, i) => ({ id: n, name: n, kind: i === 0 ? 'dang-bo-co-so' : 'chi-bo', group: n, ...(i > 0 ? { parentId: NAMES[0] } : {}), proposedLevel: 'HTXSNV' })),
      members: NAMES.map((n, i) => ({
        id: n,
        name: n,
        orgId: NAMES[(i % (NAMES.length - 1)) + 1],
        status: 'chinh-thuc',
        admittedOn: '2010-01-01',
        proposedLevel: 'HTXSNV',
        posts: [{ orgId: n, title: n, head: true }],
        disciplines: i === 2 ? [{ form: 'khien-trach', decidedOn: '2024-05-05', orgIdAtViolation: NAMES[3] }] : [],
      })),
    };
  }

  it('the API rates every subject, each under its own id', () => {
    const review = parseReview(spelled());
    const result = evaluateReview(review);
    expect(result.members.map((m) => m.id)).toEqual([...NAMES]);
    expect(result.organizations.map((o) => o.id)).toEqual([...NAMES]);
    expect(result.leaders.map((l) => l.memberId)).toEqual([...NAMES]);
    expect(result.members.every((m) => m.rated)).toBe(true);
    // one quota check per group, each named by its group
    expect(new Set(result.checks.filter((c) => c.code === 'quota' && c.subjects === 'organizations').map((c) => c.scope.id))).toEqual(new Set(NAMES));
    expectClean();
  });

  it.each([['json'], ['table'], ['ndjson']])('the CLI prints --format %s', async (format) => {
    const t = tempDir();
    try {
      const file = writeInput(t.dir, 'spelled.json', spelled());
      const r = await runCli(['evaluate', file, '--format', format], t.dir);
      expect(r.code, r.stderr).toBe(0);
      for (const n of NAMES) expect(r.stdout).toContain(n);
      const c = await runCli(['check', file], t.dir);
      expect([0, 1], c.stderr).toContain(c.code);
    } finally {
      t.cleanup();
    }
    expectClean();
  });
});

describe('settings on the command line that spell prototype keys', () => {
  let t: ReturnType<typeof tempDir>;
  let file: string;
  beforeEach(() => {
    t = tempDir();
    file = writeInput(t.dir, 'review.json', smallReview());
  });
  afterEach(() => {
    t.cleanup();
    expectClean();
  });

  it.each(['constructor=cap', 'prototype=cap', 'toString=1', 'hasOwnProperty=true'])('--set %s: exit 2, the name reported', async (set) => {
    const r = await runCli(['evaluate', file, '--format', 'json', '--set', set], t.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`settings.${set.split('=')[0]}: `);
  });

  // Regression: `settings[name] = value` once made `--set __proto__=x` a silent no-op; the
  // settings of the command line are now own properties, refused with their path.
  it('--set __proto__=x is refused like any unknown setting', async () => {
    const r = await runCli(['evaluate', file, '--format', 'json', '--set', '__proto__=x'], t.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('settings.__proto__');
    expect(Object.prototype).not.toHaveProperty('x');
  });
});
