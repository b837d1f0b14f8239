// The HTML report in a real browser: Debian's chromium driven by playwright-core. Opens the report
// of the example programme from a file:// URL with every other request refused, reads the numbers
// back from the page and compares them with the ones computed by the library, checks that nothing
// was logged as an error, and writes a screenshot and an A4 PDF to test/artifacts/.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateReview, parseReview } from '../../src/builtIn.js';
import { LEVELS } from '../../src/levels.js';
import { evaluateProgramme, parseProgramme } from '../../src/programme/index.js';
import { formatNumber, formatPercent, formatTarget, formatValue, renderHtmlReport, rollUp, statusLabel } from '../../src/report/index.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const HAVE_CHROMIUM = existsSync(CHROMIUM);

if (!HAVE_CHROMIUM) {
  console.warn(`test/browser/report.test.ts: skipped — ${CHROMIUM} not found (Debian: apt-get install chromium; .ci/run installs it)`);
}

function load(file: string): unknown {
  return JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));
}

const inputs = ['examples/xa-an-binh-2024.json', 'examples/xa-an-binh-2025.json'].map((f) => {
  const review = parseReview(load(f));
  return { result: evaluateReview(review), review };
});
const evaluation = evaluateProgramme(parseProgramme(load('examples/de-an-03.json')), inputs);
const table = rollUp(inputs);
const html = renderHtmlReport({ programme: evaluation, rollUp: table });

describe.skipIf(!HAVE_CHROMIUM)(`HTML report in headless Chromium (${CHROMIUM})`, () => {
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, 'report.html');
    writeFileSync(file, html);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.request().url().startsWith('file:') ? route.continue() : route.abort();
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('loads as one file: no other request, no console error, Vietnamese', async () => {
    expect(requests).toEqual([pathToFileURL(path.join(ARTIFACTS, 'report.html')).href]);
    expect(problems).toEqual([]);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.title()).toBe(evaluation.programme.title);
    expect(await page.locator('link, script, img, iframe').count()).toBe(0);
  });

  it('shows each indicator’s target, actual and verdict per year as computed', async () => {
    const cells = await page.$$eval('#bang-chi-tieu td[data-indicator]', (tds) =>
      tds.map((td) => ({ id: td.getAttribute('data-indicator'), year: Number(td.getAttribute('data-year')), field: td.getAttribute('data-field'), text: (td.firstChild?.textContent ?? '').trim() })),
    );
    const expected = evaluation.indicators.flatMap((e) =>
      [2024, 2025, 2026].flatMap((year) => {
        const y = e.years.find((x) => x.year === year);
        const ind = e.indicator;
        return [
          { id: ind.id, year, field: 'target', text: formatTarget(y?.target ?? null, ind.unit, ind.direction, ind.strict === true, 'vi') },
          { id: ind.id, year, field: 'actual', text: formatValue(y?.actual ?? null, ind.unit, 'vi', evaluation.decimals) },
          { id: ind.id, year, field: 'status', text: statusLabel(y?.status ?? null, 'vi') },
        ];
      }),
    );
    expect(cells).toEqual(expected);
    // Spot check written out, independent of the renderer's number formatting: count / base in Vietnamese.
    const dv = evaluation.indicators.find((e) => e.indicator.id === 'dv-httnv-tro-len')!.years[0]!;
    const exact = ((dv.count!.numerator * 100) / dv.count!.denominator).toFixed(6);
    expect(cells.find((c) => c.id === 'dv-httnv-tro-len' && c.year === 2024 && c.field === 'actual')?.text).toBe(`${(Math.round(Number(exact) * 100) / 100).toFixed(2).replace('.', ',')}%`);
  });

  it('shows the levels of each year as computed by the roll-up', async () => {
    const cells = await page.$$eval('#bang-xep-loai [data-level][data-field]', (tds) =>
      tds.map((td) => `${td.getAttribute('data-year')} ${td.getAttribute('data-subjects')} ${td.getAttribute('data-level')} ${td.getAttribute('data-field')} ${td.textContent?.trim()}`),
    );
    const expected: string[] = [];
    for (const year of table.years) {
      const top = year.rows[0]!;
      const tallies = [...top.tallies.filter((t) => t.subjects !== 'members' && t.subjects !== 'cap-tren'), ...top.tallies.filter((t) => t.subjects === 'members')];
      for (const t of tallies) {
        for (const level of LEVELS) {
          expected.push(`${year.year} ${t.subjects} ${level} count ${formatNumber(t.levels[level].count, 'vi')}`, `${year.year} ${t.subjects} ${level} percent ${formatPercent(t.levels[level].percent, 'vi')}`);
        }
        expected.push(`${year.year} ${t.subjects} httnv-or-better count ${formatNumber(t.httnvOrBetter.count, 'vi')}`, `${year.year} ${t.subjects} httnv-or-better percent ${formatPercent(t.httnvOrBetter.percent, 'vi')}`);
      }
    }
    expect(cells).toEqual(expected);
    expect(cells.length).toBeGreaterThan(0);
  });

  it('has accessible charts: figures with captions, images with a title and a description, tables with captions', async () => {
    const figures = await page.$$eval('figure', (fs) => fs.map((f) => ({ caption: !!f.querySelector('figcaption')?.textContent?.trim(), svg: f.querySelector('svg')?.getAttribute('role'), table: !!f.querySelector('table caption') })));
    expect(figures).toHaveLength(1 + evaluation.indicators.length);
    for (const f of figures) expect(f).toEqual({ caption: true, svg: 'img', table: true });
    const labelled = await page.$$eval('svg[role="img"]', (svgs) => svgs.every((s) => (s.getAttribute('aria-labelledby') ?? '').split(' ').every((id: string) => !!s.ownerDocument.getElementById(id)?.textContent)));
    expect(labelled).toBe(true);
    const summary = await page.$$eval('[data-list="khtnv-members"] li', (lis) => lis.map((li) => li.textContent));
    expect(summary).toEqual(evaluation.summary.consecutiveKhtnv.members.map((m) => `${m.name} (${m.id})`));
  });

  it('a roll-up of one year names the unit, says "năm 2025", and gives each count and percentage its own cell', async () => {
    const year = rollUp([inputs[1]!]);
    const file = path.join(ARTIFACTS, 'report-2025.html');
    writeFileSync(file, renderHtmlReport({ rollUp: year }));
    const one = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    await one.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const unit = year.years[0]!.unit!.name;
    expect(await one.textContent('h1')).toBe(`Báo cáo tổng hợp kết quả đánh giá, xếp loại chất lượng — ${unit}`);
    expect(await one.textContent('#xep-loai h2')).toBe('Kết quả xếp loại chất lượng năm 2025');
    const cells = await one.$$eval('#bang-xep-loai td[data-field]', (tds) => tds.map((td) => `${td.getAttribute('data-subjects')} ${td.getAttribute('data-part') ?? td.getAttribute('data-level')} ${td.getAttribute('data-field')} ${td.textContent}`));
    const members = year.years[0]!.rows[0]!.tallies.find((t) => t.subjects === 'members')!;
    expect(cells).toContain(`members rated count ${formatNumber(members.ofTotal.rated.count, 'vi')}`);
    expect(cells).toContain(`members rated percent ${formatPercent(members.ofTotal.rated.percent, 'vi')}`);
    for (const level of LEVELS) {
      expect(cells).toContain(`members ${level} count ${formatNumber(members.levels[level].count, 'vi')}`);
      expect(cells).toContain(`members ${level} percent ${formatPercent(members.levels[level].percent, 'vi')}`);
    }
    await one.close();
  });

  it('writes a screenshot and prints on A4', async () => {
    const png = await page.screenshot({ path: path.join(ARTIFACTS, 'report.png'), fullPage: true });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const pdf = await page.pdf({ path: path.join(ARTIFACTS, 'report.pdf'), preferCSSPageSize: true, printBackground: true });
    // A4 is 595.28 × 841.89 points.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 841\.\d+\]/);
  }, 60_000);
});
