/**
 * The status-bar item for the active plan: tasks, targets and problems, refreshed from the
 * server's planlens/analyzed notification (sent after each analysis) — no polling.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ANALYZED_NOTIFICATION, STATS_REQUEST, type PlanStats } from '../../server/src/lsp/protocol';
import { LANGUAGE_ID } from './language-id';


export class PlanStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('planlens.status', vscode.StatusBarAlignment.Left, 100);
  private readonly stats = new Map<string, PlanStats>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.item.name = 'PlanLens';
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      this.item,
      client.onNotification(ANALYZED_NOTIFICATION, (s: PlanStats) => {
        this.stats.set(s.uri, s);
        this.render();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((d) => this.stats.delete(d.uri.toString())),
    );
    this.render();
  }

  /** The stats last received for a document (for tests and the export command). */
  statsFor(uri: vscode.Uri): PlanStats | undefined {
    return this.stats.get(uri.toString());
  }

  private render(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== LANGUAGE_ID) {
      this.item.hide();
      return;
    }
    const s = this.stats.get(doc.uri.toString());
    if (!s) {
      this.item.text = '$(sync~spin) PlanLens';
      this.item.tooltip = '正在分析…';
      this.item.show();
      if (this.client.isRunning()) void this.refresh(doc.uri);
      return;
    }
    const p = s.problems;
    this.item.text = `$(list-tree) ${s.tasks} 项任务 $(graph) ${s.targets} 项指标 $(warning) ${p.total}`;
    const tip = new vscode.MarkdownString(
      [
        `**${s.title ?? 'PlanLens'}**`,
        '',
        `${s.sections} 个标题 · ${s.tasks} 项任务 · ${s.targets} 项指标 · ${s.clauses} 处责任分工`,
        '',
        `问题：错误 ${p.errors} · 警告 ${p.warnings} · 提示 ${p.infos + p.hints}（点击查看）`,
      ].join('\n'),
    );
    this.item.tooltip = tip;
    this.item.show();
  }

  private async refresh(uri: vscode.Uri): Promise<void> {
    try {
      const s = await this.client.sendRequest<PlanStats | null>(STATS_REQUEST, { uri: this.client.code2ProtocolConverter.asUri(uri) });
      if (s) {
        this.stats.set(s.uri, s);
        this.render();
      }
    } catch {
      // The server is restarting; its next planlens/analyzed notification brings the stats.
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
