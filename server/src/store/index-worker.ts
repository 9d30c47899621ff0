/** The index job's worker side: each file read, analysed and turned into the rows of the index. */
import { serveFiles } from '../batch/serve-files';
import type { WorkerData } from '../batch/worker-protocol';
import { indexFile, type IndexFileOptions } from './index-file';
import { failedRecord, type PlanRecord } from './plan-record';

export function runIndexWorker(data: WorkerData): void {
  const options = data.options as IndexFileOptions;
  serveFiles<PlanRecord>({ handle: (file, shownAs) => indexFile(file, shownAs, options), failed: (shownAs, why) => failedRecord(shownAs, why) });
}
