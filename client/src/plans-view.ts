/**
 * The Plans view (Explorer): the plans of the workspace index with their counts, read from the
 * server (planlens/indexedPlans) — never from the database, which only the server opens. A plan
 * opens on click; a file that could not be read shows why.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { INDEXED_PLANS_REQUEST, type IndexedPlan, type IndexedPlansResult } from '../../server/src/lsp/protocol';

const LEVELS: Record<string, string> = { national: '国家', province: '省级', city: '市级', county: '区县' };

export class PlansView implements vscode.TreeDataProvider<IndexedPlan>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private plans: IndexedPlan[] = [];
  private loaded = false;

  constructor(private readonly client: LanguageClient, private readonly ready: () => Promise<void>) {}

  /** Reads the index again and redraws; returns the plans, for tests. */
  async refresh(): Promise<IndexedPlan[]> {
    this.loaded = true;
    await this.ready();
    const result = await this.client.sendRequest<IndexedPlansResult | null>(INDEXED_PLANS_REQUEST, {});
    this.plans = result?.plans ?? [];
    await vscode.commands.executeCommand('setContext', 'planlens.indexed', result !== null);
    this.changed.fire();
    return this.plans;
  }

  /** The first time the view is shown, the index is read (starting the server if no plan did). */
  async getChildren(element?: IndexedPlan): Promise<IndexedPlan[]> {
    if (element) return [];
    if (!this.loaded) await this.refresh().catch(() => undefined);
    return this.plans;
  }

  getTreeItem(p: IndexedPlan): vscode.TreeItem {
    const name = p.title ?? p.path.split('/').pop() ?? p.path;
    const item = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.None);
    const where = [p.level ? LEVELS[p.level] : null, p.region].filter(Boolean).join(' ');
    item.resourceUri = vscode.Uri.parse(p.uri);
    if (p.error !== null) {
      item.description = '无法读取';
      item.tooltip = `${p.path}\n${p.error}`;
      item.iconPath = new vscode.ThemeIcon('warning');
    } else {
      item.description = `${where ? where + ' · ' : ''}任务 ${p.tasks ?? 0} · 指标 ${p.targets ?? 0} · 问题 ${p.diagnostics ?? 0}`;
      item.tooltip = `${p.path}\n任务 ${p.tasks} · 目标指标 ${p.targets} · 问题 ${p.diagnostics}`;
      item.iconPath = new vscode.ThemeIcon('file-text');
    }
    item.command = { command: 'vscode.open', title: '打开方案', arguments: [item.resourceUri] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
