/**
 * The comparison view's document, without VS Code: a strict CSP with one nonce for the one
 * stylesheet and the one script, nothing remote, theme colours, and plan text that stays text —
 * a plan whose titles hold <script> or <img onerror> shows them escaped, end to end (analysis,
 * comparison, the server's renderer, this page).
 */
import * as assert from 'node:assert/strict';
import { analyzePlan } from '../../server/src/core';
import { COMPARISON_CSS, comparePlans, renderComparisonBody } from '../../server/src/core/compare';
import { comparisonViewHtml, makeNonce, panelTitle, parseViewMessage, viewCsp } from '../../client/src/comparison-html';

const HOSTILE = [
  '某市<script>alert(1)</script>碳达峰实施方案',
  '一、重点任务',
  '（一）能源<img src=x onerror=alert(2)>绿色低碳转型行动',
  '1.大力发展新能源"><svg onload=alert(3)>。到2025年，非化石能源消费比重达到18%。（市发展改革委负责）',
  '（二）工业领域碳达峰行动',
  '1.推动工业绿色转型。到2025年，单位工业增加值能耗下降13%。（市工业和信息化局负责）',
  '',
].join('\n');

const UPPER = [
  '某省碳达峰实施方案',
  '一、重点任务',
  '（一）能源绿色低碳转型行动',
  '1.大力发展新能源。到2025年，非化石能源消费比重达到20%左右。（省发展改革委负责）',
  '（二）工业领域碳达峰行动',
  '1.推动工业绿色转型。到2025年，单位工业增加值能耗下降13.5%。（省工业和信息化厅负责）',
  '',
].join('\n');

function page(lowerLabel = '《某市<script>alert(1)</script>碳达峰实施方案》', nonce = makeNonce()) {
  const c = comparePlans(analyzePlan(HOSTILE), analyzePlan(UPPER), { segmenter: null, leftName: 'city<b>.txt', rightName: 'province.txt' });
  return { html: comparisonViewHtml({ body: renderComparisonBody(c), css: COMPARISON_CSS, nonce, lowerLabel, upperLabel: '《某省碳达峰实施方案》' }), nonce };
}

describe('comparison view HTML', () => {
  it('has a strict Content-Security-Policy: nothing but the nonce’d stylesheet and script', () => {
    const { html, nonce } = page();
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1].replace(/&#39;/g, "'");
    assert.equal(csp, `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`);
    assert.equal(viewCsp(nonce), csp);
    assert.ok(!/unsafe-inline|unsafe-eval|\*|https?:|data:/.test(csp!), csp);
    // The CSP comes before anything it governs.
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<style'));
  });

  it('puts the nonce on its only <style> and only <script>, and a fresh nonce on each page', () => {
    const { html, nonce } = page();
    assert.match(nonce, /^[A-Za-z0-9_-]{32}$/);
    assert.notEqual(makeNonce(), makeNonce());
    const styles = [...html.matchAll(/<style\b[^>]*>/g)].map((m) => m[0]);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.deepEqual(styles, [`<style nonce="${nonce}">`]);
    assert.deepEqual(scripts, [`<script nonce="${nonce}">`]);
  });

  it('loads nothing: no http(s) URL, no src or href, no inline event handler or style attribute', () => {
    const { html } = page();
    assert.ok(!/https?:\/\//i.test(html), 'a remote URL');
    assert.ok(!/<[^>]*\s(?:src|href)\s*=/i.test(html), 'a src or href attribute');
    assert.ok(!/<[^>]*\son[a-z]+\s*=/i.test(html), 'an inline event handler');
    assert.ok(!/<[^>]*\sstyle\s*=/i.test(html), 'a style attribute');
  });

  it('shows a plan’s <script>, <img onerror> and <svg onload> as text', () => {
    const { html } = page();
    const [, body] = html.split('<main id="report">');
    const report = body.split('</main>')[0];
    assert.ok(!/<script|<img|<svg/i.test(report), report);
    // (The model's text is normalised: its brackets are full-width.)
    assert.ok(report.includes('某市&lt;script&gt;alert（1）&lt;/script&gt;碳达峰实施方案'), 'the plan title, escaped');
    assert.ok(report.includes('能源&lt;img src=x onerror=alert（2）&gt;绿色低碳转型行动'), 'the action title, escaped');
    assert.ok(report.includes('city&lt;b&gt;.txt'));
    // The toolbar's labels too; the page has exactly one <script>: its own.
    assert.ok(html.includes('<b id="lower-label">《某市&lt;script&gt;alert(1)&lt;/script&gt;碳达峰实施方案》</b>'));
    assert.equal(html.match(/<script/g)!.length, 1);
  });

  it('a stylesheet cannot close its <style> early', () => {
    const html = comparisonViewHtml({ body: '', css: 'a{}</style><script>alert(1)</script>', nonce: 'n', lowerLabel: 'a', upperLabel: 'b' });
    assert.equal(html.match(/<\/style>/g)!.length, 1);
    // What looked like a script is left inside the stylesheet, as text.
    assert.ok(html.indexOf('<script>alert(1)') < html.indexOf('</style>'));
  });

  it('takes its colours from VS Code’s theme (light, dark, high contrast), with rows to click', () => {
    const { html } = page();
    for (const v of ['--vscode-editor-foreground', '--vscode-editor-background', '--vscode-descriptionForeground', '--vscode-errorForeground', '--vscode-focusBorder', '--vscode-contrastBorder', '--vscode-button-background']) {
      assert.ok(html.includes(`var(${v}`), v);
    }
    assert.ok(html.includes('body.vscode-high-contrast'));
    // Rows carry both plans' lines for the script to jump on.
    assert.match(html, /<tr class="action" data-left-id="1\.1" data-right-id="1\.1" data-left-line="2" data-right-line="2">/);
    assert.ok(html.includes('<button id="swap" type="button"'));
  });

  it('accepts only well-formed messages from the view', () => {
    assert.deepEqual(parseViewMessage({ type: 'reveal', side: 'upper', line: 36 }), { type: 'reveal', side: 'upper', line: 36, focus: false });
    assert.deepEqual(parseViewMessage({ type: 'reveal', side: 'lower', line: 0, focus: true }), { type: 'reveal', side: 'lower', line: 0, focus: true });
    assert.deepEqual(parseViewMessage({ type: 'swap' }), { type: 'swap' });
    for (const bad of [null, 'reveal', { type: 'reveal', side: 'left', line: 1 }, { type: 'reveal', side: 'lower', line: -1 }, { type: 'reveal', side: 'lower', line: 1.5 }, { type: 'reveal', side: 'lower', line: '3' }, { type: 'open', uri: 'file:///etc/passwd' }]) {
      assert.equal(parseViewMessage(bad), undefined, JSON.stringify(bad));
    }
  });

  it('names the panel by the plans’ titles, shortened', () => {
    assert.equal(panelTitle({ title: '江西省碳达峰实施方案', name: 'a.txt' }, { title: '2030年前碳达峰行动方案', name: 'b.txt' }), '对照：江西省碳达峰实施方案 ↔ 2030年前碳达峰行动方案');
    assert.equal(panelTitle({ title: null, name: 'city.txt' }, { title: '一个标题很长很长很长很长很长很长的国家级方案', name: 'b.txt' }), '对照：city.txt ↔ 一个标题很长很长很长很长很长很…');
  });
});
