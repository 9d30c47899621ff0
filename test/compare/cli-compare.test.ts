/** `planlens compare` as a user runs it (the bundled command line). */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../cli/run-cli';
import { SEED } from './helpers';

const NATIONAL = 'test/fixtures/corpus/national-2030.txt';

describe('planlens compare', function () {
  // Each run loads the dictionary (1–2 s).
  this.timeout(60_000);

  it('prints the comparison as text', async () => {
    const r = await runCli(['compare', SEED, NATIONAL]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /本方案（下级）：江西省碳达峰实施方案/);
    assert.match(r.stdout, /3\.8 固碳增汇强基行动 {2}↔ {2}3\.8 碳汇能力巩固提升行动/);
    assert.match(r.stdout, /\[弱于上级\] 非化石能源消费比重/);
  });

  it('writes JSON, Markdown and HTML', async () => {
    const json = await runCli(['compare', SEED, NATIONAL, '--format', 'json']);
    assert.equal(json.status, 0, json.stderr);
    const c = JSON.parse(json.stdout);
    assert.ok(c.sections.some((s: { left: string; right: string }) => s.left === '3.2' && s.right === '3.3'));
    const md = await runCli(['compare', SEED, NATIONAL, '-f', 'markdown']);
    assert.match(md.stdout, /^# 方案对照：/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-compare-'));
    const file = path.join(dir, '对照.html');
    const html = await runCli(['compare', SEED, NATIONAL, '-f', 'html', '-o', file]);
    assert.equal(html.status, 0, html.stderr);
    assert.equal(html.stdout, '');
    const page = fs.readFileSync(file, 'utf8');
    assert.match(page, /Content-Security-Policy/);
    assert.match(page, /data-left-id="3\.2" data-right-id="3\.3"/);
    fs.rmSync(dir, { recursive: true });
  });

  it('ranks a folder of plans against one, the national plan first for the seed', async () => {
    const r = await runCli(['compare', SEED, '--against', 'test/fixtures/corpus', '-f', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const ranking = JSON.parse(r.stdout);
    assert.equal(ranking.ranked[0].name, NATIONAL);
    assert.ok(ranking.ranked.length >= 20);
    const sims = ranking.ranked.map((p: { summary: { similarity: number } }) => p.summary.similarity);
    assert.deepEqual(sims, [...sims].sort((a: number, b: number) => b - a));
  });

  it('compares by character bigrams when asked', async () => {
    const r = await runCli(['compare', SEED, NATIONAL, '--no-segmenter']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /字符二元组/);
  });

  it('refuses a call without the upper plan, or with both', async () => {
    const none = await runCli(['compare', SEED]);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /请给出上级方案/);
    const both = await runCli(['compare', SEED, NATIONAL, '--against', 'test/fixtures/corpus']);
    assert.equal(both.status, 2);
  });

  it('says which file cannot be read', async () => {
    const r = await runCli(['compare', 'no-such-plan.txt', NATIONAL]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no-such-plan\.txt：文件不存在/);
  });
});
