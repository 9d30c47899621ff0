/** Every target of a plan with its task, agencies and place: what "Export targets" writes. */
import type { PlanAnalysis } from '../../core';
import type { TargetRow } from '../protocol';
import { planIndex, sectionPath } from './plan-index';
import { targetValueText } from './target-text';

export function targetRows(analysis: PlanAnalysis): TargetRow[] {
  const index = planIndex(analysis);
  return analysis.model.targets.map((t) => {
    const task = t.taskId ? index.taskById.get(t.taskId) : undefined;
    const section = t.sectionId ? index.sectionById.get(t.sectionId) : undefined;
    return {
      indicator: t.indicator,
      comparator: t.comparator,
      value: t.value,
      valueTo: t.valueTo,
      unit: t.unit,
      qualifier: t.qualifier,
      valueText: targetValueText(t),
      year: t.year,
      deadline: t.deadlineText,
      baselineYear: t.baselineYear,
      strength: t.strength,
      taskId: task?.id ?? null,
      taskTitle: task?.title ?? null,
      lead: task?.agencies?.lead ?? [],
      support: task?.agencies?.support ?? [],
      sectionId: t.sectionId,
      sectionPath: sectionPath(section),
      source: t.source,
      line: analysis.lineIndex.positionAt(t.span.start).line + 1,
      text: t.text,
    };
  });
}
