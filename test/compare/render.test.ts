/** The four outputs of a comparison; the HTML report must be safe to mail and to open. */
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { analyzePlan } from '../../server/src/core';
import {
  comparePlans,
  renderComparisonBody,
  renderComparisonPage,
  renderJson,
  renderMarkdown,
  renderText,
  type PlanComparison,
} from '../../server/src/core/compare';
import { compare, SEED } from './helpers';

/** Two plans whose titles, headings and targets carry markup. */
function hostile(): PlanComparison {
  const evil = '<script>alert("x")</script>';
  const lower = analyzePlan(
    [
      `某市${evil}碳达峰实施方案`,
      '一、主要目标',
      '到2025年，非化石能源消费比重达到15%。',
      '二、重点任务',
      `（一）能源绿色低碳转型行动<img src=x onerror=alert(1)>`,
      '大力发展风电、光伏，推进煤电节能降碳改造，加快建设新型电力系统。（责任单位：市发展改革委）',
      '（二）工业领域碳达峰行动',
      '推动钢铁、建材、石化化工行业碳达峰，严控高耗能项目。（责任单位：市工业和信息化局）',
    ].join('\n'),
  );
  const upper = analyzePlan(
    [
      '某省碳达峰实施方案',
      '一、主要目标',
      '到2025年，非化石能源消费比重达到18%。',
      '二、重点任务',
      '（一）工业领域碳达峰行动',
      '推动钢铁、建材、石化化工行业碳达峰，坚决遏制高耗能项目盲目发展。',
      '（二）能源绿色低碳转型行动 & “风光”',
      '大力发展风电、光伏，推进煤电节能降碳改造，加快构建新型电力系统。',
    ].join('\n'),
  );
  return comparePlans(lower, upper, { leftName: 'a"b<c>.txt', rightName: 'upper.txt' });
}

describe('compare: HTML report', () => {
  it('escapes all plan text: a plan containing <script> shows as text', () => {
    const c = hostile();
    assert.ok(c.sections.some((p) => p.leftTitle?.includes('<img')), 'the fixture carries markup in a section title');
    const page = renderComparisonPage(c);
    assert.ok(!/<script/i.test(page), 'no script element');
    assert.ok(!/<img/i.test(page), 'no img element');
    // (The model's strings come from the normalised text: its brackets are full-width.)
    assert.ok(page.includes('某市&lt;script&gt;alert（&quot;x&quot;）&lt;/script&gt;碳达峰实施方案'));
    assert.ok(page.includes('&lt;img src=x onerror=alert（1）&gt;'));
    assert.ok(page.includes('a&quot;b&lt;c&gt;.txt'));
    assert.ok(page.includes('&amp; “风光”'));
  });

  it('is one self-contained file under a strict Content-Security-Policy', () => {
    const page = renderComparisonPage(compare(SEED, 'national-2030'));
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1];
    assert.ok(csp, 'CSP meta present');
    const policy = csp!.replace(/&#39;/g, "'");
    assert.match(policy, /default-src 'none'/);
    assert.match(policy, /script-src 'none'/);
    assert.match(policy, /base-uri 'none'/);
    assert.ok(!/unsafe-inline/.test(policy));
    // The one stylesheet is allowed by its hash, and nothing else is inline.
    const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    assert.equal(styles.length, 1);
    const hash = createHash('sha256').update(styles[0], 'utf8').digest('base64');
    assert.ok(policy.includes(`'sha256-${hash}'`), 'style hash in the policy');
    assert.ok(!/\sstyle="/.test(page), 'no style attributes (the policy would block them)');
    assert.ok(!/\son[a-z]+="/i.test(page), 'no event handler attributes');
    // No remote resources of any kind.
    assert.ok(!/(src|href)="/i.test(page));
    assert.ok(!/https?:\/\//.test(page));
    assert.ok(!/@import|url\(/.test(styles[0]));
    assert.ok(page.startsWith('<!DOCTYPE html>'));
    assert.match(page, /<meta charset="utf-8">/);
  });

  it('has light and dark themes', () => {
    const page = renderComparisonPage(compare(SEED, 'national-2030'));
    assert.match(page, /@media \(prefers-color-scheme: dark\)/);
    assert.match(page, /<meta name="color-scheme" content="light dark">/);
  });

  it('takes a nonce instead of the hash, for a webview', () => {
    const page = renderComparisonPage(compare(SEED, 'national-2030'), { nonce: 'abc123' });
    assert.ok(page.includes('style-src &#39;nonce-abc123&#39;'));
    assert.match(page, /<style nonce="abc123">/);
  });

  it('gives every row that points into the plans both section ids and lines', () => {
    const body = renderComparisonBody(compare(SEED, 'national-2030'));
    assert.ok(body.startsWith('<div class="planlens-compare">'));
    assert.ok(!/<html|<head|<body/.test(body), 'the body is reusable inside another page');
    assert.match(body, /<tr class="action" data-left-id="3\.2" data-right-id="3\.3" data-left-line="16" data-right-line="36">/);
    assert.match(body, /<tr class="task" data-left-id="3\.2\.2" data-right-id="3\.3\.2" data-left-line="\d+" data-right-line="\d+">/);
    assert.match(body, /<tr class="target" data-left-id="2" data-right-id="2" data-left-line="\d+" data-right-line="\d+">/);
    assert.match(body, /<span class="badge f-weaker">弱于上级<\/span>/);
  });
});

describe('compare: text, Markdown and JSON', () => {
  it('text shows pairs with scores and the targets with their findings', () => {
    const text = renderText(compare(SEED, 'national-2030'));
    assert.match(text, /3\.2 工业领域碳达峰行动 {2}↔ {2}3\.3 工业领域碳达峰行动 {2}\(\d+%\)/);
    assert.match(text, /\[弱于上级\] 非化石能源消费比重/);
    assert.match(text, /（本方案无对应） {2}↔ {2}4\.1 深度参与全球气候治理/);
  });

  it('Markdown escapes table pipes and markup', () => {
    const md = renderMarkdown(hostile());
    assert.ok(!/<script|<img/i.test(md));
    assert.ok(md.includes('&lt;script&gt;'));
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) {
      const cells = line.split(/(?<!\\)\|/).length - 2;
      assert.ok(cells === 3 || cells === 4 || cells === 5, line);
    }
  });

  it('JSON keeps sections and targets in the documented shape', () => {
    const json = JSON.parse(renderJson(compare(SEED, 'national-2030')));
    assert.equal(json.version, 1);
    const industry = json.sections.find((s: { left: string }) => s.left === '3.2');
    assert.deepEqual(
      { left: industry.left, right: industry.right, leftTitle: industry.leftTitle, rightTitle: industry.rightTitle },
      { left: '3.2', right: '3.3', leftTitle: '工业领域碳达峰行动', rightTitle: '工业领域碳达峰行动' },
    );
    assert.equal(typeof industry.score, 'number');
    const unmatched = json.sections.find((s: { left: string | null }) => s.left === null);
    assert.equal(unmatched.score, 0);
    const nf = json.targets.find((t: { indicator: string; finding: string }) => t.indicator === '非化石能源消费比重' && t.finding === 'weaker');
    assert.equal(nf.left.value, 18.3);
    assert.equal(nf.right.value, 20);
    assert.ok(json.targets.some((t: { left: unknown; finding: string }) => t.left === null && t.finding === 'right-only'));
  });
});
