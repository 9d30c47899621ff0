/**
 * Outcomes of a batch in input order: in-process for one file or one job (no worker start-up
 * cost), otherwise on a worker pool.
 */
import type { AnalyzeFileOptions } from './analyze-file';
import type { FileOutcome } from './file-outcome';
import type { PlanFile } from './plan-file';
import { analyzeInWorkers } from './worker-pool';

export async function* analyzeInOrder(
  files: readonly PlanFile[],
  options: AnalyzeFileOptions,
  jobs: number,
  workerScript: string,
): AsyncGenerator<FileOutcome> {
  if (jobs > 1 && files.length > 1) {
    yield* analyzeInWorkers(files, options, jobs, workerScript);
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
