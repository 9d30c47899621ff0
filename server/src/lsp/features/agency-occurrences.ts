/**
 * Agencies as symbols: every place a clause (or a row of a task-division table) writes an agency's
 * name, read from the core's name spans — never from the text again. An occurrence carries the
 * name the core reports (aliases applied: 省发改委 → 省发展改革委) and the text as written, so
 * that references and highlights match by name and rename rewrites exactly what is written.
 * Names are compared whole: 市发展改革委 is never an occurrence of 省发展改革委.
 */
import type { AgencyRole, PlanAnalysis, Span } from '../../core';
import { inSpan } from './plan-index';

export interface AgencyOccurrence {
  /** The name as the core reports it (aliases applied, jurisdiction inherited). */
  name: string;
  /** The text under `span`, as the plan writes it. */
  written: string;
  span: Span;
  role: AgencyRole;
}

const cache = new WeakMap<PlanAnalysis, AgencyOccurrence[]>();

/** Every agency occurrence of the plan, in document order (a span listed once per name). */
export function agencyOccurrences(analysis: PlanAnalysis): AgencyOccurrence[] {
  let out = cache.get(analysis);
  if (out) return out;
  out = [];
  const seen = new Set<string>();
  for (const c of analysis.model.clauses) {
    for (const n of c.names) {
      const key = `${n.span.start}:${n.span.end}:${n.name}`;
      if (seen.has(key) || n.span.end <= n.span.start) continue;
      seen.add(key);
      out.push({ name: n.name, written: analysis.text.slice(n.span.start, n.span.end), span: n.span, role: n.role });
    }
  }
  out.sort((a, b) => a.span.start - b.span.start);
  cache.set(analysis, out);
  return out;
}

/** The occurrence under `offset` (the one just before the cursor when it sits at a name's end). */
export function agencyAt(analysis: PlanAnalysis, offset: number): AgencyOccurrence | null {
  const all = agencyOccurrences(analysis);
  return all.find((o) => inSpan(o.span, offset)) ?? all.find((o) => o.span.end === offset) ?? null;
}

export function occurrencesOf(analysis: PlanAnalysis, name: string): AgencyOccurrence[] {
  return agencyOccurrences(analysis).filter((o) => o.name === name);
}

/**
 * What replaces an occurrence when its agency is renamed to `newName`, or null when the written
 * text cannot be rewritten alone (省、市发展改革委 names two agencies in one span). A name written
 * short in a list that inherits its jurisdiction (发展改革委 read as 市发展改革委) stays short.
 */
export function replacementFor(o: AgencyOccurrence, newName: string): string | null {
  if (o.written === o.name || !/[、，,]/.test(o.written)) {
    if (o.written !== o.name && o.name.endsWith(o.written)) {
      const prefix = o.name.slice(0, o.name.length - o.written.length);
      return newName.startsWith(prefix) && newName.length > prefix.length ? newName.slice(prefix.length) : newName;
    }
    return newName;
  }
  return null;
}
