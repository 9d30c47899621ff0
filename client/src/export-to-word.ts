/**
 * "PlanLens: Export to Word": the plan as a .docx in the official layout. The server lays it out
 * (planlens/exportDocx) and sends the bytes; the client asks where to save (beside the plan, same
 * name, by default) and writes the file — or writes to the path given as the second argument, so
 * that tests and tasks can run the command without a dialog.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPORT_DOCX_REQUEST, type ExportDocxResult } from '../../server/src/lsp/protocol';
import { asUri } from './uri-arg';

/** 方案.plan.txt → 方案.docx beside it. */
function besidePlan(plan: vscode.Uri): vscode.Uri {
  const name = plan.path.slice(plan.path.lastIndexOf('/') + 1).replace(/(\.plan)?\.[^.]*$/i, '') || 'plan';
  return vscode.Uri.joinPath(plan, '..', `${name}.docx`);
}

export async function exportToWord(client: LanguageClient, planArg?: unknown, outArg?: unknown): Promise<vscode.Uri | undefined> {
  const plan = asUri(planArg) ?? vscode.window.activeTextEditor?.document.uri;
  if (!plan) {
    void vscode.window.showWarningMessage('请先打开一个政策方案，再导出为 Word。');
    return undefined;
  }
  const result = await client.sendRequest<ExportDocxResult>(EXPORT_DOCX_REQUEST, { uri: client.code2ProtocolConverter.asUri(plan) });
  if ('error' in result) {
    void vscode.window.showErrorMessage(`无法导出为 Word：${result.error}`);
    return undefined;
  }
  let target = asUri(outArg);
  if (!target) {
    const defaultUri = plan.scheme === 'file' ? besidePlan(plan) : undefined;
    target = await vscode.window.showSaveDialog({ defaultUri, filters: { 'Word 文档': ['docx'] }, title: '导出为 Word（公文格式）' });
    if (!target) return undefined;
  }
  await vscode.workspace.fs.writeFile(target, Buffer.from(result.data, 'base64'));
  // Not awaited: a test (or a task) calling the command gets its result without a click.
  void vscode.window.showInformationMessage(`已导出为 Word：${vscode.workspace.asRelativePath(target)}`, '打开').then((choice) => {
    if (choice) void vscode.env.openExternal(target);
  });
  return target;
}
