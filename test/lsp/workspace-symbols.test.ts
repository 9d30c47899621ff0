import { seedTargetCount } from '../seed-facts';
import * as assert from 'node:assert/strict';
import * as iconv from 'iconv-lite';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SymbolKind } from 'vscode-languageserver-protocol';
import { DocumentStore } from '../../server/src/lsp/document-store';
import { filterSymbols, matchScore, planSymbols } from '../../server/src/lsp/features/workspace-symbols';
import { classifyPath, looksLikePlan, PLAN_FIRST_LINE } from '../../server/src/lsp/plan-files';
import { DEFAULT_SETTINGS, settingsKey } from '../../server/src/lsp/settings';
import { WorkspaceIndex } from '../../server/src/lsp/workspace-index';
import { CORPUS, plan, readFixture, readSeed, ROOT, seedAnalysis } from './helpers';

describe('workspace symbols', () => {
  it('list a plan’s tasks, targets by indicator and agencies', () => {
    const symbols = planSymbols(seedAnalysis(), 'file:///jx.plan');
    const byKind = (k: SymbolKind) => symbols.filter((s) => s.kind === k);
    assert.equal(byKind(SymbolKind.Function).length, 49);
    assert.equal(byKind(SymbolKind.Constant).length, seedTargetCount());
    const agencies = byKind(SymbolKind.Class);
    assert.equal(agencies[0].name, '省发展改革委');
    assert.equal(agencies[0].containerName, '牵头14项、配合29项 · 江西省碳达峰实施方案');
    const target = byKind(SymbolKind.Constant).find((s) => s.name === '抽水蓄能电站装机容量')!;
    assert.equal(target.containerName, '达到1000万千瓦（2030年） · 江西省碳达峰实施方案');
  });

  it('match a query by its characters in order, contiguous matches first', () => {
    assert.equal(matchScore('省发展改革委', '发展改革'), 2);
    assert.equal(matchScore('省发展改革委', '发改委'), 1);
    assert.equal(matchScore('省发展改革委', '改发'), 0);
    assert.equal(matchScore('GDP增速', 'gdp'), 2);
    const symbols = planSymbols(seedAnalysis(), 'file:///jx.plan');
    const found = filterSymbols(symbols, '发改委');
    assert.equal(found[0].name, '省发展改革委');
    assert.ok(filterSymbols(symbols, '').length === symbols.length);
    assert.equal(filterSymbols(symbols, '', 10).length, 10);
  });

  it('know a plan file by its extension, its name or its first line', () => {
    assert.equal(classifyPath('/a/jiangxi.plan'), 'plan');
    assert.equal(classifyPath('/a/jiangxi.Plan.txt'), 'plan');
    assert.equal(classifyPath('/a/江西省碳达峰实施方案.txt'), 'plan');
    assert.equal(classifyPath('/a/notes.txt'), 'check-first-line');
    assert.equal(classifyPath('/a/readme.md'), 'no');
    assert.ok(looksLikePlan(readSeed()));
    assert.ok(looksLikePlan('\uFEFF国务院关于印发2030年前碳达峰行动方案的通知\n'));
    assert.ok(!looksLikePlan('会议记录\n本方案'));
    // The corpus: plans whose first line names the plan are known as such.
    const known = CORPUS.filter((n) => looksLikePlan(readFixture(n)));
    assert.ok(known.length >= 18, known.join(' '));
  });

  it('PLAN_FIRST_LINE is the firstLine of the policy-plan language in package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const lang = pkg.contributes.languages.find((l: { id: string }) => l.id === 'policy-plan');
    assert.equal(new RegExp(lang.firstLine).source, new RegExp(PLAN_FIRST_LINE.source.replace('(?:', '(')).source);
  });

  it('index the plans on disk, skip dependencies and non-plans, prefer the open text', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-ws-'));
    try {
      fs.writeFileSync(path.join(dir, 'jx.plan'), readSeed());
      fs.mkdirSync(path.join(dir, 'sub'));
      fs.writeFileSync(path.join(dir, 'sub', 'tech.txt'), readFixture('tech-support-sector.txt'));
      fs.writeFileSync(path.join(dir, 'notes.txt'), '会议记录\n');
      // A plan saved in GBK by an older site: known by its decoded first line.
      fs.writeFileSync(path.join(dir, 'gbk.txt'), iconv.encode(readFixture('shanghai-province.txt'), 'gbk'));
      fs.mkdirSync(path.join(dir, 'node_modules'));
      fs.writeFileSync(path.join(dir, 'node_modules', 'x.plan'), readSeed());
      const index = new WorkspaceIndex();
      index.setFolders([pathToFileURL(dir).href]);
      const store = new DocumentStore();
      const key = settingsKey(DEFAULT_SETTINGS);
      let symbols = await index.symbols(store, DEFAULT_SETTINGS, key);
      const files = new Set(symbols.map((s) => path.relative(dir, new URL(s.location.uri).pathname)));
      assert.deepEqual([...files].sort(), ['gbk.txt', 'jx.plan', path.join('sub', 'tech.txt')]);
      assert.ok(symbols.some((s) => s.name === '市发展改革委' && s.location.uri.endsWith('gbk.txt')));

      // An open document replaces the file on disk.
      const uri = pathToFileURL(path.join(dir, 'jx.plan')).href;
      store.open(uri, 'policy-plan', 1, '改写的方案\n一、重点任务\n1.唯一的任务。（省发展改革委负责）\n');
      symbols = await index.symbols(store, DEFAULT_SETTINGS, key);
      const jx = symbols.filter((s) => s.location.uri === uri);
      assert.deepEqual(jx.map((s) => s.name), ['1.唯一的任务', '省发展改革委']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('corpus plans give symbols whose ranges point at their names', () => {
    for (const name of ['shanghai-province.txt', 'national-2030.txt', 'chengdu-energy-adjustment.txt']) {
      const a = plan(name);
      for (const s of planSymbols(a, 'file:///p')) {
        const r = (s.location as { range: { start: { line: number; character: number }; end: { line: number; character: number } } }).range;
        const text = a.text.slice(a.lineIndex.offsetAt(r.start), a.lineIndex.offsetAt(r.end));
        if (s.kind === SymbolKind.Class) assert.ok(text.length > 0, s.name);
        assert.ok(s.name.trim() !== '');
      }
    }
  });
});
