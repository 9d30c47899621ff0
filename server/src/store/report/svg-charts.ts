/**
 * Charts as plain SVG, drawn on the server: no charting library, no script, nothing fetched — a
 * page under a CSP that forbids scripts still shows them, printing keeps them sharp, and the
 * colours come from the page's stylesheet (classes, no inline styles), so light and dark themes
 * apply. Three shapes are enough for the report: horizontal bars (one indicator's value across
 * plans), stacked horizontal bars (agency load), grouped columns (targets and tasks per year).
 */
import { escapeHtml as e } from '../../core/compare/escape-html';

export interface Bar {
  label: string;
  /** One value, or stacked parts (drawn in the classes' order). */
  values: number[];
  /** Shown after the bar (the value with its unit). */
  note?: string;
}

const ROW = 20;
const LABEL_WIDTH = 220;
const BAR_WIDTH = 420;
const NOTE_WIDTH = 110;

/** Horizontal bars, one row each; `classes` name the stacked parts (s1, s2 …). */
export function barChart(title: string, bars: readonly Bar[], classes: readonly string[], legend: readonly string[] = []): string {
  const max = Math.max(1e-9, ...bars.map((b) => b.values.reduce((s, v) => s + v, 0)));
  const top = legend.length ? 24 : 4;
  const height = top + bars.length * ROW + 4;
  const width = LABEL_WIDTH + BAR_WIDTH + NOTE_WIDTH;
  const out: string[] = [`<svg class="chart" role="img" aria-label="${e(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`, `<title>${e(title)}</title>`];
  legend.forEach((name, i) => {
    const x = LABEL_WIDTH + i * 110;
    out.push(`<rect class="${classes[i]}" x="${x}" y="6" width="12" height="12"/><text class="axis" x="${x + 16}" y="16">${e(name)}</text>`);
  });
  bars.forEach((b, row) => {
    const y = top + row * ROW;
    out.push(`<text class="label" x="${LABEL_WIDTH - 6}" y="${y + 14}" text-anchor="end">${e(clip(b.label, 16))}</text>`);
    let x = LABEL_WIDTH;
    b.values.forEach((v, i) => {
      const w = (v / max) * BAR_WIDTH;
      if (w > 0) out.push(`<rect class="${classes[i] ?? 's1'}" x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW - 6}"><title>${e(b.label)}：${v}</title></rect>`);
      x += w;
    });
    const note = b.note ?? String(b.values.reduce((s, v) => s + v, 0));
    out.push(`<text class="axis" x="${(x + 4).toFixed(1)}" y="${y + 14}">${e(note)}</text>`);
  });
  out.push('</svg>');
  return out.join('');
}

export interface Column {
  label: string;
  values: number[];
}

/** Grouped columns (one group per label), with a legend. */
export function columnChart(title: string, columns: readonly Column[], classes: readonly string[], legend: readonly string[]): string {
  const groups = columns.length;
  const per = classes.length;
  const groupWidth = Math.max(18, Math.min(48, Math.floor(700 / Math.max(1, groups))));
  const plotHeight = 180;
  const left = 40;
  const width = left + groups * groupWidth + 10;
  const height = plotHeight + 60;
  const max = Math.max(1, ...columns.flatMap((c) => c.values));
  const out: string[] = [`<svg class="chart" role="img" aria-label="${e(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`, `<title>${e(title)}</title>`];
  legend.forEach((name, i) => {
    const x = left + i * 110;
    out.push(`<rect class="${classes[i]}" x="${x}" y="4" width="12" height="12"/><text class="axis" x="${x + 16}" y="14">${e(name)}</text>`);
  });
  const base = 24 + plotHeight;
  out.push(`<line class="grid" x1="${left}" y1="${base}" x2="${width - 10}" y2="${base}"/>`);
  out.push(`<text class="axis" x="${left - 4}" y="32" text-anchor="end">${max}</text><text class="axis" x="${left - 4}" y="${base}" text-anchor="end">0</text>`);
  const barWidth = Math.max(4, (groupWidth - 4) / per);
  columns.forEach((c, g) => {
    const x0 = left + g * groupWidth + 2;
    c.values.forEach((v, i) => {
      const h = (v / max) * plotHeight;
      if (h > 0) out.push(`<rect class="${classes[i]}" x="${(x0 + i * barWidth).toFixed(1)}" y="${(base - h).toFixed(1)}" width="${(barWidth - 1).toFixed(1)}" height="${h.toFixed(1)}"><title>${e(c.label)} ${e(legend[i] ?? '')}：${v}</title></rect>`);
    });
    out.push(`<text class="axis" x="${(x0 + groupWidth / 2 - 2).toFixed(1)}" y="${base + 14}" text-anchor="middle">${e(c.label)}</text>`);
  });
  out.push('</svg>');
  return out.join('');
}

function clip(s: string, n: number): string {
  const chars = [...s];
  return chars.length > n ? chars.slice(0, n - 1).join('') + '…' : s;
}
