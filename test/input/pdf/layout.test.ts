/**
 * The layout rules on pages built item by item (no pdf.js): each rule alone, where the real
 * plans (read-pdf.test.ts) show them mixed.
 */
import * as assert from 'node:assert/strict';
import { layoutPages } from '../../../server/src/input/pdf/layout';
import { findFurniture, isPageNumber } from '../../../server/src/input/pdf/page-furniture';
import type { PageItems, TextItem } from '../../../server/src/input/pdf/pdf-items';
import { pageLines } from '../../../server/src/input/pdf/lines';

const SIZE = 16;
const LEFT = 80;
const WIDTH = 28; // characters a full line holds

/** A run of text at (x, baseline y), one em a character (half for digits and Latin). */
function run(text: string, x: number, y: number, size = SIZE): TextItem {
  const width = [...text].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 0.5 : 1) * size, 0);
  return { text, x, y, width, size, font: 'f' };
}

/** A page of lines: each [indent in ems, text]; lines one pitch (28 pt) apart from y = 100. */
function page(n: number, lines: Array<[number, string]>, extra: TextItem[] = []): PageItems {
  const items = lines.map(([indent, text], i) => run(text, LEFT + indent * SIZE, 100 + i * 28));
  return { page: n, width: 595, height: 842, items: [...items, ...extra], unmapped: 0 };
}

/** Text of `chars` characters, cut from a sentence that never ends. */
function filler(chars: number, from = 0): string {
  const s = '推进能源结构调整优化产业布局加快绿色低碳转型提升资源利用效率强化科技创新支撑健全政策保障体系';
  let out = '';
  for (let i = 0; out.length < chars; i++) out += s[(from + i) % s.length];
  return out;
}

describe('PDF layout rules (synthetic pages)', () => {
  it('knows page numbers in their usual forms, and not text that only has a number', () => {
    for (const t of ['— 2 —', '- 2 -', '―12―', '第2页', '第 3 页 共 15 页', '2/15', '7', '— II —']) assert.ok(isPageNumber(t), t);
    for (const t of ['一、总体要求', '2025年', '附件2', '表1', '（2）加强管理']) assert.ok(!isPageNumber(t), t);
  });

  it('knows page numbers as an OCR program misreads them (228: — 5 — as -s一, — 25 — as - 2S一), not a letter or 一 alone', () => {
    for (const t of ['-s一', '一1S一', '- 2S一', '3S一', '一l2一']) assert.ok(isPageNumber(t), t);
    for (const t of ['S', '一', '一一', 'IOS', 'PM2.5', 'SO2', '一Sa一']) assert.ok(!isPageNumber(t), t);
  });

  it('drops running headers and footers repeated on many pages, never an annex marker at the top of pages', () => {
    const pages = [1, 2, 3, 4].map((n) =>
      page(n, [[0, '某市发展和改革委员会文件'], [2, `附件${n}`], [0, filler(WIDTH)], [0, filler(WIDTH, 5)], [0, filler(10)]], [run(`— ${n} —`, 280, 800)]),
    );
    const f = findFurniture(pages.map((p) => ({ height: p.height, lines: pageLines(p) })));
    const dropped = [...f.dropped].map((l) => l.text).sort();
    assert.deepEqual(dropped, ['— 1 —', '— 2 —', '— 3 —', '— 4 —', '某市发展和改革委员会文件', '某市发展和改革委员会文件', '某市发展和改革委员会文件', '某市发展和改革委员会文件'].map((t) => t.replace(/ /g, '')).sort());
  });

  it('joins full lines, breaks at an indent, after a short line, and before a label after a full stop', () => {
    const r = layoutPages([
      page(1, [
        [2, filler(WIDTH - 2)],
        [0, filler(WIDTH, 3)],
        [0, '结束。'],
        [2, filler(WIDTH - 2, 7)],
        [0, filler(WIDTH - 1, 2) + '。'],
        [0, '一、总体要求'],
        [0, filler(WIDTH, 9)],
        [0, filler(12, 4)],
      ]),
    ]);
    assert.deepEqual(r.paragraphs, [
      filler(WIDTH - 2) + filler(WIDTH, 3) + '结束。',
      filler(WIDTH - 2, 7) + filler(WIDTH - 1, 2) + '。',
      '一、总体要求',
      filler(WIDTH, 9) + filler(12, 4),
    ]);
  });

  it('joins a line that ended short because the next word (2025年, PM2.5) could not be split', () => {
    const r = layoutPages([page(1, [[2, filler(WIDTH - 2)], [0, filler(WIDTH - 3, 1)], [0, '2025年前完成。'], [2, filler(WIDTH - 2)], [0, filler(WIDTH, 1)], [0, filler(8)]])]);
    assert.equal(r.paragraphs[0], filler(WIDTH - 2) + filler(WIDTH - 3, 1) + '2025年前完成。');
  });

  it('continues a paragraph across a page break, past the page number', () => {
    const r = layoutPages([
      page(1, [[2, filler(WIDTH - 2)], [0, filler(WIDTH, 1)], [0, filler(WIDTH, 2)], [0, filler(WIDTH, 3)], [0, filler(WIDTH, 4)]], [run('— 1 —', 280, 800)]),
      page(2, [[0, filler(WIDTH, 5)], [0, '为止。'], [2, filler(WIDTH - 2)], [0, filler(WIDTH, 1)], [0, filler(WIDTH, 2)], [0, '止。']], [run('— 2 —', 280, 800)]),
    ]);
    assert.equal(r.paragraphs.length, 2);
    assert.ok(r.paragraphs[0].endsWith(filler(WIDTH, 4) + filler(WIDTH, 5) + '为止。'));
    assert.equal(r.pageNumbers, 2);
  });

  it('puts sub- and superscripts back in their line: CO2, PM2.5, m3', () => {
    const y = 100;
    const items = [
      run('二氧化碳（CO', LEFT, y),
      run('2', LEFT + 5 * SIZE + SIZE, y + 4, 10), // subscript: smaller, below the baseline
      run('）排放，细颗粒物（PM', LEFT + 5 * SIZE + SIZE + 5, y),
      run('2.5', LEFT + 12 * SIZE + 5, y + 4, 10),
      run('）浓度35微克/m', LEFT + 12 * SIZE + 20, y),
      run('3', LEFT + 20 * SIZE + 20, y - 7, 10), // superscript: smaller, above
      run('。', LEFT + 20 * SIZE + 26, y),
    ];
    const lines = pageLines({ page: 1, width: 595, height: 842, items, unmapped: 0 });
    assert.equal(lines.length, 1);
    assert.equal(lines[0].text, '二氧化碳（CO2）排放，细颗粒物（PM2.5）浓度35微克/m3。');
  });

  it('reads a table of cells set apart by wide gaps into tab-separated rows, a wrapped cell joined', () => {
    const cols = [LEFT, LEFT + 13 * 10.5, LEFT + 20 * 10.5, LEFT + 27 * 10.5];
    const row = (y: number, cells: string[]) => cells.map((t, i) => (t ? run(t, cols[i], y, 10.5) : undefined)).filter((x): x is TextItem => !!x);
    const items = [
      run('表1 主要指标', LEFT + 6 * 10.5, 80, 12),
      ...row(100, ['指标', '2020年', '2025年', '属性']),
      ...row(120, ['单位地区生产总值能耗', '—', '13.5%', '约束性']),
      ...row(133, ['降低']),
      ...row(153, ['森林覆盖率', '24.1%', '25%', '约束性']),
      ...row(173, ['可再生能源消费比重', '8.2%', '12%', '预期性']),
    ];
    const body = [run(filler(WIDTH), LEFT, 220), run(filler(WIDTH, 1), LEFT, 248), run(filler(WIDTH, 2), LEFT, 276), run(filler(WIDTH, 3), LEFT, 304), run('完。', LEFT, 332)];
    const r = layoutPages([{ page: 1, width: 595, height: 842, items: [...items, ...body], unmapped: 0 }]);
    assert.deepEqual(r.paragraphs.slice(0, 5), [
      '表1主要指标',
      '指标\t2020年\t2025年\t属性',
      '单位地区生产总值能耗降低\t—\t13.5%\t约束性',
      '森林覆盖率\t24.1%\t25%\t约束性',
      '可再生能源消费比重\t8.2%\t12%\t预期性',
    ]);
    assert.equal(r.tableRows, 4);
  });

  it('where a browser wrapped the lines of a web page again, joins its one-character overflows and lines cut anywhere', () => {
    // Each copied line is a character longer than the box: its last character goes down alone
    // (under the hanging indent of a label, or at the left); lines that fit end anywhere.
    const lines: Array<[number, string]> = [];
    const para = (k: number) => {
      lines.push([2, filler(WIDTH - 2, k)], [0, filler(1, k + 3)]);
      lines.push([0, filler(WIDTH, k + 1)], [0, filler(1, k + 4)]);
      lines.push([0, filler(WIDTH - 4, k + 2)], [0, filler(WIDTH, k + 5)], [0, '止。']);
    };
    para(0);
    lines.push([0, '（一）基本原则'], [0, '（二）工作目标。' + filler(WIDTH - 8, 1)], [2.5, filler(1, 9)], [0, filler(10, 3) + '。']);
    para(7);
    const r = layoutPages([page(1, lines)]);
    const whole = (k: number) => filler(WIDTH - 2, k) + filler(1, k + 3) + filler(WIDTH, k + 1) + filler(1, k + 4) + filler(WIDTH - 4, k + 2) + filler(WIDTH, k + 5) + '止。';
    assert.deepEqual(r.paragraphs, [whole(0), '（一）基本原则', '（二）工作目标。' + filler(WIDTH - 8, 1) + filler(1, 9) + filler(10, 3) + '。', whole(7)]);
  });

  it('keeps a paragraph that ends on a short line without a full stop where overflows are rare', () => {
    const r = layoutPages([page(1, [[2, filler(WIDTH - 2)], [0, filler(WIDTH - 6, 1)], [0, filler(WIDTH, 2)], [0, '完。']])]);
    assert.deepEqual(r.paragraphs, [filler(WIDTH - 2) + filler(WIDTH - 6, 1), filler(WIDTH, 2) + '完。']);
  });

  it('takes footnotes out of the paragraph that runs on to the next page, and places them after it', () => {
    const body = (n: number, k: number) => Array.from({ length: n }, (_, i): [number, string] => [0, filler(WIDTH, k + i)]);
    const note = (text: string, y: number, mark?: string): TextItem[] =>
      mark ? [run(mark, LEFT, y - 3, 6), run(text, LEFT + 4, y, 9)] : [run(text, LEFT, y, 9)];
    const r = layoutPages([
      page(1, [[2, filler(WIDTH - 2)], ...body(20, 1)], [...note('[1]两高一资：高耗能、高污染和资源性。', 730), ...note('以2025年全社会用电量8000亿千瓦时计', 745, '2')]),
      page(2, [[0, filler(WIDTH, 30)], [0, '为止。'], [2, filler(WIDTH - 2, 3)], [0, '完。']]),
    ]);
    const first = filler(WIDTH - 2) + body(20, 1).map(([, t]) => t).join('') + filler(WIDTH, 30) + '为止。';
    assert.deepEqual(r.paragraphs, [first, '[1]两高一资：高耗能、高污染和资源性。', '2 以2025年全社会用电量8000亿千瓦时计', filler(WIDTH - 2, 3) + '完。']);
  });
});
