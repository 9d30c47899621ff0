/**
 * "Compare with…" in a real VS Code: the seed (open) against a copy of the national 2030 plan
 * (a file on disk, never opened by the test). The command, run with both plans as arguments,
 * opens the comparison view and returns its state; while it is open, the hover on the seed's
 * 18.3% names the national 20%左右; a row's jump opens the national plan at its heading; closing
 * the view ends the comparison's hovers.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, ROOT, fileUri, hoverText, openPlan, seedCopy, waitFor, waitForDiagnostics } from './helpers';

interface ComparisonState {
  lower: string;
  upper: string;
  title: string;
  visible: boolean;
  column: number | undefined;
  summary: { matchedActions: number; weaker: number };
  actions: Array<{ lower: string | null; upper: string | null; lowerTitle: string | null; upperLine: number | null }>;
  segmentation: string;
  html: string;
}

interface Api {
  comparisons(): {
    get(lower: string): ComparisonState | undefined;
    handle(lower: string, message: unknown): Promise<unknown>;
  };
}

const NATIONAL_VALUE = '上级方案《2030年前碳达峰行动方案》：**20%左右**（2025年）— 本方案弱于上级';

const TITLE = '对照：江西省碳达峰实施方案 ↔ 2030年前碳达峰行动方案';

function comparisonTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === TITLE);
}

function tabs(): string {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .map((t) => `${t.label} (${t.input instanceof vscode.TabInputWebview ? `webview ${t.input.viewType}` : typeof t.input})`)
    .join(', ');
}

describe('compare with…', () => {
  it('opens the comparison view, and the hover on 18.3% names the national value until it closes', async () => {
    const seed = seedCopy();
    const national = fileUri('national-2030.txt');
    fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'corpus', 'national-2030.txt'), national.fsPath);
    const doc = await openPlan(seed);
    await waitForDiagnostics(seed, (ds) => ds.length > 0, 'the seed to be checked');
    const at = doc.positionAt(doc.getText().indexOf('18.3%') + 2);
    const hover = async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', seed, at));
    assert.ok(!(await hover()).includes('上级方案《'), 'a comparison before any was opened');

    const state = await vscode.commands.executeCommand<ComparisonState | undefined>('planlens.compareWith', seed, national);
    assert.ok(state, 'planlens.compareWith returned nothing');
    assert.equal(state.title, TITLE);
    assert.equal(state.segmentation, 'jieba');
    const industry = state.actions.find((a) => a.lower === '3.2');
    assert.equal(industry?.upper, '3.3');
    assert.equal(industry?.lowerTitle, '工业领域碳达峰行动');
    assert.ok(state.summary.weaker >= 1);
    assert.match(state.html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-/);
    assert.ok(state.html.includes('data-left-line="16" data-right-line="36"'));
    assert.ok(state.visible, 'the view is not visible');
    // The extension host learns of the workbench's tabs a moment after the panel is made.
    await waitFor(vscode.window.tabGroups.onDidChangeTabs, comparisonTab, 'the comparison tab', 10_000).catch((e: Error) => {
      throw new Error(`${e.message}; tabs: ${tabs()}`);
    });

    assert.ok((await hover()).includes(NATIONAL_VALUE), await hover());

    // A click on the row of 工业领域碳达峰行动's national side: the national plan opens at its heading.
    const api = vscode.extensions.getExtension<Api>(EXTENSION_ID)!.exports;
    const editor = (await api.comparisons().handle(state.lower, { type: 'reveal', side: 'upper', line: 36 })) as vscode.TextEditor;
    assert.equal(editor.document.uri.fsPath, national.fsPath);
    assert.equal(editor.selection.active.line, 36);
    assert.match(editor.document.lineAt(36).text, /工业领域碳达峰行动/);
    // Beside the view, not over it: the seed, the view and the national plan all stay in sight.
    assert.notEqual(editor.viewColumn, state.column);
    assert.ok(api.comparisons().get(state.lower)?.visible, 'the jump hid the comparison view');
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document.uri.fsPath === seed.fsPath), 'the jump hid the seed');

    // Closing the view tells the server: the hover goes back to the plan alone.
    const tab = comparisonTab()!;
    const closed = waitFor(vscode.window.tabGroups.onDidChangeTabs, () => !comparisonTab(), 'the comparison tab to close');
    await vscode.window.tabGroups.close(tab);
    await closed;
    assert.equal(api.comparisons().get(state.lower), undefined);
    // The close notification precedes the next hover request on the same connection.
    assert.ok(!(await hover()).includes('上级方案《'), 'the hover still mentions the closed comparison');
  });
});
