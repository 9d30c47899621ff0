/**
 * Saved government pages as plan text: the article only (no navigation, breadcrumbs, page
 * furniture, share buttons, related links, footer, scripts), blocks and <br> as line breaks,
 * tables as rows, UTF-8 and GBK pages decoded by their meta charset. The fixtures are pages built
 * around corpus plans (scripts/make-input-fixtures.mjs) in two site styles; the rules are checked
 * one by one on small pages.
 */
import * as assert from 'node:assert/strict';
import * as iconv from 'iconv-lite';
import { readHtml } from '../../../server/src/input/html/read-html';
import { corpusLines, inputFixture, planView, source } from '../helpers';

const read = (html: string | Uint8Array) => source(readHtml(typeof html === 'string' ? Buffer.from(html, 'utf8') : html));
const lines = (html: string | Uint8Array) => read(html).text.split('\n');

/** A page with the usual chrome around `article`. */
function page(article: string, { title = '某市节能降碳行动方案_政策文件_某市人民政府', heading = '<h1>某市节能降碳行动方案</h1>' } = {}) {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zcwj/">政策文件</a><a href="/hd/">互动交流</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zcwj/">政策文件</a></div>
<div class="main">${heading}<div class="info">发布时间：2022-01-18 来源：市发展改革委 字号：<a>大</a> <a>中</a> <a>小</a></div>
<div class="content">${article}</div>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div></div>
<div class="links"><h3>相关链接</h3><ul><li><a href="/1">关于开展节能宣传周活动的通知</a></li><li><a href="/2">市发展改革委2021年工作总结和2022年工作计划</a></li></ul></div>
<div class="footer">主办单位：某市人民政府办公室 网站标识码：1234567890 ICP备案号：京ICP备12345678号</div></body></html>`;
}

const BODY = [
  '为推动节能降碳，结合我市实际，制定本方案。',
  '一、重点任务',
  '到2025年，单位地区生产总值能耗比2020年下降14%，非化石能源消费比重达到20%。（市发展改革委负责）',
  '推进工业、建筑、交通等重点领域节能，加快淘汰落后产能，完善节能审查制度。（市工信局、市住建局按职责分工负责）',
];

describe('saved web pages (.html)', () => {
  it('beijing-manufacturing (UTF-8, a modern site): the plan with its notice and table, nothing of the page around it', () => {
    const r = read(inputFixture('beijing-manufacturing.html'));
    assert.equal(r.format, 'html');
    assert.equal(r.encoding, 'utf-8');
    assert.deepEqual(r.text.split('\n'), corpusLines('beijing-manufacturing.txt'));
    assert.deepEqual(r.warnings, []);
    for (const furniture of ['首页', '当前位置', '发布时间', '浏览次数', '打印本页', '分享到', '相关链接', '主办单位', 'ICP', '_hmt', '此处内容不显示']) {
      assert.ok(!r.text.includes(furniture), `${furniture} left in`);
    }
  });

  it('national-energy-saving-14th (GB2312, an old site in nested tables): decoded by its meta, title and 文号 kept', () => {
    const r = read(inputFixture('national-energy-saving-14th.gbk.html'));
    assert.equal(r.encoding, 'gb18030');
    // The corpus text, from the PDF, has the cover's title twice; the page has it once.
    assert.deepEqual(r.text.split('\n'), corpusLines('national-energy-saving-14th.txt').slice(1));
    for (const furniture of ['栏目导航', '您现在的位置', '来源：中国政府网', '【打印】', '版权所有', 'document.write']) assert.ok(!r.text.includes(furniture), furniture);
  });

  for (const [name, plan] of [
    ['beijing-manufacturing.html', 'beijing-manufacturing.txt'],
    ['national-energy-saving-14th.gbk.html', 'national-energy-saving-14th.txt'],
  ]) {
    it(`${name}: the analysis of the converted text has the plan's outline, tasks and targets`, () => {
      assert.deepEqual(planView(read(inputFixture(name)).text), planView(corpusLines(plan).join('\n')));
    });
  }

  it('a hostile page: scripts, event handlers, frames, SVG and objects give no text, and nothing is fetched', () => {
    const r = read(inputFixture('hostile.html'));
    assert.deepEqual(r.text.split('\n'), [
      '某市节能降碳行动方案',
      '为推动节能降碳，制定本方案。',
      '一、重点任务',
      '到2025年，单位地区生产总值能耗比2020年下降14%，非化石能源消费比重达到20%。（市发展改革委负责）',
      '推进工业、建筑、交通等重点领域节能，加快淘汰落后产能，完善节能审查制度。（市工信局、市住建局按职责分工负责）',
    ]);
    assert.ok(!/alert|attacker|cookie|SVG/.test(r.text));
  });

  it('<p>, <div> and <br> end lines, inline markup flows, source line breaks between Chinese characters are not spaces', () => {
    const article = `<p>　　${BODY[0]}</p><div><strong>一、</strong><span>重点任务</span></div><p>到2025年，单位地区生产总值能耗比2020年下降14%，<br>\n非化石能源消费比重达到20%。</p><p>推进工业、建筑、交通等\n重点领域节能。</p>`;
    assert.deepEqual(lines(page(article)), ['某市节能降碳行动方案', BODY[0], '一、重点任务', '到2025年，单位地区生产总值能耗比2020年下降14%，', '非化石能源消费比重达到20%。', '推进工业、建筑、交通等重点领域节能。']);
  });

  it('a data table: one line a row, tab-separated; a cell spanning rows repeats, one spanning columns leaves empty cells', () => {
    const article =
      BODY.map((l) => `<p>${l}</p>`).join('') +
      '<table><tr><th>重点任务</th><th>牵头单位</th><th>完成时限</th></tr><tr><td>发展光伏</td><td rowspan="2">市发展改革委</td><td>2025年底前</td></tr><tr><td>发展风电</td><td>持续推进</td></tr><tr><td colspan="2">合计</td><td>2项</td></tr></table>';
    assert.deepEqual(lines(page(article)).slice(-4), ['重点任务\t牵头单位\t完成时限', '发展光伏\t市发展改革委\t2025年底前', '发展风电\t市发展改革委\t持续推进', '合计\t\t2项']);
  });

  it('a layout table (a table inside a cell, one column) is read as the blocks it holds', () => {
    const article = `<table><tr><td><table><tr><td><p>${BODY[0]}</p><p>${BODY[1]}</p></td></tr></table></td><td></td></tr></table><table><tr><td>${BODY[2]}</td></tr><tr><td>${BODY[3]}</td></tr></table>`;
    assert.deepEqual(lines(page(article)), ['某市节能降碳行动方案', ...BODY]);
  });

  it('inside the article, a block that is mostly links or a short line of page labels is left out; an 附件 line of links is kept', () => {
    const article = `${BODY.map((l) => `<p>${l}</p>`).join('')}<p>附件：<a href="/f/1.docx">重点任务分工表</a></p><div>上一篇：<a href="/a">关于印发某方案的通知</a> 下一篇：<a href="/b">关于公布名单的通知</a></div><p>【打印本页】【关闭窗口】</p>`;
    assert.deepEqual(lines(page(article)), ['某市节能降碳行动方案', ...BODY, '附件：重点任务分工表']);
  });

  it('the title: the heading before the article that matches <title>, not the site name in the header', () => {
    const siteHeading = '<h1>某市人民政府门户网站</h1>';
    const html = page(BODY.map((l) => `<p>${l}</p>`).join(''), { heading: `<div class="article-title">某市节能降碳行动方案</div>` }).replace('<body>', `<body>${siteHeading}`);
    assert.deepEqual(lines(html), ['某市节能降碳行动方案', ...BODY]);
  });

  it('no heading on the page: the title from <title>, before the site name', () => {
    const html = page(BODY.map((l) => `<p>${l}</p>`).join(''), { heading: '' });
    assert.deepEqual(lines(html), ['某市节能降碳行动方案', ...BODY]);
  });

  it('charsets: <meta charset>, the http-equiv form, GBK without any meta, and a stale GBK meta on a UTF-8 page', () => {
    const doc = (meta: string) => `<html><head>${meta}<title>某市方案</title></head><body><div>${BODY.map((l) => `<p>${l}</p>`).join('')}</div></body></html>`;
    const expect = BODY;
    assert.deepEqual(lines(iconv.encode(doc('<meta charset="gbk">'), 'gbk')), expect);
    assert.deepEqual(lines(iconv.encode(doc('<meta http-equiv="Content-Type" content="text/html; charset=GB2312">'), 'gbk')), expect);
    assert.equal(read(iconv.encode(doc(''), 'gbk')).encoding, 'gb18030');
    assert.deepEqual(lines(iconv.encode(doc(''), 'gbk')), expect);
    const stale = read(Buffer.from(doc('<meta charset="gb2312">'), 'utf8'));
    assert.equal(stale.encoding, 'utf-8');
    assert.deepEqual(stale.text.split('\n'), expect);
  });

  it('a page with no article to find is read whole, and says so; an empty page gives no text', () => {
    const r = read('<html><body><a href="/">首页</a> <p>页面不存在</p></body></html>');
    assert.deepEqual(r.text.split('\n'), ['首页', '页面不存在']);
    assert.deepEqual(r.warnings, ['未找到正文区域，已读取整页 / no article found: the whole page was read']);
    assert.equal(read('').text, '');
  });
});
