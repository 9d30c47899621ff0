/**
 * Sub- and superscripts back into their line: the 2 of CO₂, the 2.5 of PM₂.₅, the 3 of m³ are
 * smaller runs set below or above the line's baseline, far enough for the line builder to see a
 * row of their own. A small run that sits inside the height of a line of larger text, next to its
 * runs and in a gap between them, belongs to that line, at its place from left to right (CO2,
 * PM2.5, m3 — as the references and the analysis write them).
 */
import type { TextItem } from './pdf-items';
import { makeLine, type Line } from './lines';

/** At most this share of the line's size is a script. */
const SCRIPT_SIZE = 0.85;

export function attachScripts(lines: Line[]): Line[] {
  const byY = [...lines].sort((a, b) => a.y - b.y);
  const moved = new Map<Line, TextItem[]>();
  const left = new Map<Line, TextItem[]>();
  for (const line of byY) {
    if (line.items.length > 6) continue;
    const keep: TextItem[] = [];
    for (const it of line.items) {
      const host = scriptHost(it, byY, line);
      if (host) {
        const list = moved.get(host) ?? [];
        list.push(it);
        moved.set(host, list);
      } else keep.push(it);
    }
    if (keep.length !== line.items.length) left.set(line, keep);
  }
  if (!moved.size) return lines;
  const out: Line[] = [];
  for (const line of lines) {
    const items = left.get(line) ?? line.items;
    const extra = moved.get(line) ?? [];
    if (!items.length && !extra.length) continue;
    if (!extra.length && items === line.items) out.push(line);
    else if (items.length || extra.length) out.push(makeLine(line.page, [...items, ...extra]));
  }
  return out.filter((l) => l.items.length);
}

function scriptHost(it: TextItem, lines: Line[], own: Line): Line | undefined {
  const text = it.text.trim();
  if (!text || [...text].length > 4) return undefined;
  let best: Line | undefined;
  let bestD = Infinity;
  for (const l of lines) {
    if (l === own || it.size > l.size * SCRIPT_SIZE) continue;
    // Baseline between the line's top and a little under its baseline.
    if (it.y < l.y - 0.9 * l.size || it.y > l.y + 0.45 * l.size) continue;
    // Next to the line's runs, in a gap (never on top of its text).
    if (it.x < l.x0 - 0.5 * l.size || it.x > l.x1 + 0.6 * l.size) continue;
    if (l.items.some((r) => Math.min(r.x + r.width, it.x + it.width) - Math.max(r.x, it.x) > 0.5 * it.width)) continue;
    const d = Math.abs(it.y - l.y);
    if (d < bestD) [best, bestD] = [l, d];
  }
  // Already the script of the larger text of its own line, and set closer to that text than to
  // the other line's (PM₂.₅ in a wrapped table cell, the next row's cells just below; a note's
  // mark after 不达标 of the row below a wrapped cell goes down to it).
  const home = it.size <= own.size * SCRIPT_SIZE && it.y >= own.y - 0.9 * own.size && it.y <= own.y + 0.45 * own.size;
  if (best && home && gapTo(own, it) <= gapTo(best, it)) return undefined;
  return best;
}

/** The horizontal distance from an item to the nearest other run of a line. */
function gapTo(line: Line, it: TextItem): number {
  let gap = Infinity;
  for (const r of line.items) {
    if (r === it) continue;
    gap = Math.min(gap, Math.max(0, it.x - (r.x + r.width), r.x - (it.x + it.width)));
  }
  return gap;
}
