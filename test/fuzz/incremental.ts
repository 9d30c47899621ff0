/**
 * The language server's path for an edited plan — incremental changes applied to its open
 * document, analysis cached per version — must give what a fresh analysis of the edited text
 * gives. Edits are applied to a plain string alongside, by offsets, as the reference.
 */
import * as assert from 'node:assert/strict';
import { analyzePlan, toJson } from '../../server/src/core';
import { DocumentStore } from '../../server/src/lsp/document-store';
import { analyzeOptions, DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import type { TextEdit } from './generators';

const URI = 'file:///fuzz.plan';

export function checkIncremental(initial: string, edits: TextEdit[]): void {
  const store = new DocumentStore();
  const doc = store.open(URI, 'plan', 1, initial);
  let text = initial;
  let version = 1;
  // Analysed first, so that a stale cached analysis would show.
  doc.analysis(DEFAULT_SETTINGS);
  for (const e of edits) {
    // A client speaks in lines and characters: an offset between \r and \n has no position, and
    // comes back as the end of its line.
    const td = doc.textDocument;
    const range = { start: td.positionAt(Math.floor(Math.min(e.from, e.to) * text.length)), end: td.positionAt(Math.floor(Math.max(e.from, e.to) * text.length)) };
    const a = td.offsetAt(range.start);
    const b = td.offsetAt(range.end);
    store.change(URI, ++version, [{ range, text: e.text }]);
    text = text.slice(0, a) + e.text + text.slice(b);
    assert.equal(doc.text, text, 'the document has the edited text');
    if (version % 3 === 0) doc.analysis(DEFAULT_SETTINGS);
  }
  const incremental = toJson(URI, doc.analysis(DEFAULT_SETTINGS).analysis);
  const fresh = toJson(URI, analyzePlan(text, analyzeOptions(DEFAULT_SETTINGS)));
  assert.deepEqual(JSON.parse(JSON.stringify(incremental)), JSON.parse(JSON.stringify(fresh)));
}
