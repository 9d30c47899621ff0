/**
 * The PDF reader's stages for `npm run bench` only (bundled to dist/bench/pdf-stages.js, not
 * shipped): the whole conversion, and text extraction by pdf.js alone (the floor the layout is
 * measured against), both on the same worker thread.
 */
import { runPdfJob, stopPdfWorker } from './pdf-worker-host';
import { readPdf } from './read-pdf';

export { readPdf, stopPdfWorker };

/** pdf.js's text items of every page, without layout; resolves to the page count. */
export async function extractOnly(bytes: Uint8Array): Promise<number> {
  const r = await runPdfJob(new Uint8Array(bytes), 100_000, 120_000, { extractOnly: true });
  if (!r.ok) throw new Error(`extract: ${r.code} ${r.detail}`);
  return r.pages;
}
