/**
 * Files that are not a readable plan: each gets a clear message (short Chinese, then English) and
 * a code, never an exception, an empty plan or a hung process; the next file reads as usual.
 */
import * as assert from 'node:assert/strict';
import { readPdf } from '../../../server/src/input/pdf/read-pdf';
import { stopPdfWorker } from '../../../server/src/input/pdf/pdf-worker-host';
import { isFailure, type InputFailure, type ReadResult } from '../../../server/src/input/types';
import { fixtureBytes } from './pdf-fixtures';

function failure(r: ReadResult): InputFailure {
  assert.ok(isFailure(r), `expected a failure, got ${JSON.stringify(r).slice(0, 200)}`);
  assert.match(r.error, /^[^/]*[\u4e00-\u9fff][^/]* \/ [ -~]+$/, 'Chinese, then / English');
  return r;
}

describe('readPdf on bad files', function () {
  this.timeout(60_000);
  after(() => stopPdfWorker());

  it('a scan (pages that are images only): the scanned message, not an empty plan', async () => {
    const r = failure(await readPdf(fixtureBytes('scanned.pdf')));
    assert.equal(r.code, 'scanned');
    assert.equal(r.error, '扫描件：没有文字层，需要先做文字识别 / scanned: no text layer, OCR it first');
  });

  it('an encrypted PDF that needs a password: encrypted', async () => {
    const r = failure(await readPdf(fixtureBytes('encrypted.pdf')));
    assert.equal(r.code, 'encrypted');
    assert.match(r.error, /加密/);
  });

  it('a PDF with an owner password only (printing and copying restricted) reads like the original', async () => {
    const r = await readPdf(fixtureBytes('owner-only.pdf'));
    const original = await readPdf(fixtureBytes('546.pdf'));
    assert.ok(!isFailure(r) && !isFailure(original));
    assert.equal(r.text, original.text);
  });

  it('a truncated PDF: damaged', async () => {
    const r = failure(await readPdf(fixtureBytes('truncated.pdf')));
    assert.equal(r.code, 'damaged');
  });

  it('a text file named .pdf: damaged, not a PDF', async () => {
    const r = failure(await readPdf(fixtureBytes('not-a-pdf.pdf')));
    assert.equal(r.code, 'damaged');
    assert.match(r.error, /不是 PDF 文件/);
  });

  it('random bytes after a %PDF- header, and an empty file: a failure, never an exception', async () => {
    let seed = 7;
    const random = new Uint8Array(20_000).map(() => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    random.set(Buffer.from('%PDF-1.7\n'), 0);
    assert.equal(failure(await readPdf(random)).code, 'damaged');
    assert.equal(failure(await readPdf(new Uint8Array(0))).code, 'damaged');
  });

  it('a content stream that inflates to 300 MB is stopped at the deadline, and the next file reads', async () => {
    const t0 = Date.now();
    const r = failure(await readPdf(fixtureBytes('bomb.pdf'), { timeoutMs: 3000 }));
    assert.ok(['timeout', 'too-large'].includes(r.code), r.code);
    assert.ok(Date.now() - t0 < 10_000);
    const next = await readPdf(fixtureBytes('546.pdf'));
    assert.ok(!isFailure(next) && next.pages === 5);
  });

  it('too many pages for the caller: too-large, with the count', async () => {
    const r = failure(await readPdf(fixtureBytes('546.pdf'), { maxPages: 3 }));
    assert.equal(r.code, 'too-large');
    assert.match(r.error, /5 页/);
  });

  it('files read together are queued, each gets its own result, the caller’s bytes stay whole', async () => {
    const bytes = fixtureBytes('546.pdf');
    const results = await Promise.all([readPdf(bytes), readPdf(fixtureBytes('not-a-pdf.pdf')), readPdf(fixtureBytes('scanned.pdf')), readPdf(bytes)]);
    assert.equal(bytes.byteLength, 199722);
    assert.ok(!isFailure(results[0]) && !isFailure(results[3]));
    assert.equal(results[0].text, results[3].text);
    assert.equal((results[1] as InputFailure).code, 'damaged');
    assert.equal((results[2] as InputFailure).code, 'scanned');
  });
});
