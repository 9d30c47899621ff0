/**
 * Writes plans into the index: one transaction per plan — its row and all its sections, tasks,
 * targets, agencies and diagnostics replaced together — so that a run interrupted anywhere leaves
 * every plan either as it was or as it is now, never half of each.
 */
import type { Database, Statement } from './sqlite';
import type { PlanRecord } from './plan-record';

/** What identifies a file's content in the index: its stored path, the hash of its bytes, its size. */
export interface FileIdentity {
  path: string;
  hash: string;
  bytes: number;
}

const CHILD_TABLES = ['task_agencies', 'sections', 'tasks', 'targets', 'diagnostics'] as const;

export class PlanWriter {
  private readonly upsertPlan: Statement;
  private readonly deleteChildren: Statement[];
  private readonly deletePlan: Statement;
  private readonly insertSection: Statement;
  private readonly insertTask: Statement;
  private readonly insertTarget: Statement;
  private readonly insertDiagnostic: Statement;
  private readonly insertAgency: Statement;
  private readonly agencyId: Statement;
  private readonly insertTaskAgency: Statement;
  private readonly agencyIds = new Map<string, number>();
  readonly write: (identity: FileIdentity, record: PlanRecord) => number;
  readonly remove: (planIds: readonly number[]) => void;

  constructor(
    private readonly db: Database,
    private readonly analyzer: string,
  ) {
    const columns = [
      'path', 'hash', 'bytes', 'analyzer', 'indexed_at', 'format', 'encoding', 'pages', 'warnings', 'error', 'error_code',
      'title', 'level', 'region', 'issuer', 'doc_number', 'issued', 'period_start', 'period_end', 'period_source',
      'lines', 'sections', 'tasks', 'targets', 'clauses', 'diagnostics', 'tasks_with_lead', 'tasks_with_deadline',
    ];
    this.upsertPlan = db.prepare(
      `INSERT INTO plans (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})
       ON CONFLICT(path) DO UPDATE SET ${columns.filter((c) => c !== 'path').map((c) => `${c} = excluded.${c}`).join(', ')}
       RETURNING id`,
    ).pluck();
    this.deleteChildren = CHILD_TABLES.map((t) => db.prepare(`DELETE FROM ${t} WHERE plan_id = ?`));
    this.deletePlan = db.prepare('DELETE FROM plans WHERE id = ?');
    this.insertSection = db.prepare('INSERT INTO sections VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    this.insertTask = db.prepare('INSERT INTO tasks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    this.insertTarget = db.prepare('INSERT INTO targets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    this.insertDiagnostic = db.prepare('INSERT INTO diagnostics VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    this.insertAgency = db.prepare('INSERT INTO agencies (key) VALUES (?) ON CONFLICT(key) DO NOTHING');
    this.agencyId = db.prepare('SELECT id FROM agencies WHERE key = ?').pluck();
    this.insertTaskAgency = db.prepare('INSERT INTO task_agencies VALUES (?, ?, ?, ?, ?)');
    const write = db.transaction((identity: FileIdentity, record: PlanRecord) => this.writeNow(identity, record));
    this.write = (identity, record) => {
      try {
        return write(identity, record);
      } catch (e) {
        // Rolled back: agencies first made in this transaction are gone with it.
        this.agencyIds.clear();
        throw e;
      }
    };
    this.remove = db.transaction((planIds: readonly number[]) => {
      for (const id of planIds) {
        for (const d of this.deleteChildren) d.run(id);
        this.deletePlan.run(id);
      }
    });
  }

  /** Agencies no task names any more (after plans were removed or re-analysed). */
  pruneAgencies(): number {
    this.agencyIds.clear();
    return this.db.prepare('DELETE FROM agencies WHERE id NOT IN (SELECT DISTINCT agency_id FROM task_agencies)').run().changes;
  }

  private writeNow(identity: FileIdentity, r: PlanRecord): number {
    const f = r.facts;
    const c = r.counts;
    const id = this.upsertPlan.get({
      path: identity.path,
      hash: identity.hash,
      bytes: identity.bytes,
      analyzer: this.analyzer,
      indexed_at: new Date().toISOString(),
      format: r.format,
      encoding: r.encoding,
      pages: r.pages,
      warnings: r.warnings.length ? JSON.stringify(r.warnings) : null,
      error: r.error ?? null,
      error_code: r.errorCode ?? null,
      title: f?.title ?? null,
      level: f?.level ?? null,
      region: f?.region ?? null,
      issuer: f?.issuer ?? null,
      doc_number: f?.docNumber ?? null,
      issued: f?.issued ?? null,
      period_start: f?.periodStart ?? null,
      period_end: f?.periodEnd ?? null,
      period_source: f?.periodSource ?? null,
      lines: c?.lines ?? null,
      sections: c?.sections ?? null,
      tasks: c?.tasks ?? null,
      targets: c?.targets ?? null,
      clauses: c?.clauses ?? null,
      diagnostics: c?.diagnostics ?? null,
      tasks_with_lead: c?.tasksWithLead ?? null,
      tasks_with_deadline: c?.tasksWithDeadline ?? null,
    }) as number;
    for (const d of this.deleteChildren) d.run(id);
    r.sections.forEach((s, i) => this.insertSection.run(id, i, s.id, s.parentId, s.level, s.kind, s.label, s.title, s.line, s.working ? 1 : 0));
    r.tasks.forEach((t, i) => {
      this.insertTask.run(id, i, t.id, t.kind, t.title, t.sectionId, t.line, t.deadlineYear, t.deadlineText, t.deadlineSource, joined(t.lead), joined(t.support), t.leadSource);
      for (const a of t.agencies) this.insertTaskAgency.run(id, i, this.agency(a.key), a.role, a.name);
    });
    r.targets.forEach((t, i) =>
      this.insertTarget.run(
        id, i, t.indicator, t.indicatorKey, t.value, t.valueTo, t.unit, t.comparator, t.qualifier, t.relation, t.year, t.yearSource,
        t.baselineYear, t.strength, t.form, t.source, t.endState, t.taskId, t.sectionId, t.line, t.character, t.text,
      ),
    );
    r.diagnostics.forEach((d, i) => this.insertDiagnostic.run(id, i, d.code, d.severity, d.message, d.line, d.character, d.endLine, d.endCharacter));
    return id;
  }

  private agency(key: string): number {
    let id = this.agencyIds.get(key);
    if (id === undefined) {
      this.insertAgency.run(key);
      id = this.agencyId.get(key) as number;
      this.agencyIds.set(key, id);
    }
    return id;
  }
}

/** Names as one cell, in the plan's own separator. */
function joined(names: readonly string[]): string | null {
  return names.length ? names.join('、') : null;
}
