/**
 * What a report shows, read from an index once, for both the page and the workbook: the indicator
 * matrix (plans × the indicators most plans set, value and year per cell, the spread across plans),
 * the quality table (shares of tasks with a lead and with a time requirement), the agency load, the
 * deadline timeline, and the totals.
 */
import { queryAgencies } from '../query/agencies-query';
import type { Database } from '../sqlite';

/** Columns of the indicator matrix; rows and list tables are capped at ROW_LIMIT on the page. */
export const MATRIX_INDICATORS = 12;
export const AGENCY_ROWS = 20;

export interface PlanRef {
  id: number;
  path: string;
  title: string | null;
  level: string | null;
  region: string | null;
}

export interface QualityRow extends PlanRef {
  issued: string | null;
  tasks: number | null;
  withLead: number | null;
  withDeadline: number | null;
  targets: number | null;
  diagnostics: number | null;
  error: string | null;
}

export interface MatrixCell {
  value: number;
  valueTo: number | null;
  unit: string | null;
  relation: string | null;
  year: number | null;
  /** 0-based, in the plan's text: where a row opens the plan. */
  line: number;
  character: number;
}

export interface IndicatorColumn {
  key: string;
  /** Plans that set it. */
  plans: number;
  /** The unit and year most of those plans use: cells in them make the spread. */
  unit: string | null;
  year: number | null;
  min: number | null;
  max: number | null;
  median: number | null;
}

export interface MatrixRow {
  plan: PlanRef;
  cells: Array<MatrixCell | null>;
}

export interface AgencyLoad {
  agency: string;
  led: number;
  supported: number;
  plans: number;
}

export interface YearCount {
  year: number;
  targets: number;
  tasks: number;
}

export interface ReportData {
  database: string;
  generatedAt: string;
  totals: { plans: number; unreadable: number; tasks: number; targets: number; agencies: number; diagnostics: number };
  quality: QualityRow[];
  indicators: IndicatorColumn[];
  matrix: MatrixRow[];
  agencies: AgencyLoad[];
  timeline: YearCount[];
}

/** The totals with their labels, in the order both the page and the workbook show them. */
export function totalsList(d: ReportData): Array<[string, number]> {
  const t = d.totals;
  return [
    ['方案', t.plans],
    ['无法读取', t.unreadable],
    ['任务', t.tasks],
    ['目标指标', t.targets],
    ['单位', t.agencies],
    ['问题', t.diagnostics],
  ];
}

export function readReportData(db: Database, database: string): ReportData {
  const quality = (
    db
      .prepare(
        `SELECT id, path, title, level, region, issued, tasks, targets, diagnostics, error,
                CASE WHEN tasks > 0 THEN 1.0 * tasks_with_lead / tasks END AS withLead,
                CASE WHEN tasks > 0 THEN 1.0 * tasks_with_deadline / tasks END AS withDeadline
         FROM plans ORDER BY error IS NOT NULL, level IS NULL, level, region, path`,
      )
      .all() as QualityRow[]
  );
  const totals = db
    .prepare(
      `SELECT count(*) AS plans, count(error) AS unreadable, coalesce(sum(tasks), 0) AS tasks, coalesce(sum(targets), 0) AS targets,
              (SELECT count(*) FROM agencies) AS agencies, coalesce(sum(diagnostics), 0) AS diagnostics FROM plans`,
    )
    .get() as ReportData['totals'];
  const { indicators, matrix } = indicatorMatrix(db, new Map(quality.map((q) => [q.id, q])));
  const agencies = queryAgencies(db, AGENCY_ROWS).rows.map(([agency, led, supported, plans]) => ({
    agency: String(agency),
    led: Number(led),
    supported: Number(supported),
    plans: Number(plans),
  }));
  return { database, generatedAt: new Date().toISOString(), totals, quality, indicators, matrix, agencies, timeline: timeline(db) };
}

function indicatorMatrix(db: Database, plans: Map<number, PlanRef>): { indicators: IndicatorColumn[]; matrix: MatrixRow[] } {
  const keys = db
    .prepare(
      `SELECT indicator_key AS key, count(DISTINCT plan_id) AS plans FROM targets WHERE value IS NOT NULL
       GROUP BY indicator_key HAVING plans >= 2 ORDER BY plans DESC, key LIMIT ?`,
    )
    .all(MATRIX_INDICATORS) as Array<{ key: string; plans: number }>;
  if (keys.length === 0) return { indicators: [], matrix: [] };
  const column = new Map(keys.map((k, i) => [k.key, i]));
  const targets = db
    .prepare(
      `SELECT plan_id AS planId, indicator_key AS key, value, value_to AS valueTo, unit, coalesce(relation, comparator) AS relation, year, line, character
       FROM targets WHERE value IS NOT NULL AND indicator_key IN (${keys.map(() => '?').join(', ')}) ORDER BY plan_id, seq`,
    )
    .all(...keys.map((k) => k.key)) as Array<MatrixCell & { planId: number; key: string }>;
  // Per indicator, the unit and year most plans use; a plan's cell is its target in those if it has one.
  const indicators: IndicatorColumn[] = keys.map((k) => {
    const own = targets.filter((t) => t.key === k.key);
    return { key: k.key, plans: k.plans, unit: mode(own.map((t) => t.unit)), year: mode(own.map((t) => t.year)), min: null, max: null, median: null };
  });
  const byPlan = new Map<number, Array<Array<MatrixCell & { planId: number; key: string }>>>();
  for (const t of targets) {
    let row = byPlan.get(t.planId);
    if (!row) byPlan.set(t.planId, (row = keys.map(() => [])));
    row[column.get(t.key)!].push(t);
  }
  const matrix: MatrixRow[] = [];
  for (const [planId, lists] of byPlan) {
    const plan = plans.get(planId);
    if (!plan) continue;
    const cells = lists.map((list, i) => {
      const want = indicators[i];
      const pick = list.find((t) => t.unit === want.unit && t.year === want.year) ?? list.find((t) => t.unit === want.unit) ?? list[0];
      if (!pick) return null;
      const { value, valueTo, unit, relation, year, line, character } = pick;
      return { value, valueTo, unit, relation, year, line, character };
    });
    matrix.push({ plan: { id: plan.id, path: plan.path, title: plan.title, level: plan.level, region: plan.region }, cells });
  }
  indicators.forEach((ind, i) => {
    const values = matrix
      .map((r) => r.cells[i])
      .filter((c): c is MatrixCell => c !== null && c.unit === ind.unit && c.year === ind.year)
      .map((c) => c.value)
      .sort((a, b) => a - b);
    if (values.length) {
      ind.min = values[0];
      ind.max = values[values.length - 1];
      ind.median = values.length % 2 ? values[(values.length - 1) / 2] : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }
  });
  matrix.sort((a, b) => filled(b) - filled(a) || (a.plan.region ?? '\uffff').localeCompare(b.plan.region ?? '\uffff', 'zh') || a.plan.path.localeCompare(b.plan.path));
  return { indicators, matrix };
}

function filled(r: MatrixRow): number {
  return r.cells.filter((c) => c !== null).length;
}

function timeline(db: Database): YearCount[] {
  const rows = db
    .prepare(
      `SELECT year, sum(kind = 'target') AS targets, sum(kind = 'task') AS tasks FROM (
         SELECT year, 'target' AS kind FROM targets WHERE year BETWEEN 2000 AND 2100
         UNION ALL SELECT deadline_year, 'task' FROM tasks WHERE deadline_year BETWEEN 2000 AND 2100)
       GROUP BY year ORDER BY year`,
    )
    .all() as YearCount[];
  return rows;
}

/** The most frequent value (the first seen among equals); null for an empty list. */
function mode<T>(values: readonly T[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  let bestCount = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}
