/**
 * Messages between a batch (the command line's analyze, the indexer) and its worker threads. A
 * worker is the bundle itself (dist/planlens.js), started with `workerData.role` naming the job,
 * so that the single file needs no second entry point; the bundle's entry (cli/main.ts) hands the
 * worker to the job's handler by role.
 */

/** The jobs a worker can be started for; each handler lives with its front end or layer. */
export const WORKER_ROLES = {
  /** cli/analyze-worker.ts: a FileOutcome per file (problems, stats, JSON). */
  analyze: 'planlens-analyze-worker',
  /** store/index-worker.ts: a PlanRecord per file (the rows of the index). */
  index: 'planlens-index-worker',
} as const;

export type WorkerRole = (typeof WORKER_ROLES)[keyof typeof WORKER_ROLES];

export interface WorkerData {
  role: WorkerRole;
  /** The job's options (structured-cloned into the worker). */
  options: unknown;
}

export interface FileRequest {
  index: number;
  file: string;
  shownAs: string;
}

export interface FileReply<T> {
  index: number;
  outcome: T;
}

export function isWorkerData(data: unknown): data is WorkerData {
  const role = (data as { role?: unknown } | null)?.role;
  return typeof data === 'object' && data !== null && Object.values(WORKER_ROLES).includes(role as WorkerRole);
}
