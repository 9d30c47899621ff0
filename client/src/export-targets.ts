/**
 * "Export targets": every target of a plan with its task and agencies, as <plan>.targets.csv and
 * <plan>.targets.json next to the plan, or at a path given as the second argument (so tests and
 * tasks can call `planlens.exportTargets` with a plan URI and an output path).
 */
import * as vscode from 'vscode';
import { asUri } from './uri-arg';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TARGETS_REQUEST, type TargetsResult } from '../../server/src/lsp/protocol';
import { exportBase, targetsCsv, targetsJson } from './targets-file';

export interface ExportResult {
  csv: vscode.Uri;
  json: vscode.Uri;
  count: number;
}

export async function exportTargets(client: LanguageClient, planArg?: unknown, outArg?: unknown): Promise<ExportResult | undefined> {
  const plan = asUri(planArg) ?? vscode.window.activeTextEditor?.document.uri;
  if (!plan) {
    void vscode.window.showWarningMessage('请先打开一个政策方案，再导出目标指标。');
    return undefined;
  }
  const result = await client.sendRequest<TargetsResult | null>(TARGETS_REQUEST, { uri: client.code2ProtocolConverter.asUri(plan) });
  if (!result) {
    void vscode.window.showErrorMessage(`无法读取方案：${plan.fsPath || plan.toString()}`);
    return undefined;
  }

  let base: vscode.Uri | undefined;
  const out = asUri(outArg);
  if (out) {
    const isDirectory = await vscode.workspace.fs.stat(out).then(
      (s) => (s.type & vscode.FileType.Directory) !== 0,
      () => false,
    );
    base = out.with({ path: exportBase(plan.path, { path: out.path, isDirectory }) });
  } else if (plan.scheme === 'untitled') {
    const chosen = await vscode.window.showSaveDialog({ filters: { CSV: ['csv'] }, title: '导出目标指标' });
    if (!chosen) return undefined;
    base = chosen.with({ path: exportBase(chosen.path, { path: chosen.path, isDirectory: false }) });
  } else {
    base = plan.with({ path: exportBase(plan.path) });
  }

  const csv = base.with({ path: base.path + '.csv' });
  const json = base.with({ path: base.path + '.json' });
  const encoder = new TextEncoder();
  await vscode.workspace.fs.writeFile(csv, encoder.encode(targetsCsv(result.targets)));
  await vscode.workspace.fs.writeFile(json, encoder.encode(targetsJson(result, plan.scheme === 'file' ? plan.fsPath : plan.toString())));

  // Not awaited: a test (or a task) calling the command gets its result without a click.
  void vscode.window.showInformationMessage(`已导出 ${result.targets.length} 项目标指标：${vscode.workspace.asRelativePath(csv)}`, '打开 CSV').then((choice) => {
    if (choice) void vscode.commands.executeCommand('vscode.open', csv);
  });
  return { csv, json, count: result.targets.length };
}
