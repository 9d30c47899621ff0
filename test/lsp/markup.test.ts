import * as assert from 'node:assert/strict';
import { hover } from '../../server/src/lsp/features/hover';
import { hoverFormat, markup, preferredFormat } from '../../server/src/lsp/features/markup';
import { positionOf, seedAnalysis } from './helpers';

describe('markup in the client’s format', () => {
  it('the client’s first choice among markdown and plaintext; Markdown when it says nothing', () => {
    assert.equal(preferredFormat(['plaintext', 'markdown']), 'plaintext');
    assert.equal(preferredFormat(['markdown', 'plaintext']), 'markdown');
    assert.equal(preferredFormat(['html', 'plaintext']), 'plaintext');
    assert.equal(preferredFormat(undefined), 'markdown');
    assert.equal(hoverFormat({ textDocument: { hover: { contentFormat: ['plaintext'] } } }), 'plaintext');
  });

  it('the hover on 18.3% as plain text: no ** and no escapes, the same facts (seed)', () => {
    const a = seedAnalysis();
    const h = hover(a, positionOf(a, '18.3%', 2))!;
    const plain = markup((h.contents as { value: string }).value, 'plaintext');
    assert.equal(plain.kind, 'plaintext');
    assert.deepEqual(plain.value.split('\n').slice(0, 3), ['指标 非化石能源消费比重', '', '- 目标值：18.3%']);
    assert.equal(markup('a\\*b\n---\n**c**', 'plaintext').value, 'a*b\n————\nc');
    assert.deepEqual(markup('**c**'), { kind: 'markdown', value: '**c**' });
  });
});
