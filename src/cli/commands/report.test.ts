// `xeploai report` options, in process: --by type, --rounding truncate, --decimals per table,
// --depth, --locale vi, and a result file alone (names and the tree come with it).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateReview } from '../../builtIn.js';
import { parseReportArgs, runReport } from './report.js';
import type { CliIo } from '../io.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const Y2024 = 'examples/xa-an-binh-2024.json';
const dir = mkdtempSync(path.join(tmpdir(), 'xeploai-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function report(args: string[]): Promise<string> {
  let out = '';
  const io: CliIo = { stdout: (s) => void (out += s), stderr: () => undefined, stdoutIsTTY: false, env: {}, cwd: ROOT };
  expect(await runReport(args, io)).toBe(0);
  return out;
}

describe('xeploai report options', () => {
  it('reads --decimals for all tables and per table, --depth, --locale; refuses the rest', () => {
    expect(parseReportArgs(['a.json', '--decimals', '2,members=1,tccsd=0'])).toMatchObject({ decimals: 2, tableDecimals: { members: 1, tccsd: 0 } });
    expect(parseReportArgs(['a.json', '--decimals', 'chi-bo=3']).decimals).toBe(2);
    expect(parseReportArgs(['a.json', '--depth', '1', '--locale', 'vi', '--by', 'type', '--rounding', 'truncate'])).toMatchObject({ depth: 1, locale: 'vi', by: 'type', rounding: 'truncate' });
    expect(() => parseReportArgs(['a.json', '--decimals', 'members=7'])).toThrow(/--decimals "members=7"/);
    expect(() => parseReportArgs(['a.json', '--decimals', 'nobody=1'])).toThrow(/TABLE one of members, tccsd/);
    expect(() => parseReportArgs(['a.json', '--depth=-1'])).toThrow(/--depth "-1"/);
    expect(() => parseReportArgs(['a.json', '--depth', 'x'])).toThrow(/expected a whole number ≥ 0/);
    expect(() => parseReportArgs(['a.json', '--locale', 'fr'])).toThrow(/unknown --locale "fr"/);
  });

  it('--rounding truncate --decimals 2,members=1: 101 of 116 members HTTNV or better is 87,0 (half-up: 87,1)', async () => {
    const down = await report([Y2024, '--rounding', 'truncate', '--decimals', '2,members=1', '--depth', '0']);
    const members = down.slice(down.indexOf('— Đảng viên'));
    expect(members).toContain('101 (87,0%)'); // 87.068…
    expect(members).toContain('17 (14,6%)'); // 17/116 = 14.655…
    const half = await report([Y2024, '--decimals', 'members=1', '--depth', '0']);
    expect(half).toContain('101 (87,1%)');
    expect(half).toContain('17 (14,7%)');
    expect(down.split('\n').filter((l) => l.includes('Chi bộ ấp Bình Thạnh'))).toEqual([]); // --depth 0: the huyện only
  });

  it('a result file alone prints names and the tree; --by type gives the loại hình rows', async () => {
    const file = path.join(dir, 'result-2024.json');
    writeFileSync(file, JSON.stringify(evaluateReview(JSON.parse(readFileSync(path.join(ROOT, Y2024), 'utf8')))));
    const text = await report([file]);
    expect(text).toContain('│     Chi bộ ấp Bình Thạnh');
    expect(text).not.toContain('Không có tệp kiểm điểm');
    const byType = await report([file, '--by', 'type']);
    expect(byType).toContain('│ Loại hình');
    expect(byType).toMatch(/│ {3}Đảng bộ xã +│ +1 │/); // the example's xã has type "xa"
    const y2025 = await report(['examples/xa-an-binh-2025.json', '--by', 'type']);
    for (const name of ['Đảng bộ xã', 'Cơ quan đảng', 'Đơn vị sự nghiệp', 'Công an', 'Quân đội', 'Mặt trận Tổ quốc, đoàn thể']) expect(y2025).toContain(`│   ${name} `);
  });

  it('--format csv --locale vi: decimal comma and words', async () => {
    const csv = await report([Y2024, '--format', 'csv', '--locale', 'vi', '--depth', '0']);
    const members = csv.split('\n').find((l) => l.includes(';Đảng viên;'))!;
    expect(members).toContain(';120;116;96,67;4;3,33;');
    expect(members).toContain('mới kết nạp chưa đủ 6 tháng: 2');
  });
});
