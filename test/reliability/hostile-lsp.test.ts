/**
 * Hostile input through the protocol: one server session (as a user's day) is handed every file
 * of hostile-inputs.ts as an editor would hand it over (didOpen with the text it decoded), plus
 * 200 000 lines of misnumbered tasks. For each, the server publishes diagnostics equal to a fresh
 * analysis, answers documentSymbol, hover, folding, semantic tokens and code actions over the
 * whole text (select all), takes an edit, and lets the document go. Afterwards it still answers
 * for a normal plan. Plans on disk in legacy encodings are read as the seed. Times and the
 * server's memory are printed, not asserted.
 */
import { seedTargetCount } from '../seed-facts';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  DidCloseTextDocumentNotification,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  SemanticTokensRequest,
  type CodeAction,
  type Diagnostic,
  type DocumentSymbol,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { analyzePlan, LineIndex, type PlanAnalysis } from '../../server/src/core';
import { diagnostics } from '../../server/src/lsp/features/diagnostics';
import { DEFAULT_MAX_PROBLEMS } from '../../server/src/lsp/settings';

/** What the server publishes: the analysis's findings, capped as planlens.maxProblems caps them. */
const toDiagnostics = (a: PlanAnalysis, uri: string) => diagnostics(a, uri, { maxProblems: DEFAULT_MAX_PROBLEMS });
import { documentSymbols } from '../../server/src/lsp/features/document-symbols';
import { STATUS_REQUEST, TARGETS_REQUEST, type ServerStatus, type TargetsResult } from '../../server/src/lsp/protocol';
import { readSeed } from '../core/helpers';
import { LspTestClient } from '../lsp/lsp-client';
import { editorText, HOSTILE_INPUTS, numberedLines, SEED_TWIN, writeHostileFiles } from './hostile-inputs';
import { FigureTable } from './measured-cli';
import { processMemory } from './process-memory';

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;

/** Ranges, codes and messages: what the Problems panel shows. */
const shown = (ds: Diagnostic[]) => ds.map((d) => ({ range: d.range, code: d.code, severity: d.severity, message: d.message, related: d.relatedInformation }));

describe('hostile input through the protocol (planlens lsp --stdio)', function () {
  this.timeout(240_000);
  this.slow(30_000);

  let client: LspTestClient;
  let dir: string;
  let cleanup: () => void;
  const figures = new FigureTable('planlens lsp, one session (2 shared cores)', ['document', 'chars', 'open→diagnostics s', 'requests s', 'edit→diagnostics s', 'problems', 'server RSS MB']);
  const texts: Array<{ name: string; text: string; big: boolean }> = [
    ...HOSTILE_INPUTS.map((i) => ({ name: i.name, text: editorText(i.bytes()), big: i.big === true })),
    { name: 'numbered-200k.txt', text: numberedLines(200_000), big: true },
  ];

  before(async () => {
    // The small files also go on disk, for the requests that read closed plans.
    ({ dir, cleanup } = writeHostileFiles(HOSTILE_INPUTS.filter((i) => !i.big)));
    client = await LspTestClient.start({ rootUri: pathToFileURL(dir).href });
  });
  after(async () => {
    figures.print();
    // A server that died (killed by a signal: exitCode stays null) cannot be shut down politely.
    if (client && client.process.exitCode === null && client.process.signalCode === null) await client.stop();
    cleanup?.();
  });

  for (const [n, { name, text, big }] of texts.entries()) {
    it(`${name}: diagnostics, symbols, hovers, folding, tokens, select-all code actions, an edit`, async () => {
      const uri = `untitled:hostile-${n}.plan`;
      const c = client.connection;
      let t = process.hrtime.bigint();
      await client.open(uri, text);
      const published = await client.diagnostics(uri, (p) => p.version === 1);
      const openSeconds = seconds(t);

      // Small inputs: exactly a fresh analysis. Big ones: the same count (a second analysis of
      // 20 MB in the test process would double the suite's time for little).
      const expected = big ? null : analyzePlan(text);
      if (expected) assert.deepEqual(shown(published.diagnostics), shown(toDiagnostics(expected, uri)));

      t = process.hrtime.bigint();
      const symbols = (await c.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
      assert.ok(Array.isArray(symbols), 'documentSymbol answers with a list');
      if (expected) assert.deepEqual(symbols, documentSymbols(expected));
      const index = new LineIndex(text);
      const positions: Position[] = [0, text.length >> 1, text.length, ...published.diagnostics.slice(0, 3).map((d) => index.offsetAt(d.range.start))].map((o) => index.positionAt(o));
      for (const position of positions) await c.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
      assert.ok(Array.isArray(await c.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } })));
      const tokens = await c.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
      assert.equal(tokens!.data.length % 5, 0);
      // Select all: the editor asks for code actions over the whole text, with every diagnostic.
      const all = { start: { line: 0, character: 0 }, end: index.positionAt(text.length) };
      const actions = (await c.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: all, context: { diagnostics: published.diagnostics } })) as CodeAction[];
      assert.ok(Array.isArray(actions));
      const fixAll = (await c.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: all, context: { diagnostics: [], only: ['source.fixAll'] } })) as CodeAction[];
      assert.ok(Array.isArray(fixAll));
      const requestSeconds = seconds(t);

      // One keystroke at the end, then one at the start: the second one's diagnostics must come.
      t = process.hrtime.bigint();
      await client.change(uri, 2, [{ range: { start: all.end, end: all.end }, text: '。' }]);
      await client.change(uri, 3, [{ range: { start: all.start, end: all.start }, text: '（' }]);
      const edited = await client.diagnostics(uri, (p) => p.version === 3);
      const editSeconds = seconds(t);
      if (!big) assert.deepEqual(shown(edited.diagnostics), shown(toDiagnostics(analyzePlan('（' + text + '。'), uri)));

      await c.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
      const memory = processMemory(client.process.pid!);
      figures.add(name, text.length, openSeconds, requestSeconds, editSeconds, published.diagnostics.length, memory?.rssMb ?? null);
    });
  }

  it('plans on disk in GBK, GB18030 and UTF-16 are read as the seed; binaries as nothing', async () => {
    const c = client.connection;
    const targets = (name: string) => c.sendRequest<TargetsResult | null>(TARGETS_REQUEST, { uri: pathToFileURL(path.join(dir, name)).href });
    const seed = await targets(SEED_TWIN);
    assert.equal(seed!.targets.length, seedTargetCount());
    for (const name of ['seed-gbk.txt', 'seed-utf16le.txt', 'seed-utf16be.txt']) {
      assert.deepEqual((await targets(name))!.targets, seed!.targets, name);
    }
    assert.equal((await targets('rare-gb18030.txt'))!.targets.length, seedTargetCount());
    for (const name of ['random.txt', 'report.pdf.txt', 'plan.docx.txt', 'missing.txt']) assert.equal(await targets(name), null, name);
    assert.ok(fs.existsSync(path.join(dir, 'random.txt')));
  });

  it('is still alive afterwards, holds no closed document, and answers for a normal plan', async () => {
    const status = await client.connection.sendRequest<ServerStatus>(STATUS_REQUEST);
    assert.equal(status.openDocuments, 0);
    const uri = 'untitled:after.plan';
    const seed = readSeed();
    await client.open(uri, seed);
    const published = await client.diagnostics(uri, (p) => p.version === 1);
    assert.deepEqual(shown(published.diagnostics), shown(toDiagnostics(analyzePlan(seed), uri)));
    const memory = processMemory(client.process.pid!);
    figures.add('seed, after all that', seed.length, '-', '-', '-', published.diagnostics.length, memory?.rssMb ?? null);
    if (memory) figures.add('server peak RSS (VmHWM)', '-', '-', '-', '-', '-', memory.peakMb);
    assert.equal(client.serverErrors.includes('FATAL'), false, client.serverErrors);
  });
});
