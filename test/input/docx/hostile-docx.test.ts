/**
 * Word files are untrusted: the committed hostile fixtures (XXE, a zip bomb, macros, remote links
 * and template, a truncated download, a renamed text file) and bombs made here (a huge entry
 * count, a part that lies about its size, entity expansion). Each gets a clear message or its
 * text, bounded, with nothing resolved, run or fetched.
 */
import * as assert from 'node:assert/strict';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readDocx } from '../../../server/src/input/docx/read-docx';
import { MAX_ENTRIES } from '../../../server/src/input/docx/zip-parts';
import { readPlanBytes } from '../../../server/src/input/read-plan-bytes';
import { inputFixture, makeDocx, p, source } from '../helpers';

const PLAN = ['某市节能降碳行动方案', '一、重点任务', '到2025年，单位地区生产总值能耗比2020年下降14%。（市发展改革委负责）'];

describe('hostile Word files', () => {
  it('XXE: a DTD with external entities (a local file, a URL) is refused, nothing resolved', () => {
    const r = readDocx(inputFixture('xxe.docx'));
    assert.deepEqual(r, { error: 'Word 文件含有 DTD 声明（Word 从不写入，可能是恶意文件），已拒绝 / DTD in a Word part: refused', code: 'damaged' });
  });

  it('entity expansion ("billion laughs") in any part is refused the same way', () => {
    const laughs = '<!DOCTYPE w:styles [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
    const files = unzipSync(makeDocx(p('正文'), { styles: '<w:style w:styleId="x"><w:name w:val="&c;"/></w:style>' }));
    files['word/styles.xml'] = strToU8(new TextDecoder().decode(files['word/styles.xml']).replace('?>', `?>${laughs}`));
    const r = readDocx(zipSync(files));
    assert.equal('error' in r && r.code, 'damaged');
  });

  it('a zip bomb: 300 MB of document declared in 300 KB is refused before anything is inflated', () => {
    assert.deepEqual(readDocx(inputFixture('zip-bomb.docx')), {
      error: '压缩包展开后过大（word/document.xml 300 MB），疑似“压缩炸弹”，已拒绝 / zip would expand too far (word/document.xml 300 MB): refused',
      code: 'zip-bomb',
    });
  });

  it('a zip of more entries than any document has is refused', () => {
    const files: Record<string, Uint8Array> = unzipSync(makeDocx(p('正文')));
    for (let i = 0; i <= MAX_ENTRIES; i++) files[`customXml/item${i}.xml`] = new Uint8Array(0);
    const r = readDocx(zipSync(files, { level: 0 }));
    assert.equal('error' in r && r.code, 'zip-bomb');
    assert.match((r as { error: string }).error, /超过 10000 个条目/);
  });

  it('a part that declares a small size and inflates to more is cut at its declared size (then fails as XML), never grown', () => {
    const big = `${'<w:p><w:r><w:t>填充</w:t></w:r></w:p>'.repeat(20_000)}`;
    const zip = makeDocx(big);
    // Patch the declared size of word/document.xml in its local header and central directory entry.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const name = strToU8('word/document.xml');
    const at = (sig: number, nameOffset: number, sizeOffset: number) => {
      for (let i = 0; i + 46 < zip.length; i++) {
        if (view.getUint32(i, true) !== sig) continue;
        if (name.every((b, k) => zip[i + nameOffset + k] === b)) view.setUint32(i + sizeOffset, 100, true);
      }
    };
    at(0x04034b50, 30, 22);
    at(0x02014b50, 46, 24);
    const r = readDocx(zip);
    assert.equal('error' in r && r.code, 'damaged', JSON.stringify(r).slice(0, 300));
  });

  it('a truncated download and an empty zip get a message', () => {
    assert.deepEqual(readDocx(inputFixture('truncated.docx')), { error: 'Word 文件已损坏，无法解压（invalid zip data）/ damaged Word file: cannot unzip', code: 'damaged' });
    assert.equal((readDocx(zipSync({})) as { code: string }).code, 'damaged');
  });

  it('a .docm: its text read, its macros never (said in a warning)', () => {
    const r = source(readDocx(inputFixture('macro.docm')));
    assert.deepEqual(r.text.split('\n'), PLAN);
    assert.deepEqual(r.warnings, ['文件含有宏，未运行 / the file holds macros: not run']);
  });

  it('remote images, links and a remote template: the text read, no external target followed', () => {
    const r = source(readDocx(inputFixture('remote-links.docx')));
    assert.deepEqual(r.text.split('\n'), [...PLAN, '附件下载']);
    assert.ok(!r.text.includes('attacker'));
  });

  it('a text file renamed .docx is read as text, and the user is told', async () => {
    const r = source(await readPlanBytes(inputFixture('renamed-text.docx'), 'renamed-text.docx'));
    assert.equal(r.format, 'text');
    assert.deepEqual(r.text.trim().split('\n'), PLAN);
    assert.deepEqual(r.warnings, ['文件名是 Word 文件，内容却是文本，已按文本读取 / named as a Word file but holds text: read as text']);
  });
});
