/**
 * Helpers for the extension-host tests: where things are, and waiting on VS Code's events (never on
 * sleeps). A wait checks the condition first, then again on every event, and fails with what it
 * was waiting for if the condition does not hold within the limit.
 */
import * as vscode from 'vscode';
import * as fs from 'fs';
import * as path from 'path';

export const EXTENSION_ID = 'planlens.planlens';
export const LANGUAGE_ID = 'policy-plan';
/** The repository (the extension under development): out/test/editor/integration → ../../../.. */
export const ROOT = path.resolve(__dirname, '../../../..');
export const SEED_NAME = '000_8df2462643963b13.txt';

export function workspaceDir(): string {
  const f = vscode.workspace.workspaceFolders?.[0];
  if (!f) throw new Error('no workspace folder: run-integration opens a copy of the seeds');
  return f.uri.fsPath;
}

export function fileUri(name: string): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceDir(), name));
}

/**
 * The seed under another name in the workspace (a .plan copy by default), made on first use.
 * The feature tests read the seed's content through a .plan file so that they test the features
 * whatever becomes of .txt detection, which the activation test covers on its own.
 */
export function seedCopy(name = 'seed.plan'): vscode.Uri {
  const uri = fileUri(name);
  if (!fs.existsSync(uri.fsPath)) fs.copyFileSync(path.join(ROOT, 'seeds', SEED_NAME), uri.fsPath);
  return uri;
}

export function waitFor<T>(
  event: vscode.Event<unknown>,
  condition: () => T | undefined | null | false,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const now = condition();
  if (now) return Promise.resolve(now);
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const sub = event(() => {
      let v: T | undefined | null | false;
      try {
        v = condition();
      } catch (e) {
        clearTimeout(timer);
        sub.dispose();
        reject(e);
        return;
      }
      if (v) {
        clearTimeout(timer);
        sub.dispose();
        resolve(v);
      }
    });
  });
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

/** The PlanLens diagnostics of a document with a code, once some condition on them holds. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  holds: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const ds = vscode.languages.getDiagnostics(uri);
      return holds(ds) ? ds : undefined;
    },
    what,
    timeoutMs,
  );
}

/** Opens a document and waits until VS Code calls it a policy plan. */
export async function openPlan(uri: vscode.Uri): Promise<vscode.TextDocument> {
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  // A language set after opening (first-line detection, or the client setting it) closes and
  // reopens the document model: wait for the reopened one.
  return waitFor(
    vscode.workspace.onDidOpenTextDocument,
    () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === LANGUAGE_ID),
    `${path.basename(uri.fsPath)} to become a ${LANGUAGE_ID} document`,
  );
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** Splits CSV text (RFC 4180: quotes, doubled quotes, CRLF or LF; a leading BOM) into rows. */
export function parseCsv(text: string): string[][] {
  const s = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f !== ''));
}
