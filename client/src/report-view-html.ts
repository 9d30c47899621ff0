/**
 * The report's webview document (pure, no `vscode` import, so it is tested under mocha): the
 * server's report body under the webview's CSP (one stylesheet and one script, by nonce), the
 * theme's colours instead of the report's own, and a script that turns a click on a cell or row
 * that points into a plan (data-path, data-line) into a message asking to open the plan there.
 */
import { webviewDocument } from './webview-document';

export interface ReportViewInput {
  body: string;
  css: string;
  nonce: string;
}

/** The report's palette taken from the theme, so the view follows whatever theme VS Code shows. */
const THEME_CSS = `
body { margin: 0; padding: 0; color: var(--vscode-editor-foreground); background: var(--vscode-editor-background); }
body .planlens-report {
  --bg: var(--vscode-editor-background); --fg: var(--vscode-editor-foreground);
  --muted: var(--vscode-descriptionForeground); --line: var(--vscode-editorWidget-border, var(--vscode-panel-border, #8888));
  --head: var(--vscode-editorWidget-background, transparent); --hover: var(--vscode-list-hoverBackground);
  font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); max-width: none;
}
`;

export const REPORT_VIEW_SCRIPT = `
(() => {
  const vscode = acquireVsCodeApi();
  const report = document.querySelector('.planlens-report');
  if (report) report.classList.add('linked');
  const open = (el, focus) => {
    const cell = el.closest('[data-line]');
    const withPath = el.closest('[data-path]') || (cell && cell.parentElement && cell.parentElement.querySelector('[data-path]'));
    if (!cell || !withPath) return;
    vscode.postMessage({
      type: 'open',
      path: withPath.getAttribute('data-path'),
      line: Number(cell.getAttribute('data-line')),
      character: Number(cell.getAttribute('data-character') || 0),
      focus,
    });
  };
  document.addEventListener('click', (e) => e.target instanceof Element && open(e.target, false));
  document.addEventListener('dblclick', (e) => e.target instanceof Element && open(e.target, true));
})();
`;

export function reportViewHtml(input: ReportViewInput): string {
  return webviewDocument({ title: '方案索引报告', css: input.css + THEME_CSS, nonce: input.nonce, body: input.body, script: REPORT_VIEW_SCRIPT });
}

export interface OpenMessage {
  type: 'open';
  path: string;
  line: number;
  character: number;
  focus: boolean;
}

/** A message from the view, checked: the page is ours, but nothing it sends is trusted blindly. */
export function parseReportMessage(m: unknown): OpenMessage | undefined {
  if (typeof m !== 'object' || m === null) return undefined;
  const o = m as Record<string, unknown>;
  if (o.type !== 'open' || typeof o.path !== 'string' || o.path === '') return undefined;
  const whole = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  if (!whole(o.line) || !whole(o.character)) return undefined;
  return { type: 'open', path: o.path, line: o.line as number, character: o.character as number, focus: o.focus === true };
}
