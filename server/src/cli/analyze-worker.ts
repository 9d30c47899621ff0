/**
 * The worker side: analyse each file the main thread sends, one at a time, and post back only the
 * outcome. The worker exits when the main thread closes the port.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeFile } from './analyze-file';
import type { FileReply, FileRequest, WorkerData } from './worker-protocol';

export function runAnalyzeWorker(data: WorkerData): void {
  const port = parentPort;
  if (!port) throw new Error('runAnalyzeWorker: not in a worker thread');
  port.on('message', (request: FileRequest) => {
    const reply: FileReply = { index: request.index, outcome: analyzeFile(request.file, request.shownAs, data.options) };
    // The JSON bytes have a buffer of their own (TextEncoder's): moved, not copied.
    port.postMessage(reply, reply.outcome.json ? [reply.outcome.json.buffer as ArrayBuffer] : []);
  });
}
