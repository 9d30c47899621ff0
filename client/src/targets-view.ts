/**
 * The Targets view (Explorer, beside Tasks): every target of the plan in the active editor,
 * grouped by year or by indicator, with its comparator and value; a click opens its line. The
 * rows are those of "Export targets" (planlens/targets).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TARGETS_REQUEST, type TargetRow, type TargetsResult } from '../../server/src/lsp/protocol';
import type { ActivePlan } from './active-plan';
import { groupTargets, TARGET_GROUPINGS, targetText, type TargetGrouping, type TargetNode } from './task-groups';

export class TargetsView implements vscode.TreeDataProvider<TargetNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<TargetNode>;
  grouping: TargetGrouping = 'year';
  private result: TargetsResult | null = null;
  private loaded = false;
  private roots: TargetNode[] = [];
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly client: LanguageClient,
    private readonly ready: () => Promise<void>,
    private readonly plan: ActivePlan,
  ) {
    this.view = vscode.window.createTreeView('planlens.targets', { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(this.view, plan.onDidChange(() => void this.refresh().catch(() => undefined)));
  }

  get tree(): readonly TargetNode[] {
    return this.roots;
  }

  async refresh(): Promise<TargetsResult | null> {
    this.loaded = true;
    const uri = this.plan.uri;
    if (!uri) this.result = null;
    else {
      await this.ready();
      this.result = await this.client.sendRequest<TargetsResult | null>(TARGETS_REQUEST, { uri: this.client.code2ProtocolConverter.asUri(uri) });
    }
    this.rebuild();
    return this.result;
  }

  /** `planlens.targets.groupBy`: by year or by indicator, as given or picked. */
  async pickGrouping(arg?: unknown): Promise<void> {
    let grouping = typeof arg === 'string' && arg in TARGET_GROUPINGS ? (arg as TargetGrouping) : undefined;
    if (!grouping) {
      const items = (Object.keys(TARGET_GROUPINGS) as TargetGrouping[]).map((g) => ({ label: TARGET_GROUPINGS[g], g }));
      grouping = (await vscode.window.showQuickPick(items, { placeHolder: '指标分组方式' }))?.g;
    }
    if (!grouping) return;
    this.grouping = grouping;
    this.rebuild();
  }

  private rebuild(): void {
    this.roots = groupTargets(this.result?.targets ?? [], this.grouping);
    this.view.description = TARGET_GROUPINGS[this.grouping];
    this.changed.fire();
  }

  /** The first time the view is shown, the plan already open is read (no switch announced it). */
  async getChildren(element?: TargetNode): Promise<TargetNode[]> {
    if (element) return element.kind === 'group' ? element.children : [];
    if (!this.loaded) await this.refresh().catch(() => undefined);
    return this.roots;
  }

  getTreeItem(n: TargetNode): vscode.TreeItem {
    if (n.kind === 'group') {
      const item = new vscode.TreeItem(n.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `${this.result?.uri ?? ''}#${this.grouping}#${n.key}`;
      item.description = `${n.count} 项`;
      item.iconPath = new vscode.ThemeIcon(this.grouping === 'year' ? 'calendar' : 'graph');
      return item;
    }
    const row: TargetRow = n.row;
    const { label, description } = targetText(row, this.grouping);
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = `${this.result?.uri ?? ''}#${this.grouping}#${n.key}`;
    item.description = description;
    item.tooltip = [row.text, row.sectionPath, row.lead.length > 0 ? `牵头：${row.lead.join('、')}` : ''].filter(Boolean).join('\n');
    item.iconPath = new vscode.ThemeIcon('symbol-constant');
    if (this.result) {
      const line = Math.max(0, row.line - 1);
      item.command = { command: 'vscode.open', title: '转到指标', arguments: [vscode.Uri.parse(this.result.uri), { selection: new vscode.Range(line, 0, line, 0) }] };
    }
    return item;
  }

  dispose(): void {
    this.changed.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
