/**
 * Where a report goes: stdout, or the file given by --output (and then nothing else is written
 * to stdout). Writes wait for the stream to drain once MAX_BUFFERED bytes are pending, so a slow
 * reader — a pipe, a full disk — holds the batch back instead of letting buffered output grow
 * with the number of files.
 */
import * as fs from 'node:fs';
import type { Writable } from 'node:stream';
import { UsageError } from './usage-error';

/**
 * Pending output before a write waits. Not the stream's 16 KB mark: one file's JSON is ~50 KB, and
 * waiting for every write to reach the disk left the single-threaded run idle for 0.7 s in 4.
 */
const MAX_BUFFERED = 4 * 1024 * 1024;

export interface OutputSink {
  /** Whether this is a terminal (colours, and keeping the progress bar off the same lines). */
  readonly isTTY: boolean;
  write(chunk: string | Uint8Array): Promise<void>;
  close(): Promise<void>;
}

export function openOutput(file: string | undefined): OutputSink {
  if (file === undefined) return streamSink(process.stdout, Boolean(process.stdout.isTTY), false);
  let fd: number;
  try {
    // Opened here, before any analysis, so that a bad path is a usage error and not a late crash.
    fd = fs.openSync(file, 'w');
  } catch (e) {
    throw new UsageError(`无法写入输出文件 / cannot write --output ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return streamSink(fs.createWriteStream(file, { fd }), false, true);
}

function streamSink(stream: Writable, isTTY: boolean, owned: boolean): OutputSink {
  let failure: Error | undefined;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    // The reader went away (`planlens analyze … | head`): stop quietly, like other tools do.
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    failure = e;
  });
  return {
    isTTY,
    write(chunk) {
      if (failure) return Promise.reject(failure);
      if (stream.write(chunk) || stream.writableLength < MAX_BUFFERED) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const onDrain = () => {
          stream.off('error', onError);
          resolve();
        };
        const onError = (e: Error) => {
          stream.off('drain', onDrain);
          reject(e);
        };
        stream.once('drain', onDrain);
        stream.once('error', onError);
      });
    },
    close() {
      if (!owned) return failure ? Promise.reject(failure) : Promise.resolve();
      return new Promise((resolve, reject) => {
        stream.once('error', reject);
        stream.end(() => (failure ? reject(failure) : resolve()));
      });
    },
  };
}
