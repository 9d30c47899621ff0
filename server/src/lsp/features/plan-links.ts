/**
 * Links inside a plan: 见附件2 and （详见专栏3） to the annex or box they name, 《XX实施方案》 to that
 * plan when it is in the workspace — as document links (Ctrl+click) and as go to definition.
 * The references are the core's (`model.references`); only a cited document's file is found here,
 * among the workspace's plans, by its title.
 */
import type { DocumentLink, Location, Position } from 'vscode-languageserver';
import type { CrossReference, PlanAnalysis } from '../../core';
import type { PlanDigest } from './plan-digest';
import { heading, inSpan, planIndex, toRange } from './plan-index';

const START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Titles compared without spaces, quotes and the brackets of a year: 《江西省碳达峰实施方案》. */
export function titleKey(title: string): string {
  return title.replace(/[\s“”"'‘’《》]/g, '');
}

interface Resolved {
  reference: CrossReference;
  location: Location;
  tooltip: string;
}

function resolve(analysis: PlanAnalysis, uri: string, others: readonly PlanDigest[]): Resolved[] {
  const index = planIndex(analysis);
  const byTitle = new Map<string, PlanDigest>();
  for (const d of others) if (d.uri !== uri) byTitle.set(titleKey(d.title), d);
  const own = analysis.model.title ? titleKey(analysis.model.title) : null;
  const out: Resolved[] = [];
  for (const r of analysis.model.references) {
    if (r.kind === 'document') {
      const key = titleKey(r.title ?? '');
      const d = key !== own ? byTitle.get(key) : undefined;
      if (d) out.push({ reference: r, location: { uri: d.uri, range: START }, tooltip: `打开《${d.title}》` });
    } else if (r.sectionId !== null) {
      const s = index.sectionById.get(r.sectionId);
      if (s) out.push({ reference: r, location: { uri, range: toRange(analysis, s.headingSpan) }, tooltip: `跳到${heading(s)}` });
    }
  }
  return out;
}

export function planLinks(analysis: PlanAnalysis, uri: string, others: readonly PlanDigest[] = []): DocumentLink[] {
  return resolve(analysis, uri, others).map(({ reference, location, tooltip }) => {
    const { line, character } = location.range.start;
    // VS Code opens file:///…#L12,3 at that line and column; other clients open the file.
    const target = location.uri === uri ? `${uri}#L${line + 1},${character + 1}` : location.uri;
    return { range: toRange(analysis, reference.span), target, tooltip };
  });
}

/** Whether a 《…》 is under the cursor (the one reference that needs the workspace). */
export function documentReferenceAt(analysis: PlanAnalysis, position: Position): boolean {
  const offset = analysis.lineIndex.offsetAt(position);
  return analysis.model.references.some((r) => r.kind === 'document' && inSpan(r.span, offset));
}

export function planDefinition(analysis: PlanAnalysis, uri: string, position: Position, others: readonly PlanDigest[] = []): Location[] | null {
  const offset = analysis.lineIndex.offsetAt(position);
  const hit = resolve(analysis, uri, others).find((r) => inSpan(r.reference.span, offset));
  return hit ? [hit.location] : null;
}
