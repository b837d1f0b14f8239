// The command line reads `data` (the app's own facts) from JSON and NDJSON review files: accepted
// within its limits, never read by the built-in rule sets, not copied into results; a forbidden
// or non-identifier key is an input error with its path (exit 2).
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, smallReview, tempDir, writeInput } from '../../../test/reliability/helpers.js';

const scratch = tempDir('xeploai-data-');
afterAll(() => scratch.cleanup());

function withData(data: unknown): Record<string, unknown> {
  const review = smallReview() as { organizations: Record<string, unknown>[]; members: Record<string, unknown>[] };
  return { ...review, organizations: review.organizations.map((o) => ({ ...o, data: { soBuoiSinhHoat: 12 } })), members: review.members.map((m) => ({ ...m, data })) };
}

describe('data in review files (CLI)', () => {
  it('JSON: evaluates as without data, and copies none into the result', async () => {
    const plain = await runCli(['evaluate', writeInput(scratch.dir, 'plain.json', smallReview()), '--format', 'json'], scratch.dir);
    const data = await runCli(['evaluate', writeInput(scratch.dir, 'data.json', withData({ vangSinhHoat: 4, ghiChu: ['x'] })), '--format', 'json'], scratch.dir);
    expect(data.code).toBe(0);
    expect(data.stdout).toBe(plain.stdout);
  });

  it('NDJSON: reads data on organization and member lines', async () => {
    const review = withData({ vangSinhHoat: 4 }) as { organizations: unknown[]; members: unknown[] } & Record<string, unknown>;
    const { organizations, members, ...header } = review;
    const lines = [JSON.stringify(header), ...organizations.map((o) => JSON.stringify({ organization: o })), ...members.map((m) => JSON.stringify({ member: m }))];
    const run = await runCli(['evaluate', writeInput(scratch.dir, 'data.ndjson', `${lines.join('\n')}\n`), '--format', 'json'], scratch.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('vangSinhHoat');
  });

  it('refuses a non-identifier key with its path', async () => {
    const run = await runCli(['evaluate', writeInput(scratch.dir, 'bad.json', withData({ 'vắng sinh hoạt': 4 }))], scratch.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('members[0].data["vắng sinh hoạt"]');
    expect(run.stdout).toBe('');
  });
});
