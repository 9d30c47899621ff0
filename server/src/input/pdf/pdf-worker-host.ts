/**
 * Runs PDF jobs on a worker thread, one at a time, each with a deadline and the thread's memory
 * bound. Why a worker thread: pdf.js parses on the thread that calls it, and a hostile file (a
 * content stream that never ends, a decompression bomb, a font that sends the parser looping) could
 * otherwise hold the CLI, or the language server, without end or run it out of memory. The worker
 * has resourceLimits (its heap is capped: running out ends the worker, not the process) and is
 * terminated at the deadline. The same worker serves the next file (pdf.js takes ~0.2 s to load,
 * which a batch should pay once), and is ended after a few idle seconds so that a long-lived
 * server returns its memory.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { PDF_WORKER_ROLE, type PdfJob, type PdfReply } from './worker-protocol';

/** Heap of the worker; a real plan's parse needs well under 100 MB. */
export const WORKER_HEAP_MB = 512;
const IDLE_MS = 5000;

export type HostOutcome = PdfReply | { id: number; ok: false; code: 'timeout' | 'out-of-memory' | 'crashed'; detail: string };

interface Pending {
  job: PdfJob;
  timeoutMs: number;
  resolve: (r: HostOutcome) => void;
}

let worker: Worker | undefined;
let busy: { pending: Pending; timer: NodeJS.Timeout } | undefined;
let idleTimer: NodeJS.Timeout | undefined;
const queue: Pending[] = [];
let nextId = 1;

/**
 * The worker script. Bundled, read-pdf is inside dist/planlens.js (or the extension's bundle in
 * dist/client/) and the worker is dist/pdf-worker.js; compiled by tsc into out/, the bundle is used
 * when it has been built (the tests then run what ships), else the compiled pdf-worker.js beside this file.
 */
export function workerScript(): string {
  const here = __dirname;
  if (path.basename(__filename) === 'pdf-worker-host.js') {
    let dir = here;
    while (dir !== path.dirname(dir) && !fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
    const bundled = path.join(dir, 'dist', 'pdf-worker.js');
    if (fs.existsSync(bundled)) return bundled;
    return path.join(here, 'pdf-worker.js');
  }
  for (const candidate of [path.join(here, 'pdf-worker.js'), path.join(here, '..', 'pdf-worker.js')]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return path.join(here, 'pdf-worker.js');
}

export function runPdfJob(data: Uint8Array, maxPages: number, timeoutMs: number, flags: { edges?: boolean; extractOnly?: boolean } = {}): Promise<HostOutcome> {
  return new Promise((resolve) => {
    queue.push({ job: { id: nextId++, data, maxPages, ...flags }, timeoutMs, resolve });
    pump();
  });
}

function startWorker(): Worker {
  const w = new Worker(workerScript(), {
    workerData: { role: PDF_WORKER_ROLE },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    stdout: true,
    stderr: true,
  });
  // Whatever pdf.js writes is not the user's output.
  w.stdout.resume();
  w.stderr.resume();
  w.on('message', (reply: PdfReply) => {
    if (w !== worker || !busy || reply.id !== busy.pending.job.id) return;
    finish(reply);
  });
  w.on('error', (e: Error & { code?: string }) => {
    if (w !== worker) return;
    worker = undefined;
    if (busy) {
      const oom = e.code === 'ERR_WORKER_OUT_OF_MEMORY';
      finish({ id: busy.pending.job.id, ok: false, code: oom ? 'out-of-memory' : 'crashed', detail: e.message });
    }
  });
  w.on('exit', () => {
    if (w !== worker) return;
    worker = undefined;
    if (busy) finish({ id: busy.pending.job.id, ok: false, code: 'crashed', detail: 'the PDF worker exited' });
  });
  return w;
}

function pump(): void {
  if (busy || !queue.length) return;
  const pending = queue.shift()!;
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = undefined;
  if (!worker) worker = startWorker();
  worker.ref();
  const w = worker;
  const timer = setTimeout(() => {
    // The deadline: the thread is ended wherever pdf.js is; the next file gets a fresh one.
    if (worker === w) worker = undefined;
    void w.terminate();
    finish({ id: pending.job.id, ok: false, code: 'timeout', detail: `${pending.timeoutMs} ms` });
  }, pending.timeoutMs);
  busy = { pending, timer };
  w.postMessage(pending.job, [pending.job.data.buffer as ArrayBuffer]);
}

function finish(outcome: HostOutcome): void {
  if (!busy) return;
  clearTimeout(busy.timer);
  const { resolve } = busy.pending;
  busy = undefined;
  resolve(outcome);
  if (queue.length) {
    pump();
    return;
  }
  if (worker) {
    const w = worker;
    w.unref();
    idleTimer = setTimeout(() => {
      if (worker === w && !busy) {
        worker = undefined;
        void w.terminate();
      }
    }, IDLE_MS);
    idleTimer.unref();
  }
}

/** Ends the worker now (tests, and a caller that knows no PDF will follow). */
export async function stopPdfWorker(): Promise<void> {
  const w = worker;
  worker = undefined;
  if (idleTimer) clearTimeout(idleTimer);
  if (w) await w.terminate();
}
