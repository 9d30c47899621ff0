/**
 * Analyses files on a small pool of worker threads and yields the outcomes in input order,
 * whatever order they complete in. Workers are fed only while they are at most WINDOW_PER_WORKER
 * files ahead of the output, so the outcomes buffered here stay few however long the batch.
 */
import { Worker } from 'node:worker_threads';
import type { AnalyzeFileOptions } from './analyze-file';
import { failedOutcome, type FileOutcome } from './file-outcome';
import type { PlanFile } from './plan-file';
import { WORKER_ROLE, type FileReply, type FileRequest, type WorkerData } from './worker-protocol';

const WINDOW_PER_WORKER = 4;

interface Slot {
  worker: Worker;
  /** The index of the file the worker is analysing, if any. */
  busy: number | null;
  failure?: Error;
  exited?: boolean;
}

export async function* analyzeInWorkers(
  files: readonly PlanFile[],
  options: AnalyzeFileOptions,
  jobs: number,
  script: string,
): AsyncGenerator<FileOutcome> {
  const size = Math.max(1, Math.min(jobs, files.length));
  const window = size * WINDOW_PER_WORKER;
  const done = new Map<number, FileOutcome>();
  const slots: Slot[] = [];
  const workerData: WorkerData = { role: WORKER_ROLE, options };
  let nextToSend = 0;
  let nextToYield = 0;
  let closing = false;
  // Each crash of a busy worker fails one file; this bounds crashes of idle ones (a worker that
  // cannot even load), so that the batch ends with messages rather than respawning for ever.
  let idleCrashes = 0;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };

  const feed = (slot: Slot) => {
    if (slot.exited || slot.busy !== null || nextToSend >= files.length || nextToSend - nextToYield >= window) return;
    const index = nextToSend++;
    slot.busy = index;
    const request: FileRequest = { index, file: files[index].file, shownAs: files[index].shownAs };
    slot.worker.postMessage(request);
  };

  const failRemaining = (why: string) => {
    for (; nextToSend < files.length; nextToSend++) done.set(nextToSend, failedOutcome(files[nextToSend].shownAs, why));
  };

  const start = (): Slot => {
    const slot: Slot = { worker: new Worker(script, { workerData }), busy: null };
    slot.worker.on('message', (reply: FileReply) => {
      done.set(reply.index, reply.outcome);
      slot.busy = null;
      feed(slot);
      notify();
    });
    // Without a listener, a worker's error would be rethrown here and end the whole run.
    slot.worker.on('error', (e) => (slot.failure = e));
    slot.worker.on('exit', (code) => {
      slot.exited = true;
      if (closing) return;
      const why = `分析失败 / analysis failed: ${slot.failure?.message ?? `worker exited with code ${code}`}`;
      if (slot.busy !== null) done.set(slot.busy, failedOutcome(files[slot.busy].shownAs, why));
      else if (++idleCrashes > size) failRemaining(why);
      if (nextToSend < files.length) {
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
