/**
 * What ships: the PDF worker bundle (dist/pdf-worker.js, pdf.js inside) and pdf.js's data files
 * (dist/pdfjs/) work from a folder with no node_modules anywhere above it, as in the installed
 * .vsix — the CMaps of a Chinese font that is not embedded are found beside the worker.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { PDF_WORKER_ROLE, type PdfReply } from '../../../server/src/input/pdf/worker-protocol';
import { ROOT } from '../../root';
import { fixtureBytes } from './pdf-fixtures';

describe('the shipped PDF worker', function () {
  this.timeout(60_000);

  it('converts a PDF with a non-embedded Chinese font from a copy of dist/ alone', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-pdf-'));
    try {
      fs.copyFileSync(path.join(ROOT, 'dist', 'pdf-worker.js'), path.join(dir, 'pdf-worker.js'));
      fs.cpSync(path.join(ROOT, 'dist', 'pdfjs'), path.join(dir, 'pdfjs'), { recursive: true });
      const worker = new Worker(path.join(dir, 'pdf-worker.js'), { workerData: { role: PDF_WORKER_ROLE }, stdout: true });
      try {
        // The stamped header and footer are set in STSong-Light (not embedded, text in UniGB-UCS2-H).
        const data = fixtureBytes('running-header.pdf');
        const reply = await new Promise<PdfReply>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.postMessage({ id: 1, data, maxPages: 100, edges: true }, [data.buffer as ArrayBuffer]);
        });
        assert.ok(reply.ok);
        assert.equal(reply.pages, 5);
        assert.equal(reply.paragraphs[0], '武汉市二氧化碳排放达峰评估工作方案');
        // The header was read (so the CMap was found), then dropped as furniture.
        assert.ok(reply.edgeLines!.flat().some((l) => l.includes('武汉市人民政府办公厅')));
        assert.equal(reply.runningLines, 5);
        assert.equal(reply.pageNumbers, 5);
      } finally {
        await worker.terminate();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
