/**
 * The status-bar item of a converted plan: "$(file-symlink-file) 来自 计划.docx", so that whoever
 * reads `计划.plan.txt` knows it is a conversion and that its line numbers are its own, not the
 * PDF's pages. A plan text converted in this session is remembered; any other `<name>.plan.txt`
 * with a PDF, Word file or web page of the same name beside it is taken for its conversion, so the
 * item is there after a reload too. A click shows the original in the Explorer.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CONVERTIBLE } from './open-as-plan';

const SUFFIX = '.plan.txt';

export class SourceStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('planlens.source', vscode.StatusBarAlignment.Left, 99);
  private readonly known = new Map<string, vscode.Uri>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Fires after each render (for tests, which wait on it rather than sleep). */
  readonly onDidChange = this.changed.event;
  /** Renders run asynchronously (a look at the disk): only the latest may show. */
  private generation = 0;

  constructor() {
    this.item.name = 'PlanLens 原文件';
    this.disposables.push(this.item, vscode.window.onDidChangeActiveTextEditor(() => void this.render()));
    void this.render();
  }

  /** The item's text and tooltip as shown (for tests), or undefined when hidden. */
  shown: { text: string; tooltip: string } | undefined;

  remember(target: vscode.Uri, source: vscode.Uri): void {
    this.known.set(target.toString(), source);
    void this.render();
  }

  async sourceOf(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
    const remembered = this.known.get(uri.toString());
    if (remembered) return remembered;
    if (!uri.path.toLowerCase().endsWith(SUFFIX)) return undefined;
    const base = uri.path.slice(0, -SUFFIX.length);
    for (const ext of CONVERTIBLE) {
      const candidate = uri.with({ path: `${base}.${ext}` });
      const found = await vscode.workspace.fs.stat(candidate).then(
        (s) => (s.type & vscode.FileType.File) !== 0,
        () => false,
      );
      if (found) return candidate;
    }
    return undefined;
  }

  private async render(): Promise<void> {
    const generation = ++this.generation;
    const doc = vscode.window.activeTextEditor?.document;
    const source = doc ? await this.sourceOf(doc.uri) : undefined;
    if (generation !== this.generation) return;
    if (!source) {
      this.item.hide();
      this.shown = undefined;
      this.changed.fire();
      return;
    }
    const name = path.basename(source.fsPath || source.path);
    this.item.text = `$(file-symlink-file) 来自 ${name}`;
    this.item.tooltip = `本文本由 ${name} 转换而来（PlanLens: Open as Plan），行号指本文本；保存后留在原文件旁。点击在资源管理器中显示原文件。`;
    this.item.command = { title: '显示原文件', command: 'revealInExplorer', arguments: [source] };
    this.shown = { text: this.item.text, tooltip: this.item.tooltip };
    this.item.show();
    this.changed.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
