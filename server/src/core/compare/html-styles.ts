/**
 * The report's stylesheet: light and dark themes by prefers-color-scheme, no remote fonts or
 * images. Exported on its own so that the VS Code webview can load it under its own CSP nonce.
 */
export const COMPARISON_CSS = `
.planlens-compare {
  --bg: #ffffff; --fg: #1f2328; --muted: #656d76; --line: #d0d7de; --head: #f6f8fa; --row: #fbfcfd;
  --weaker: #cf222e; --weaker-bg: #ffebe9; --warn: #9a6700; --warn-bg: #fff8c5; --good: #1a7f37; --good-bg: #dafbe1;
  --info: #0969da; --info-bg: #ddf4ff; --none-bg: #eaeef2;
  color: var(--fg); background: var(--bg);
  font: 14px/1.55 -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  max-width: 1200px; margin: 0 auto; padding: 16px 24px 48px;
}
@media (prefers-color-scheme: dark) {
  .planlens-compare {
    --bg: #0d1117; --fg: #e6edf3; --muted: #8d96a0; --line: #30363d; --head: #161b22; --row: #11161d;
    --weaker: #ff7b72; --weaker-bg: #3c1618; --warn: #d29922; --warn-bg: #3a2e10; --good: #3fb950; --good-bg: #12301c;
    --info: #58a6ff; --info-bg: #102a44; --none-bg: #21262d;
  }
}
.planlens-compare h1 { font-size: 20px; margin: 8px 0 4px; }
.planlens-compare h2 { font-size: 16px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
.planlens-compare .meta { color: var(--muted); margin: 2px 0; }
.planlens-compare .note { color: var(--warn); background: var(--warn-bg); padding: 6px 10px; border-radius: 6px; }
.planlens-compare .cards { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0; }
.planlens-compare .card { border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; background: var(--head); }
.planlens-compare .card b { display: block; font-size: 18px; }
.planlens-compare table { border-collapse: collapse; width: 100%; }
.planlens-compare th, .planlens-compare td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
.planlens-compare th { background: var(--head); font-weight: 600; }
.planlens-compare tr.task td { background: var(--row); color: var(--muted); }
.planlens-compare tr.task td.l, .planlens-compare tr.task td.r { padding-left: 24px; }
.planlens-compare .id { color: var(--muted); font-variant-numeric: tabular-nums; margin-right: 4px; }
.planlens-compare .none { color: var(--muted); font-style: italic; }
.planlens-compare td.score { white-space: nowrap; font-variant-numeric: tabular-nums; }
.planlens-compare meter { width: 60px; vertical-align: middle; }
.planlens-compare .badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; white-space: nowrap; background: var(--none-bg); }
.planlens-compare .f-weaker { color: var(--weaker); background: var(--weaker-bg); font-weight: 600; }
.planlens-compare .f-missing-year, .planlens-compare .f-right-only, .planlens-compare .f-unit-mismatch, .planlens-compare .f-baseline-differs { color: var(--warn); background: var(--warn-bg); }
.planlens-compare .f-stronger, .planlens-compare .f-equal { color: var(--good); background: var(--good-bg); }
.planlens-compare .f-unquantified, .planlens-compare .f-scale-differs { color: var(--info); background: var(--info-bg); }
.planlens-compare tr[data-left-line], .planlens-compare tr[data-right-line] { cursor: default; }
.planlens-compare footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
`;

/** For the standalone page only (a webview keeps its own body colours). */
export const PAGE_CSS = `
html, body { margin: 0; background: #ffffff; }
@media (prefers-color-scheme: dark) { html, body { background: #0d1117; } }
`;
