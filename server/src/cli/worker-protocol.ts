/**
 * Messages between the command line and its analysis workers. A worker is the CLI bundle itself,
 * started with `workerData.role === WORKER_ROLE`, so that the single file dist/planlens.js needs
 * no second entry point.
 */
import type { AnalyzeFileOptions } from './analyze-file';
import type { FileOutcome } from './file-outcome';

export const WORKER_ROLE = 'planlens-analyze-worker';

export interface WorkerData {
  role: typeof WORKER_ROLE;
  options: AnalyzeFileOptions;
}

export interface FileRequest {
  index: number;
  file: string;
  shownAs: string;
}

export interface FileReply {
  index: number;
  outcome: FileOutcome;
}

export function isWorkerData(data: unknown): data is WorkerData {
  return typeof data === 'object' && data !== null && (data as { role?: unknown }).role === WORKER_ROLE;
}
