/**
 * The comparison view's document, as a pure function (no `vscode`), so that its safety can be
 * tested on its own: a Content-Security-Policy that allows nothing but one stylesheet and one
 * script, both carrying a fresh nonce; no remote resources; every piece of plan text escaped (the
 * report body arrives escaped from the server's renderer, the titles are escaped here); colours
 * from VS Code's theme variables, so light, dark and high-contrast themes all read well.
 *
 * The script is the only one in the page: it posts {type:'reveal', side, line} when a row is
 * clicked (the extension opens that line in the lower or upper plan), {type:'swap'} for the
 * button, and replaces the report when the extension posts a re-run (keeping the scroll place).
 */
import { randomBytes } from 'node:crypto';
import { webviewDocument } from './webview-document';

export interface ComparisonViewInput {
  /** The report's HTML from planlens/compare: escaped by the server's renderer. */
  body: string;
  /** The report's stylesheet from planlens/compare. */
  css: string;
  nonce: string;
  /** How the two plans are named in the toolbar (plain text: escaped here). */
  lowerLabel: string;
  upperLabel: string;
}

/** Messages the view's script posts. */
export type ViewMessage = { type: 'reveal'; side: 'lower' | 'upper'; line: number; focus: boolean } | { type: 'swap' };

/** Messages the extension posts to the view. */
export interface UpdateMessage {
  type: 'update';
  body: string;
  lowerLabel: string;
  upperLabel: string;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** 32 URL-safe random characters: a nonce is only worth its unpredictability. */
export function makeNonce(): string {
  return randomBytes(24).toString('base64url');
}

/** Nothing may load or run but the page's own stylesheet and script (no images, fonts, fetches). */
export function viewCsp(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`;
}

/** A plan as the toolbar and the panel's title name it: 《title》, else the file name. */
export function planLabel(title: string | null, name: string): string {
  return title ? `《${title}》` : name;
}

/** The panel's tab title, short enough to read: 对照：江西省碳达峰实施方案 ↔ 2030年前碳达峰行动方案. */
export function panelTitle(lower: { title: string | null; name: string }, upper: { title: string | null; name: string }): string {
  const short = (s: string) => (s.length > 16 ? s.slice(0, 15) + '…' : s);
  return `对照：${short(lower.title ?? lower.name)} ↔ ${short(upper.title ?? upper.name)}`;
}

/**
 * The report's own colours (its light and dark palettes) replaced by the theme's, so that the
 * view follows whatever theme VS Code shows, high contrast included. The fallbacks keep a colour
 * where a theme leaves a variable unset.
 */
export const THEME_CSS = `
body { margin: 0; padding: 0; color: var(--vscode-editor-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); }
body .planlens-compare {
  --bg: var(--vscode-editor-background); --fg: var(--vscode-editor-foreground);
  --muted: var(--vscode-descriptionForeground); --line: var(--vscode-editorWidget-border, var(--vscode-panel-border, #8888));
  --head: var(--vscode-editorWidget-background, transparent); --row: var(--vscode-editor-background);
  --weaker: var(--vscode-errorForeground); --weaker-bg: var(--vscode-diffEditor-removedTextBackground, transparent);
  --warn: var(--vscode-editorWarning-foreground); --warn-bg: var(--vscode-inputValidation-warningBackground, transparent);
  --good: var(--vscode-testing-iconPassed, var(--vscode-editor-foreground)); --good-bg: var(--vscode-diffEditor-insertedTextBackground, transparent);
  --info: var(--vscode-editorInfo-foreground); --info-bg: var(--vscode-inputValidation-infoBackground, transparent);
  --none-bg: var(--vscode-editorWidget-background, transparent);
  font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); max-width: none; padding-top: 8px;
}
body .planlens-compare tr.jump { cursor: pointer; }
body .planlens-compare tr.jump:hover td { background: var(--vscode-list-hoverBackground); }
body .planlens-compare tr.jump:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
body.vscode-high-contrast .planlens-compare .badge, body.vscode-high-contrast-light .planlens-compare .badge { border: 1px solid var(--vscode-contrastBorder); }
.planlens-toolbar {
  position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; align-items: center; gap: 6px 12px;
  padding: 6px 24px; background: var(--vscode-editor-background); border-bottom: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border, #8888));
}
.planlens-toolbar .role { color: var(--vscode-descriptionForeground); }
.planlens-toolbar .hint { flex-basis: 100%; color: var(--vscode-descriptionForeground); font-size: 12px; }
.planlens-toolbar button {
  font: inherit; color: var(--vscode-button-foreground); background: var(--vscode-button-background);
  border: 1px solid var(--vscode-button-border, transparent); border-radius: 2px; padding: 2px 10px; cursor: pointer;
}
.planlens-toolbar button:hover { background: var(--vscode-button-hoverBackground); }
.planlens-toolbar button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
`;

/**
 * The view's script. Which plan a click means: the cell's side (the report marks section cells
 * l / r; other tables say it in their column header), else whichever side the row has a line for.
 */
export const VIEW_SCRIPT = `
(() => {
  const vscode = acquireVsCodeApi();
  const report = document.getElementById('report');
  const ROWS = 'tr[data-left-line], tr[data-right-line]';
  const mark = () => {
    for (const row of report.querySelectorAll(ROWS)) {
      row.tabIndex = 0;
      row.classList.add('jump');
    }
  };
  const sideOf = (row, cell) => {
    let side = null;
    if (cell) {
      if (cell.classList.contains('l')) side = 'lower';
      else if (cell.classList.contains('r')) side = 'upper';
      else {
        const table = cell.closest('table');
        const th = table && table.tHead && table.tHead.rows[0] ? table.tHead.rows[0].cells[cell.cellIndex] : null;
        const head = th ? th.textContent.trim() : '';
        if (head.startsWith('上级')) side = 'upper';
        else if (head.startsWith('本方案')) side = 'lower';
      }
    }
    const has = (s) => row.hasAttribute(s === 'lower' ? 'data-left-line' : 'data-right-line');
    if (side && has(side)) return side;
    return has('lower') ? 'lower' : 'upper';
  };
  const jump = (row, cell, focus) => {
    const side = sideOf(row, cell);
    const line = Number(row.getAttribute(side === 'lower' ? 'data-left-line' : 'data-right-line'));
    vscode.postMessage({ type: 'reveal', side, line, focus });
  };
  const target = (e) => (e.target instanceof Element ? e.target : null);
  document.addEventListener('click', (e) => {
    const t = target(e);
    if (!t) return;
    if (t.closest('#swap')) return vscode.postMessage({ type: 'swap' });
    const row = t.closest(ROWS);
    if (row) jump(row, t.closest('td'), false);
  });
  document.addEventListener('dblclick', (e) => {
    const t = target(e);
    const row = t && t.closest(ROWS);
    if (row) jump(row, t.closest('td'), true);
  });
  document.addEventListener('keydown', (e) => {
    const t = target(e);
    const row = e.key === 'Enter' && t ? t.closest(ROWS) : null;
    if (row) jump(row, null, true);
  });
  window.addEventListener('message', (e) => {
    const m = e.data;
    if (!m || m.type !== 'update') return;
    report.innerHTML = m.body;
    document.getElementById('lower-label').textContent = m.lowerLabel;
    document.getElementById('upper-label').textContent = m.upperLabel;
    mark();
  });
  mark();
})();
`;

export function comparisonViewHtml(input: ComparisonViewInput): string {
  const toolbar = [
    '<header class="planlens-toolbar">',
    `<span><span class="role">本方案（下级）：</span><b id="lower-label">${escapeHtml(input.lowerLabel)}</b></span>`,
    '<button id="swap" type="button" title="交换上下级：以上级方案为本方案重新比较">⇄ 交换上下级</button>',
    `<span><span class="role">上级方案：</span><b id="upper-label">${escapeHtml(input.upperLabel)}</b></span>`,
    '<span class="hint">单击表格中的行，在编辑器中显示对应位置；双击或按 Enter 同时转到编辑器。</span>',
    '</header>',
  ].join('\n');
  return webviewDocument({ title: '方案对照', css: input.css + THEME_CSS, nonce: input.nonce, body: `${toolbar}\n<main id="report">${input.body}</main>`, script: VIEW_SCRIPT });
}

/** A message from the view, checked: the page is ours, but nothing it sends is trusted blindly. */
export function parseViewMessage(m: unknown): ViewMessage | undefined {
  if (typeof m !== 'object' || m === null) return undefined;
  const o = m as Record<string, unknown>;
  if (o.type === 'swap') return { type: 'swap' };
  if (o.type !== 'reveal' || (o.side !== 'lower' && o.side !== 'upper')) return undefined;
  if (typeof o.line !== 'number' || !Number.isInteger(o.line) || o.line < 0) return undefined;
  return { type: 'reveal', side: o.side, line: o.line, focus: o.focus === true };
}
