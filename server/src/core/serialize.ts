/**
 * The JSON shape of an analysis (documented in the README): offsets become LSP ranges — 0-based
 * lines and UTF-16 characters — once, here.
 */
import type { PlanAnalysis } from './analyze';
import type { AgencyClause, Section, Span, Target, Task } from './model/types';
import type { Range } from './text/line-index';

export interface SectionJson {
  id: string;
  level: number;
  kind: string;
  label: string;
  number: number | null;
  title: string;
  working: boolean;
  range: Range;
  selectionRange: Range;
  children: SectionJson[];
}

export interface FileJson {
  path: string;
  title: string | null;
  outline: SectionJson[];
  tasks: unknown[];
  targets: unknown[];
  diagnostics: unknown[];
  furniture: unknown[];
  stats: { sections: number; tasks: number; targets: number; clauses: number; lines: number };
  /** The plan's period (the default year of its targets and tasks). */
  period: { start: number | null; end: number | null; source: string | null };
  /** `division` for a task-division plan (分工方案, 任务清单), where every task needs its own time. */
  mode: 'normal' | 'division';
  /** Every quantity with PlanLens's verdict and reason (only with the `explain` option). */
  quantities?: Array<{ text: string; verdict: string; reason: string; range: Range; target: number | null }>;
  /** Diagnostics whose quick fix was left out because the file's fixes passed FIX_EDIT_BUDGET. */
  fixesOmitted?: number;
}

/**
 * Edits of quick fixes written per file. A renumbering fix edits every later sibling, so a plan
 * with thousands of misnumbered headings would have quadratically many edits (28 572 gaps came to
 * gigabytes); past the budget, later diagnostics are written without their fix, and the file says
 * how many.
 */
export const FIX_EDIT_BUDGET = 20_000;

export type PlanCounts = FileJson['stats'];

/** The counts a summary line shows, without serialising anything. */
export function planCounts({ model }: PlanAnalysis): PlanCounts {
  let sections = 0;
  const count = (list: Section[]) => {
    for (const s of list) {
      sections++;
      count(s.children);
    }
  };
  count(model.outline);
  return { sections, tasks: model.tasks.length, targets: model.targets.length, clauses: model.clauses.length, lines: model.lineCount };
}

export interface JsonOptions {
  /** Add `quantities`: every number of the text with its verdict and reason (why it is or is not a target). */
  explain?: boolean;
}

export function toJson(path: string, analysis: PlanAnalysis, options: JsonOptions = {}): FileJson {
  const { model, lineIndex } = analysis;
  const range = (s: Span): Range => lineIndex.range(s.start, s.end);
  const section = (s: Section): SectionJson => ({
    id: s.id,
    level: s.level,
    kind: s.kind,
    label: s.label,
    number: s.number,
    title: s.title,
    working: s.working,
    range: range(s.span),
    selectionRange: range(s.headingSpan),
    children: s.children.map(section),
  });
  const clause = (c: AgencyClause) => ({
    lead: c.lead,
    support: c.support,
    implementers: c.implementers,
    text: c.text,
    convention: c.convention,
    deadline: c.deadlineText,
    range: range(c.span),
  });
  const task = (t: Task) => ({
    id: t.id,
    kind: t.kind,
    title: t.title,
    sectionId: t.sectionId,
    range: range(t.span),
    selectionRange: range(t.headingSpan),
    deadlines: t.deadlines.map((d) => ({ text: d.text, year: d.year, range: range(d.span) })),
    agencies: t.agencies,
    clauses: t.clauses.map(clause),
    inheritedImplementers: t.inheritedImplementers,
    effectiveDeadline: { source: t.effectiveDeadline.source, year: t.effectiveDeadline.year, text: t.effectiveDeadline.text },
    leadSource: t.leadSource,
    work: t.work,
    targets: t.targetIndices,
  });
  const target = (t: Target) => ({
    text: t.text,
    indicator: t.indicator,
    value: t.value,
    valueTo: t.valueTo,
    unit: t.unit,
    comparator: t.comparator,
    qualifier: t.qualifier,
    year: t.year,
    deadline: t.deadlineText,
    baselineYear: t.baselineYear,
    strength: t.strength,
    taskId: t.taskId,
    sectionId: t.sectionId,
    source: t.source,
    form: t.form,
    relation: t.relation,
    yearSource: t.yearSource,
    endState: t.endState,
    range: range(t.span),
    valueRange: range(t.valueSpan),
  });
  let editsLeft = FIX_EDIT_BUDGET;
  let fixesOmitted = 0;
  const fix = (d: PlanAnalysis['diagnostics'][number]) => {
    if (editsLeft <= 0) {
      // Not even computed: a fix is built lazily, and building it is what costs.
      if ('fix' in d) fixesOmitted++;
      return undefined;
    }
    const f = d.fix;
    if (!f) return undefined;
    editsLeft -= f.edits.length;
    if (editsLeft < 0) {
      fixesOmitted++;
      return undefined;
    }
    return { title: f.title, edits: f.edits.map((e) => ({ range: range(e.span), newText: e.newText })) };
  };
  const diagnostics = analysis.diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    message: d.message,
    range: range(d.span),
    related: d.related?.map((r) => ({ message: r.message, range: range(r.span) })),
    fix: fix(d),
  }));
  return {
    path,
    title: model.title,
    outline: model.outline.map(section),
    tasks: model.tasks.map(task),
    targets: model.targets.map(target),
    diagnostics,
    furniture: model.furniture.map((f) => ({ kind: f.kind, line: f.line, text: f.text })),
    ...(fixesOmitted > 0 ? { fixesOmitted } : {}),
    period: { start: model.period.start, end: model.period.end, source: model.period.source },
    mode: model.mode,
    ...(options.explain
      ? { quantities: model.quantities.map((q) => ({ text: q.text, verdict: q.verdict, reason: q.reason, range: range(q.span), target: q.targetIndex })) }
      : {}),
    // Last: a reader can take the counts from the end of a 100 MB entry without parsing it.
    stats: planCounts(analysis),
  };
}
