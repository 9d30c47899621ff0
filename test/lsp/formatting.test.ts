/**
 * Format Document and Format Selection through the protocol: the real server answers with the
 * core's edits as LSP edits; applied, they give what the core's formatText gives.
 */
import * as assert from 'node:assert/strict';
import { DocumentFormattingRequest, DocumentRangeFormattingRequest, type TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatText } from '../../server/src/core';
import { readSeed } from '../core/helpers';
import { LspTestClient } from './lsp-client';

const SEED = readSeed();
const OPTIONS = { tabSize: 4, insertSpaces: true };
const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('x:', 'policy-plan', 1, text), edits);

describe('Format Document through the protocol', function () {
  this.timeout(30_000);
  let client: LspTestClient;
  const uri = 'untitled:format.plan';
  before(async () => {
    client = await LspTestClient.start();
    await client.open(uri, SEED);
  });
  after(async () => client?.stop());

  it('declares document and range formatting', () => {
    assert.equal(client.initializeResult.capabilities.documentFormattingProvider, true);
    assert.equal(client.initializeResult.capabilities.documentRangeFormattingProvider, true);
  });

  it('the seed: full-width commas and brackets, the text the core formats, and nothing on a second format', async () => {
    const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: OPTIONS });
    assert.ok(edits && edits.length > 0);
    const formatted = apply(SEED, edits);
    assert.equal(formatted, formatText(SEED));
    assert.equal(formatted.split('\n')[11], SEED.split('\n')[11].replace('(一)', '（一）').replace(/,/g, '，'));
    await client.change(uri, 2, [{ text: formatted }]);
    const again = await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: OPTIONS });
    assert.deepEqual(again, []);
    await client.change(uri, 3, [{ text: SEED }]);
  });

  it('a selection: only the lines it touches', async () => {
    const range = { start: { line: 11, character: 0 }, end: { line: 12, character: 3 } };
    const edits = await client.connection.sendRequest(DocumentRangeFormattingRequest.type, { textDocument: { uri }, range, options: OPTIONS });
    assert.deepEqual([...new Set(edits!.map((e) => e.range.start.line))], [11, 12]);
  });

  it('the label forms setting: keep the plan\'s own', async () => {
    const doc = 'untitled:labels.plan';
    await client.open(doc, ['一.总体要求', '1、加强领导', '2、强化考核'].join('\n'));
    const standard = await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: doc }, options: OPTIONS });
    assert.deepEqual(standard!.map((e) => e.newText), ['、', '.', '.']);
    await client.configure({ format: { labelForms: 'keep' } });
    const kept = await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: doc }, options: OPTIONS });
    assert.deepEqual(kept, []);
    await client.configure({});
  });
});
