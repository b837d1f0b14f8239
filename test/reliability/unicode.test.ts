// Vietnamese text in NFC and NFD (macOS file names, some spreadsheet exports, hand-typed ids with
// combining marks) is one text: the two forms compare equal as ids and references, and every name
// and id comes back NFC — from the API, and in what the CLI prints.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluateReview, parseReview, safeParseReview } from '../../src/index.js';
import { runCli, tempDir, writeInput } from './helpers.js';
import type { ReviewInput } from '../../src/model/input.js';

const NFC = { org: 'Chi bộ Trường Tiểu học Nguyễn Huệ', member: 'Nguyễn Thị Ánh Tuyết', head: 'Trần Quốc Việt', id: 'cb-trường-học', memberId: 'đv-ngọc', title: 'Bí thư Chi bộ' };
const nfd = (s: string) => s.normalize('NFD');

function isNfc(text: string): boolean {
  return text === text.normalize('NFC');
}

/** A review whose every text is written NFD, ids and references included (padded with spaces too). */
function nfdReview(): Record<string, unknown> {
  return {
    format: 'xeploai/review@1',
    year: 2024,
    reviewDate: '2024-12-15',
    organizations: [{ id: nfd(NFC.id), name: nfd(NFC.org), kind: 'chi-bo-co-so', proposedLevel: 'HTTNV' }],
    members: [
      { id: nfd(NFC.memberId), name: nfd(NFC.member), orgId: NFC.id, status: 'chinh-thuc', admittedOn: '2010-01-01', proposedLevel: 'HTXSNV' },
      { id: 'dv-2', name: ` ${nfd(NFC.head)} `, orgId: ` ${nfd(NFC.id)}`, status: 'chinh-thuc', admittedOn: '2010-01-01', proposedLevel: 'HTTNV', posts: [{ orgId: nfd(NFC.id), title: nfd(NFC.title), head: true }] },
    ],
  };
}

describe('NFC and NFD through the API', () => {
  it('the test data really differs between the forms', () => {
    for (const s of Object.values(NFC)) expect(nfd(s)).not.toBe(s);
  });

  it('names, ids and references come back NFC and trimmed; NFD references resolve', () => {
    const review = parseReview(nfdReview());
    expect(review.organizations[0]).toMatchObject({ id: NFC.id, name: NFC.org });
    expect(review.members[0]).toMatchObject({ id: NFC.memberId, name: NFC.member, orgId: NFC.id });
    expect(review.members[1]).toMatchObject({ name: NFC.head, orgId: NFC.id, posts: [{ orgId: NFC.id, title: NFC.title, head: true }] });
  });

  it('results carry NFC ids, and the NFD member is rated in the NFC organization', () => {
    const result = evaluateReview(nfdReview() as ReviewInput);
    expect(result.members.map((m) => [m.id, m.orgId])).toEqual([
      [NFC.memberId, NFC.id],
      ['dv-2', NFC.id],
    ]);
    expect(result.leaders.map((l) => [l.memberId, l.orgId])).toEqual([['dv-2', NFC.id]]);
    expect(result.organizations.map((o) => o.id)).toEqual([NFC.id]);
    expect(isNfc(JSON.stringify(result))).toBe(true);
  });

  it('an id written once NFC and once NFD is one id: a duplicate', () => {
    const review = nfdReview();
    (review['members'] as Record<string, unknown>[])[1]!['id'] = NFC.memberId;
    const r = safeParseReview(review);
    expect(r.success).toBe(false);
    expect(!r.success && r.issues.map((i) => [i.path, i.code])).toEqual([['members[1].id', 'duplicate-id']]);
  });
});

describe('NFC in what the CLI prints', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => {
    t = tempDir();
  });
  afterEach(() => t.cleanup());

  it('--format json: NFC throughout', async () => {
    const file = writeInput(t.dir, 'nfd.json', nfdReview());
    const r = await runCli(['evaluate', file, '--format', 'json'], t.dir);
    expect(r.code, r.stderr).toBe(0);
    expect(isNfc(r.stdout)).toBe(true);
    expect(r.stdout).toContain(JSON.stringify(NFC.memberId));
  });

  it('the table of an NFC review shows every name (the baseline)', async () => {
    const file = writeInput(t.dir, 'nfc.json', JSON.parse(JSON.stringify(nfdReview()).normalize('NFC')) as unknown);
    const r = await runCli(['evaluate', file, '--format', 'table', '--lang', 'en'], t.dir);
    expect(r.code, r.stderr).toBe(0);
    for (const name of [NFC.org, NFC.member, NFC.head, NFC.title]) expect(r.stdout, name).toContain(name);
  });

  // Regression: the table once took names from the raw input rather than the parsed review, so
  // NFD names printed NFD and names of NFD or padded ids were not found.
  it('the table prints NFC names, found through NFD and padded ids', async () => {
    const file = writeInput(t.dir, 'nfd.json', nfdReview());
    const r = await runCli(['evaluate', file, '--format', 'table', '--lang', 'en'], t.dir);
    expect(r.code, r.stderr).toBe(0);
    expect(isNfc(r.stdout)).toBe(true);
    for (const name of [NFC.org, NFC.member, NFC.head, NFC.title]) expect(r.stdout, name).toContain(name);
  });
});
