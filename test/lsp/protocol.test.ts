/**
 * The language server over stdio, as an editor sees it: `planlens lsp --stdio` spawned as a
 * child process and driven by a real LSP client (vscode-languageserver-protocol).
 */
import { seedAnalysis, seedTargetCount, targetCount } from '../seed-facts';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  CodeLensRequest,
  InlayHintRequest,
  DiagnosticSeverity,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  SelectionRangeRequest,
  SemanticTokensRequest,
  SymbolKind,
  WorkspaceSymbolRequest,
  type CodeAction,
  type Diagnostic,
  type DocumentSymbol,
  type MarkupContent,
  type Range,
  type SelectionRange,
  type TextDocumentEdit,
  type WorkspaceSymbol,
} from 'vscode-languageserver-protocol/node';
import { analyzePlan, LineIndex } from '../../server/src/core';
import { readFixture, readSeed } from '../core/helpers';
import {
  ANALYZED_NOTIFICATION,
  STATS_REQUEST,
  STATUS_REQUEST,
  TARGETS_REQUEST,
  TASKS_REQUEST,
  type TasksResult,
  type PlanStats,
  type ServerStatus,
  type TargetsResult,
} from '../../server/src/lsp/protocol';
import { SEGMENTER_AVAILABLE_LOG, SEGMENTER_UNAVAILABLE_MESSAGE } from '../../server/src/lsp/segmenter-probe';
import { LspTestClient } from './lsp-client';

const SEED = readSeed();
const seedIndex = new LineIndex(SEED);
/** Where a piece of text first occurs in the seed, as an editor position. */
const at = (needle: string, from = 0) => {
  const o = SEED.indexOf(needle, from);
  assert.ok(o >= 0, `not in the seed: ${needle}`);
  return seedIndex.positionAt(o);
};
const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);

function makeWorkspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-lsp-'));
  fs.writeFileSync(path.join(dir, 'jiangxi.plan'), SEED);
  // A plan saved as .txt, known by its first line; a note that is not a plan; a dependency folder.
  fs.writeFileSync(path.join(dir, 'shanghai.txt'), readFixture('shanghai-province.txt'));
  fs.writeFileSync(path.join(dir, 'notes.txt'), '会议记录\n1.非化石能源消费比重达到20%。\n');
  fs.mkdirSync(path.join(dir, 'node_modules'));
  fs.writeFileSync(path.join(dir, 'node_modules', 'ignored.plan'), readFixture('national-2030.txt'));
  return dir;
}

describe('language server over stdio (planlens lsp --stdio)', function () {
  this.timeout(20000);

  describe('on the seed plan, opened', () => {
    let client: LspTestClient;
    let dir: string;
    let uri: string;

    before(async () => {
      dir = makeWorkspace();
      uri = pathToFileURL(path.join(dir, 'jiangxi.plan')).href;
      // Settings pulled at start-up: missing-deadline down to a hint.
      // As the VS Code client does: it runs planlens.disableRule and planlens.revealTasks.
      client = await LspTestClient.start({
        rootUri: pathToFileURL(dir).href,
        settings: { rules: { 'missing-deadline': 'hint' } },
        initializationOptions: { segmenterProbeDelay: -1, clientCommands: ['planlens.disableRule', 'planlens.revealTasks'] },
      });
      await client.open(uri, SEED);
    });
    after(async () => {
      await client?.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('initializes with the features it serves', () => {
      const caps = client.initializeResult.capabilities;
      assert.equal(client.initializeResult.serverInfo?.name, 'planlens');
      assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
      assert.ok(caps.documentSymbolProvider && caps.workspaceSymbolProvider && caps.hoverProvider && caps.foldingRangeProvider);
      assert.ok(caps.selectionRangeProvider && caps.codeActionProvider && caps.semanticTokensProvider);
    });

    it('publishes the seed’s diagnostics with codes, source and related information', async () => {
      const published = await client.diagnostics(uri);
      assert.equal(published.version, 1);
      const ds = published.diagnostics;
      assert.ok(ds.every((d) => d.source === 'planlens'));
      const clause = ds.find((d) => d.code === 'incomplete-agency-clause')!;
      assert.ok(clause, codes(ds).join(' '));
      assert.deepEqual(clause.range, { start: { line: 21, character: 392 }, end: { line: 21, character: 397 } });
      assert.equal(clause.message, '责任分工表述不完整：应为“按职责分工负责”。');
      assert.equal(clause.severity, DiagnosticSeverity.Warning);
      assert.equal(clause.relatedInformation?.[0].message, '所在的责任分工');
      assert.equal(clause.relatedInformation?.[0].location.uri, uri);
      // The pulled setting turned missing-deadline into hints.
      const deadlines = ds.filter((d) => d.code === 'missing-deadline');
      assert.equal(deadlines.length, seedAnalysis().diagnostics.filter((d) => d.code === 'missing-deadline').length);
      assert.ok(deadlines.length > 10);
      assert.ok(deadlines.every((d) => d.severity === DiagnosticSeverity.Hint));
      assert.deepEqual(deadlines[0].range.start, { line: 12, character: 0 });
    });

    it('answers documentSymbol with the outline chapter → action → task', async () => {
      const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
      assert.deepEqual(symbols.map((s) => s.name), ['江西省碳达峰实施方案', '一、总体思路', '二、主要目标', '三、重点任务', '四、政策保障', '五、组织实施']);
      const three = symbols[3];
      assert.equal(three.kind, SymbolKind.Module);
      assert.equal(three.detail, `43项任务 · ${targetCount(seedAnalysis(), '3')}项指标`);
      assert.equal(three.children!.length, 10);
      const industry = three.children![1];
      assert.equal(industry.name, '（二）工业领域碳达峰行动');
      assert.equal(industry.kind, SymbolKind.Event);
      assert.deepEqual([industry.range.start.line, industry.range.end.line], [16, 21]);
      const task = industry.children![4];
      assert.equal(task.name, '5.推动石化化工行业碳达峰');
      assert.equal(task.kind, SymbolKind.Function);
      assert.equal(task.detail, '牵头：省工业和信息化厅 · 2项指标');
      assert.deepEqual(task.selectionRange, { start: { line: 21, character: 0 }, end: { line: 21, character: 13 } });
      assert.equal(task.range.start.line, 21);
    });

    it('answers workspace symbols from the open plan and from plans on disk', async () => {
      const targets = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '非化石能源消费比重' })) as WorkspaceSymbol[];
      const files = new Set(targets.map((s) => path.basename(s.location.uri)));
      assert.ok(files.has('jiangxi.plan') && files.has('shanghai.txt'), [...files].join(' '));
      assert.ok(!files.has('notes.txt') && !files.has('ignored.plan'));
      const jiangxi = targets.find((s) => s.location.uri === uri && s.kind === SymbolKind.Constant)!;
      assert.equal(jiangxi.name, '非化石能源消费比重');
      assert.equal(jiangxi.containerName, '达到18.3%（2025年） · 江西省碳达峰实施方案');
      assert.deepEqual((jiangxi.location as { range: unknown }).range, { start: at('18.3%'), end: { line: 8, character: 154 } });

      const agencies = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '发改委' })) as WorkspaceSymbol[];
      const ndrc = agencies.find((s) => s.name === '省发展改革委' && s.location.uri === uri)!;
      assert.equal(ndrc.kind, SymbolKind.Class);
      assert.equal(ndrc.containerName, '牵头14项、配合29项 · 江西省碳达峰实施方案');

      const tasks = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '石化化工' })) as WorkspaceSymbol[];
      assert.ok(tasks.some((s) => s.kind === SymbolKind.Function && s.name === '5.推动石化化工行业碳达峰' && s.location.uri === uri));
    });

    it('hovers a target with its value, deadline, task, lead agency and place', async () => {
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at('150万千瓦左右') });
      const value = (hover!.contents as MarkupContent).value;
      assert.equal((hover!.contents as MarkupContent).kind, 'markdown');
      assert.equal(
        value,
        [
          '**指标** 生物质发电装机容量',
          '',
          '- 目标值：**150万千瓦左右**',
          '- 比较：约（达到…左右）',
          '- 时限：到2030年（来自本句）',
          '- 基期：未注明',
          '- 力度：力争',
          '- 所在任务：2.大力发展新能源',
          '- 牵头单位：省能源局',
          '- 位置：三、重点任务 › （一）能源绿色低碳转型行动 › 2.大力发展新能源',
          '- 读法：比较词在数字前',
        ].join('\n'),
      );
      assert.deepEqual(hover!.range!.start, at('150万千瓦左右'));
    });

    it('hovers an agency with the tasks it leads and supports', async () => {
      const pos = at('(省发展改革委');
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: pos.line, character: pos.character + 2 } });
      const value = (hover!.contents as MarkupContent).value;
      assert.match(value, /^\*\*省发展改革委\*\*\n\n本方案中牵头 \*\*14\*\* 项任务，配合 \*\*29\*\* 项任务。/);
      assert.ok(value.includes('- 3.1.1 推动化石能源清洁高效利用'));
    });

    it('answers code lens above chapters and actions, with the command that reveals their tasks', async () => {
      assert.deepEqual(client.initializeResult.capabilities.codeLensProvider, { resolveProvider: false });
      assert.equal(client.initializeResult.capabilities.inlayHintProvider, true);
      const lenses = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }))!;
      const industry = lenses.find((l) => l.range.start.line === 16)!;
      assert.match(industry.command!.title, /^\d+ 项任务 · \d+ 项指标 · 牵头：省工业和信息化厅$/);
      assert.deepEqual(industry.command!.arguments, [uri, '3.2', '（二）工业领域碳达峰行动']);
      assert.equal(industry.command!.command, 'planlens.revealTasks');
    });

    it('answers planlens/tasks with every task, its lead and time and their sources', async () => {
      const result = await client.connection.sendRequest<TasksResult>(TASKS_REQUEST, { uri });
      assert.equal(result.tasks.length, seedAnalysis().model.tasks.length);
      assert.equal(result.title, '江西省碳达峰实施方案');
      const row = result.tasks.find((r) => r.id === '3.2.5')!;
      assert.deepEqual([row.title, row.lead, row.leadSourceText, row.action?.heading], ['5.推动石化化工行业碳达峰', ['省工业和信息化厅'], '责任分工括注', '（二）工业领域碳达峰行动']);
    });

    it('folds every section that spans lines, and the news preamble', async () => {
      const ranges = (await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } }))!;
      assert.deepEqual(ranges.find((r) => r.startLine === 10), { startLine: 10, endLine: 63, kind: 'region' });
      assert.deepEqual(ranges.find((r) => r.startLine === 16), { startLine: 16, endLine: 21, kind: 'region' });
      assert.deepEqual(ranges[0], { startLine: 0, endLine: 2, kind: 'comment' });
    });

    it('offers the quick fix that completes 按职责分工, and a disable-rule action', async () => {
      const range = { start: { line: 21, character: 393 }, end: { line: 21, character: 393 } };
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range,
        context: { diagnostics: [] },
      })) as CodeAction[];
      const fix = actions.find((a) => a.title === '补全为“按职责分工负责”')!;
      assert.ok(fix, actions.map((a) => a.title).join(' | '));
      assert.equal(fix.kind, 'quickfix');
      assert.equal(fix.diagnostics?.[0].code, 'incomplete-agency-clause');
      const change = fix.edit!.documentChanges![0] as TextDocumentEdit;
      assert.deepEqual(change.textDocument, { uri, version: 1 });
      assert.deepEqual(change.edits, [{ range: { start: { line: 21, character: 397 }, end: { line: 21, character: 397 } }, newText: '负责' }]);
      const disable = actions.find((a) => a.command?.command === 'planlens.disableRule');
      assert.deepEqual(disable?.command?.arguments, ['incomplete-agency-clause']);
    });

    it('answers planlens/stats and planlens/targets, and tells the client after each analysis', async () => {
      const stats = await client.connection.sendRequest<PlanStats>(STATS_REQUEST, { uri });
      assert.deepEqual(
        { title: stats.title, tasks: stats.tasks, targets: stats.targets, version: stats.version },
        { title: '江西省碳达峰实施方案', tasks: 49, targets: seedTargetCount(), version: 1 },
      );
      assert.equal(stats.problems.warnings, 1);
      assert.equal(stats.problems.hints, stats.problems.total - 1);
      const analyzed = await client.when(() => client.notifications.find((n) => n.method === ANALYZED_NOTIFICATION && (n.params as PlanStats).uri === uri));
      assert.equal((analyzed.params as PlanStats).tasks, 49);

      const targets = await client.connection.sendRequest<TargetsResult>(TARGETS_REQUEST, { uri });
      assert.equal(targets.targets.length, seedTargetCount());
      assert.deepEqual(
        targets.targets.map((t) => `${t.indicator} ${t.valueText}`).slice(0, 2),
        // 能耗和碳排放确保完成国家下达指标: one target per indicator.
        ['非化石能源消费比重 18.3%', '单位生产总值能源消耗 国家下达指标'],
      );
      // A plan that is not open is read from disk.
      const shanghai = await client.connection.sendRequest<TargetsResult>(TARGETS_REQUEST, { uri: pathToFileURL(path.join(dir, 'shanghai.txt')).href });
      assert.equal(shanghai.title, '上海市碳达峰实施方案');
      // As many as the core reads in the plan's text.
      assert.equal(shanghai.targets.length, analyzePlan(readFixture('shanghai-province.txt')).model.targets.length);
    });

    it('answers selectionRange from the number out to the plan', async () => {
      const [s] = (await client.connection.sendRequest(SelectionRangeRequest.type, { textDocument: { uri }, positions: [at('18.3%')] }))!;
      const ranges: Range[] = [];
      for (let r: SelectionRange | undefined = s; r; r = r.parent) ranges.push(r.range);
      assert.deepEqual(ranges[0], { start: at('18.3%'), end: { line: 8, character: 154 } });
      assert.deepEqual(ranges[ranges.length - 1].start, { line: 0, character: 0 });
    });

    it('colours labels, deadlines, numbers and agencies with semantic tokens', async () => {
      const legend = client.initializeResult.capabilities.semanticTokensProvider!.legend;
      const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
      const data = tokens!.data;
      assert.equal(data.length % 5, 0);
      // The first token is the label 一、 on line 5.
      assert.deepEqual(data.slice(0, 5), [5, 0, 2, legend.tokenTypes.indexOf('keyword'), 1]);
      const used = new Set<string>();
      for (let i = 3; i < data.length; i += 5) used.add(legend.tokenTypes[data[i]]);
      for (const t of ['keyword', 'string', 'number', 'operator', 'class', 'decorator', 'property']) assert.ok(used.has(t), t);
    });
  });

  describe('with a plain LSP client (Emacs eglot: plain-text hovers, no client commands)', () => {
    let client: LspTestClient;
    const uri = 'untitled:dump.plan';

    before(async () => {
      client = await LspTestClient.start({ hoverFormats: ['plaintext'], settings: { maxProblems: 5 } });
    });
    after(async () => client?.stop());

    it('hovers in plain text, offers no action whose command it cannot run', async () => {
      await client.open(uri, SEED);
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at('150万千瓦左右') });
      const contents = hover!.contents as MarkupContent;
      assert.equal(contents.kind, 'plaintext');
      assert.ok(contents.value.startsWith('指标 生物质发电装机容量\n'), contents.value);
      assert.ok(!contents.value.includes('**'));
      const range = { start: { line: 21, character: 393 }, end: { line: 21, character: 393 } };
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [] } })) as CodeAction[];
      // The quick fix, without "关闭…检查" (its command runs only in VS Code); moving the task is an edit.
      assert.deepEqual(actions.filter((a) => a.kind === 'quickfix').map((a) => a.title), ['补全为“按职责分工负责”']);
      assert.ok(actions.length > 0 && actions.every((a) => !a.command));
    });

    it('inlay hints on a plan whose leads follow a convention; code lens as text (no client command)', async () => {
      const joint = 'untitled:chengyu.plan';
      await client.open(joint, readFixture('chengyu-joint.txt'));
      const range = { start: { line: 16, character: 0 }, end: { line: 17, character: 0 } };
      const hints = (await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: joint }, range }))!;
      assert.deepEqual(hints.map((h) => h.label), ['⟨牵头：重庆市能源局、四川省能源局 · 约定⟩', '⟨2025年 · 规划期⟩']);
      const lenses = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: joint } }))!;
      assert.ok(lenses.length > 0 && lenses.every((l) => l.command?.command === ''));
    });

    it('publishes maxProblems diagnostics of a bracket dump, then one that says how many more', async () => {
      const dumpUri = 'untitled:brackets.plan';
      const dump = '示例方案\n一、重点任务\n' + '（（（（\n'.repeat(50);
      const expected = analyzePlan(dump).diagnostics.length;
      assert.ok(expected > 100, `${expected}`);
      await client.open(dumpUri, dump);
      const ds = (await client.diagnostics(dumpUri)).diagnostics;
      assert.equal(ds.length, 6);
      assert.equal(ds[5].code, 'too-many-problems');
      assert.equal(ds[5].message, `另有 ${expected - 5} 个问题未显示：每个文件最多显示 5 个（设置 planlens.maxProblems）。请先修复上面的问题，或调高该设置。`);
      assert.ok(ds.slice(0, 5).every((d) => d.severity === DiagnosticSeverity.Error));
    });
  });

  describe('while the plan is edited', () => {
    let client: LspTestClient;
    const uri = 'untitled:edited.plan';

    before(async () => {
      client = await LspTestClient.start();
      await client.open(uri, SEED);
    });
    after(async () => client?.stop());

    it('sees missing-lead-agency appear when a task’s agency clause is removed', async () => {
      const first = await client.diagnostics(uri, (p) => p.version === 1);
      assert.ok(!codes(first.diagnostics).includes('missing-lead-agency'));
      // Delete 3.1.1's clause "(省发展改革委、…等按职责分工负责)" at the end of line 12.
      const line = SEED.split('\n')[12];
      const start = line.lastIndexOf('(省发展改革委');
      await client.change(uri, 2, [{ range: { start: { line: 12, character: start }, end: { line: 12, character: line.length } }, text: '' }]);
      const next = await client.diagnostics(uri, (p) => p.version === 2);
      const missing = next.diagnostics.filter((d) => d.code === 'missing-lead-agency');
      assert.equal(missing.length, 1);
      assert.deepEqual(missing[0].range, { start: { line: 12, character: 0 }, end: { line: 12, character: 14 } });
      assert.equal(missing[0].message, '未明确牵头单位，正文中也未写明由谁负责：请在任务末尾补充“（责任单位：…）”。');

      // Its quick fix inserts the placeholder at the end of the task.
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: missing[0].range,
        context: { diagnostics: missing },
      })) as CodeAction[];
      const fix = actions.find((a) => a.title === '插入“（责任单位：）”占位')!;
      const edit = (fix.edit!.documentChanges![0] as TextDocumentEdit).edits[0];
      assert.deepEqual(edit, { range: { start: { line: 12, character: start }, end: { line: 12, character: start } }, newText: '（责任单位：）' });
    });

    it('applies the 按职责分工负责 fix as an incremental change and the finding goes', async () => {
      const mark = client.mark();
      await client.change(uri, 3, [{ range: { start: { line: 21, character: 397 }, end: { line: 21, character: 397 } }, text: '负责' }]);
      const after = await client.diagnostics(uri, (p) => p.version === 3, mark);
      assert.ok(!codes(after.diagnostics).includes('incomplete-agency-clause'));
    });

    it('accepts a full-text change too', async () => {
      const mark = client.mark();
      await client.change(uri, 4, [{ text: '示例方案\n一、重点任务\n1.第一项。\n3.第三项。\n' }]);
      const after = await client.diagnostics(uri, (p) => p.version === 4, mark);
      const gap = after.diagnostics.find((d) => d.code === 'numbering-gap')!;
      assert.deepEqual(gap.range, { start: { line: 3, character: 0 }, end: { line: 3, character: 2 } });
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: gap.range, context: { diagnostics: [gap] } })) as CodeAction[];
      const renumber = actions.find((a) => a.title.startsWith('重新编号'))!;
      assert.deepEqual((renumber.edit!.documentChanges![0] as TextDocumentEdit).edits, [
        { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 1 } }, newText: '2' },
      ]);
    });
  });

  describe('when settings change', () => {
    let client: LspTestClient;
    const uri = 'untitled:settings.plan';

    before(async () => {
      client = await LspTestClient.start();
      await client.open(uri, SEED);
    });
    after(async () => client?.stop());

    it('re-checks open plans: a rule turned off disappears, aliases rename agencies', async () => {
      const first = await client.diagnostics(uri);
      assert.ok(codes(first.diagnostics).includes('missing-deadline'));
      const mark = client.mark();
      await client.configure({ rules: { 'missing-deadline': 'off', 'incomplete-agency-clause': 'error' } });
      const next = await client.diagnostics(uri, () => true, mark);
      assert.ok(!codes(next.diagnostics).includes('missing-deadline'));
      assert.deepEqual(
        next.diagnostics.map((d) => [d.code, d.severity]),
        [['incomplete-agency-clause', DiagnosticSeverity.Error]],
      );

      await client.configure({ agencyAliases: { 省管局: '省机关事务管理局' } });
      const pos = at('(省管局');
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: pos.line, character: pos.character + 1 } });
      assert.match((hover!.contents as MarkupContent).value, /^\*\*省机关事务管理局\*\*/);
    });

    it('code lens and inlay hints off by their settings', async () => {
      const lenses = () => client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
      assert.ok((await lenses())!.length > 0);
      await client.configure({ codeLens: { enabled: false }, inlayHints: { enabled: false } });
      assert.deepEqual(await lenses(), []);
      const hints = await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 80, character: 0 } } });
      assert.deepEqual(hints, []);
    });
  });

  describe('with a client that never answers workspace/configuration', () => {
    let client: LspTestClient;
    after(async () => client?.stop());

    it('still publishes diagnostics, under the default settings', async () => {
      client = await LspTestClient.start({ answerConfiguration: false });
      await client.open('untitled:hang.plan', SEED);
      const published = await client.diagnostics('untitled:hang.plan');
      assert.ok(codes(published.diagnostics).includes('missing-deadline'));
      assert.ok(client.logs.some((l) => l.message === '客户端未返回 planlens 设置，暂用默认设置。'));
    });
  });

  describe('where nodejieba loads', () => {
    let client: LspTestClient;
    after(async () => client?.stop());

    it('checks the addon only, without loading the dictionaries, and shows no warning', async () => {
      client = await LspTestClient.start({ initializationOptions: { segmenterProbeDelay: 0 } });
      await client.when(() => client.logs.find((l) => l.message === SEGMENTER_AVAILABLE_LOG));
      const status = await client.connection.sendRequest<ServerStatus>(STATUS_REQUEST);
      assert.deepEqual(status.segmenter, { tried: true, available: true, loaded: false });
      assert.deepEqual(client.messages, []);
    });
  });

  describe('where nodejieba cannot be loaded', () => {
    let client: LspTestClient;
    const uri = 'untitled:no-jieba.plan';

    before(async () => {
      client = await LspTestClient.start({
        nodeArgs: ['--require', path.join(__dirname, 'no-nodejieba.js')],
        initializationOptions: { segmenterProbeDelay: 0 },
      });
      await client.open(uri, SEED);
    });
    after(async () => client?.stop());

    it('says so once, as a warning, and everything else keeps working', async () => {
      const warning = await client.when(() => client.messages.find((m) => m.message === SEGMENTER_UNAVAILABLE_MESSAGE));
      assert.equal(warning.type, 2);
      const status = await client.connection.sendRequest<ServerStatus>(STATUS_REQUEST);
      assert.equal(status.segmenter.tried, true);
      assert.equal(status.segmenter.available, false);
      assert.equal(status.segmenter.loaded, false);
      assert.match(status.segmenter.error ?? '', /nodejieba/);

      const published = await client.diagnostics(uri);
      assert.ok(codes(published.diagnostics).includes('incomplete-agency-clause'));
      const mark = client.mark();
      await client.change(uri, 2, [{ range: { start: { line: 21, character: 397 }, end: { line: 21, character: 397 } }, text: '负责' }]);
      await client.diagnostics(uri, (p) => p.version === 2, mark);
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at('18.3%') });
      assert.ok((hover!.contents as MarkupContent).value.startsWith('**指标** 非化石能源消费比重'));
      await client.connection.sendRequest(STATUS_REQUEST);
      assert.equal(client.messages.filter((m) => m.message === SEGMENTER_UNAVAILABLE_MESSAGE).length, 1);
      assert.ok(client.logs.some((l) => l.message.includes(SEGMENTER_UNAVAILABLE_MESSAGE) && l.message.includes('nodejieba')));
    });
  });
});
