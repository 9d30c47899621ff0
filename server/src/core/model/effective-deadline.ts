/**
 * A task's effective deadline: the time requirement a reader would say the task has, and where it
 * is found — first that applies:
 *
 * - `own`: its own text (到2025年, 2023年底前, “十四五”期间, 完成期限：…, 限期2022年内完成);
 * - `table`: its row of a task-division table;
 * - `section`: a lead-in of its action or chapter that governs its tasks (到2025年，…, or a heading
 *   such as 近期（2023年前）重点任务);
 * - `plan-period`: the plan's single period (a “十四五” plan, 2021—2023年 in the title, the one
 *   horizon of its 主要目标; a plan whose goals name 2025 and 2030 gives none);
 * - `recurring` / `ongoing`: a recurrence (每年, 定期) or a standing nature (常态化监管) stated in the
 *   task — when it governs the task's work, not one sentence beside concrete work with no time;
 * - `none`.
 *
 * A year before the plan's own (“十三五”期间, 2020年 in a plan of 2022) is history, not a deadline.
 */
import type { PlanPeriod } from './plan-period';
import { isConcreteWork, readWorks } from './task-nature';
import type { Deadline, EffectiveDeadline, Section, Span, Task } from './types';

export interface DeadlineContext {
  text: string;
  period: PlanPeriod;
  /** The deadlines stated in a section's heading or lead-in (before its first sub-heading). */
  sectionDeadlines: Map<Section, Deadline[]>;
  sectionById: Map<string, Section>;
  /** Spans of the clauses that came from a task-division table row. */
  tableClauseSpans: Set<number>;
}

/** 限期2022年内完成: a year the grammar does not read as a deadline on its own. */
const WITHIN_YEAR = /((?:19|20)\d{2})年内/;

/** “十三五”期间, 到2020年 in a plan of 2022: history. 2021年底前 stays a requirement, if a past one (past-deadline). */
function isHistory(d: Deadline, period: PlanPeriod): boolean {
  return d.year !== null && period.baseYear !== null && d.year < period.baseYear && !/前$/.test(d.text);
}

function of(source: EffectiveDeadline['source'], year: number | null, text: string | null, span: Span | null): EffectiveDeadline {
  return { source, year, text, span };
}

function ownDeadline(t: Task, ctx: DeadlineContext): EffectiveDeadline | null {
  for (const d of t.deadlines) {
    if (isHistory(d, ctx.period)) continue;
    const fromTable = ctx.tableClauseSpans.has(d.span.start) && t.clauses.some((c) => c.span.start === d.span.start && c.deadlineText === d.text);
    return of(fromTable ? 'table' : 'own', d.year, d.text, d.span);
  }
  const within = WITHIN_YEAR.exec(ctx.text.slice(t.span.start, t.span.end));
  if (within && !(ctx.period.baseYear !== null && Number(within[1]) < ctx.period.baseYear)) {
    const start = t.span.start + within.index;
    return of('own', Number(within[1]), within[0], { start, end: start + within[0].length });
  }
  return null;
}

/** The lead-in deadline of the nearest section above the task that states one. */
function sectionDeadline(t: Task, ctx: DeadlineContext): EffectiveDeadline | null {
  const own = ctx.sectionById.get(t.sectionId);
  // A numbered task's own lines are its own text: the sections that govern it are above it.
  let s = t.kind === 'numbered' ? own?.parent : own;
  for (; s; s = s.parent) {
    const d = ctx.sectionDeadlines.get(s)?.find((x) => !isHistory(x, ctx.period));
    if (d) return of('section', d.year, d.text, d.span);
  }
  return null;
}

/** The chapter a task stands in (its outermost section). */
function chapterOf(t: Task, ctx: DeadlineContext): Section | undefined {
  let s = ctx.sectionById.get(t.sectionId);
  while (s?.parent && s.parent.kind !== 'annex') s = s.parent;
  return s;
}

/** Fills each task's effective deadline and the nature of its work. */
export function resolveDeadlines(tasks: Task[], ctx: DeadlineContext): void {
  const { period } = ctx;
  const works = readWorks(ctx.text, tasks.map((t) => t.span));
  for (let k = 0; k < tasks.length; k++) {
    const t = tasks[k];
    const work = works[k];
    const chapter = chapterOf(t, ctx);
    const chapterTitle = chapter && !(t.kind === 'numbered' && chapter.id === t.sectionId) ? chapter.title : '';
    t.work = isConcreteWork(work.score, t.title, chapterTitle, t.targetIndices.length) ? 'concrete' : 'standing';
    const stated = ownDeadline(t, ctx) ?? sectionDeadline(t, ctx);
    if (stated) {
      t.effectiveDeadline = stated;
      continue;
    }
    if (period.end !== null) {
      t.effectiveDeadline = of('plan-period', period.end, null, null);
      continue;
    }
    // A standing regime (常态化监管) governs the task's work; a recurrence (每年, 定期) governs it
    // when what is left without one is not concrete work (定期公布 beside 制定实施方案 does not).
    const rest = isConcreteWork(work.scoreUncovered, t.title, chapterTitle, 0);
    if (work.ongoing) t.effectiveDeadline = of('ongoing', null, work.ongoing, null);
    else if (work.recurring && !rest) t.effectiveDeadline = of('recurring', null, work.recurring, null);
    else t.effectiveDeadline = of('none', null, null, null);
  }
}
