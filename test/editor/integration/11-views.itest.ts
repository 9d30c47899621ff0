/**
 * The reviewer's editor in a real VS Code: code lens above chapters and actions (a click shows the
 * section's tasks in the Tasks view), inlay hints after tasks that take their lead or time from
 * elsewhere, the Tasks view (by chapter and action, by lead agency, filtered; following an edit)
 * and the Targets view, and the settings that turn code lens and inlay hints off.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, ROOT, fileUri, openPlan, seedCopy, waitFor, waitForDiagnostics } from './helpers';

type Node = { kind: 'group'; label: string; key: string; count: number; children: Node[] } | { kind: 'leaf'; row: { id: string; title: string; lead: string[] } };

interface View {
  tree: readonly Node[];
  refresh(): Promise<unknown>;
  onDidChangeTreeData: vscode.Event<unknown>;
  view: vscode.TreeView<Node>;
}

interface Api {
  tasks: View & { rows: readonly { id: string; title: string }[]; setGrouping(g: string): void; setFilters(f: string[]): void };
  targets: View & { pickGrouping(g: string): Promise<void> };
}

const api = () => vscode.extensions.getExtension<Api>(EXTENSION_ID)!.exports;
const group = (nodes: readonly Node[], label: string) => nodes.find((n): n is Extract<Node, { kind: 'group' }> => n.kind === 'group' && n.label === label);
const leaves = (nodes: readonly Node[]): string[] => nodes.flatMap((n) => (n.kind === 'group' ? leaves(n.children) : [n.row.title]));

/** Asks again until `get` holds, at most `ms`: for answers that follow a settings round trip, which has no event of its own. */
async function eventually<T>(get: () => Thenable<T>, holds: (v: T) => boolean, what: string, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (holds(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v)?.slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('views: code lens, inlay hints, Tasks and Targets', function () {
  this.timeout(120_000);
  let seed: vscode.Uri;
  let doc: vscode.TextDocument;

  before(async () => {
    seed = seedCopy('views-seed.plan');
    // A corpus plan whose tasks take their lead from a convention and their time from the plan's period.
    fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'corpus', 'chengyu-joint.txt'), fileUri('views-chengyu.plan').fsPath);
    doc = await openPlan(seed);
    await waitForDiagnostics(seed, (ds) => ds.length > 0, 'the seed to be checked');
  });

  it('code lens above 三(二): tasks, targets and its lead; clicking it shows its tasks in the Tasks view', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', seed);
    const industry = lenses.find((l) => l.range.start.line === 16);
    assert.ok(industry?.command, lenses.map((l) => `${l.range.start.line}: ${l.command?.title}`).join(' | '));
    assert.match(industry.command.title, /^5 项任务 · \d+ 项指标 · 牵头：省工业和信息化厅$/);
    assert.strictEqual(industry.command.command, 'planlens.revealTasks');

    const shown = await vscode.commands.executeCommand<{ label: string; children: Node[] }>(industry.command.command, ...(industry.command.arguments ?? []));
    assert.strictEqual(shown?.label, '（二）工业领域碳达峰行动');
    assert.strictEqual(leaves(shown.children).length, 5);
    assert.ok(api().tasks.view.visible, 'the Tasks view is shown');
  });

  it('Tasks view: by chapter and action, by lead agency, filtered; a click opens the task', async () => {
    const tasks = api().tasks;
    await vscode.window.showTextDocument(doc);
    await tasks.refresh();
    tasks.setGrouping('outline');
    const three = group(tasks.tree, '三、重点任务');
    assert.ok(three, tasks.tree.map((n) => (n.kind === 'group' ? n.label : n.row.title)).join(' | '));
    assert.strictEqual(three.children.length, 10);

    tasks.setGrouping('lead');
    const industry = group(tasks.tree, '省工业和信息化厅');
    assert.ok(industry && leaves(industry.children).includes('5.推动石化化工行业碳达峰'));

    tasks.setFilters(['hasProblems']);
    assert.ok(leaves(tasks.tree).includes('5.推动石化化工行业碳达峰'), 'the task with the incomplete clause has a problem');
    tasks.setFilters([]);

    const leaf = industry.children.find((n) => n.kind === 'leaf' && n.row.title === '5.推动石化化工行业碳达峰')!;
    const item = await (tasks as unknown as vscode.TreeDataProvider<Node>).getTreeItem(leaf);
    assert.match(String(item.description), /^牵头：省工业和信息化厅（括注）/);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    assert.strictEqual(vscode.window.activeTextEditor?.selection.start.line, 21);
    tasks.setGrouping('outline');
  });

  it('Tasks view follows an edit: a new task appears', async () => {
    const tasks = api().tasks;
    await vscode.window.showTextDocument(doc);
    await tasks.refresh();
    const before = tasks.rows.length;
    const editor = vscode.window.activeTextEditor!;
    const line = 21;
    await editor.edit((e) => e.insert(new vscode.Position(line + 1, 0), '6.推进新任务试点建设。（省能源局负责）\n'));
    await waitFor(tasks.onDidChangeTreeData, () => tasks.rows.length === before + 1, 'the Tasks view to show the new task');
    await vscode.commands.executeCommand('undo');
    await waitFor(tasks.onDidChangeTreeData, () => tasks.rows.length === before, 'the Tasks view to follow the undo');
  });

  it('Targets view: by year, then by indicator', async () => {
    const targets = api().targets;
    await targets.refresh();
    assert.ok(group(targets.tree, '2025年'), targets.tree.map((n) => (n.kind === 'group' ? n.label : '')).join(' | '));
    await targets.pickGrouping('indicator');
    const share = group(targets.tree, '非化石能源消费比重');
    assert.ok(share && share.count >= 2);
    await targets.pickGrouping('year');
  });

  it('inlay hints on chengyu-joint: the lead by the plan’s convention, the time from its period', async () => {
    const joint = fileUri('views-chengyu.plan');
    await openPlan(joint);
    await waitForDiagnostics(joint, () => true, 'chengyu-joint to be checked');
    const range = new vscode.Range(16, 0, 17, 0);
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', joint, range);
    assert.deepStrictEqual(hints.map((h) => h.label), ['⟨牵头：重庆市能源局、四川省能源局 · 约定⟩', '⟨2025年 · 规划期⟩']);
  });

  it('planlens.codeLens.enabled and planlens.inlayHints.enabled turn them off', async () => {
    const config = () => vscode.workspace.getConfiguration('planlens');
    try {
      await config().update('codeLens.enabled', false, vscode.ConfigurationTarget.Workspace);
      await config().update('inlayHints.enabled', false, vscode.ConfigurationTarget.Workspace);
      await eventually(() => vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', seed), (l) => l.length === 0, 'no code lens');
      const range = new vscode.Range(0, 0, doc.lineCount, 0);
      await eventually(() => vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', fileUri('views-chengyu.plan'), range), (h) => h.length === 0, 'no inlay hints');
    } finally {
      await config().update('codeLens.enabled', undefined, vscode.ConfigurationTarget.Workspace);
      await config().update('inlayHints.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
