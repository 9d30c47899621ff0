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
 * client owns it because only the client can write the user's settings.
 */
export const DISABLE_RULE_COMMAND = 'planlens.disableRule';

/** Options a client may pass in `initializationOptions`. */
export interface InitializationOptions {
  /** Milliseconds after initialisation before nodejieba is checked (default 5000); -1 never. */
  segmenterProbeDelay?: number;
}
