/**
 * Lookups every provider needs over one analysis — sections by id, tasks by id, agencies with
 * the tasks they lead and support, section paths — computed once per analysis and cached with
 * it (a WeakMap: the index goes when the analysis does).
 */
import type { Range } from 'vscode-languageserver';
import type { AgencyName, PlanAnalysis, Section, Span, Task } from '../../core';

export interface AgencyEntry {
  name: string;
  lead: Task[];
  support: Task[];
  /** Tasks whose clause names the agency as implementing (各市人民政府负责落实). */
  implement: Task[];
  /** Every place the name is written in a clause. */
  mentions: AgencyName[];
}

export interface PlanIndex {
  /** Sections in document order. */
  sections: Section[];
  sectionById: Map<string, Section>;
  taskById: Map<string, Task>;
  /** Agencies in order of first mention. */
  agencies: Map<string, AgencyEntry>;
}

const cache = new WeakMap<PlanAnalysis, PlanIndex>();

export function planIndex(analysis: PlanAnalysis): PlanIndex {
  let index = cache.get(analysis);
  if (!index) cache.set(analysis, (index = build(analysis)));
  return index;
}

function build(analysis: PlanAnalysis): PlanIndex {
  const { model } = analysis;
  const sections: Section[] = [];
  const walk = (list: Section[]) => {
    for (const s of list) {
      sections.push(s);
      walk(s.children);
    }
  };
  walk(model.outline);
  const sectionById = new Map(sections.map((s) => [s.id, s]));
  const taskById = new Map(model.tasks.map((t) => [t.id, t]));

  const agencies = new Map<string, AgencyEntry>();
  const entry = (name: string) => {
    let e = agencies.get(name);
    if (!e) agencies.set(name, (e = { name, lead: [], support: [], implement: [], mentions: [] }));
    return e;
  };
  for (const c of model.clauses) for (const n of c.names) entry(n.name).mentions.push(n);
  for (const t of model.tasks) {
    const lead = new Set<string>();
    const support = new Set<string>();
    const implement = new Set<string>();
    for (const c of t.clauses) {
      c.lead.forEach((n) => lead.add(n));
      c.support.forEach((n) => support.add(n));
      c.implementers.forEach((n) => implement.add(n));
    }
    // A lead read from the task's sentences or a plan rule (下同) counts as one from a clause does.
    if (t.leadSource === 'body' || t.leadSource === 'plan-rule') {
      t.agencies?.lead.forEach((n) => lead.add(n));
      t.agencies?.support.forEach((n) => support.add(n));
    }
    for (const n of lead) entry(n).lead.push(t);
    for (const n of support) if (!lead.has(n)) entry(n).support.push(t);
    for (const n of implement) if (!lead.has(n) && !support.has(n)) entry(n).implement.push(t);
  }
  return { sections, sectionById, taskById, agencies };
}

export function toRange(analysis: PlanAnalysis, span: Span): Range {
  return analysis.lineIndex.range(span.start, span.end);
}

/** "3、重点任务"-style heading: the label as written, then the title. */
export function heading(s: Section): string {
  return s.title ? `${s.label}${s.title}` : s.label;
}

/** The chain of headings from the chapter down to `s`. */
export function sectionChain(s: Section): Section[] {
  const chain: Section[] = [];
  for (let p: Section | undefined = s; p; p = p.parent) chain.unshift(p);
  return chain;
}

export function sectionPath(s: Section | undefined): string {
  return s ? sectionChain(s).map(heading).join(' › ') : '';
}

/** Whether `offset` lies in `span` (end exclusive; an empty span holds its start). */
export function inSpan(span: Span, offset: number): boolean {
  return offset >= span.start && (offset < span.end || (span.start === span.end && offset === span.start));
}

/** Tasks that belong to a section: its own, and those of its descendants. */
export function tasksUnder(analysis: PlanAnalysis, s: Section): Task[] {
  const prefix = s.id + '.';
  return analysis.model.tasks.filter((t) => t.sectionId === s.id || t.sectionId.startsWith(prefix) || t.id === s.id);
}

/** What a heading is to a reader: the Outline's icon, the code lens's place. */
export type OutlineRole = 'chapter' | 'action' | 'heading' | 'box' | 'annex';

/**
 * A chapter (一、, or the first level inside an annex), an action (the level below a chapter:
 * （一）…行动), a box (专栏), an annex (附件), or a heading further down.
 */
export function outlineRole(s: Section): OutlineRole {
  if (s.kind === 'annex') return 'annex';
  if (s.kind === 'box') return 'box';
  if (isChapter(s)) return 'chapter';
  return s.parent && s.parent.kind !== 'box' && isChapter(s.parent) ? 'action' : 'heading';
}

function isChapter(s: Section): boolean {
  return s.kind !== 'annex' && s.kind !== 'box' && (s.level === 1 || s.parent?.kind === 'annex');
}

/** The index of the first number in ascending `sorted` that is at least `n` (binary search). */
export function firstAtLeast(sorted: readonly number[], n: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
