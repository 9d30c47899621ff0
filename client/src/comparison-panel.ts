/**
 * The comparison views: one webview panel per lower plan, beside the editor. The comparison
 * itself runs in the language server (planlens/compare); the panel shows the server's report,
 * jumps to a row's section in the lower or upper plan's editor, swaps the two plans, follows the
 * server's re-runs after edits (planlens/comparisonUpdated), and tells the server when it closes
 * (planlens/closeComparison), which ends the comparison's hovers.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import {
  CLOSE_COMPARISON_NOTIFICATION,
  COMPARE_REQUEST,
  COMPARISON_UPDATED_NOTIFICATION,
  type CompareResult,
} from '../../server/src/lsp/protocol';
import { comparisonViewHtml, makeNonce, panelTitle, parseViewMessage, planLabel, type UpdateMessage } from './comparison-html';

/** What the command returns: enough for a test (or a task) to see what the user sees. */
export interface ComparisonState {
  /** The plans' URIs, as the server names them. */
  lower: string;
  upper: string;
  title: string;
  visible: boolean;
  /** The editor column the view is in. */
  column: number | undefined;
  summary: CompareResult['summary'];
  actions: CompareResult['actions'];
  segmentation: CompareResult['segmentation'];
  note: string | null;
  /** The webview's document. */
  html: string;
}

class ComparisonView {
  /** Set when the panel is disposed by us (replaced): the server's comparison is not ours to end. */
  silent = false;

  constructor(
    readonly panel: vscode.WebviewPanel,
    public lower: vscode.Uri,
    public upper: vscode.Uri,
    public result: CompareResult,
  ) {}

  get key(): string {
    return this.result.lower;
  }

  show(result: CompareResult, render: 'document' | 'message'): void {
    this.result = result;
    const lower = { title: result.lowerTitle, name: result.lowerName };
    const upper = { title: result.upperTitle, name: result.upperName };
    this.panel.title = panelTitle(lower, upper);
    const lowerLabel = planLabel(result.lowerTitle, result.lowerName);
    const upperLabel = planLabel(result.upperTitle, result.upperName);
    // A hidden webview drops messages and reloads its document when shown: give it a new one.
    if (render === 'message' && this.panel.visible) {
      const update: UpdateMessage = { type: 'update', body: result.html, lowerLabel, upperLabel };
      void this.panel.webview.postMessage(update);
    } else {
      this.panel.webview.html = comparisonViewHtml({ body: result.html, css: result.css, nonce: makeNonce(), lowerLabel, upperLabel });
    }
  }

  state(): ComparisonState {
    const r = this.result;
    return {
      lower: r.lower,
      upper: r.upper,
      title: this.panel.title,
      visible: this.panel.visible,
      column: this.panel.viewColumn,
      summary: r.summary,
      actions: r.actions,
      segmentation: r.segmentation,
      note: r.note,
      html: this.panel.webview.html,
    };
  }
}

export class ComparisonPanels implements vscode.Disposable {
  private readonly views = new Map<string, ComparisonView>();
  private readonly disposables: vscode.Disposable[] = [];
  private compared = false;

  constructor(private readonly client: LanguageClient) {
    this.disposables.push(
      client.onNotification(COMPARISON_UPDATED_NOTIFICATION, (r: CompareResult) => {
        const view = this.views.get(r.lower);
        if (view && view.result.upper === r.upper) view.show(r, 'message');
      }),
      // A restarted server has forgotten the comparisons: ask again for the open views.
      client.onDidChangeState((e) => {
        if (e.newState === State.Running && e.oldState !== State.Running) for (const v of [...this.views.values()]) void this.rerun(v);
      }),
    );
  }

  /** Compares `lower` with `upper` and shows the result, in that plan's panel if it has one. */
  async open(lower: vscode.Uri, upper: vscode.Uri): Promise<ComparisonState | undefined> {
    const result = await this.request(lower, upper);
    if (!result) return undefined;
    const view = this.place(result, lower, upper);
    view.panel.reveal(undefined, true);
    return view.state();
  }

  /** The view of a lower plan (URI as the server names it), for tests. */
  get(lower: string): ComparisonState | undefined {
    return this.views.get(lower)?.state();
  }

  /** What a view's message asks for; exposed so that tests can drive a click. */
  async handle(lower: string, message: unknown): Promise<vscode.TextEditor | ComparisonState | undefined> {
    const view = this.views.get(lower);
    const m = parseViewMessage(message);
    if (!view || !m) return undefined;
    if (m.type === 'swap') return this.swap(view);
    const [uri, other] = m.side === 'lower' ? [view.lower, view.upper] : [view.upper, view.lower];
    return this.reveal(uri, m.line, m.focus, this.columnFor(uri, [view.panel.viewColumn, ...columnsShowing(other)]));
  }

  dispose(): void {
    for (const v of this.views.values()) v.panel.dispose();
    for (const d of this.disposables) d.dispose();
  }

  private async request(lower: vscode.Uri, upper: vscode.Uri): Promise<CompareResult | undefined> {
    const params = { lower: this.client.code2ProtocolConverter.asUri(lower), upper: this.client.code2ProtocolConverter.asUri(upper) };
    // The first comparison loads the Chinese segmenter in the server (1–2 s): say why it waits.
    const title = this.compared ? 'PlanLens：正在比较方案…' : 'PlanLens：正在比较方案（首次需加载中文分词，约需数秒）…';
    try {
      const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (_progress, token) =>
        this.client.sendRequest<CompareResult | null>(COMPARE_REQUEST, params, token),
      );
      this.compared = true;
      return result ?? undefined;
    } catch (e) {
      if (e instanceof vscode.CancellationError) return undefined;
      void vscode.window.showErrorMessage(`PlanLens 比较失败：${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  }

  /** The view for a result: the lower plan's own panel, updated, or a new one beside the editor. */
  private place(result: CompareResult, lower: vscode.Uri, upper: vscode.Uri, reuse?: ComparisonView): ComparisonView {
    const existing = this.views.get(result.lower);
    let view = reuse ?? existing;
    if (existing && reuse && existing !== reuse) {
      // Swapping onto a plan that had its own view: that view's comparison was just replaced.
      existing.silent = true;
      existing.panel.dispose();
    }
    if (view) {
      if (view.key !== result.lower) this.views.delete(view.key);
      view.lower = lower;
      view.upper = upper;
    } else {
      const panel = vscode.window.createWebviewPanel(
        'planlens.comparison',
        '方案对照',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        // Scripts only for the one inline script the CSP allows by nonce; no local files at all.
        { enableScripts: true, localResourceRoots: [], enableFindWidget: true },
      );
      view = new ComparisonView(panel, lower, upper, result);
      const v = view;
      panel.onDidDispose(() => {
        if (this.views.get(v.key) === v) this.views.delete(v.key);
        if (!v.silent) void this.client.sendNotification(CLOSE_COMPARISON_NOTIFICATION, { lower: v.key }).catch(() => undefined);
      });
      panel.webview.onDidReceiveMessage((m: unknown) =>
        this.handle(v.key, m).catch((e: unknown) => {
          void vscode.window.showErrorMessage(`PlanLens 无法打开方案：${e instanceof Error ? e.message : String(e)}`);
        }),
      );
    }
    this.views.set(result.lower, view);
    view.show(result, 'document');
    return view;
  }

  private async swap(view: ComparisonView): Promise<ComparisonState | undefined> {
    const before = view.key;
    const result = await this.request(view.upper, view.lower);
    if (!result) return undefined;
    this.place(result, view.upper, view.lower, view);
    // The old direction's comparison is no longer shown anywhere.
    if (before !== result.lower) void this.client.sendNotification(CLOSE_COMPARISON_NOTIFICATION, { lower: before }).catch(() => undefined);
    return view.state();
  }

  private async rerun(view: ComparisonView): Promise<void> {
    try {
      const result = await this.client.sendRequest<CompareResult | null>(COMPARE_REQUEST, { lower: view.result.lower, upper: view.result.upper });
      if (result && this.views.get(result.lower) === view) view.show(result, 'message');
    } catch {
      // The plan is gone: the view keeps the last report.
    }
  }

  /**
   * Where a plan is shown: the column that shows it already; else a group that shows neither the
   * view nor the other plan (so that both stay in sight); else a new group to the right. Not
   * ViewColumn.Beside: clicking inside a webview does not make its group the active one, so
   * "beside" could land on the view's own group and hide it.
   */
  private columnFor(uri: vscode.Uri, busy: Array<vscode.ViewColumn | undefined>): vscode.ViewColumn {
    const shown = columnsShowing(uri);
    if (shown.length) return shown[0];
    const groups = vscode.window.tabGroups.all.map((g) => g.viewColumn);
    return groups.find((c) => !busy.includes(c)) ?? Math.max(0, ...groups) + 1;
  }

  /** Shows `line` of a plan in `column`. */
  private async reveal(uri: vscode.Uri, line: number, focus: boolean, column: vscode.ViewColumn): Promise<vscode.TextEditor> {
    const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const doc = shown?.document ?? (await vscode.workspace.openTextDocument(uri));
    const at = new vscode.Position(Math.min(line, Math.max(0, doc.lineCount - 1)), 0);
    const editor = await vscode.window.showTextDocument(doc, {
      viewColumn: column,
      preserveFocus: !focus,
      selection: new vscode.Range(at, at),
    });
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
    return editor;
  }
}

/** The columns of the visible editors that show `uri`. */
function columnsShowing(uri: vscode.Uri): vscode.ViewColumn[] {
  return vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === uri.toString() && e.viewColumn !== undefined).map((e) => e.viewColumn!);
}
