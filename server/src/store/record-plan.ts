/**
 * One analysed plan as the rows of the index (runs in the worker). The counts are the analysis's
 * own (planCounts, the same the analyze JSON's `stats` gives) and each list is the model's list,
 * so the index says what `planlens analyze` says about the same file.
 */
import { planCounts, type PlanAnalysis, type Section } from '../core';
import { agencyKey } from '../core/compare/agency-key';
import { indicatorKey } from '../core/compare/indicator-key';
import type { PlanSource } from '../input';
import { issueDate } from './issue-date';
import { jurisdiction } from './jurisdiction';
import type { PlanRecord, SectionRow, TaskAgencyRow } from './plan-record';

/**
 * The indicator key without segmentation: only the key (brackets, scope words and synonyms
 * normalised) is stored, and it does not depend on the words; the segmenter (nodejieba, 1–2 s and
 * ~300 MB to load) would serve only the similarity scores, which a query does not use.
 */
const NO_WORDS = { cut: () => [] };

export function recordPlan(shownAs: string, source: PlanSource, analysis: PlanAnalysis): PlanRecord {
  const { model, lineIndex } = analysis;
  const position = (offset: number) => lineIndex.positionAt(offset);
  const counts = planCounts(analysis);
  const sections: SectionRow[] = [];
  const walk = (list: Section[], parentId: string | null) => {
    for (const s of list) {
      sections.push({ id: s.id, parentId, level: s.level, kind: s.kind, label: s.label, title: s.title, line: s.line, working: s.working });
      walk(s.children, s.id);
    }
  };
  walk(model.outline, null);
  const where = jurisdiction(model.title, model.furniture);
  const tasks = model.tasks.map((t) => {
    const lead = t.agencies?.lead ?? [];
    const support = t.agencies?.support ?? [];
    const agencies: TaskAgencyRow[] = [];
    const seen = new Set<string>();
    for (const [role, names] of [['lead', lead], ['support', support]] as const) {
      for (const name of names) {
        const key = agencyKey(name);
        // One row per agency and task: a lead named twice (in two clauses) leads the task once.
        if (key === '' || seen.has(key)) continue;
        seen.add(key);
        agencies.push({ name, key, role });
      }
    }
    return {
      id: t.id,
      kind: t.kind,
      title: t.title,
      sectionId: t.sectionId,
      line: t.line,
      deadlineYear: t.effectiveDeadline.year,
      deadlineText: t.effectiveDeadline.text,
      deadlineSource: t.effectiveDeadline.source,
      lead,
      support,
      leadSource: t.leadSource,
      agencies,
    };
  });
  const targets = model.targets.map((t) => {
    const at = position(t.span.start);
    return {
      indicator: t.indicator,
      indicatorKey: indicatorKey(t.indicator, NO_WORDS).key || t.indicator,
      value: t.value,
      valueTo: t.valueTo,
      unit: t.unit,
      comparator: t.comparator,
      qualifier: t.qualifier,
      relation: t.relation,
      year: t.year,
      yearSource: t.yearSource,
      baselineYear: t.baselineYear,
      strength: t.strength,
      form: t.form,
      source: t.source,
      endState: t.endState,
      taskId: t.taskId,
      sectionId: t.sectionId,
      line: at.line,
      character: at.character,
      text: t.text,
    };
  });
  const diagnostics = analysis.diagnostics.map((d) => {
    const start = position(d.span.start);
    const end = position(d.span.end);
    return { code: d.code, severity: d.severity, message: d.message, line: start.line, character: start.character, endLine: end.line, endCharacter: end.character };
  });
  return {
    shownAs,
    format: source.format,
    encoding: source.encoding ?? null,
    pages: source.pages ?? null,
    warnings: source.warnings,
    facts: {
      title: model.title,
      level: where.level,
      region: where.region,
      issuer: where.issuer,
      docNumber: where.docNumber,
      issued: issueDate(model.furniture),
      periodStart: model.period.start,
      periodEnd: model.period.end,
      periodSource: model.period.source,
    },
    counts: {
      lines: counts.lines,
      sections: counts.sections,
      tasks: counts.tasks,
      targets: counts.targets,
      clauses: counts.clauses,
      diagnostics: diagnostics.length,
      tasksWithLead: tasks.filter((t) => t.lead.length > 0 || t.leadSource !== 'none').length,
      tasksWithDeadline: tasks.filter((t) => t.deadlineSource !== 'none').length,
    },
    sections,
    tasks,
    targets,
    diagnostics,
  };
}
