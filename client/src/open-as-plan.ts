/**
 * "PlanLens: Open as Plan": a PDF, Word file or saved web page converted by the server (the
 * client knows no file format) and opened beside as `<name>.plan.txt`, a plan with outline,
 * hovers and diagnostics. The text is written next to the original, so that saving keeps it there
 * and the next run of `planlens analyze` on the folder reads it instead of the original; a plan
 * text that already exists and differs (edited by hand, or unsaved edits in the editor) is
 * overwritten only if the user says so.
 *
 * With an argument (a URI or a path) it asks nothing but that question, so tests and tasks can
 * run it; `overwrite` ('yes' | 'no') answers the question too.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CONVERT_REQUEST, type ConvertResult } from '../../server/src/lsp/protocol';
import { asUri } from './uri-arg';

export const CONVERTIBLE = ['pdf', 'docx', 'docm', 'html', 'htm'];

export interface OpenedPlan {
  source: vscode.Uri;
  target: vscode.Uri;
  editor: vscode.TextEditor;
  /** False when the existing plan text was kept. */
  written: boolean;
  warnings: string[];
}

export async function openAsPlan(client: LanguageClient, remember: (target: vscode.Uri, source: vscode.Uri) => void, arg?: unknown, overwrite?: unknown): Promise<OpenedPlan | undefined> {
  const source = asUri(Array.isArray(arg) ? arg[0] : arg) ?? activeFile() ?? (await chooseFile());
  if (!source) return undefined;
  const name = path.basename(source.fsPath || source.path);
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `正在转换 ${name}…` },
    () => client.sendRequest<ConvertResult>(CONVERT_REQUEST, { uri: client.code2ProtocolConverter.asUri(source) }),
  );
  if ('error' in result) {
    void vscode.window.showErrorMessage(`无法作为方案打开 ${name}：${result.error}`);
    return undefined;
  }
  const target = client.protocol2CodeConverter.asUri(result.target);
  const written = await writeUnlessEdited(target, result.text, overwrite);
  if (written === undefined) return undefined;
  remember(target, source);
  // Beside the original; where it already shows, there (a second run must not open a third column).
  const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString());
  const editor = await vscode.window.showTextDocument(target, { viewColumn: shown?.viewColumn ?? vscode.ViewColumn.Beside, preview: false });
  const notes = result.warnings.length ? `（${result.warnings.map((w) => w.split(' / ')[0]).join('；')}）` : '';
  void vscode.window.showInformationMessage(`已由 ${name} 转换为 ${path.basename(target.fsPath)}${notes}`);
  return { source, target, editor, written, warnings: result.warnings };
}

/**
 * Writes the plan text unless a different one is there: then the user decides. True written,
 * false kept, undefined cancelled.
 */
async function writeUnlessEdited(target: vscode.Uri, text: string, overwrite: unknown): Promise<boolean | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
  const onDisk = await vscode.workspace.fs.readFile(target).then(
    (b) => new TextDecoder().decode(b),
    () => undefined,
  );
  const current = open?.isDirty ? open.getText() : onDisk;
  if (current !== undefined && current !== text) {
    const replace = '覆盖';
    const keep = '打开现有文件';
    const answer =
      overwrite === 'yes' ? replace : overwrite === 'no' ? keep : await vscode.window.showWarningMessage(`${path.basename(target.fsPath)} 已存在且与新的转换结果不同（可能已手工修改）。要覆盖吗？`, { modal: true }, replace, keep);
    if (answer === undefined) return undefined;
    if (answer === keep) return false;
    if (open?.isDirty) {
      // The unsaved edits are dropped with the user's consent: replace the buffer, then save it.
      const edit = new vscode.WorkspaceEdit();
      edit.replace(target, new vscode.Range(0, 0, open.lineCount, 0), text);
      await vscode.workspace.applyEdit(edit);
      await open.save();
      return true;
    }
  }
  if (current === text && !open?.isDirty) return true;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  return true;
}

/** The file of the active tab, when it is one the command converts (a PDF shows in a custom editor, not a text editor). */
function activeFile(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  const uri = input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom ? input.uri : undefined;
  return uri && CONVERTIBLE.includes(path.extname(uri.path).slice(1).toLowerCase()) ? uri : undefined;
}

async function chooseFile(): Promise<vscode.Uri | undefined> {
  const files = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: '作为方案打开',
    title: '选择要作为方案打开的 PDF、Word 文件或网页',
    filters: { '方案原文（PDF、Word、网页）': CONVERTIBLE, 所有文件: ['*'] },
  });
  return files?.[0];
}
