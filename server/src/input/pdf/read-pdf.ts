/**
 * Placeholder for the PDF reader, which is built on another branch and replaces this file at
 * merge: until then a PDF gets a clear message, like any other file that cannot be read.
 */
import type { ReadResult } from '../types';

export async function readPdf(_bytes: Uint8Array, _options?: { timeoutMs?: number; maxPages?: number }): Promise<ReadResult> {
  return { error: 'PDF 读取尚未接入 / PDF reading not wired yet', code: 'unsupported' };
}
