/**
 * "PlanLens: Open as Plan" in a real VS Code: a Word plan (and a PDF, once the PDF reader is
 * merged) converted by the server, written as <name>.plan.txt beside the original, opened beside
 * with outline and diagnostics, named in the status bar as coming from the original; saving keeps
 * it there, and a second run asks before overwriting the edited text.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, LANGUAGE_ID, ROOT, fileUri, waitFor, waitForDiagnostics } from './helpers';

interface OpenedPlan {
  source: vscode.Uri;
  target: vscode.Uri;
  editor: vscode.TextEditor;
  written: boolean;
  warnings: string[];
}

interface Api {
  client: { sendRequest<R>(method: string, params: unknown): Promise<R> };
  sourceStatus: { shown: { text: string; tooltip: string } | undefined; onDidChange: vscode.Event<void> };
}

const api = () => vscode.extensions.getExtension<Api>(EXTENSION_ID)!.exports;

function copyFixture(name: string, as: string): vscode.Uri {
  const uri = fileUri(as);
  fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'input', name), uri.fsPath);
  return uri;
}

/** The document symbols' names, depth first, with their details. */
async function symbols(uri: vscode.Uri): Promise<string[]> {
  const top = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
  const out: string[] = [];
  const walk = (list: vscode.DocumentSymbol[]) => {
    for (const s of list) {
      out.push(`${s.name} | ${s.detail}`);
      walk(s.children);
    }
  };
  walk(top);
  return out;
}

async function openAsPlan(uri: vscode.Uri, overwrite?: 'yes' | 'no'): Promise<OpenedPlan> {
  const opened = await vscode.commands.executeCommand<OpenedPlan | undefined>('planlens.openAsPlan', uri, overwrite);
  assert.ok(opened, `planlens.openAsPlan returned nothing for ${path.basename(uri.fsPath)}`);
  return opened;
}

async function sourceStatusShows(name: string): Promise<void> {
  const status = api().sourceStatus;
  await waitFor(status.onDidChange, () => status.shown?.text.includes(`来自 ${name}`), `the status bar to say 来自 ${name}`, 10_000);
}

describe('open as plan', () => {
  // "Beside" is relative to the active editor: start from one column, whatever earlier tests left open.
  beforeEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('a Word plan: <name>.plan.txt beside it, opened with outline and diagnostics, its source in the status bar', async () => {
    const docx = copyFixture('hangzhou-tech-city.docx', 'hangzhou.docx');
    const opened = await openAsPlan(docx);
    const expected = path.join(path.dirname(docx.fsPath), 'hangzhou.plan.txt');
    assert.equal(opened.target.fsPath, expected);
    const text = fs.readFileSync(expected, 'utf8');

    // The same text as the command line's convert (one input layer for both).
    const outDir = path.join(path.dirname(docx.fsPath), 'cli-converted');
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'planlens.js'), 'convert', docx.fsPath, '--out-dir', outDir], { encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stderr);
    assert.equal(text, fs.readFileSync(path.join(outDir, 'hangzhou.plan.txt'), 'utf8'));
    assert.ok(text.includes('（一）强化科技创新攻关\n'), 'numbering rendered as text');
    assert.ok(text.includes('1\t强化科技创新攻关\t市科技局\t市发改委、市经信局\t2025年底前\n'), 'the division table as tab-separated rows');

    assert.equal(opened.editor.document.uri.fsPath, expected);
    assert.equal(opened.editor.viewColumn, vscode.ViewColumn.Two, 'opened beside');
    await waitFor(vscode.workspace.onDidOpenTextDocument, () => vscode.workspace.textDocuments.find((d) => d.uri.fsPath === expected && d.languageId === LANGUAGE_ID), 'the plan text to be a policy plan');
    await waitForDiagnostics(opened.target, (ds) => ds.length > 0, 'the converted plan to be checked');
    const outline = await symbols(opened.target);
    assert.ok(outline.some((s) => s.startsWith('（一）强化科技创新攻关 | 牵头：市科技局')), `the table's lead in the outline:\n${outline.join('\n')}`);
    await sourceStatusShows('hangzhou.docx');

    // Saving keeps the text beside the original.
    const edited = '（本文由 Word 转换，已核对）\n';
    await opened.editor.edit((e) => e.insert(new vscode.Position(0, 0), edited));
    assert.ok(await opened.editor.document.save());
    assert.ok(fs.readFileSync(expected, 'utf8').startsWith(edited));

    // A second run keeps the edited text unless told to overwrite it.
    const kept = await openAsPlan(docx, 'no');
    assert.equal(kept.written, false);
    assert.ok(fs.readFileSync(expected, 'utf8').startsWith(edited));
    const replaced = await openAsPlan(docx, 'yes');
    assert.equal(replaced.written, true);
    assert.equal(fs.readFileSync(expected, 'utf8'), text);
    assert.equal(replaced.editor.viewColumn, vscode.ViewColumn.Two, 'shown where it already was, not in a third column');
    await waitFor(vscode.workspace.onDidChangeTextDocument, () => replaced.editor.document.getText() === text, 'the editor to show the overwritten text');
  });

  it('a PDF plan: converted and opened the same way', async function () {
    const pdf = copyFixture('wuhan-peak-assessment.pdf', 'wuhan.pdf');
    const probe = await api().client.sendRequest<{ error?: string }>('planlens/convert', { uri: pdf.toString() });
    // The PDF reader is built on its own branch; until it is merged the input layer says so.
    if (probe.error?.startsWith('PDF 读取尚未接入')) this.skip();
    assert.equal(probe.error, undefined, probe.error);
    const opened = await openAsPlan(pdf);
    assert.equal(path.basename(opened.target.fsPath), 'wuhan.plan.txt');
    await waitForDiagnostics(opened.target, () => true, 'the converted PDF to be checked');
    const outline = await symbols(opened.target);
    for (const heading of ['一、总体要求', '二、工作任务', '（三）编制专项评估报告和提出重大政策措施', '四、保障措施']) {
      assert.ok(outline.some((s) => s.startsWith(heading)), `${heading} in the outline:\n${outline.join('\n')}`);
    }
    await sourceStatusShows('wuhan.pdf');
  });

  it('a file that cannot be read: nothing written, nothing opened', async () => {
    const doc = copyFixture('legacy.doc', 'legacy.doc');
    const before = vscode.window.visibleTextEditors.length;
    const result = await vscode.commands.executeCommand('planlens.openAsPlan', doc);
    assert.equal(result, undefined);
    assert.ok(!fs.existsSync(path.join(path.dirname(doc.fsPath), 'legacy.plan.txt')));
    assert.equal(vscode.window.visibleTextEditors.length, before);
  });
});
