/**
 * Outcomes of a batch in input order: in-process for one file or one job (no worker start-up
 * cost), otherwise on a worker pool.
 */
import type { PlanFile } from '../batch/plan-file';
import { runInWorkers } from '../batch/worker-pool';
import { WORKER_ROLES } from '../batch/worker-protocol';
import type { AnalyzeFileOptions } from './analyze-file';
import { failedOutcome, type FileOutcome } from './file-outcome';

export async function* analyzeInOrder(
  files: readonly PlanFile[],
  options: AnalyzeFileOptions,
  jobs: number,
  workerScript: string,
): AsyncGenerator<FileOutcome> {
  if (jobs > 1 && files.length > 1) {
    yield* runInWorkers(files, { data: { role: WORKER_ROLES.analyze, options }, failed: failedOutcome }, jobs, workerScript);
    return;
  }
  // Loaded here: with workers, the main thread never needs the core's parser.
  const { analyzeFile } = await import('./analyze-file');
  for (const f of files) {
    yield await analyzeFile(f.file, f.shownAs, options);
    // Let pending output drain and the progress bar redraw between files.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
