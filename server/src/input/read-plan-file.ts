/**
 * A plan file from disk to plan text, or a message saying why not. Never throws: one bad file must
 * not stop a batch of hundreds.
 *
 * The file is read synchronously: a batch of text plans reads hundreds of small files, where a
 * round trip through the thread pool per file costs more than the read (the workers of the
 * command line run one file at a time anyway).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectFormat, type DetectedFormat } from './detect-format';
import { readPlanBytes, type ReadOptions } from './read-plan-bytes';
import type { InputFailure, ReadResult } from './types';

/** Far above any real plan (the largest seen is ~2 MB), low enough to keep a worker's memory sane. */
const MAX_PLAN_BYTES = 50 * 1024 * 1024;
/** PDFs and Word files carry images, fonts and scanned annex pages: they may be larger. */
const MAX_BYTES: Record<DetectedFormat, number> = {
  text: MAX_PLAN_BYTES,
  html: MAX_PLAN_BYTES,
  pdf: 200 * 1024 * 1024,
  zip: 100 * 1024 * 1024,
  ole2: 100 * 1024 * 1024,
};
const LARGEST = Math.max(...Object.values(MAX_BYTES));
const HEAD_BYTES = 1024;

export async function readPlanSource(file: string, options: ReadOptions = {}): Promise<ReadResult> {
  const bytes = readPlanFileBytes(file);
  if ('error' in bytes) return bytes;
  return readPlanBytes(bytes, path.basename(file), options);
}

/** The file's bytes, within the bound of its format (told by its first kilobyte). */
function readPlanFileBytes(file: string): Uint8Array | InputFailure {
  let fd: number | undefined;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { error: '这是目录 / is a directory', code: 'directory' };
    if (!stat.isFile()) return { error: '不是普通文件 / not a regular file', code: 'unreadable' };
    if (stat.size > MAX_PLAN_BYTES) {
      if (stat.size > LARGEST) return tooLarge(stat.size, LARGEST);
      fd = fs.openSync(file, 'r');
      const head = Buffer.alloc(HEAD_BYTES);
      const n = fs.readSync(fd, head, 0, HEAD_BYTES, 0);
      const limit = MAX_BYTES[detectFormat(head.subarray(0, n), path.basename(file))];
      if (stat.size > limit) return tooLarge(stat.size, limit);
    }
    return fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: readError(e as NodeJS.ErrnoException), code: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable' };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function tooLarge(size: number, limit: number): InputFailure {
  return { error: `文件过大（${megabytes(size)} MB，上限 ${megabytes(limit)} MB）/ file too large`, code: 'too-large' };
}

function megabytes(n: number): string {
  return (n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0);
}

function readError(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return '文件不存在 / no such file';
    case 'EACCES':
    case 'EPERM':
      return '无权读取 / permission denied';
    case 'EISDIR':
      return '这是目录 / is a directory';
    default:
      return `无法读取 / cannot read: ${e.code ?? e.message}`;
  }
}
