/**
 * What a worker sends back for one file: the rows of the index for that plan, as plain data that
 * crosses from a worker by structured clone. Never the model or syntax tree. Lines and characters
 * are 0-based (UTF-16), as the analyze JSON gives them, so a row opens the plan where it points.
 */

export interface SectionRow {
  id: string;
  parentId: string | null;
  level: number;
  kind: string;
  label: string;
  title: string;
  line: number;
  working: boolean;
}

export interface TaskAgencyRow {
  /** As written in the plan (省发展改革委). */
  name: string;
  /** Without its level, for counting across plans (see core/compare/agency-key.ts). */
  key: string;
  role: 'lead' | 'support';
}

export interface TaskRow {
  id: string;
  kind: string;
  title: string;
  sectionId: string;
  line: number;
  deadlineYear: number | null;
  deadlineText: string | null;
  deadlineSource: string;
  lead: string[];
  support: string[];
  leadSource: string;
  agencies: TaskAgencyRow[];
}

export interface TargetRow {
  indicator: string;
  indicatorKey: string;
  value: number | null;
  valueTo: number | null;
  unit: string | null;
  comparator: string | null;
  qualifier: string | null;
  relation: string | null;
  year: number | null;
  yearSource: string | null;
  baselineYear: number | null;
  strength: string | null;
  form: string;
  source: string;
  endState: string | null;
  taskId: string | null;
  sectionId: string | null;
  line: number;
  character: number;
  text: string;
}

export interface DiagnosticRow {
  code: string;
  severity: string;
  message: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

export interface PlanFacts {
  title: string | null;
  level: string | null;
  region: string | null;
  issuer: string | null;
  docNumber: string | null;
  /** YYYY-MM-DD, or YYYY-MM when the day is not given. */
  issued: string | null;
  periodStart: number | null;
  periodEnd: number | null;
  periodSource: string | null;
}

export interface PlanCountsRow {
  lines: number;
  sections: number;
  tasks: number;
  targets: number;
  clauses: number;
  diagnostics: number;
  tasksWithLead: number;
  tasksWithDeadline: number;
}

export interface PlanRecord {
  /** As the user named it (for messages). */
  shownAs: string;
  format: string | null;
  encoding: string | null;
  pages: number | null;
  warnings: string[];
  /** Why the file could not be read or analysed; then only the file's identity is stored. */
  error?: string;
  errorCode?: string;
  facts?: PlanFacts;
  counts?: PlanCountsRow;
  sections: SectionRow[];
  tasks: TaskRow[];
  targets: TargetRow[];
  diagnostics: DiagnosticRow[];
}

export function failedRecord(shownAs: string, error: string, errorCode = 'analysis'): PlanRecord {
  return { shownAs, format: null, encoding: null, pages: null, warnings: [], error, errorCode, sections: [], tasks: [], targets: [], diagnostics: [] };
}
