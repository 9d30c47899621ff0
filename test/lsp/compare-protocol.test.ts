/**
 * `planlens/compare` over stdio, as the VS Code client uses it: the seed (open in the editor) held
 * against the national 2030 plan (a file on disk, saved as UTF-16 to go through the same decoder
 * as the command line). The comparison stays open on the server: hovers on either plan mention
 * the other's value, edits re-run it (pushed as planlens/comparisonUpdated), and closing the view
 * (planlens/closeComparison) ends it.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HoverRequest, ResponseError, type MarkupContent, type Position } from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/core';
import {
  CLOSE_COMPARISON_NOTIFICATION,
  COMPARE_REQUEST,
  COMPARISON_UPDATED_NOTIFICATION,
  STATUS_REQUEST,
  type CompareResult,
  type ServerStatus,
} from '../../server/src/lsp/protocol';
import { readFixture, readSeed } from '../core/helpers';
import { LspTestClient } from './lsp-client';

const SEED = readSeed();
const NATIONAL = readFixture('national-2030.txt');
const WEAKER = '- 上级方案《2030年前碳达峰行动方案》：**20%左右**（2025年）— 本方案弱于上级';

function at(text: string, needle: string, shift = 0): Position {
  const o = text.indexOf(needle);
  assert.ok(o >= 0, `not found: ${needle}`);
  return new LineIndex(text).positionAt(o + shift);
}

describe('planlens/compare over stdio', function () {
  this.timeout(30000);
  let client: LspTestClient;
  let dir: string;
  let seed: string;
  let national: string;

  const hoverText = async (uri: string, position: Position) => {
    const h = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    return (h!.contents as MarkupContent).value;
  };
  const compare = (lower: string, upper: string) => client.connection.sendRequest<CompareResult>(COMPARE_REQUEST, { lower, upper });

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-compare-'));
    fs.writeFileSync(path.join(dir, 'jiangxi.plan'), SEED);
    fs.writeFileSync(path.join(dir, 'national 2030.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(NATIONAL, 'utf16le')]));
    seed = pathToFileURL(path.join(dir, 'jiangxi.plan')).href;
    national = pathToFileURL(path.join(dir, 'national 2030.txt')).href;
    client = await LspTestClient.start({ rootUri: pathToFileURL(dir).href });
    await client.open(seed, SEED);
    await client.diagnostics(seed);
  });
  after(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('diagnostics and hovers never load the segmenter', async () => {
    await hoverText(seed, at(SEED, '18.3%', 2));
    const status = await client.connection.sendRequest<ServerStatus>(STATUS_REQUEST);
    assert.equal(status.segmenter.loaded, false);
  });

  it('compares the open seed with the plan on disk: actions paired by meaning, the report escaped and jumpable', async () => {
    const r = await compare(seed, national);
    assert.equal(r.lower, seed);
    assert.equal(r.upper, national);
    assert.equal(r.lowerName, 'jiangxi.plan');
    assert.equal(r.upperName, 'national 2030.txt');
    assert.equal(r.lowerTitle, '江西省碳达峰实施方案');
    assert.equal(r.upperTitle, '2030年前碳达峰行动方案');
    assert.equal(r.segmentation, 'jieba');
    const industry = r.actions.find((a) => a.lower === '3.2');
    assert.deepEqual(
      industry && { lower: industry.lower, upper: industry.upper, lowerTitle: industry.lowerTitle, upperTitle: industry.upperTitle, lowerLine: industry.lowerLine, upperLine: industry.upperLine },
      { lower: '3.2', upper: '3.3', lowerTitle: '工业领域碳达峰行动', upperTitle: '工业领域碳达峰行动', lowerLine: 16, upperLine: 36 },
    );
    assert.ok(r.summary.matchedActions >= 8, String(r.summary.matchedActions));
    assert.ok(r.summary.weaker >= 1);
    assert.ok(r.html.startsWith('<div class="planlens-compare">'));
    assert.ok(r.html.includes('data-left-line="16" data-right-line="36"'));
    assert.ok(!/<script|\sstyle=/i.test(r.html));
    assert.ok(r.css.includes('.planlens-compare'));
    const status = await client.connection.sendRequest<ServerStatus>(STATUS_REQUEST);
    assert.equal(status.segmenter.loaded, true);
  });

  it('while the comparison is open, the hover on the seed’s 18.3% names the national value, and the national plan’s hover the seed’s', async () => {
    assert.ok((await hoverText(seed, at(SEED, '18.3%', 2))).endsWith(WEAKER));
    await client.open(national, NATIONAL);
    const upper = await hoverText(national, at(NATIONAL, '20%左右', 1));
    assert.ok(upper.endsWith('- 下级方案《江西省碳达峰实施方案》：**18.3%**（2025年）— 下级方案弱于本方案'), upper);
  });

  it('re-runs after an edit and pushes the new report (lines moved by the inserted line)', async () => {
    const seen = client.notifications.length;
    await client.change(seed, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '（编者注）\n' }]);
    const update = await client.when(
      () => client.notifications.slice(seen).find((n) => n.method === COMPARISON_UPDATED_NOTIFICATION)?.params as CompareResult | undefined,
    );
    assert.equal(update.lower, seed);
    assert.equal(update.actions.find((a) => a.lower === '3.2')?.lowerLine, 17);
    assert.ok(update.html.includes('data-left-line="17" data-right-line="36"'));
    assert.ok((await hoverText(seed, at('（编者注）\n' + SEED, '18.3%', 2))).endsWith(WEAKER));
  });

  it('after planlens/closeComparison, hovers no longer mention the other plan', async () => {
    await client.connection.sendNotification(CLOSE_COMPARISON_NOTIFICATION, { lower: seed });
    const text = await hoverText(seed, at('（编者注）\n' + SEED, '18.3%', 2));
    assert.ok(text.startsWith('**指标** 非化石能源消费比重'));
    assert.ok(!text.includes('上级方案《'), text);
  });

  it('refuses a plan compared with itself and a file that is not there, with a message for the user', async () => {
    await assert.rejects(compare(seed, seed), (e: unknown) => e instanceof ResponseError && /不能与自身比较/.test(e.message));
    const missing = pathToFileURL(path.join(dir, 'missing.txt')).href;
    await assert.rejects(compare(seed, missing), (e: unknown) => e instanceof ResponseError && e.message === '无法读取方案：missing.txt');
  });
});

describe('planlens/compare without nodejieba', function () {
  this.timeout(30000);

  it('falls back to character bigrams and says why', async () => {
    const client = await LspTestClient.start({ nodeArgs: ['--require', path.join(__dirname, 'no-nodejieba.js')] });
    try {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-compare-'));
      const national = path.join(dir, 'national.txt');
      fs.writeFileSync(national, NATIONAL);
      const seed = pathToFileURL(path.join(dir, 'jiangxi.plan')).href;
      await client.open(seed, SEED);
      const r = await client.connection.sendRequest<CompareResult>(COMPARE_REQUEST, { lower: seed, upper: pathToFileURL(national).href });
      assert.equal(r.segmentation, 'bigram');
      assert.match(r.note ?? '', /nodejieba/);
      assert.ok(r.summary.matchedActions > 0);
      fs.rmSync(dir, { recursive: true, force: true });
    } finally {
      await client.stop();
    }
  });
});
