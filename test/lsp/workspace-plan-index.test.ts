/**
 * The editor's index over stdio, as "Index Workspace Plans", the Plans view and "Show Report" use
 * it: the server indexes the workspace folder's plans on its workers with progress notices, lists
 * them with the counts the index holds, and answers the report whose rows name plans it can open;
 * a second run touches nothing unchanged.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  INDEX_PROGRESS_NOTIFICATION,
  INDEX_WORKSPACE_REQUEST,
  INDEXED_PLANS_REQUEST,
  REPORT_REQUEST,
  type IndexedPlansResult,
  type IndexProgressNotice,
  type IndexWorkspaceResult,
  type ReportResult,
} from '../../server/src/lsp/protocol';
import { copyInto, openIndex, testCollection } from '../store/helpers';
import { LspTestClient } from './lsp-client';

describe('the workspace plan index over stdio', function () {
  this.timeout(90_000);
  this.slow(15_000);
  let client: LspTestClient;
  let dir: string;
  let plans: string[];

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-index-lsp-'));
    plans = copyInto(path.join(dir, 'plans'), testCollection(8));
    client = await LspTestClient.start({ rootUri: pathToFileURL(dir).href });
  });
  after(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('before any index: no plans, and the report says to index first', async () => {
    assert.equal(await client.connection.sendRequest<IndexedPlansResult | null>(INDEXED_PLANS_REQUEST, {}), null);
    const report = await client.connection.sendRequest<ReportResult>(REPORT_REQUEST, {});
    assert.ok('error' in report && /还没有索引/.test(report.error));
  });

  it('indexes the workspace with progress into .planlens/plans.sqlite, and lists the plans with their counts', async () => {
    const result = await client.connection.sendRequest<IndexWorkspaceResult>(INDEX_WORKSPACE_REQUEST, {});
    assert.ok(!('error' in result), JSON.stringify(result));
    const database = path.join(dir, '.planlens', 'plans.sqlite');
    assert.equal(result.database, database);
    assert.equal(result.analysed, plans.length);
    const progress = client.notifications.filter((n) => n.method === INDEX_PROGRESS_NOTIFICATION).map((n) => n.params as IndexProgressNotice);
    assert.equal(progress.at(-1)?.done, plans.length);
    assert.ok(progress.every((p) => p.total === plans.length));
    assert.ok(fs.existsSync(path.join(dir, '.planlens', '.gitignore')));

    const listed = await client.connection.sendRequest<IndexedPlansResult | null>(INDEXED_PLANS_REQUEST, {});
    assert.ok(listed);
    assert.deepEqual(listed.plans.map((p) => p.uri).sort(), plans.map((p) => pathToFileURL(p).href).sort());
    const index = openIndex(database);
    try {
      for (const p of listed.plans) {
        const row = index.prepare('SELECT tasks, targets, diagnostics FROM plans WHERE path = ?').get(p.path);
        assert.deepEqual({ tasks: p.tasks, targets: p.targets, diagnostics: p.diagnostics }, row, p.path);
        assert.ok(p.path.startsWith('plans/'), 'stored relative to the workspace folder');
      }
    } finally {
      index.close();
    }
  });

  it('the report’s rows point at plans the client can open', async () => {
    const report = await client.connection.sendRequest<ReportResult>(REPORT_REQUEST, {});
    assert.ok(!('error' in report));
    assert.match(report.html, /^<div class="planlens-report">/);
    assert.doesNotMatch(report.html, /<script/);
    const paths = [...report.html.matchAll(/data-path="([^"]+)" data-line="(\d+)"/g)].map((m) => m[1]);
    assert.ok(paths.length > 0, 'cells that open a plan at a line');
    for (const p of paths) assert.ok(fs.existsSync(new URL(report.files[p]!)), `${p} → ${report.files[p]}`);
  });

  it('a second run finds everything unchanged', async () => {
    const again = await client.connection.sendRequest<IndexWorkspaceResult>(INDEX_WORKSPACE_REQUEST, {});
    assert.ok(!('error' in again));
    assert.deepEqual({ analysed: again.analysed, unchanged: again.unchanged, removed: again.removed }, { analysed: 0, unchanged: plans.length, removed: 0 });
  });
});
