/**
 * The plan index in a real VS Code: "Index Workspace Plans" indexes the workspace (the seed and the
 * plans the earlier tests left) in the server, the Plans view lists them with their counts, and
 * "Show Report" opens a webview whose target cell, clicked, opens the plan at that target's line.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, ROOT, fileUri, workspaceDir } from './helpers';

interface IndexedPlan {
  uri: string;
  path: string;
  title: string | null;
  tasks: number | null;
  targets: number | null;
  error: string | null;
}

interface Api {
  plans: { refresh(): Promise<IndexedPlan[]>; getTreeItem(p: IndexedPlan): vscode.TreeItem };
  report(): { handle(message: unknown): Promise<vscode.TextEditor | undefined> };
}

const api = () => vscode.extensions.getExtension<Api>(EXTENSION_ID)!.exports;

describe('plan index', function () {
  this.timeout(180_000);

  before(() => {
    // Two corpus plans that set 非化石能源消费比重 besides the seed, so the report has a matrix.
    for (const name of ['national-2030.txt', 'zhejiang-opinions.txt']) fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'corpus', name), fileUri(name).fsPath);
  });

  it('Index Workspace Plans writes .planlens/plans.sqlite and the Plans view lists the plans with their counts', async () => {
    const result = await vscode.commands.executeCommand<{ plans: number; analysed: number; failed: unknown[] } | { error: string }>('planlens.indexWorkspace');
    assert.ok(result && !('error' in result), JSON.stringify(result));
    assert.ok(fs.existsSync(path.join(workspaceDir(), '.planlens', 'plans.sqlite')));
    const plans = await api().plans.refresh();
    assert.equal(plans.length, result.plans);
    const national = plans.find((p) => p.path === 'national-2030.txt');
    assert.ok(national, plans.map((p) => p.path).join(', '));
    const item = api().plans.getTreeItem(national);
    assert.equal(item.label, '2030年前碳达峰行动方案');
    assert.match(String(item.description), new RegExp(`任务 ${national.tasks} · 指标 ${national.targets}`));
  });

  it('Show Report opens the report; a click on a target cell opens the plan at that line', async () => {
    const shown = await vscode.commands.executeCommand<{ html: string; files: Record<string, string> }>('planlens.showReport');
    assert.ok(shown, 'the report was shown');
    assert.match(shown.html, /Content-Security-Policy/);
    const cell = /data-path="(national-2030\.txt)" data-line="(\d+)" data-character="(\d+)"/.exec(shown.html);
    assert.ok(cell, 'a target cell of the national plan');
    const editor = await api().report().handle({ type: 'open', path: cell[1], line: Number(cell[2]), character: Number(cell[3]), focus: true });
    assert.ok(editor);
    assert.equal(path.basename(editor.document.uri.fsPath), 'national-2030.txt');
    assert.equal(editor.selection.active.line, Number(cell[2]));
    assert.match(editor.document.lineAt(Number(cell[2])).text, /\d/);
  });
});
