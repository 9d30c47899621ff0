/**
 * The Tasks view (Explorer): every task of the plan in the active editor, grouped by chapter and
 * action, by lead agency or by deadline year, each with its lead and time and where they come
 * from; filters for what a reviewer hunts (no lead, no time, with targets, with problems). Rows
 * come from the server (planlens/tasks); a click opens the task; the view follows edits.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TASKS_REQUEST, type TasksResult } from '../../server/src/lsp/protocol';
import type { ActivePlan } from './active-plan';
import {
  groupTasks,
  TASK_FILTERS,
  TASK_GROUPINGS,
  taskDescription,
  taskTooltip,
  type Group,
  type TaskFilter,
  type TaskGrouping,
  type TaskNode,
} from './task-groups';
import { asUri } from './uri-arg';
import type { TaskRow } from '../../server/src/lsp/protocol';

const GROUP_ICONS: Record<string, string> = { chapter: 'symbol-module', action: 'symbol-event', lead: 'organization', year: 'calendar' };

export class TasksView implements vscode.TreeDataProvider<TaskNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<TaskNode>;
  grouping: TaskGrouping = 'outline';
  readonly filters = new Set<TaskFilter>();
  private result: TasksResult | null = null;
  private roots: TaskNode[] = [];
  private readonly parents = new Map<TaskNode, Group<TaskRow>>();
  private loading: Promise<TasksResult | null> | undefined;
  private loaded = false;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly client: LanguageClient,
    private readonly ready: () => Promise<void>,
    private readonly plan: ActivePlan,
  ) {
    this.view = vscode.window.createTreeView('planlens.tasks', { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(this.view, plan.onDidChange(() => void this.refresh().catch(() => undefined)));
  }

  /** The rows last read (for tests), and the tree as shown. */
  get rows(): readonly TaskRow[] {
    return this.result?.tasks ?? [];
  }

  get tree(): readonly TaskNode[] {
    return this.roots;
  }

  /** Reads the active plan's tasks again and redraws. */
  refresh(): Promise<TasksResult | null> {
    const run = (this.loading = this.load().finally(() => {
      if (this.loading === run) this.loading = undefined;
    }));
    return run;
  }

  private async load(): Promise<TasksResult | null> {
    this.loaded = true;
    const uri = this.plan.uri;
    if (!uri) {
      this.result = null;
    } else {
      await this.ready();
      this.result = await this.client.sendRequest<TasksResult | null>(TASKS_REQUEST, { uri: this.client.code2ProtocolConverter.asUri(uri) });
    }
    this.rebuild();
    return this.result;
  }

  setGrouping(grouping: TaskGrouping): void {
    this.grouping = grouping;
    this.rebuild();
  }

  setFilters(filters: readonly TaskFilter[]): void {
    this.filters.clear();
    for (const f of filters) if (f in TASK_FILTERS) this.filters.add(f);
    this.rebuild();
  }

  /** `planlens.tasks.groupBy`: the grouping given, or one picked. */
  async pickGrouping(arg?: unknown): Promise<void> {
    let grouping = typeof arg === 'string' && arg in TASK_GROUPINGS ? (arg as TaskGrouping) : undefined;
    if (!grouping) {
      const items = (Object.keys(TASK_GROUPINGS) as TaskGrouping[]).map((g) => ({ label: TASK_GROUPINGS[g], g, picked: g === this.grouping }));
      grouping = (await vscode.window.showQuickPick(items, { placeHolder: '任务分组方式' }))?.g;
    }
    if (grouping) this.setGrouping(grouping);
  }

  /** `planlens.tasks.filter`: the filters given (an array, [] for none), or picked. */
  async pickFilters(arg?: unknown): Promise<void> {
    if (Array.isArray(arg)) return this.setFilters(arg as TaskFilter[]);
    const items = (Object.keys(TASK_FILTERS) as TaskFilter[]).map((f) => ({ label: TASK_FILTERS[f], f, picked: this.filters.has(f) }));
    const picked = await vscode.window.showQuickPick(items, { canPickMany: true, placeHolder: '只显示……（不选则显示全部任务）' });
    if (picked) this.setFilters(picked.map((p) => p.f));
  }

  /** `planlens.revealTasks` (the code lens above a chapter or action): that section's tasks, by chapter and action. */
  async reveal(uriArg?: unknown, sectionId?: unknown): Promise<Group<TaskRow> | undefined> {
    const uri = asUri(uriArg);
    if (uri && uri.toString() !== this.plan.uri?.toString()) this.plan.set(uri);
    this.grouping = 'outline';
    this.filters.clear();
    await this.refresh();
    const group = typeof sectionId === 'string' ? this.findGroup(this.roots, sectionId) : undefined;
    if (group) await this.view.reveal(group, { select: true, focus: false, expand: 2 });
    else await vscode.commands.executeCommand('planlens.tasks.focus');
    return group;
  }

  private findGroup(nodes: readonly TaskNode[], key: string): Group<TaskRow> | undefined {
    for (const n of nodes) {
      if (n.kind !== 'group') continue;
      if (n.key === key) return n;
      const inner = this.findGroup(n.children, key);
      if (inner) return inner;
    }
    return undefined;
  }

  private rebuild(): void {
    this.roots = groupTasks(this.result?.tasks ?? [], this.grouping, this.filters);
    this.parents.clear();
    const walk = (nodes: readonly TaskNode[], parent?: Group<TaskRow>) => {
      for (const n of nodes) {
        if (parent) this.parents.set(n, parent);
        if (n.kind === 'group') walk(n.children, n);
      }
    };
    walk(this.roots);
    const filters = [...this.filters].map((f) => TASK_FILTERS[f]);
    this.view.description = [TASK_GROUPINGS[this.grouping], ...filters].join(' · ');
    const title = `《${this.result?.title ?? '未命名方案'}》`;
    if (!this.result) this.view.message = undefined;
    else if (filters.length > 0) this.view.message = `${title}：${countLeaves(this.roots)} 项任务（筛选：${filters.join('、')}）`;
    else this.view.message = this.result.tasks.length === 0 ? `${title}中没有识别出任务。` : undefined;
    void vscode.commands.executeCommand('setContext', 'planlens.tasks.filtered', filters.length > 0);
    this.changed.fire();
  }

  /** The first time the view is shown, the plan already open is read (no switch announced it). */
  async getChildren(element?: TaskNode): Promise<TaskNode[]> {
    if (element) return element.kind === 'group' ? element.children : [];
    if (!this.loaded) await this.refresh().catch(() => undefined);
    return this.roots;
  }

  getParent(element: TaskNode): TaskNode | undefined {
    return this.parents.get(element);
  }

  getTreeItem(n: TaskNode): vscode.TreeItem {
    const idPrefix = `${this.result?.uri ?? ''}#${this.grouping}#`;
    if (n.kind === 'group') {
      const item = new vscode.TreeItem(n.label, n.role === 'chapter' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `${idPrefix}${n.role}:${n.key}`;
      item.description = `${n.count} 项`;
      item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[n.role] ?? 'folder');
      return item;
    }
    const row = n.row;
    const item = new vscode.TreeItem(row.title, vscode.TreeItemCollapsibleState.None);
    item.id = `${idPrefix}task:${n.key}`;
    item.description = taskDescription(row);
    item.tooltip = taskTooltip(row);
    item.iconPath = new vscode.ThemeIcon(row.problems > 0 ? 'warning' : 'symbol-function');
    if (this.result) {
      const uri = vscode.Uri.parse(this.result.uri);
      const r = row.range;
      const selection = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
      item.command = { command: 'vscode.open', title: '转到任务', arguments: [uri, { selection, preserveFocus: false } satisfies vscode.TextDocumentShowOptions] };
    }
    return item;
  }

  dispose(): void {
    this.changed.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function countLeaves(nodes: readonly TaskNode[]): number {
  const ids = new Set<string>();
  const walk = (list: readonly TaskNode[]) => {
    for (const n of list) {
      if (n.kind === 'group') walk(n.children);
      else ids.add(n.row.id);
    }
  };
  walk(nodes);
  return ids.size;
}
