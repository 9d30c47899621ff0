/**
 * Runs a job over files on a small pool of worker threads and yields the outcomes in input order,
 * whatever order they complete in. The job is named by its role (see worker-protocol.ts): the
 * command line's analyze and the indexer share this pool.
 *
 * Each worker has QUEUE_DEPTH files in hand, so that it starts the next one without waiting for a
 * round trip through the main thread (which may be busy writing). Files are handed out only while
 * they are at most WINDOW_PER_WORKER × workers ahead of the output, so the outcomes buffered here
 * stay few however long the batch. A worker that dies (out of memory, a crash) fails the file it
 * was on; the files queued behind it go to its replacement.
 */
import { Worker } from 'node:worker_threads';
import type { PlanFile } from './plan-file';
import type { FileReply, FileRequest, WorkerData } from './worker-protocol';

const QUEUE_DEPTH = 2;
const WINDOW_PER_WORKER = 8;

interface Slot {
  worker: Worker;
  /** Indices of the files sent to the worker and not answered yet, in the order it takes them. */
  inHand: number[];
  failure?: Error;
  exited?: boolean;
}

export interface WorkerJob<T> {
  /** The role and options the workers start with. */
  data: WorkerData;
  /** The outcome of a file whose worker died on it. */
  failed(shownAs: string, why: string): T;
}

export async function* runInWorkers<T>(files: readonly PlanFile[], job: WorkerJob<T>, jobs: number, script: string): AsyncGenerator<T> {
  const size = Math.max(1, Math.min(jobs, files.length));
  const window = size * WINDOW_PER_WORKER;
  const done = new Map<number, T>();
  const slots: Slot[] = [];
  const { data: workerData, failed: failedOutcome } = job;
  /** Files handed back by a dead worker before it started them; they go out first. */
  const retry: number[] = [];
  let nextToSend = 0;
  let nextToYield = 0;
  let closing = false;
  // A crash while on a file fails that file, so crashes are bounded by the batch; this bounds
  // crashes with nothing in hand (a worker that cannot even load), so the batch ends with messages.
  let idleCrashes = 0;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };

  const nextIndex = (): number | undefined => {
    if (retry.length) return retry.shift();
    if (nextToSend < files.length && nextToSend - nextToYield < window) return nextToSend++;
    return undefined;
  };

  const feed = (slot: Slot) => {
    while (!slot.exited && slot.inHand.length < QUEUE_DEPTH) {
      const index = nextIndex();
      if (index === undefined) return;
      slot.inHand.push(index);
      const request: FileRequest = { index, file: files[index].file, shownAs: files[index].shownAs };
      slot.worker.postMessage(request);
    }
  };

  const start = (): Slot => {
    const slot: Slot = { worker: new Worker(script, { workerData }), inHand: [] };
    slot.worker.on('message', (reply: FileReply<T>) => {
      done.set(reply.index, reply.outcome);
      slot.inHand.splice(slot.inHand.indexOf(reply.index), 1);
      feed(slot);
      notify();
    });
    // Without a listener, a worker's error would be rethrown here and end the whole run.
    slot.worker.on('error', (e) => (slot.failure = e));
    slot.worker.on('exit', (code) => {
      slot.exited = true;
      if (closing) return;
      const why = `分析失败 / analysis failed: ${slot.failure?.message ?? `worker exited with code ${code}`}`;
      const [current, ...queued] = slot.inHand;
      if (current !== undefined) done.set(current, failedOutcome(files[current].shownAs, why));
      else if (++idleCrashes > size) {
        for (; nextToSend < files.length; nextToSend++) done.set(nextToSend, failedOutcome(files[nextToSend].shownAs, why));
      }
      retry.push(...queued);
      if (retry.length || nextToSend < files.length) {
        const replacement = start();
        slots[slots.indexOf(slot)] = replacement;
        feed(replacement);
      }
      notify();
    });
    return slot;
  };

  try {
    for (let i = 0; i < size; i++) slots.push(start());
    slots.forEach(feed);
    while (nextToYield < files.length) {
      const outcome = done.get(nextToYield);
      if (!outcome) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      done.delete(nextToYield++);
      // Refill before handing the outcome on, so workers run while it is being written.
      slots.forEach(feed);
      yield outcome;
    }
  } finally {
    closing = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
