/**
 * "Disable this rule" (offered by the server's code actions): sets planlens.rules.<code> to
 * "off" in the workspace settings (or the user's, with no folder open). The server is told of
 * the change and re-checks the open plans.
 */
import * as vscode from 'vscode';

export async function disableRule(code: unknown): Promise<void> {
  if (typeof code !== 'string' || code === '') return;
  const config = vscode.workspace.getConfiguration('planlens');
  const rules = { ...(config.get<Record<string, string>>('rules') ?? {}), [code]: 'off' };
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('rules', rules, target);
  void vscode.window.showInformationMessage(`已关闭“${code}”检查（设置 planlens.rules）。`);
}
