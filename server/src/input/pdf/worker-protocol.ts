/** Messages between readPdf (main thread) and the PDF worker thread. */

export interface PdfJob {
  id: number;
  /** The file's bytes, moved to the worker (the buffer is the worker's from then on). */
  data: Uint8Array;
  maxPages: number;
  /** Also send back the lines at the ends of each page (the scorer's check for furniture left). */
  edges?: boolean;
  /** Only extract the text items, no layout (the benchmark's floor). */
  extractOnly?: boolean;
}

export interface PdfDone {
  id: number;
  ok: true;
  pages: number;
  paragraphs: string[];
  pageNumbers: number;
  runningLines: number;
  /** Pages with no text at all (1-based). */
  emptyPages: number[];
  /** Pages pdf.js could not read (1-based). */
  failedPages: number[];
  tableRows: number;
  /** Glyphs without a character (dropped). */
  unmapped: number;
  /** Lines of a table of contents (left out). */
  contentsLines: number;
  edgeLines?: string[][];
}

export interface PdfFailed {
  id: number;
  ok: false;
  code: 'encrypted' | 'damaged' | 'too-large';
  /** What pdf.js said, for the English half of the message. */
  detail: string;
  pages?: number;
}

export type PdfReply = PdfDone | PdfFailed;

/** Set in workerData so that the worker script knows its role. */
export const PDF_WORKER_ROLE = 'planlens-pdf-worker';
