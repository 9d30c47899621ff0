/**
 * The index's schema, version SCHEMA_VERSION (documented table by table in the README). A file is
 * recognised as a PlanLens index by its application_id; user_version is the schema version. The
 * index is a cache of analyses: an older schema is rebuilt (every plan analysed again), never
 * migrated in place; a newer one is refused, so that an old PlanLens never damages it.
 *
 * Child rows carry their plan's id and a `seq` (document order) as key. Deletions are done by the
 * writer explicitly, child tables first; the foreign keys document the links and cascade for a
 * user who deletes a plan by hand.
 */

export const SCHEMA_VERSION = 1;

/** 'PLNS' — PRAGMA application_id, so that `file plans.sqlite` and we can tell our files. */
export const APPLICATION_ID = 0x504c4e53;

export const TABLES = ['meta', 'plans', 'sections', 'tasks', 'targets', 'agencies', 'task_agencies', 'diagnostics', 'index_runs'] as const;
export const VIEWS = ['target_rows', 'agency_load'] as const;

export const SCHEMA_SQL = `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE plans (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  analyzer TEXT NOT NULL,
  indexed_at TEXT NOT NULL,
  format TEXT,
  encoding TEXT,
  pages INTEGER,
  warnings TEXT,
  error TEXT,
  error_code TEXT,
  title TEXT,
  level TEXT,
  region TEXT,
  issuer TEXT,
  doc_number TEXT,
  issued TEXT,
  period_start INTEGER,
  period_end INTEGER,
  period_source TEXT,
  lines INTEGER,
  sections INTEGER,
  tasks INTEGER,
  targets INTEGER,
  clauses INTEGER,
  diagnostics INTEGER,
  tasks_with_lead INTEGER,
  tasks_with_deadline INTEGER
);
CREATE INDEX plans_region ON plans(level, region);

CREATE TABLE sections (
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  id TEXT NOT NULL,
  parent_id TEXT,
  level INTEGER NOT NULL,
  kind TEXT NOT NULL,
  label TEXT NOT NULL,
  title TEXT NOT NULL,
  line INTEGER NOT NULL,
  working INTEGER NOT NULL,
  PRIMARY KEY (plan_id, seq)
) WITHOUT ROWID;

CREATE TABLE tasks (
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  id TEXT NOT NULL,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  section_id TEXT NOT NULL,
  line INTEGER NOT NULL,
  deadline_year INTEGER,
  deadline_text TEXT,
  deadline_source TEXT NOT NULL,
  lead TEXT,
  support TEXT,
  lead_source TEXT NOT NULL,
  PRIMARY KEY (plan_id, seq)
) WITHOUT ROWID;
CREATE INDEX tasks_deadline ON tasks(deadline_year);

CREATE TABLE targets (
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  indicator TEXT NOT NULL,
  indicator_key TEXT NOT NULL,
  value REAL,
  value_to REAL,
  unit TEXT,
  comparator TEXT,
  qualifier TEXT,
  relation TEXT,
  year INTEGER,
  year_source TEXT,
  baseline_year INTEGER,
  strength TEXT,
  form TEXT NOT NULL,
  source TEXT NOT NULL,
  end_state TEXT,
  task_id TEXT,
  section_id TEXT,
  line INTEGER NOT NULL,
  character INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (plan_id, seq)
) WITHOUT ROWID;
CREATE INDEX targets_indicator ON targets(indicator_key, year);
CREATE INDEX targets_year ON targets(year);

CREATE TABLE agencies (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE
);

CREATE TABLE task_agencies (
  plan_id INTEGER NOT NULL,
  task_seq INTEGER NOT NULL,
  agency_id INTEGER NOT NULL REFERENCES agencies(id),
  role TEXT NOT NULL CHECK (role IN ('lead', 'support')),
  name TEXT NOT NULL,
  FOREIGN KEY (plan_id, task_seq) REFERENCES tasks(plan_id, seq) ON DELETE CASCADE
);
CREATE INDEX task_agencies_agency ON task_agencies(agency_id, role);
CREATE INDEX task_agencies_task ON task_agencies(plan_id, task_seq);

CREATE TABLE diagnostics (
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  code TEXT NOT NULL,
  severity TEXT NOT NULL,
  message TEXT NOT NULL,
  line INTEGER NOT NULL,
  character INTEGER NOT NULL,
  end_line INTEGER NOT NULL,
  end_character INTEGER NOT NULL,
  PRIMARY KEY (plan_id, seq)
) WITHOUT ROWID;
CREATE INDEX diagnostics_code ON diagnostics(code);

CREATE TABLE index_runs (
  id INTEGER PRIMARY KEY,
  pid INTEGER NOT NULL,
  host TEXT NOT NULL,
  started_at TEXT NOT NULL,
  heartbeat_at TEXT NOT NULL,
  finished_at TEXT,
  outcome TEXT,
  files INTEGER,
  analysed INTEGER,
  unchanged INTEGER,
  removed INTEGER,
  failed INTEGER
);

CREATE VIEW target_rows AS
  SELECT p.path, p.title AS plan_title, p.level, p.region, t.*
  FROM targets t JOIN plans p ON p.id = t.plan_id;

CREATE VIEW agency_load AS
  SELECT a.key AS agency,
         SUM(ta.role = 'lead') AS tasks_led,
         SUM(ta.role = 'support') AS tasks_supported,
         COUNT(DISTINCT ta.plan_id) AS plans
  FROM task_agencies ta JOIN agencies a ON a.id = ta.agency_id
  GROUP BY a.id;
`;
