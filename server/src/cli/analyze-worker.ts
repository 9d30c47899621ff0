/**
 * The analyze job's worker side: each file read, analysed and serialised (analyze-file.ts); only
 * the outcome goes back, its JSON bytes moved rather than copied.
 */
import { serveFiles } from '../batch/serve-files';
import type { WorkerData } from '../batch/worker-protocol';
import { analyzeFile, type AnalyzeFileOptions } from './analyze-file';
import { failedOutcome, type FileOutcome } from './file-outcome';

export function runAnalyzeWorker(data: WorkerData): void {
  const options = data.options as AnalyzeFileOptions;
  serveFiles<FileOutcome>({
    handle: (file, shownAs) => analyzeFile(file, shownAs, options),
    failed: failedOutcome,
    // The JSON bytes have a buffer of their own (TextEncoder's).
    transfer: (outcome) => (outcome.json ? [outcome.json.buffer as ArrayBuffer] : []),
  });
}
