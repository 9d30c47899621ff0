/**
 * The worker side of a batch: handle each file the main thread sends, one at a time, and post back
 * only the outcome. The worker exits when the main thread closes the port.
 *
 * Reading is asynchronous (a PDF's pages are read so), so requests are chained: the second file
 * the pool hands ahead waits for the first, which keeps one file's memory at a time and the
 * replies in the order the pool expects.
 */
import { parentPort } from 'node:worker_threads';
import type { FileReply, FileRequest } from './worker-protocol';

export interface FileHandler<T> {
  handle(file: string, shownAs: string): Promise<T>;
  /** The outcome for a file whose handler threw (a bug on some input): the batch goes on. */
  failed(shownAs: string, why: string): T;
  /** Buffers of the outcome to move rather than copy to the main thread. */
  transfer?(outcome: T): ArrayBuffer[];
}

export function serveFiles<T>(handler: FileHandler<T>): void {
  const port = parentPort;
  if (!port) throw new Error('serveFiles: not in a worker thread');
  let queue = Promise.resolve();
  port.on('message', (request: FileRequest) => {
    queue = queue.then(async () => {
      // A rejection here would leave the pool waiting for ever.
      const outcome = await handler
        .handle(request.file, request.shownAs)
        .catch((e: unknown) => handler.failed(request.shownAs, `分析失败 / analysis failed: ${e instanceof Error ? e.message : String(e)}`));
      const reply: FileReply<T> = { index: request.index, outcome };
      port.postMessage(reply, handler.transfer?.(outcome) ?? []);
    });
  });
}
