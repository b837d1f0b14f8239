// The example programme end to end through the CLI commands (run in-process): table, CSV, JSON
// and HTML, the report command on the two example years, and invalid input (exit 2, paths on
// stderr, nothing on stdout, no --out file).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runProgramme } from './programme.js';
import { runReport } from './report.js';
import { CliError } from '../exit.js';
import type { CliIo } from '../io.js';
import { formatIssues, XeploaiError } from '../../errors.js';
import { evaluateReview } from '../../builtIn.js';
import { parseReview } from '../../builtIn.js';
import { evaluateProgramme } from '../../programme/evaluate.js';
import { parseProgramme } from '../../programme/parse.js';
import { rollUp } from '../../report/rollUp.js';
import { formatPercent, statusLabel } from '../../render/labels.js';
import type { ReviewInput } from '../../model/input.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PROGRAMME = 'examples/de-an-03.json';
const Y2024 = 'examples/xa-an-binh-2024.json';
const Y2025 = 'examples/xa-an-binh-2025.json';

function io(): { io: CliIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { io: { stdout: (s) => void (out += s), stderr: (s) => void (err += s), stdoutIsTTY: false, env: {}, cwd: ROOT }, out: () => out, err: () => err };
}

function load(file: string): unknown {
  return JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));
}

/** The evaluation computed directly through the library, to compare the CLI's output with. */
function expected() {
  const inputs = [Y2024, Y2025].map((f) => {
    const review = parseReview(load(f));
    return { result: evaluateReview(review), review };
  });
  return { evaluation: evaluateProgramme(parseProgramme(load(PROGRAMME)), inputs), table: rollUp(inputs) };
}

/**
 * Runs a command the way `main` does once it is registered in COMMANDS: a `CliError` prints its
 * message, an `XeploaiError` every issue, both with exit 2.
 */
async function main([name, ...args]: string[], c: CliIo): Promise<number> {
  const run = name === 'report' ? runReport : runProgramme;
  try {
    return await run(args, c);
  } catch (error) {
    if (error instanceof CliError) {
      c.stderr(`${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof XeploaiError) {
      c.stderr(`${formatIssues(error.issues)}\n`);
      return 2;
    }
    throw error;
  }
}

const dir = mkdtempSync(path.join(tmpdir(), 'xeploai-programme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('xeploai programme on the example', () => {
  const args = [PROGRAMME, '--results', Y2024, Y2025];
  const { evaluation } = expected();

  it('json: the evaluation document', async () => {
    const c = io();
    expect(await runProgramme([...args, '--format', 'json'], c.io)).toBe(0);
    expect(c.err()).toBe('');
    const json = JSON.parse(c.out());
    expect(json).toEqual(JSON.parse(JSON.stringify(evaluation)));
    expect(json.yearsWithResults).toEqual([2024, 2025]);
    expect(json.indicators).toHaveLength(20);
    // 2024 members HTTNV or better: the count and base are those of the roll-up of the same file.
    const members2024 = expected().table.years[0]!.rows[0]!.tallies.find((t) => t.subjects === 'members')!;
    const dv = json.indicators.find((i: { indicator: { id: string } }) => i.indicator.id === 'dv-httnv-tro-len');
    expect(dv.years[0]).toMatchObject({ year: 2024, actual: members2024.httnvOrBetter.percent, count: { numerator: members2024.httnvOrBetter.count, denominator: members2024.rated } });
    expect(json.summary.asOf).toBe(2025);
    expect(json.notes.map((n: { code: string }) => n.code)).toContain('organization-kind-changed');
  });

  it('table: every indicator and the sơ kết', async () => {
    const c = io();
    expect(await runProgramme(args, c.io)).toBe(0);
    const text = c.out();
    expect(text).toContain('ĐÁNH GIÁ THỰC HIỆN CHỈ TIÊU');
    for (const e of evaluation.indicators) expect(text).toContain(e.indicator.id);
    expect(text).toContain('SƠ KẾT — Thời điểm sơ kết 2025');
    const dv = evaluation.indicators.find((e) => e.indicator.id === 'dv-httnv-tro-len')!;
    expect(text).toContain(formatPercent(dv.years[0]!.actual, 'vi'));
  });

  it('csv: one line per indicator and year, with a BOM on request', async () => {
    const c = io();
    expect(await runProgramme([...args, '--format', 'csv', '--bom'], c.io)).toBe(0);
    const lines = c.out().split('\n');
    expect(lines[0]?.startsWith('\uFEFFChương trình,Mã chỉ tiêu,')).toBe(true);
    const rows = evaluation.indicators.reduce((s, e) => s + e.years.length, 0);
    expect(lines.filter((l) => l !== '')).toHaveLength(rows + 1);
    const y = evaluation.indicators.find((e) => e.indicator.id === 'dv-httnv-tro-len')!.years[0]!;
    expect(lines.find((l) => l.startsWith('de-an-03,dv-httnv-tro-len,') && l.includes(',2024,'))).toContain(`,90,${y.actual},${y.count!.numerator},${y.count!.denominator},metric,${y.status},`);
  });

  it('html: one self-contained file written atomically to --out', async () => {
    const out = path.join(dir, 'so-ket.html');
    const c = io();
    expect(await runProgramme([...args, '--format', 'html', '--out', out], c.io)).toBe(0);
    expect(c.out()).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('@page { size: A4');
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(|src=/i);
    expect(html.match(/https?:\/\/[^"\s<]+/g)?.filter((u) => u !== 'http://www.w3.org/2000/svg') ?? []).toEqual([]);
    const dv = evaluation.indicators.find((e) => e.indicator.id === 'dv-httnv-tro-len')!;
    expect(html).toContain(`data-indicator="dv-httnv-tro-len" data-year="2024" data-field="actual">${formatPercent(dv.years[0]!.actual, 'vi')}`);
    // Every verdict of the evaluation is on the page, in words.
    for (const e of evaluation.indicators) for (const y of e.years) expect(html).toContain(`data-indicator="${e.indicator.id}" data-year="${y.year}" data-table="detail" data-field="status">${statusLabel(y.status, 'vi')}<`);
    expect(html.match(/<figure/g)?.length).toBe(1 + evaluation.indicators.length);
  });
});

describe('xeploai report on the example years', () => {
  it('table, csv, json and html agree with rollUp', async () => {
    const { table } = expected();
    const json = io();
    expect(await runReport([Y2024, Y2025, '--format', 'json'], json.io)).toBe(0);
    expect(JSON.parse(json.out())).toEqual(JSON.parse(JSON.stringify(table)));
    const text = io();
    expect(await runReport([Y2024, Y2025], text.io)).toBe(0);
    expect(text.out()).toContain('Năm 2025 — Tổ chức cơ sở đảng');
    const csv = io();
    expect(await runReport([Y2024, '--format', 'csv', '--lang', 'en', '--rounding', 'largest-remainder'], csv.io)).toBe(0);
    const header = csv.out().split('\n')[0]!.split(',');
    const members = csv.out().split('\n').find((l) => l.startsWith('2024,huyen-thuan-hoa,') && l.includes(',members,'))!.split(',');
    const at = (name: string) => members[header.indexOf(name)];
    const review = parseReview(load(Y2024));
    const t = rollUp({ result: evaluateReview(review), review }, { rounding: 'largest-remainder' }).years[0]!.rows[0]!.tallies.find((x) => x.subjects === 'members')!;
    expect([at('total'), at('rated'), at('HTXSNV'), at('HTXSNVPercent'), at('httnvOrBetterPercent')]).toEqual([t.total, t.rated, t.levels.HTXSNV.count, t.levels.HTXSNV.percent, t.httnvOrBetter.percent].map(String));
    expect(at('total')).toBe('120'); // the committed example's size
    const html = io();
    expect(await runReport([Y2024, '--format', 'html', '--title', 'Đảng bộ xã An Bình'], html.io)).toBe(0);
    expect(html.out()).toContain('<title>Đảng bộ xã An Bình</title>');
  });

  it('reads a result document (no names, no tree)', async () => {
    const file = path.join(dir, 'result-2024.json');
    writeFileSync(file, JSON.stringify(evaluateReview(load(Y2024) as ReviewInput)));
    const c = io();
    expect(await runReport([file, '--by', 'kind'], c.io)).toBe(0);
    expect(c.out()).toContain('Đảng bộ cơ sở');
  });
});

describe('invalid input', () => {
  it('exit 2, every problem of every file on stderr with its path, nothing on stdout, no --out file', async () => {
    const bad = path.join(dir, 'bad-programme.json');
    writeFileSync(bad, JSON.stringify({ format: 'xeploai/programme@1', id: 'p', title: 'P', fromYear: 2024, toYear: 2026, indicators: [{ id: 'x', title: 'X', unit: 'count', direction: 'at-most', targets: { '2027': 0 }, metric: 'members.khtnv.count' }] }));
    const badReview = path.join(dir, 'bad-review.json');
    writeFileSync(badReview, JSON.stringify({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [{ id: 'dv-1' }] }));
    const out = path.join(dir, 'never.html');
    const c = io();
    const code = await main(['programme', bad, '--results', badReview, path.join(dir, 'missing.json'), '--format', 'html', '--out', out], c.io);
    expect(code).toBe(2);
    expect(c.out()).toBe('');
    expect(existsSync(out)).toBe(false);
    const err = c.err();
    expect(err).toContain(`${bad}: indicators[0].targets["2027"]: expected a year from 2024 to 2026, got 2027`);
    expect(err).toContain(`${badReview}: members[0].name:`);
    expect(err).toContain(`${path.join(dir, 'missing.json')}: cannot read: no such file or directory`);
  });

  it('names the file of a member given twice in one year', async () => {
    const c = io();
    expect(await main(['report', Y2024, Y2024], c.io)).toBe(2);
    expect(c.out()).toBe('');
    expect(c.err()).toMatch(/^examples\/xa-an-binh-2024\.json: members\[0\]\.id: expected each member once/m);
  });

  it('usage errors', async () => {
    const c = io();
    expect(await main(['programme'], c.io)).toBe(2);
    expect(c.err()).toContain('missing PROGRAMME');
    const d = io();
    expect(await main(['report', Y2024, '--format', 'pdf'], d.io)).toBe(2);
    expect(d.err()).toContain('unknown --format "pdf"');
  });
});
