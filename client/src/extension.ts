/**
 * The VS Code extension: starts the language client and registers the commands and the status
 * bar. Nothing else happens on activation, so that activation is fast and testable.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DISABLE_RULE_COMMAND } from '../../server/src/lsp/protocol';
import { disableRule } from './disable-rule';
import { exportTargets } from './export-targets';
import { createLanguageClient } from './language-client';
import { PlanStatusBar } from './status-bar';

/** What activate returns, for integration tests: the client, and when it has started. */
export interface PlanLensApi {
  client: LanguageClient;
  ready: Promise<void>;
  statusBar: PlanStatusBar;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): PlanLensApi {
  client = createLanguageClient(context);
  const c = client;
  const statusBar = new PlanStatusBar(c);
  context.subscriptions.push(
    statusBar,
    vscode.commands.registerCommand('planlens.exportTargets', (plan?: unknown, out?: unknown) => exportTargets(c, plan, out)),
    vscode.commands.registerCommand('planlens.showOutput', () => c.outputChannel.show(true)),
    vscode.commands.registerCommand('planlens.restartServer', () => c.restart()),
    vscode.commands.registerCommand(DISABLE_RULE_COMMAND, (code?: unknown) => disableRule(code)),
  );
  const ready = c.start();
  ready.catch((e: unknown) => {
    void vscode.window.showErrorMessage(`PlanLens 语言服务器启动失败：${e instanceof Error ? e.message : String(e)}`);
  });
  return { client: c, ready, statusBar };
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
