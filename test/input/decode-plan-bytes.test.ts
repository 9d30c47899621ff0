/**
 * Bytes to text, in-process: every encoding plans come in, binary refused, and no input at all
 * that makes the decoder throw.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import * as iconv from 'iconv-lite';
import { decodePlanBytes, NOT_TEXT } from '../../server/src/input/decode-plan-bytes';
import { SHORT_PLAN } from '../cli/plan-fixtures';

const TEXT = `${SHORT_PLAN}\n二、保障措施\n（一）加强组织领导。𠀀字（扩展B）与“引号”、①②、１２３。`;

describe('decodePlanBytes', () => {
  const cases: Array<[string, Uint8Array]> = [
    ['utf-8', Buffer.from(TEXT, 'utf8')],
    ['utf-8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])],
    ['utf-16le', iconv.encode(TEXT, 'utf16le', { addBOM: true })],
    ['utf-16be', iconv.encode(TEXT, 'utf16be', { addBOM: true })],
    ['gb18030', iconv.encode(TEXT, 'gb18030')],
  ];
  for (const [encoding, bytes] of cases) {
    it(`reads ${encoding}, without the BOM`, () => {
      assert.deepEqual(decodePlanBytes(bytes), { text: TEXT, encoding });
    });
  }

  it('reads GBK (what older government sites serve) as GB18030, even a single short line', () => {
    assert.deepEqual(decodePlanBytes(iconv.encode(SHORT_PLAN, 'gbk')), { text: SHORT_PLAN, encoding: 'gb18030' });
    assert.deepEqual(decodePlanBytes(iconv.encode('一、总体要求', 'gbk')), { text: '一、总体要求', encoding: 'gb18030' });
  });

  it('reads an empty file as an empty plan', () => {
    assert.deepEqual(decodePlanBytes(new Uint8Array(0)), { text: '', encoding: 'utf-8' });
    assert.deepEqual(decodePlanBytes(Uint8Array.from([0xef, 0xbb, 0xbf])), { text: '', encoding: 'utf-8-bom' });
  });

  it('refuses binary files: NULs and control bytes beyond a stray few', () => {
    assert.deepEqual(decodePlanBytes(Buffer.from('%PDF-1.7\n\0\0binary')), { error: NOT_TEXT, code: 'not-text' });
    assert.deepEqual(decodePlanBytes(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 0x41, 0x42])), { error: NOT_TEXT, code: 'not-text' });
    const utf32 = Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]);
    assert.deepEqual(decodePlanBytes(utf32), { error: NOT_TEXT, code: 'not-text' }, 'UTF-32 is taken for UTF-16 and then refused for its NULs');
  });

  it('OCR output: a few stray NUL and control bytes among thousands of characters are removed and counted, not a reason to refuse', () => {
    // Five of twenty copies with a NUL or a control byte in the middle of a line.
    const copies = Array.from({ length: 20 }, (_, i) => (i % 4 === 1 ? TEXT.replace('节能', i % 8 === 1 ? '节\0能' : '节\x01能') : TEXT));
    const ocr = Buffer.from(copies.join('\n'), 'utf8');
    const d = decodePlanBytes(Buffer.concat([ocr, Buffer.from([0x00, 0x0a, 0x1f]), Buffer.from('末行', 'utf8')]));
    assert.ok('text' in d, JSON.stringify(d).slice(0, 200));
    assert.equal(d.controlCharacters, 7);
    assert.ok(!/[\x00-\x08\x0e-\x1a\x1c-\x1f]/.test(d.text));
    assert.ok(d.text.endsWith('\n末行'));
  });

  it('reads UTF-16 without a byte order mark, told by where its NULs fall', () => {
    assert.deepEqual(decodePlanBytes(iconv.encode(TEXT, 'utf16le')), { text: TEXT, encoding: 'utf-16le' });
    assert.deepEqual(decodePlanBytes(iconv.encode(TEXT, 'utf16be')), { text: TEXT, encoding: 'utf-16be' });
  });

  it('keeps text with tabs, form feeds and escape codes', () => {
    const text = '一、\t总体要求\f\x1b[1m加粗\x1b[0m\r\n';
    assert.deepEqual(decodePlanBytes(Buffer.from(text, 'utf8')), { text, encoding: 'utf-8' });
  });

  it('never throws, and gives text or an error for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const d = decodePlanBytes(bytes);
        assert.ok('text' in d ? typeof d.text === 'string' && !d.text.includes('\0') : typeof d.error === 'string');
      }),
      { numRuns: 2000 },
    );
  });
});
