/**
 * A file from disk through the one entry of the input layer: the format told by its bytes, the
 * bounds by format, file errors as messages, and nothing that throws — whatever the bytes.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readPlanBytes, readPlanSource } from '../../server/src/input';
import { inputFixture, source } from './helpers';

describe('readPlanSource', () => {
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-input-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, data?: string | Uint8Array) => {
    const f = path.join(dir, name);
    if (data !== undefined) fs.writeFileSync(f, data);
    return f;
  };

  it('reads each format through its reader, by the bytes: a Word file named .txt is a Word file', async () => {
    const docx = source(await readPlanSource(file('plan.txt', inputFixture('national-2030.docx'))));
    assert.equal(docx.format, 'docx');
    assert.ok(docx.text.startsWith('国务院关于印发2030年前碳达峰行动方案的通知\n'));
    assert.equal(source(await readPlanSource(file('page.htm', inputFixture('hostile.html')))).format, 'html');
    assert.deepEqual(source(await readPlanSource(file('notes.txt', '一、总体要求\n'))), { format: 'text', text: '一、总体要求\n', encoding: 'utf-8', warnings: [] });
  });

  it('OCR text with stray control characters: read, and the user told how many were removed', async () => {
    const r = source(await readPlanSource(file('ocr.txt', Buffer.concat([Buffer.from('一、总体要求\n'.repeat(300), 'utf8'), Buffer.from([0, 0, 7]), Buffer.from('二、重点任务\n', 'utf8')]))));
    assert.equal(r.controlCharacters, 3);
    assert.ok(r.text.endsWith('一、总体要求\n二、重点任务\n'));
    assert.deepEqual(r.warnings, ['已删除 3 个控制字符（多为文字识别残留）/ 3 stray control characters removed']);
  });

  it('messages for what cannot be read: missing, a folder, a legacy .doc, a PDF (until its reader is merged), an empty .docx, a binary', async () => {
    assert.deepEqual(await readPlanSource(path.join(dir, 'missing.docx')), { error: '文件不存在 / no such file', code: 'missing' });
    assert.deepEqual(await readPlanSource(dir), { error: '这是目录 / is a directory', code: 'directory' });
    assert.deepEqual(await readPlanSource(file('old.doc', inputFixture('legacy.doc')), { soffice: null }), {
      error: '旧版 Word/WPS 文件（.doc/.wps）：请另存为 .docx 后再读取 / legacy .doc/.wps file: save it as .docx',
      code: 'legacy-word',
    });
    const pdf = await readPlanSource(file('plan.pdf', '%PDF-1.7\n%\xe2\xe3\n1 0 obj\n'));
    assert.ok('error' in pdf && /PDF/.test(pdf.error), JSON.stringify(pdf));
    assert.deepEqual(await readPlanSource(file('empty.docx', '')), { error: '不是有效的 Word 文件 / not a valid Word file', code: 'damaged' });
    assert.deepEqual(await readPlanSource(file('random.pdf', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251))), { error: '不是有效的 PDF 文件 / not a valid PDF file', code: 'damaged' });
  });

  it('size bounds by format: 50 MB of text, larger Word and PDF files (told by their first bytes)', async () => {
    const sparse = (name: string, head: Uint8Array, size: number) => {
      const f = file(name, head);
      fs.truncateSync(f, size);
      return f;
    };
    const mb = 1024 * 1024;
    assert.deepEqual(await readPlanSource(sparse('big.txt', Buffer.from('一、'), 60 * mb)), { error: '文件过大（60 MB，上限 50 MB）/ file too large', code: 'too-large' });
    assert.deepEqual(await readPlanSource(sparse('big.docx', Uint8Array.from([0x50, 0x4b, 3, 4]), 120 * mb)), { error: '文件过大（120 MB，上限 100 MB）/ file too large', code: 'too-large' });
    assert.deepEqual(await readPlanSource(sparse('huge.pdf', Buffer.from('%PDF-1.7\n'), 250 * mb)), { error: '文件过大（250 MB，上限 200 MB）/ file too large', code: 'too-large' });
    // A 60 MB Word file is within its bound: it is read (and this one is not a valid zip).
    const docx = await readPlanSource(sparse('ok.docx', Uint8Array.from([0x50, 0x4b, 3, 4]), 60 * mb));
    assert.equal('error' in docx && docx.code, 'damaged');
  });

  it('never throws, and gives plan text or a message, for any bytes under any name', async () => {
    const names = ['a.txt', 'a.docx', 'a.html', 'a.pdf', 'a.doc', 'a'];
    const heads = [[], [0x50, 0x4b, 3, 4], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [...Buffer.from('<html><body>')], [...Buffer.from('%PDF-')]];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...heads), fc.uint8Array({ maxLength: 400 }), fc.constantFrom(...names), async (head, rest, name) => {
        const r = await readPlanBytes(Uint8Array.from([...head, ...rest]), name, { soffice: null });
        assert.ok('error' in r ? typeof r.error === 'string' && typeof r.code === 'string' : typeof r.text === 'string' && Array.isArray(r.warnings));
      }),
      { numRuns: 500 },
    );
  });
});
