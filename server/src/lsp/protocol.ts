/**
 * PlanLens's own requests and notifications, shared by the server and the VS Code client.
 *
 * Plain method names and payload shapes only (no imports), so that the client bundle pulls in
 * nothing of the server and any other LSP client can speak them from this description.
 */

/** `planlens/targets` (request): every target of an open plan, for "Export targets". */
export const TARGETS_REQUEST = 'planlens/targets';

export interface TargetsParams {
  /** The document's URI, as in textDocument/*. */
  uri: string;
}

export interface TargetRow {
  indicator: string;
  comparator: string | null;
  value: number | null;
  valueTo: number | null;
  unit: string | null;
  qualifier: string | null;
  /** The value as a reader would say it: "18.3%", "150万千瓦左右", "15%—25%", "国家下达指标". */
  valueText: string;
  year: number | null;
  deadline: string | null;
  baselineYear: number | null;
  strength: string | null;
  taskId: string | null;
  taskTitle: string | null;
  lead: string[];
  support: string[];
  sectionId: string | null;
  /** Labels and titles from the chapter down: "三、重点任务 › （一）能源绿色低碳转型行动 › 2.大力发展新能源". */
  sectionPath: string;
  source: 'text' | 'table';
  /** 1-based line of the target, as an editor shows it. */
  line: number;
  text: string;
}

export interface TargetsResult {
  uri: string;
  title: string | null;
  version: number;
  targets: TargetRow[];
}

/** `planlens/stats` (request) and `planlens/analyzed` (notification, after each analysis). */
export const STATS_REQUEST = 'planlens/stats';
export const ANALYZED_NOTIFICATION = 'planlens/analyzed';

export interface PlanStats {
  uri: string;
  version: number;
  title: string | null;
  sections: number;
  tasks: number;
  targets: number;
  clauses: number;
  /** Problems by severity, as published. */
  problems: { errors: number; warnings: number; infos: number; hints: number; total: number };
}

/** The `planlens/analyzed` notification: the counts, and how long the server took for them. */
export interface AnalyzedNotice extends PlanStats {
  timing: {
    /** The analysis of this version (possibly done earlier, for a request). */
    analysisMs: number;
    /** From the arrival of this version (open or change) to its diagnostics being sent. */
    changeToPublishMs: number;
  };
}

/** `planlens/status` (request): the server's own state, for diagnostics of the server itself. */
export const STATUS_REQUEST = 'planlens/status';

export interface ServerStatus {
  version: string;
  openDocuments: number;
  /** nodejieba: checked (tried), loadable here (available), loaded by a feature (loaded). */
  segmenter: { tried: boolean; available: boolean | null; loaded: boolean; error?: string };
}

/**
 * The client-side command a "disable this rule" code action carries (arguments: [code]). The
 * client owns it because only the client can write the user's settings; the server offers the
 * action only to a client that lists it in `InitializationOptions.clientCommands`.
 */
export const DISABLE_RULE_COMMAND = 'planlens.disableRule';

/** Options a client may pass in `initializationOptions`. */
export interface InitializationOptions {
  /** Milliseconds after initialisation before nodejieba is checked (default 5000); -1 never. */
  segmenterProbeDelay?: number;
  /**
   * Client-side commands this client runs (the VS Code client: [DISABLE_RULE_COMMAND]). Code
   * actions carry a command only when the client listed it; other clients get no such action.
   */
  clientCommands?: string[];
}

/**
 * `planlens/compare` (request): holds the lower plan against the upper one (both URIs of open
 * documents or of plan files on disk) and keeps the comparison open on the server, for hovers and
 * for re-runs after edits, until `planlens/closeComparison`. One comparison per lower plan: a new
 * request for the same lower plan replaces the old one. The first request loads the segmenter
 * (nodejieba, 1–2 s): a client shows progress while it waits.
 */
export const COMPARE_REQUEST = 'planlens/compare';

export interface CompareParams {
  /** The lower plan (city, province): the one being checked. */
  lower: string;
  /** The upper plan (province, nation): the one it implements. */
  upper: string;
}

/** An action of one plan and its counterpart in the other (either side null when unmatched). */
export interface CompareActionPair {
  lower: string | null;
  upper: string | null;
  lowerTitle: string | null;
  upperTitle: string | null;
  /** Similarity 0–1; 0 when unmatched. */
  score: number;
  /** 0-based heading lines. */
  lowerLine: number | null;
  upperLine: number | null;
}

export interface CompareSummary {
  matchedActions: number;
  unmatchedLowerActions: number;
  unmatchedUpperActions: number;
  matchedTasks: number;
  targetPairs: number;
  /** Targets where the lower plan asks for less than the upper one. */
  weaker: number;
  upperOnlyIndicators: number;
  /** 0–1. */
  similarity: number;
}

export interface CompareResult {
  lower: string;
  upper: string;
  /** File names, for a view's title. */
  lowerName: string;
  upperName: string;
  lowerTitle: string | null;
  upperTitle: string | null;
  summary: CompareSummary;
  actions: CompareActionPair[];
  /** 'jieba', or 'bigram' when nodejieba cannot load here (with `note` saying why). */
  segmentation: 'jieba' | 'bigram';
  note: string | null;
  /**
   * The report as HTML, every piece of plan text escaped: rows carry data-left-line and
   * data-right-line (0-based; left = lower) for a view to jump on. No scripts, no style attributes.
   */
  html: string;
  /** The report's stylesheet (light and dark by prefers-color-scheme; a view may override colours). */
  css: string;
}

/** `planlens/comparisonUpdated` (server → client): a comparison re-run after either plan changed. */
export const COMPARISON_UPDATED_NOTIFICATION = 'planlens/comparisonUpdated';

/** `planlens/closeComparison` (client → server): the view of the comparison for `lower` closed. */
export const CLOSE_COMPARISON_NOTIFICATION = 'planlens/closeComparison';

export interface CloseComparisonParams {
  lower: string;
}

/**
 * `planlens/convert` (request): a PDF, Word file or saved web page on disk read as plan text, for
 * "Open as Plan". The server reads it through the input layer (the client knows no format) and
 * answers with the text a `<name>.plan.txt` beside the original should hold; the client writes
 * and opens that file. A file that cannot be read answers with `error` (short Chinese, then
 * English), not a protocol error.
 */
export const CONVERT_REQUEST = 'planlens/convert';

export interface ConvertParams {
  /** The original's URI (file: only). */
  uri: string;
}

export type ConvertResult = ConvertedPlan | ConvertFailure;

export interface ConvertedPlan {
  uri: string;
  /** URI of `<name>.plan.txt` beside the original. */
  target: string;
  /** The file's content: one paragraph a line, LF, a final newline. */
  text: string;
  format: 'text' | 'pdf' | 'docx' | 'html';
  pages?: number;
  /** What the reader had to do (tracked changes accepted, control characters removed …). */
  warnings: string[];
}

export interface ConvertFailure {
  uri: string;
  error: string;
  /** The input layer's reason: missing, not-text, scanned, encrypted, damaged, zip-bomb, legacy-word … */
  code: string;
}

/**
 * `planlens/indexWorkspace` (request): the plans of the workspace folders (text, PDF, Word, web
 * pages) indexed into `<first folder>/.planlens/plans.sqlite`, incrementally, on worker threads.
 * The server reports `planlens/indexProgress` notifications while it runs; cancelling the request
 * stops after the plan being written (what is written stays).
 */
export const INDEX_WORKSPACE_REQUEST = 'planlens/indexWorkspace';
export const INDEX_PROGRESS_NOTIFICATION = 'planlens/indexProgress';

export interface IndexProgressNotice {
  done: number;
  total: number;
  /** The file just analysed, as the index names it. */
  file?: string;
}

export type IndexWorkspaceResult =
  | {
      database: string;
      plans: number;
      analysed: number;
      unchanged: number;
      removed: number;
      /** Files that could not be read (stored with their message). */
      failed: Array<{ path: string; error: string }>;
      cancelled: boolean;
      seconds: number;
    }
  | { error: string };

/** `planlens/indexedPlans` (request): the plans of the workspace index, for the Plans view; `null` before any index. */
export const INDEXED_PLANS_REQUEST = 'planlens/indexedPlans';

export interface IndexedPlan {
  /** The plan file's URI. */
  uri: string;
  /** As the index stores it (relative to the workspace folder). */
  path: string;
  title: string | null;
  level: string | null;
  region: string | null;
  tasks: number | null;
  targets: number | null;
  diagnostics: number | null;
  /** Why the file could not be read, when it could not. */
  error: string | null;
}

export interface IndexedPlansResult {
  database: string;
  plans: IndexedPlan[];
}

/**
 * `planlens/report` (request): the report of the workspace index as HTML (every piece of plan text
 * escaped; cells and rows that point into a plan carry data-path — a key of `files` — and
 * data-line, 0-based), with its stylesheet; or `error` when there is no index yet.
 */
export const REPORT_REQUEST = 'planlens/report';

export type ReportResult = { html: string; css: string; files: Record<string, string> } | { error: string };

/**
 * `planlens/exportDocx` (request): an open plan (or a plan file on disk) as a Word document in the
 * official layout (GB/T 9704-2012). The server lays it out and answers with the file's bytes in
 * base64; the client asks where to save it and writes it (as with Open as Plan, the client owns
 * the dialogs and the writes, and the server needs no access to where the user saves). A plan that
 * cannot be exported (empty, no plan) answers with `error`.
 */
export const EXPORT_DOCX_REQUEST = 'planlens/exportDocx';

export interface ExportDocxParams {
  uri: string;
}

export type ExportDocxResult = { uri: string; title: string | null; data: string } | { uri: string; error: string };

/**
 * `planlens/tasks` (request): every task of an open plan (or a plan file on disk) as the Tasks view
 * shows it — its place (chapter, action), its effective lead and time with where each comes from,
 * its targets and problems. The client groups and filters; the rows are in document order.
 */
export const TASKS_REQUEST = 'planlens/tasks';

export interface TaskRowSection {
  id: string;
  /** Label and title: "（二）工业领域碳达峰行动". */
  heading: string;
}

export interface TaskRow {
  id: string;
  /** Label and title of a numbered task, the first sentence of a paragraph task. */
  title: string;
  /** The heading (0-based LSP range), for a view to select. */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  chapter: TaskRowSection | null;
  action: TaskRowSection | null;
  /** The effective lead agencies (empty when none is found). */
  lead: string[];
  support: string[];
  /** Where the lead was read: clause, body, plan-rule, table, convention, none. */
  leadSource: string;
  /** The same in Chinese, as the hover says it (责任分工括注, 分工表 …); '' for none. */
  leadSourceText: string;
  /** The time as a reader would say it (到2025年, 2025年, 每年), null for none. */
  deadline: string | null;
  deadlineYear: number | null;
  /** own, table, section, plan-period, recurring, ongoing, none. */
  deadlineSource: string;
  deadlineSourceText: string;
  /** Concrete work needs a time; a standing measure does not. */
  work: 'concrete' | 'standing';
  targets: number;
  problems: number;
}

export interface TasksResult {
  uri: string;
  title: string | null;
  version: number;
  tasks: TaskRow[];
}

/**
 * The client-side command a code lens above a chapter or action carries (arguments: [uri,
 * sectionId]): the Tasks view shows that section's tasks. Offered only to a client that lists it
 * in `InitializationOptions.clientCommands`; other clients get the lens as text.
 */
export const REVEAL_TASKS_COMMAND = 'planlens.revealTasks';
