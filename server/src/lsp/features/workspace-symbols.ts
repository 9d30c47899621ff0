/**
 * Workspace symbols over every plan: its tasks, its targets (named by indicator) and the agencies
 * its clauses name. `planSymbols` lists one plan's symbols once per analysis (the workspace index
 * keeps them per file); `filterSymbols` answers a query: the query's characters in order, case
 * ignored (so 发改委 finds 省发展改革委), contiguous matches first.
 */
import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver';
import type { PlanAnalysis } from '../../core';
import { heading, planIndex, toRange } from './plan-index';
import { targetValueText } from './target-text';

export function planSymbols(analysis: PlanAnalysis, uri: string, fallbackTitle = ''): WorkspaceSymbol[] {
  const { model } = analysis;
  const index = planIndex(analysis);
  const plan = model.title ?? fallbackTitle;
  const out: WorkspaceSymbol[] = [];
  for (const t of model.tasks) {
    const section = index.sectionById.get(t.id);
    out.push({
      name: t.kind === 'numbered' && section ? heading(section) : t.title,
      kind: SymbolKind.Function,
      containerName: plan,
      location: { uri, range: toRange(analysis, t.headingSpan) },
    });
  }
  for (const t of model.targets) {
    const value = `${t.comparator ?? ''}${targetValueText(t)}${t.year !== null ? `（${t.year}年）` : ''}`;
    out.push({
      name: t.indicator,
      kind: SymbolKind.Constant,
      containerName: plan ? `${value} · ${plan}` : value,
      location: { uri, range: toRange(analysis, t.valueSpan) },
    });
  }
  for (const a of index.agencies.values()) {
    const first = a.mentions[0];
    if (!first) continue;
    const role = `牵头${a.lead.length}项、配合${a.support.length}项`;
    out.push({
      name: a.name,
      kind: SymbolKind.Class,
      containerName: plan ? `${role} · ${plan}` : role,
      location: { uri, range: toRange(analysis, first.span) },
    });
  }
  return out;
}

/** 2 for a contiguous match, 1 for the query's characters in order, 0 for no match. */
export function matchScore(name: string, query: string): number {
  const q = query.replace(/\s+/g, '').toLowerCase();
  if (q === '') return 1;
  const n = name.toLowerCase();
  if (n.includes(q)) return 2;
  const want = [...q];
  let i = 0;
  for (const c of n) if (c === want[i] && ++i === want.length) return 1;
  return 0;
}

export function filterSymbols(symbols: Iterable<WorkspaceSymbol>, query: string, limit = 1000): WorkspaceSymbol[] {
  const exact: WorkspaceSymbol[] = [];
  const loose: WorkspaceSymbol[] = [];
  for (const s of symbols) {
    const score = matchScore(s.name, query);
    if (score === 2) exact.push(s);
    else if (score === 1) loose.push(s);
    if (exact.length >= limit) break;
  }
  return [...exact, ...loose].slice(0, limit);
}
