/**
 * Plans saved as .txt. VS Code maps .txt to plain text by extension, and an extension match
 * always wins over a language's firstLine pattern, so `firstLine` alone never claims a .txt file.
 * This detector does: a plain-text document whose first line names a 方案/规划/意见/计划/纲要
 * is switched to policy-plan, once per document and session (a user who switches it back keeps
 * plain text), unless planlens.detectPlainTextPlans is off.
 */
import * as vscode from 'vscode';
import { PLAN_FIRST_LINE } from '../../server/src/lsp/plan-files';
import { LANGUAGE_ID } from './language-id';

export function registerPlanDetector(): vscode.Disposable {
  const switched = new Set<string>();
  const consider = (doc: vscode.TextDocument) => {
    if (doc.languageId !== 'plaintext' || (doc.uri.scheme !== 'file' && doc.uri.scheme !== 'untitled')) return;
    if (doc.lineCount === 0 || switched.has(doc.uri.toString())) return;
    if (!vscode.workspace.getConfiguration('planlens', doc).get<boolean>('detectPlainTextPlans', true)) return;
    const first = doc.lineAt(0).text.replace(/^\uFEFF/, '');
    if (!PLAN_FIRST_LINE.test(first)) return;
    switched.add(doc.uri.toString());
    void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  };
  for (const doc of vscode.workspace.textDocuments) consider(doc);
  return vscode.workspace.onDidOpenTextDocument(consider);
}
