/**
 * `planlens report` on an index of real plans: the page is self-contained (strict CSP, no script,
 * nothing remote) and renders in a real browser — headless Chromium, as the UI test drives it —
 * with its matrix, charts and tables, in light and dark; the workbook opens with its sheets, read
 * back with exceljs. What each must hold is taken from the database, not written down here.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SHEETS } from '../../../server/src/store/report/render-xlsx';
import { reportData } from '../../../server/src/store/report/build-report';
import { MATRIX_INDICATORS } from '../../../server/src/store/report/report-data';
import { expectOk, ROOT, runCli, scratch, sharedIndex, shown } from '../helpers';

const CHROMIUM = '/usr/bin/chromium';

/** The page's globals this test reads (the file is compiled without the DOM's types). */
interface Page {
  getComputedStyle(el: unknown): Record<string, string>;
}

describe('planlens report', function () {
  this.timeout(120_000);
  this.slow(20_000);
  let dir: string;
  let db: string;
  let html: string;

  before(async () => {
    dir = scratch('report');
    db = await sharedIndex();
    expectOk(await runCli(['report', db, '-o', 'report.html'], { cwd: dir }));
    html = fs.readFileSync(path.join(dir, 'report.html'), 'utf8');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is one self-contained page: a strict CSP, no script, nothing fetched', () => {
    const csp = (/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '').replace(/&#39;/g, "'");
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'none'/);
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|url\(/i);
    assert.doesNotMatch(html, /(?:src|href)="https?:/i);
    assert.doesNotMatch(html, / style="/, 'no inline style attributes (the CSP would block them)');
  });

  it('holds the matrix of the indicators most plans set, with a row per plan that sets one', () => {
    const data = reportData(db);
    assert.ok(data.indicators.length > 0 && data.indicators.length <= MATRIX_INDICATORS);
    for (const ind of data.indicators) assert.ok(html.includes(`<th>${ind.key}<div class="meta">${ind.plans} 个方案`), ind.key);
    const matrix = html.slice(html.indexOf('<table class="matrix"'), html.indexOf('</table>', html.indexOf('<table class="matrix"')));
    assert.equal((matrix.match(/<tr><td data-path=/g) ?? []).length, data.matrix.length, 'one row per plan of the matrix');
    assert.equal((html.match(/<svg class="chart"/g) ?? []).length, 3, 'three charts');
  });

  it('renders in headless Chromium, light and dark, without a CSP violation (screenshot in test-artifacts/report/)', async function () {
    if (!fs.existsSync(CHROMIUM)) {
      console.warn(`\n  *** SKIPPED: ${CHROMIUM} is not installed (apt-get install chromium) ***\n`);
      this.skip();
    }
    const { chromium } = require('playwright-core') as typeof import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
      });
      page.on('request', (r) => {
        if (!r.url().startsWith('file:')) problems.push(`request: ${r.url()}`);
      });
      await page.goto('file://' + path.join(dir, 'report.html'));
      const data = reportData(db);
      assert.equal(await page.locator('table.matrix tbody tr').count(), data.matrix.length + 1, 'matrix rows and the spread');
      assert.equal(await page.locator('table.quality tbody tr').count(), data.quality.length);
      const charts = page.locator('svg.chart');
      assert.equal(await charts.count(), 3);
      for (let i = 0; i < 3; i++) {
        const box = await charts.nth(i).boundingBox();
        assert.ok(box && box.width > 200 && box.height > 40, `chart ${i} is drawn: ${JSON.stringify(box)}`);
      }
      // The chart's bars take their colour from the stylesheet (the CSP let it apply).
      const fill = await page.locator('svg.chart rect.s1').first().evaluate((el: unknown) => (globalThis as unknown as Page).getComputedStyle(el).fill);
      assert.equal(fill, 'rgb(9, 105, 218)');
      const out = path.join(ROOT, 'test-artifacts', 'report');
      fs.mkdirSync(out, { recursive: true });
      await page.screenshot({ path: path.join(out, 'report-light.png') });
      await page.emulateMedia({ colorScheme: 'dark' });
      const background = await page.locator('.planlens-report').evaluate((el: unknown) => (globalThis as unknown as Page).getComputedStyle(el).backgroundColor);
      assert.equal(background, 'rgb(13, 17, 23)', 'dark theme');
      await page.screenshot({ path: path.join(out, 'report-dark.png') });
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
      const position = await page.locator('table.matrix th').first().evaluate((el: unknown) => (globalThis as unknown as Page).getComputedStyle(el).position);
      assert.equal(position, 'static', 'print rules apply');
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
    }
  });

  it('writes a workbook that opens with its sheets and every row', async () => {
    const r = await runCli(['report', db, '--format', 'xlsx', '-o', 'report.xlsx'], { cwd: dir });
    assert.equal(r.status, 0, shown(r));
    const ExcelJS = require('exceljs') as typeof import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'report.xlsx'));
    assert.deepEqual(wb.worksheets.map((w) => w.name), [...SHEETS]);
    const data = reportData(db);
    const matrix = wb.getWorksheet(SHEETS[0])!;
    assert.equal(matrix.getRow(1).getCell(5).value, data.indicators[0].key);
    assert.equal(matrix.getRow(2).getCell(1).value, data.matrix[0].plan.title);
    const quality = wb.getWorksheet(SHEETS[1])!;
    assert.equal(quality.actualRowCount, data.quality.length + 1);
    const agencies = wb.getWorksheet(SHEETS[2])!;
    assert.equal(agencies.getRow(2).getCell(1).value, data.agencies[0].agency);
    assert.equal(agencies.getRow(2).getCell(2).value, data.agencies[0].led);
    const timeline = wb.getWorksheet(SHEETS[3])!;
    assert.equal(timeline.actualRowCount, data.timeline.length + 1);
  });

  it('reports on a folder of plans directly (indexed on the way) and leaves nothing behind', async () => {
    const before = fs.readdirSync(dir).sort();
    const r = await runCli(['report', path.join(ROOT, 'test', 'fixtures', 'corpus'), '-o', path.join(dir, 'corpus.html')]);
    assert.equal(r.status, 0, shown(r));
    const page = fs.readFileSync(path.join(dir, 'corpus.html'), 'utf8');
    const plans = fs.readdirSync(path.join(ROOT, 'test', 'fixtures', 'corpus')).filter((f) => f.endsWith('.txt')).length;
    assert.ok(page.includes(`<div class="card"><b>${plans}</b>方案</div>`), 'every plan of the folder');
    assert.deepEqual(fs.readdirSync(dir).sort(), [...before, 'corpus.html'].sort());
  });
});
