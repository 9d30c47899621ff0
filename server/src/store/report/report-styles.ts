/**
 * The report's stylesheet: light and dark by prefers-color-scheme (a VS Code webview's theme
 * classes too), print rules (tables break between rows, charts keep their colours), no remote
 * fonts. Chart colours are classes here, so the SVG needs no inline styles.
 */
export const REPORT_CSS = `
.planlens-report {
  --bg: #ffffff; --fg: #1f2328; --muted: #656d76; --line: #d0d7de; --head: #f6f8fa; --hover: #eef4ff;
  --s1: #0969da; --s2: #8fbff5; --s3: #bf8700; --low: #cf222e; --high: #1a7f37;
  color: var(--fg); background: var(--bg);
  font: 14px/1.5 -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  max-width: 1400px; margin: 0 auto; padding: 16px 24px 48px;
}
@media (prefers-color-scheme: dark) {
  .planlens-report {
    --bg: #0d1117; --fg: #e6edf3; --muted: #8d96a0; --line: #30363d; --head: #161b22; --hover: #1c2940;
    --s1: #58a6ff; --s2: #1f4f85; --s3: #d29922; --low: #ff7b72; --high: #3fb950;
  }
}
body.vscode-dark .planlens-report, body.vscode-high-contrast .planlens-report {
  --bg: #0d1117; --fg: #e6edf3; --muted: #8d96a0; --line: #30363d; --head: #161b22; --hover: #1c2940;
  --s1: #58a6ff; --s2: #1f4f85; --s3: #d29922; --low: #ff7b72; --high: #3fb950;
}
body.vscode-light .planlens-report {
  --bg: #ffffff; --fg: #1f2328; --muted: #656d76; --line: #d0d7de; --head: #f6f8fa; --hover: #eef4ff;
  --s1: #0969da; --s2: #8fbff5; --s3: #bf8700; --low: #cf222e; --high: #1a7f37;
}
.planlens-report h1 { font-size: 20px; margin: 8px 0 4px; }
.planlens-report h2 { font-size: 16px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
.planlens-report .meta, .planlens-report .hint { color: var(--muted); margin: 2px 0; }
.planlens-report .cards { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0; }
.planlens-report .card { border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; background: var(--head); }
.planlens-report .card b { display: block; font-size: 18px; }
.planlens-report .scroll { overflow-x: auto; }
.planlens-report table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
.planlens-report th, .planlens-report td { border: 1px solid var(--line); padding: 3px 6px; text-align: left; vertical-align: top; }
.planlens-report th { background: var(--head); font-weight: 600; position: sticky; top: 0; }
.planlens-report td.n { text-align: right; white-space: nowrap; }
.planlens-report td.cell, .planlens-report td.region { white-space: nowrap; }
.planlens-report table.matrix td:first-child, .planlens-report table.quality td:first-child { min-width: 16em; }
.planlens-report td.cell .y { color: var(--muted); font-size: 12px; margin-left: 3px; }
.planlens-report td.low { color: var(--low); }
.planlens-report td.high { color: var(--high); }
.planlens-report .none { color: var(--muted); }
.planlens-report .path { color: var(--muted); font-size: 12px; display: block; }
.planlens-report tr.spread td { background: var(--head); color: var(--muted); font-size: 12px; }
.planlens-report [data-line] { cursor: default; }
.planlens-report.linked [data-line] { cursor: pointer; }
.planlens-report.linked [data-line]:hover { background: var(--hover); }
.planlens-report meter { width: 70px; vertical-align: middle; }
.planlens-report .charts { display: flex; flex-wrap: wrap; gap: 16px; }
.planlens-report figure { margin: 8px 0; }
.planlens-report figcaption { color: var(--muted); font-size: 12px; }
.planlens-report svg.chart { max-width: 100%; height: auto; }
.planlens-report svg .s1 { fill: var(--s1); }
.planlens-report svg .s2 { fill: var(--s2); }
.planlens-report svg .s3 { fill: var(--s3); }
.planlens-report svg .grid { stroke: var(--line); }
.planlens-report svg text { fill: var(--fg); font-size: 12px; }
.planlens-report svg text.axis { fill: var(--muted); font-size: 11px; }
.planlens-report footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
@media print {
  .planlens-report { max-width: none; padding: 0; font-size: 11px; }
  .planlens-report th { position: static; }
  .planlens-report tr, .planlens-report figure { break-inside: avoid; }
  .planlens-report h2 { break-after: avoid; }
  .planlens-report .scroll { overflow: visible; }
  .planlens-report svg * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

/** For the standalone page only (a webview keeps its own body colours). */
export const REPORT_PAGE_CSS = `
html, body { margin: 0; background: #ffffff; }
@media (prefers-color-scheme: dark) { html, body { background: #0d1117; } }
`;
