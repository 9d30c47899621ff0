/**
 * The report's webview document: the server's body under the view's CSP (stylesheet and script by
 * nonce only), and only well-formed "open" messages are acted on.
 */
import * as assert from 'node:assert/strict';
import { parseReportMessage, reportViewHtml } from '../../client/src/report-view-html';

describe('report webview', () => {
  it('holds the body, one stylesheet and one script, both by nonce, under a CSP with no other source', () => {
    const html = reportViewHtml({ body: '<div class="planlens-report"><td data-path="a.txt" data-line="3">x</td></div>', css: '.x{}</style><b>', nonce: 'abc123' });
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;[^"]*script-src &#39;nonce-abc123&#39;/);
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.match(html, /<style nonce="abc123">\.x\{\}<\\\/style><b>/, 'the stylesheet cannot close its own tag');
    assert.ok(html.includes('data-path="a.txt" data-line="3"'));
  });

  it('acts only on open messages with a path and whole, non-negative positions', () => {
    assert.deepEqual(parseReportMessage({ type: 'open', path: 'plans/a.txt', line: 4, character: 2, focus: true }), { type: 'open', path: 'plans/a.txt', line: 4, character: 2, focus: true });
    for (const bad of [null, 'open', { type: 'open', path: '', line: 1, character: 0 }, { type: 'open', path: 'a', line: -1, character: 0 }, { type: 'open', path: 'a', line: 1.5, character: 0 }, { type: 'run', path: 'a', line: 1, character: 0 }]) {
      assert.equal(parseReportMessage(bad), undefined, JSON.stringify(bad));
    }
  });
});
