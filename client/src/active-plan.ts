/**
 * Which plan the Tasks and Targets views show — the plan in the active editor, kept while another
 * kind of editor (the Output panel, a settings file) is in front — and when to read it again: on
 * a switch of plan, after edits (debounced: the server analyses each version once anyway), and
 * when the PlanLens settings change.
 */
import * as vscode from 'vscode';
import { LANGUAGE_ID } from './language-id';

const EDIT_DEBOUNCE_MS = 300;

export class ActivePlan implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri | undefined>();
  /** Fires with the plan to read again (the same one after an edit, another after a switch). */
  readonly onDidChange = this.changed.event;
  private current: vscode.Uri | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[];

  constructor() {
    this.current = planOf(vscode.window.activeTextEditor);
    this.disposables = [
      vscode.window.onDidChangeActiveTextEditor((e) => {
        const next = planOf(e);
        if (next && next.toString() !== this.current?.toString()) this.set(next);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() !== this.current?.toString() || e.contentChanges.length === 0) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.changed.fire(this.current), EDIT_DEBOUNCE_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.toString() === this.current?.toString()) this.set(planOf(vscode.window.activeTextEditor));
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('planlens')) this.changed.fire(this.current);
      }),
    ];
  }

  get uri(): vscode.Uri | undefined {
    return this.current;
  }

  /** Shows `uri` (a plan opened by a command, or the one a code lens belongs to). */
  set(uri: vscode.Uri | undefined): void {
    this.current = uri;
    this.changed.fire(uri);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function planOf(editor: vscode.TextEditor | undefined): vscode.Uri | undefined {
  return editor?.document.languageId === LANGUAGE_ID ? editor.document.uri : undefined;
}
