/**
 * A PDF's text layer → plan text, one paragraph a line (PlanSource), or why it cannot be read
 * (InputFailure: scanned, encrypted, damaged, timeout, too-large). Never throws.
 *
 * The parse runs on a worker thread (pdf-worker-host.ts): a deadline and a memory bound per file.
 */
import type { InputFailure, ReadResult } from '../types';
import { MSG } from './messages';
import { runPdfJob, WORKER_HEAP_MB, type HostOutcome } from './pdf-worker-host';
import type { PdfDone } from './worker-protocol';

export interface ReadPdfOptions {
  /** Deadline for the whole file (default 60 s: a 75-page plan takes about 1 s). */
  timeoutMs?: number;
  /** More pages than this and the file is refused (default 2000). */
  maxPages?: number;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_PAGES = 2000;
/** Far above any plan (the largest seen is 2 MB; a scanned 300-page report is ~100 MB). */
export const MAX_PDF_BYTES = 200 * 1024 * 1024;

/** A text layer with less than this many characters a page is no text layer (a scan with a stray page number). */
const MIN_CHARS_PER_PAGE = 20;

export async function readPdf(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<ReadResult> {
  return (await readPdfDetailed(bytes, options)).result;
}

/** What the conversion did besides the text: for the scorer, the tests and the benchmark. */
export interface PdfDetails {
  result: ReadResult;
  pageNumbers?: number;
  runningLines?: number;
  tableRows?: number;
  /** With `edges`: the first and last lines of each page before furniture was dropped. */
  edgeLines?: string[][];
}

export async function readPdfDetailed(bytes: Uint8Array, options: ReadPdfOptions & { edges?: boolean } = {}): Promise<PdfDetails> {
  try {
    return await read(bytes, options);
  } catch (e) {
    return { result: { error: MSG.damaged(String((e as Error)?.message ?? e)), code: 'damaged' } };
  }
}

async function read(bytes: Uint8Array, options: ReadPdfOptions & { edges?: boolean }): Promise<PdfDetails> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  if (bytes.byteLength > MAX_PDF_BYTES) {
    return { result: { error: MSG.tooBig(Math.round(bytes.byteLength / 1048576), MAX_PDF_BYTES / 1048576), code: 'too-large' } };
  }
  if (!hasPdfHeader(bytes)) return { result: { error: MSG.notPdf, code: 'damaged' } };
  // A copy of the caller's bytes is moved to the worker: the caller's buffer (often a slice of a pooled one) stays intact.
  const outcome = await runPdfJob(new Uint8Array(bytes), maxPages, timeoutMs, { edges: options.edges });
  if (!outcome.ok) return { result: failure(outcome, maxPages, timeoutMs) };
  const details = { pageNumbers: outcome.pageNumbers, runningLines: outcome.runningLines, tableRows: outcome.tableRows, edgeLines: outcome.edgeLines };
  return { ...details, result: planSource(outcome) };
}

function failure(outcome: Exclude<HostOutcome, PdfDone>, maxPages: number, timeoutMs: number): InputFailure {
  switch (outcome.code) {
    case 'encrypted':
      return { error: MSG.encrypted, code: 'encrypted' };
    case 'too-large':
      return { error: MSG.tooManyPages(outcome.pages ?? 0, maxPages), code: 'too-large' };
    case 'timeout':
      return { error: MSG.timeout(Math.round(timeoutMs / 100) / 10), code: 'timeout' };
    case 'out-of-memory':
      return { error: MSG.outOfMemory(WORKER_HEAP_MB), code: 'too-large' };
    default:
      return { error: MSG.damaged(outcome.detail), code: 'damaged' };
  }
}

function planSource(outcome: PdfDone): ReadResult {
  const text = outcome.paragraphs.join('\n');
  const chars = text.replace(/\s+/g, '').length;
  if (chars < MIN_CHARS_PER_PAGE * Math.max(1, Math.min(outcome.pages, 5)) && outcome.emptyPages.length >= outcome.pages / 2) {
    return { error: MSG.scanned, code: 'scanned' };
  }
  const warnings: string[] = [];
  if (outcome.emptyPages.length) warnings.push(MSG.emptyPages(outcome.emptyPages));
  if (outcome.failedPages.length) warnings.push(MSG.failedPages(outcome.failedPages));
  if (outcome.unmapped) warnings.push(MSG.unmapped(outcome.unmapped));
  if (outcome.contentsLines) warnings.push(MSG.contentsLeftOut);
  return { text: text ? `${text}\n` : '', format: 'pdf', pages: outcome.pages, warnings };
}

/** `%PDF-` within the first KB (some producers put a few bytes of junk before it; pdf.js reads those too). */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  return head.includes('%PDF-');
}
