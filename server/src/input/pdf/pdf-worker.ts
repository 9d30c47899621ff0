/**
 * The PDF worker thread: parses one file at a time with pdf.js and lays its text out, posting back
 * the paragraphs. It runs apart from the caller so that a hostile file meets a memory bound (the
 * worker's resourceLimits) and a deadline (the caller terminates the thread), neither of which a
 * parser running on the caller's own thread could be given.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { layoutPages } from './layout';
import { pageItems, type PageItems } from './pdf-items';
import { loadPdfjs } from './pdfjs-loader';
import { PDF_WORKER_ROLE, type PdfJob, type PdfReply } from './worker-protocol';

export async function convertPdf(job: PdfJob): Promise<PdfReply> {
  const { pdfjs, cMapUrl, standardFontDataUrl } = loadPdfjs();
  const task = pdfjs.getDocument({
    data: job.data,
    cMapUrl,
    cMapPacked: true,
    standardFontDataUrl,
    // Nothing in a file is run or fetched: no font programs compiled to functions, no system fonts.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (e) {
      const name = (e as { name?: string }).name;
      const detail = String((e as Error).message ?? e);
      if (name === 'PasswordException') return { id: job.id, ok: false, code: 'encrypted', detail };
      return { id: job.id, ok: false, code: 'damaged', detail };
    }
    if (doc.numPages > job.maxPages) return { id: job.id, ok: false, code: 'too-large', detail: 'pages', pages: doc.numPages };
    const pages: PageItems[] = [];
    const failedPages: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n);
        pages.push(await pageItems(page, n));
        page.cleanup();
      } catch {
        failedPages.push(n);
      }
    }
    if (job.extractOnly) {
      return { id: job.id, ok: true, pages: doc.numPages, paragraphs: [], pageNumbers: 0, runningLines: 0, emptyPages: [], failedPages, tableRows: 0, unmapped: 0, contentsLines: 0 };
    }
    const layout = layoutPages(pages);
    return {
      id: job.id,
      ok: true,
      pages: doc.numPages,
      paragraphs: layout.paragraphs,
      pageNumbers: layout.pageNumbers,
      runningLines: layout.runningLines,
      emptyPages: layout.emptyPages,
      failedPages,
      tableRows: layout.tableRows,
      unmapped: layout.unmapped,
      contentsLines: layout.contentsLines,
      edgeLines: job.edges ? layout.edgeLines : undefined,
    };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

function serve(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (job: PdfJob) => {
    void convertPdf(job).then(
      (reply) => port.postMessage(reply),
      (e) => port.postMessage({ id: job.id, ok: false, code: 'damaged', detail: String((e as Error)?.message ?? e) } satisfies PdfReply),
    );
  });
}

if ((workerData as { role?: string } | undefined)?.role === PDF_WORKER_ROLE) serve();
