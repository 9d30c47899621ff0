/**
 * The worker side: analyse each file the main thread sends, one at a time, and post back only the
 * outcome. The worker exits when the main thread closes the port.
 *
 * Reading is asynchronous (a PDF's pages are read so), so requests are chained: the second file
 * the pool hands ahead waits for the first, which keeps one file's memory at a time and the
 * replies in the order the pool expects.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeFile } from './analyze-file';
import { failedOutcome } from './file-outcome';
import type { FileReply, FileRequest, WorkerData } from './worker-protocol';

export function runAnalyzeWorker(data: WorkerData): void {
  const port = parentPort;
  if (!port) throw new Error('runAnalyzeWorker: not in a worker thread');
  let queue = Promise.resolve();
  port.on('message', (request: FileRequest) => {
    queue = queue.then(async () => {
      // analyzeFile returns its failures; a rejection here would leave the pool waiting for ever.
      const outcome = await analyzeFile(request.file, request.shownAs, data.options).catch((e: unknown) =>
        failedOutcome(request.shownAs, `分析失败 / analysis failed: ${e instanceof Error ? e.message : String(e)}`),
      );
      const reply: FileReply = { index: request.index, outcome };
      // The JSON bytes have a buffer of their own (TextEncoder's): moved, not copied.
      port.postMessage(reply, reply.outcome.json ? [reply.outcome.json.buffer as ArrayBuffer] : []);
    });
  });
}
