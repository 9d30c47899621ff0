/**
 * "PlanLens: Show Report": the workspace index's report in a webview beside the editor. The report
 * is made by the server (planlens/report); a click on a target's cell or a plan's row opens that
 * plan at that line, the file named by the server (the client never reads the index itself).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { REPORT_REQUEST, type ReportResult } from '../../server/src/lsp/protocol';
import { makeNonce } from './comparison-html';
import { parseReportMessage, reportViewHtml } from './report-view-html';

export interface ReportState {
  html: string;
  /** Stored paths the view's rows point to, and their URIs. */
  files: Record<string, string>;
}

export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private files: Record<string, string> = {};

  constructor(private readonly client: LanguageClient) {}

  async show(): Promise<ReportState | undefined> {
    const result = await this.client.sendRequest<ReportResult>(REPORT_REQUEST, {});
    if ('error' in result) {
      void vscode.window.showWarningMessage(`PlanLens：${result.error}`);
      return undefined;
    }
    this.files = result.files;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('planlens.report', '方案索引报告', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        localResourceRoots: [],
        enableFindWidget: true,
        retainContextWhenHidden: true,
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((m: unknown) =>
        this.handle(m).catch((e: unknown) => void vscode.window.showErrorMessage(`PlanLens 无法打开方案：${e instanceof Error ? e.message : String(e)}`)),
      );
    }
    this.panel.webview.html = reportViewHtml({ body: result.html, css: result.css, nonce: makeNonce() });
    this.panel.reveal(undefined, true);
    return { html: this.panel.webview.html, files: this.files };
  }

  /** What a view's message asks for; exposed so that tests can drive a click. */
  async handle(message: unknown): Promise<vscode.TextEditor | undefined> {
    const m = parseReportMessage(message);
    const uri = m ? this.files[m.path] : undefined;
    if (!m || !uri) return undefined;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const at = new vscode.Position(Math.min(m.line, Math.max(0, doc.lineCount - 1)), m.character);
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preserveFocus: !m.focus, selection: new vscode.Range(at, at) });
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
    return editor;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
