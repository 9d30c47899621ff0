/**
 * A plan file from disk to text, or a message saying why not. Never throws: one bad file must not
 * stop a batch of hundreds.
 */
import * as fs from 'node:fs';
import { decodePlanBytes, type Decoded } from './decode-plan-bytes';

/** Far above any real plan (the largest seen is ~2 MB), low enough to keep a worker's memory sane. */
export const MAX_PLAN_BYTES = 50 * 1024 * 1024;

export function readPlanFile(file: string): Decoded {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { error: '这是目录 / is a directory' };
    if (!stat.isFile()) return { error: '不是普通文件 / not a regular file' };
    if (stat.size > MAX_PLAN_BYTES) {
      return { error: `文件过大（${megabytes(stat.size)} MB，上限 ${megabytes(MAX_PLAN_BYTES)} MB）/ file too large` };
    }
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { error: readError(e as NodeJS.ErrnoException) };
  }
  return decodePlanBytes(bytes);
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
