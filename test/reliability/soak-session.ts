/**
 * The soak: one `planlens lsp --stdio` session given thousands of random incremental edits of the
 * seed, in bursts as typing comes, with requests in between (symbols, hover, folding, tokens,
 * code actions, stats), some of them cancelled at once. After every burst it waits for the
 * diagnostics of the latest version and checks them against a fresh analysis of the text the test
 * holds; at the end the published diagnostics, symbols and stats must equal `analyzePlan` of the
 * final text. The server's RSS is read from /proc after a warm-up and at the end.
 *
 * Used by soak.test.ts (a few hundred edits, in `npm test`) and scripts/soak.mjs (`npm run soak`).
 */
import * as assert from 'node:assert/strict';
import {
  CancellationTokenSource,
  CodeActionRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  SemanticTokensRequest,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { analyzePlan } from '../../server/src/core';
import { diagnostics as toDiagnostics } from '../../server/src/lsp/features/diagnostics';
import { documentSymbols } from '../../server/src/lsp/features/document-symbols';
import { planStats } from '../../server/src/lsp/features/stats';
import { STATS_REQUEST, type PlanStats } from '../../server/src/lsp/protocol';
import { readSeed } from '../core/helpers';
import { LspTestClient } from '../lsp/lsp-client';
import { processMemory } from './process-memory';
import { positionAt, RandomEdits, seededRandom } from './random-edits';

export interface SoakOptions {
  edits: number;
  seed?: number;
  /** Edits before the warm-up RSS sample (default a fifth of the edits, at most 1000). */
  warmUp?: number;
  /** Progress lines, for the long run. */
  log?: (line: string) => void;
}

export interface SoakReport {
  edits: number;
  seed: number;
  bursts: number;
  /** Diagnostics checked against a fresh analysis (one per burst waited on). */
  checks: number;
  requests: number;
  cancelled: number;
  /** Of the cancelled requests, how many the server answered with RequestCancelled (the rest had finished). */
  cancelledByServer: number;
  crashes: number;
  errorLogs: number;
  finalLength: number;
  finalVersion: number;
  finalEqual: boolean;
  rssWarmUpMb: number | null;
  rssEndMb: number | null;
  rssPeakMb: number | null;
  /** RSS samples every tenth of the run, after the warm-up. */
  rssSamplesMb: number[];
  seconds: number;
}

const URI = 'untitled:soak.plan';
const shown = (ds: Diagnostic[]) => ds.map((d) => ({ range: d.range, code: d.code, severity: d.severity, message: d.message, related: d.relatedInformation }));

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const seed = options.seed ?? 20240611;
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const log = options.log ?? (() => undefined);
  const warmUp = options.warmUp ?? Math.min(1000, Math.floor(options.edits / 5));
  const started = process.hrtime.bigint();

  let text = readSeed();
  const edits = new RandomEdits(random, text.length);
  const client = await LspTestClient.start();
  let crashes = 0;
  client.process.once('exit', (code, signal) => {
    if (!stopping) crashes++;
    log(`server exited: ${code ?? signal}`);
  });
  let stopping = false;
  const c = client.connection;
  const report: SoakReport = {
    edits: 0, seed, bursts: 0, checks: 0, requests: 0, cancelled: 0, cancelledByServer: 0, crashes: 0, errorLogs: 0,
    finalLength: 0, finalVersion: 0, finalEqual: false, rssWarmUpMb: null, rssEndMb: null, rssPeakMb: null, rssSamplesMb: [], seconds: 0,
  };
  const rss = () => processMemory(client.process.pid!)?.rssMb ?? null;

  /** The diagnostics of `version` must be those of a fresh analysis of `expectedText`. */
  const check = async (version: number, expectedText: string) => {
    const published = await client.diagnostics(URI, (p) => p.version === version);
    assert.deepEqual(shown(published.diagnostics), shown(toDiagnostics(analyzePlan(expectedText), URI)), `diagnostics of version ${version} (seed ${seed})`);
    report.checks++;
  };

  /** A request of a random kind; some are cancelled as soon as they are sent. */
  const request = (): Promise<unknown> => {
    const source = new CancellationTokenSource();
    const position = positionAt(text, int(text.length + 1));
    const textDocument = { uri: URI };
    const kind = int(6);
    const sent: Promise<unknown> =
      kind === 0 ? c.sendRequest(DocumentSymbolRequest.type, { textDocument }, source.token)
      : kind === 1 ? c.sendRequest(HoverRequest.type, { textDocument, position }, source.token)
      : kind === 2 ? c.sendRequest(FoldingRangeRequest.type, { textDocument }, source.token)
      : kind === 3 ? c.sendRequest(SemanticTokensRequest.type, { textDocument }, source.token)
      : kind === 4 ? c.sendRequest(CodeActionRequest.type, { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } }, source.token)
      : c.sendRequest(STATS_REQUEST, { uri: URI }, source.token);
    report.requests++;
    const cancel = random() < 0.3;
    if (cancel) {
      report.cancelled++;
      source.cancel();
    }
    return sent.then(
      () => source.dispose(),
      (e: unknown) => {
        source.dispose();
        // A cancelled request may end as RequestCancelled; nothing else may fail.
        if (cancel && e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled) report.cancelledByServer++;
        else throw e;
      },
    );
  };

  try {
    await client.open(URI, text);
    let version = 1;
    await check(version, text);
    const pending: Array<Promise<unknown>> = [];
    const sampleEvery = Math.max(1, Math.floor((options.edits - warmUp) / 10));
    while (report.edits < options.edits) {
      // A burst: typing, a paste, a deletion, a few in a row without waiting.
      const burst = Math.min(options.edits - report.edits, 1 + int(15));
      for (let i = 0; i < burst; i++) {
        // Sometimes two or three changes in one notification (multi-cursor, a replace-all).
        const changes = [];
        for (let k = random() < 0.1 ? 2 + int(2) : 1; k > 0; k--) {
          const next = edits.next(text);
          changes.push(next.edit.change);
          text = next.text;
        }
        await client.change(URI, ++version, changes);
        report.edits++;
        if (random() < 0.15) pending.push(request());
        if (report.edits === warmUp) {
          await check(version, text);
          report.rssWarmUpMb = rss();
        } else if (report.edits > warmUp && (report.edits - warmUp) % sampleEvery === 0) {
          const now = rss();
          if (now !== null) report.rssSamplesMb.push(now);
        }
      }
      report.bursts++;
      // Wait for the diagnostics after most bursts (a user pausing); type on through the others.
      if (random() < 0.6) await check(version, text);
      if (report.edits % 1000 < burst) log(`${report.edits} edits, ${text.length} characters, RSS ${rss()?.toFixed(1)} MB`);
    }
    await Promise.all(pending);

    // The end: what the server shows must be what a fresh analysis of the final text gives.
    const final = analyzePlan(text);
    const published = await client.diagnostics(URI, (p) => p.version === version);
    const symbols = await c.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } });
    const stats = await c.sendRequest<PlanStats>(STATS_REQUEST, { uri: URI });
    assert.deepEqual(shown(published.diagnostics), shown(toDiagnostics(final, URI)), 'final diagnostics');
    assert.deepEqual(symbols, documentSymbols(final), 'final symbols');
    assert.deepEqual(stats, planStats(final, URI, version), 'final stats');
    report.finalEqual = true;
    report.finalVersion = version;
    report.finalLength = text.length;
    report.rssEndMb = rss();
    report.rssPeakMb = processMemory(client.process.pid!)?.peakMb ?? null;
    report.errorLogs = client.logs.filter((l) => l.type === MessageType.Error).length;
  } finally {
    report.crashes = crashes;
    report.seconds = Number(process.hrtime.bigint() - started) / 1e9;
    stopping = true;
    if (client.process.exitCode === null && client.process.signalCode === null) await client.stop();
  }
  return report;
}

export function formatSoakReport(r: SoakReport): string {
  const mb = (n: number | null) => (n === null ? '?' : `${n.toFixed(1)} MB`);
  const growth = r.rssWarmUpMb !== null && r.rssEndMb !== null ? `${(r.rssEndMb - r.rssWarmUpMb).toFixed(1)} MB` : '?';
  return [
    `soak: ${r.edits} edits in ${r.bursts} bursts (seed ${r.seed}), ${r.checks} diagnostics checks, ${r.requests} requests (${r.cancelled} cancelled, ${r.cancelledByServer} answered RequestCancelled)`,
    `      crashes ${r.crashes}, error logs ${r.errorLogs}, final text ${r.finalLength} characters at version ${r.finalVersion}, final diagnostics/symbols/stats equal: ${r.finalEqual}`,
    `      server RSS after warm-up ${mb(r.rssWarmUpMb)}, at the end ${mb(r.rssEndMb)} (growth ${growth}), peak ${mb(r.rssPeakMb)}; samples ${r.rssSamplesMb.map((x) => x.toFixed(0)).join(' ')}`,
    `      ${r.seconds.toFixed(1)} s`,
  ].join('\n');
}
