/**
 * Requests cancelled ($/cancelRequest) while queued or mid-way leave nothing stale behind:
 * workspace symbols cancelled while the server reads plans from disk, then asked again, find every
 * plan; document requests cancelled between edits, then asked again, answer for the latest text;
 * diagnostics stay those of a fresh analysis.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  CodeActionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  LSPErrorCodes,
  ResponseError,
  SemanticTokensRequest,
  WorkspaceSymbolRequest,
  type Diagnostic,
  type WorkspaceSymbol,
} from 'vscode-languageserver-protocol/node';
import { analyzePlan } from '../../server/src/core';
import { diagnostics as toDiagnostics } from '../../server/src/lsp/features/diagnostics';
import { documentSymbols } from '../../server/src/lsp/features/document-symbols';
import { semanticTokens } from '../../server/src/lsp/features/semantic-tokens';
import { TARGETS_REQUEST, type TargetsResult } from '../../server/src/lsp/protocol';
import { readSeed } from '../core/helpers';
import { CORPUS, readFixture } from '../lsp/helpers';
import { LspTestClient } from '../lsp/lsp-client';

const SEED = readSeed();
const shown = (ds: Diagnostic[]) => ds.map((d) => ({ range: d.range, code: d.code, severity: d.severity, message: d.message }));

/** Sends a request and cancels it at once; resolves to 'cancelled' or to the answer if it was done first. */
async function sendAndCancel<R>(send: (token: CancellationTokenSource['token']) => Promise<R>): Promise<R | 'cancelled'> {
  const source = new CancellationTokenSource();
  const answer = send(source.token);
  source.cancel();
  try {
    return await answer;
  } catch (e) {
    if (e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled) return 'cancelled';
    throw e;
  } finally {
    source.dispose();
  }
}

describe('cancelled requests leave no stale state', function () {
  this.timeout(60_000);
  let client: LspTestClient;
  let dir: string;

  before(async () => {
    // Enough plans on disk that reading them takes a while: the cancel lands mid-way.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-cancel-'));
    for (const [i, name] of CORPUS.entries()) {
      fs.writeFileSync(path.join(dir, `${String(i).padStart(2, '0')}-${name.replace(/\.txt$/, '.plan')}`), readFixture(name));
      fs.writeFileSync(path.join(dir, `${String(i).padStart(2, '0')}-copy.plan`), readFixture(name));
    }
    client = await LspTestClient.start({ rootUri: pathToFileURL(dir).href });
  });
  after(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('workspace symbols cancelled while plans are read from disk, then asked again: what a server never cancelled answers', async () => {
    const c = client.connection;
    const first = await sendAndCancel((token) => c.sendRequest(WorkspaceSymbolRequest.type, { query: '发展改革委' }, token));
    const again = (await c.sendRequest(WorkspaceSymbolRequest.type, { query: '发展改革委' })) as WorkspaceSymbol[];
    const fresh = await LspTestClient.start({ rootUri: pathToFileURL(dir).href });
    try {
      assert.deepEqual(again, await fresh.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '发展改革委' }));
    } finally {
      await fresh.stop();
    }
    assert.ok(new Set(again.map((s) => s.location.uri)).size > 10, 'symbols of many plans');
    console.log(`      the first request was ${first === 'cancelled' ? 'cancelled mid-way' : 'answered before the cancel arrived'}`);
  });

  it('targets of a closed plan cancelled, then asked again: the whole list', async () => {
    const c = client.connection;
    // A plan with targets (some plans of the corpus state none).
    const withTargets = fs.readdirSync(dir).sort().find((f) => f.endsWith('national-2030.plan'))!;
    const uri = pathToFileURL(path.join(dir, withTargets)).href;
    await sendAndCancel((token) => c.sendRequest<TargetsResult | null>(TARGETS_REQUEST, { uri }, token));
    const again = await c.sendRequest<TargetsResult | null>(TARGETS_REQUEST, { uri });
    assert.ok(again && again.targets.length > 0);
    assert.deepEqual(await c.sendRequest<TargetsResult | null>(TARGETS_REQUEST, { uri }), again);
  });

  it('document requests cancelled between edits: later ones answer for the latest text, diagnostics too', async () => {
    const c = client.connection;
    const uri = 'untitled:cancel.plan';
    const textDocument = { uri };
    await client.open(uri, SEED);
    let text = SEED;
    const edit = async (version: number, at: number, insert: string) => {
      const line = text.slice(0, at).split('\n').length - 1;
      const character = at - (text.lastIndexOf('\n', at - 1) + 1);
      text = text.slice(0, at) + insert + text.slice(at);
      await client.change(uri, version, [{ range: { start: { line, character }, end: { line, character } }, text: insert }]);
    };
    const position = { line: 8, character: 10 };
    const cancelled = [];
    for (let version = 2; version <= 30; version++) {
      await edit(version, (version * 997) % text.length, ['（', '一、新的章节\n', '1.推进工作。到2025年比重达到20%。\n', '》', '（省能源局负责）'][version % 5]);
      cancelled.push(
        sendAndCancel((token) => c.sendRequest(DocumentSymbolRequest.type, { textDocument }, token)),
        sendAndCancel((token) => c.sendRequest(HoverRequest.type, { textDocument, position }, token)),
        sendAndCancel((token) => c.sendRequest(SemanticTokensRequest.type, { textDocument }, token)),
        sendAndCancel((token) => c.sendRequest(CodeActionRequest.type, { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } }, token)),
      );
    }
    await Promise.all(cancelled);
    const final = analyzePlan(text);
    const published = await client.diagnostics(uri, (p) => p.version === 30);
    assert.deepEqual(shown(published.diagnostics), shown(toDiagnostics(final, uri)));
    assert.deepEqual(await c.sendRequest(DocumentSymbolRequest.type, { textDocument }), documentSymbols(final));
    assert.deepEqual(await c.sendRequest(SemanticTokensRequest.type, { textDocument }), semanticTokens(final));
  });
});
