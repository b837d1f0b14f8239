// A 100 KB string — a name pasted with a whole document, an id column gone wrong — is handled:
// valid where a text is allowed (kept whole, NFC), rated and printed in bounded time; where it is
// invalid, reported with a message that quotes only its beginning.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluateReview, parseReview, safeParseReview } from '../../src/index.js';
import { runCli, smallReview, tempDir, writeInput } from './helpers.js';
import type { ReviewInput } from '../../src/model/input.js';

const KB100 = 100 * 1024;
/** 100 KB of Vietnamese (NFD when asked), so normalisation runs over all of it. */
function bigText(nfd = false): string {
  const unit = 'Nguyễn Thị Ánh Tuyết, Đảng bộ xã An Bình; ';
  const text = unit.repeat(Math.ceil(KB100 / unit.length)).slice(0, KB100).trim();
  return nfd ? text.normalize('NFD') : text;
}

function withMember(patch: Record<string, unknown>): Record<string, unknown> {
  const review = smallReview();
  const members = review['members'] as Record<string, unknown>[];
  members[0] = { ...members[0], ...patch };
  return review;
}

describe('a 100 KB text where text is allowed', () => {
  it('a name: kept whole, NFC, rated', () => {
    const name = bigText(true);
    const started = performance.now();
    const review = parseReview(withMember({ name }));
    expect(review.members[0]!.name).toBe(name.normalize('NFC'));
    expect(evaluateReview(review).members[0]!.rated).toBe(true);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('an id (and the references to it)', () => {
    const id = bigText();
    const review = smallReview();
    (review['organizations'] as Record<string, unknown>[])[1]!['id'] = id;
    for (const m of review['members'] as Record<string, unknown>[]) if (m['orgId'] === 'cb-1') m['orgId'] = id;
    ((review['members'] as Record<string, unknown>[])[0]!['posts'] as Record<string, unknown>[])[0]!['orgId'] = id;
    const result = evaluateReview(review as ReviewInput);
    expect(result.organizations[1]!.id).toBe(id);
    expect(result.leaders[0]!.orgId).toBe(id);
  });

  describe('through the CLI', () => {
    let t: ReturnType<typeof tempDir>;
    beforeEach(() => {
      t = tempDir();
    });
    afterEach(() => t.cleanup());

    it.each(['json', 'ndjson'])('--format %s', async (format) => {
      const file = writeInput(t.dir, 'big.json', withMember({ name: bigText(true) }));
      const started = performance.now();
      const r = await runCli(['evaluate', file, '--format', format], t.dir);
      expect(r.code, r.stderr).toBe(0);
      expect(performance.now() - started).toBeLessThan(5000);
      expect(r.stdout).toBe(r.stdout.normalize('NFC'));
    });

    it('--format table with a 4 KB name', async () => {
      const file = writeInput(t.dir, 'big.json', withMember({ name: bigText().slice(0, 4096).trim() }));
      const r = await runCli(['evaluate', file, '--format', 'table'], t.dir);
      expect(r.code, r.stderr).toBe(0);
    });

    // Regression: Intl.Segmenter over one long string is quadratic on Node 20, so a 100 KB name
    // once made the table take ~70 s; width.ts now segments a chunk at a time.
    it('--format table with a 100 KB name', async () => {
      const file = writeInput(t.dir, 'huge.json', withMember({ name: bigText() }));
      const r = await runCli(['evaluate', file, '--format', 'table'], t.dir);
      expect(r.code, r.stderr).toBe(0);
    }, 30_000);
  });
});

describe('a 100 KB text where it is invalid', () => {
  it.each([
    ['year', (big: string) => ({ ...smallReview(), year: big }), 'year'],
    ['a date', (big: string) => withMember({ admittedOn: big }), 'members[0].admittedOn'],
    ['a status', (big: string) => withMember({ status: big }), 'members[0].status'],
    ['a level', (big: string) => withMember({ proposedLevel: big }), 'members[0].proposedLevel'],
  ])('%s: one issue at its path, quoting only the beginning', (_what, make, at) => {
    const r = safeParseReview(make(bigText()));
    expect(r.success).toBe(false);
    const issues = r.success ? [] : r.issues;
    expect(issues.map((i) => i.path)).toEqual([at]);
    expect(issues[0]!.message.length).toBeLessThan(1000);
  });

  it('a reference to a 100 KB id that does not exist: one issue at its path', () => {
    const r = safeParseReview(withMember({ orgId: bigText() }));
    expect(!r.success && r.issues.map((i) => [i.path, i.code])).toEqual([['members[0].orgId', 'unknown-reference']]);
  });

  // Regression (fixed in src/model/semantics.ts): the checks across the document quote ids with JSON.stringify,
  // not describeValue, so an unknown reference, a duplicate id, a cycle or an unknown criterion
  // with a 100 KB id prints the whole 100 KB in the message (and on stderr); the field checks
  // (fields.ts) quote the first 57 characters.
  it('the message of an unknown reference quotes only the beginning of a 100 KB id', () => {
    const r = safeParseReview(withMember({ orgId: bigText() }));
    expect(!r.success && r.issues[0]!.message.length).toBeLessThan(1000);
  });

  it('an unknown field whose name is 100 KB: refused (exit 2 from the CLI)', async () => {
    const review = smallReview();
    review[bigText()] = true;
    const r = safeParseReview(review);
    expect(r.success).toBe(false);
    expect(!r.success && r.issues.map((i) => i.code)).toEqual(['unknown-field']);
    const t = tempDir();
    try {
      const cli = await runCli(['evaluate', writeInput(t.dir, 'big-key.json', review)], t.dir);
      expect(cli.code).toBe(2);
      expect(cli.stdout).toBe('');
    } finally {
      t.cleanup();
    }
  });
});
