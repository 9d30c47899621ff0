/**
 * A Word body as plan text, one rule a test on packages written by hand: tracked changes taken as
 * accepted, tables as tab-separated rows, text boxes and notes placed, what is never text (hidden
 * runs, field codes, a table of contents), line breaks, and packages laid out otherwise than Word
 * does (strict namespaces, the main part elsewhere).
 */
import * as assert from 'node:assert/strict';
import { strToU8, zipSync } from 'fflate';
import { readDocx } from '../../../server/src/input/docx/read-docx';
import { abstractNum, makeDocx, np, num, p, PLAN_LEVELS, source, type DocxParts } from '../helpers';

const read = (body: string, parts?: DocxParts) => source(readDocx(makeDocx(body, parts)));
const lines = (body: string, parts?: DocxParts) => read(body, parts).text.split('\n');
const r = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (runs: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
const tc = (text: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${p(text)}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const table = (...rows: string[]) => `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join('')}</w:tbl>`;
const REV = 'w:id="1" w:author="起草组" w:date="2022-03-01T00:00:00Z"';

describe('Word body as plan text', () => {
  describe('tracked changes, taken as accepted', () => {
    it('insertions kept, deletions dropped, a moved passage once (where it went)', () => {
      const body = para(`${r('到2025年，')}<w:del ${REV}><w:r><w:delText>森林覆盖率达到60%，</w:delText></w:r></w:del><w:ins ${REV}>${r('森林覆盖率达到62%，')}</w:ins>${r('完成造林任务。')}`) + para(`<w:moveFrom ${REV}>${r('旧位置的句子。')}</w:moveFrom>${r('第二段。')}<w:moveTo ${REV}>${r('新位置的句子。')}</w:moveTo>`);
      const t = read(body);
      assert.deepEqual(t.text.split('\n'), ['到2025年，森林覆盖率达到62%，完成造林任务。', '第二段。新位置的句子。']);
      assert.deepEqual(t.warnings, ['修订已按“全部接受”读取 / tracked changes read as accepted']);
    });

    it('a deleted paragraph mark joins the paragraph to the next; a paragraph deleted whole is gone, and not counted', () => {
      const deletedMark = `<w:rPr><w:del ${REV}/></w:rPr>`;
      const body = [
        np('总体要求', 1),
        para(`<w:del ${REV}><w:r><w:delText>删去的一整段。</w:delText></w:r></w:del>`, `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>${deletedMark}`),
        para(r('上半句，'), deletedMark),
        para(r('下半句。')),
        np('重点任务', 1),
      ].join('');
      assert.deepEqual(lines(body, { numbering: abstractNum(0, PLAN_LEVELS) + num(1, 0) }), ['一、总体要求', '上半句，下半句。', '二、重点任务']);
    });

    it('the numbering before a formatting change (w:pPrChange) is history, not the paragraph’s', () => {
      const body = para(r('推进光伏。'), `<w:pPrChange ${REV}><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange>`);
      assert.deepEqual(lines(body, { numbering: abstractNum(0, PLAN_LEVELS) + num(1, 0) }), ['推进光伏。']);
    });
  });

  describe('tables', () => {
    it('one line a row, cells separated by tabs; a cell spanning columns leaves empty cells; a merged cell repeats down', () => {
      const body = table(
        tr(tc('重点任务分工表', '<w:gridSpan w:val="4"/>')),
        tr(tc('重点任务'), tc('牵头单位'), tc('配合单位'), tc('完成时限')),
        tr(tc('发展光伏'), tc('市发展改革委', '<w:vMerge w:val="restart"/>'), tc('市能源局'), tc('2025年底前')),
        tr(tc('发展风电'), tc('', '<w:vMerge/>'), tc('各区县政府'), tc('持续推进')),
        tr(tc('合计', '<w:gridSpan w:val="2"/>'), tc('2项')),
      );
      assert.deepEqual(lines(body), [
        '重点任务分工表',
        '重点任务\t牵头单位\t配合单位\t完成时限',
        '发展光伏\t市发展改革委\t市能源局\t2025年底前',
        '发展风电\t市发展改革委\t各区县政府\t持续推进',
        '合计\t\t2项',
      ]);
    });

    it('a cell of several paragraphs is one cell; a table in a cell is flattened into it; a deleted row is gone', () => {
      const inner = table(tr(tc('甲'), tc('乙')));
      const body = table(
        tr(`<w:tc>${p('市发展改革委')}${p('市能源局')}</w:tc>`, `<w:tc>${inner}</w:tc>`),
        `<w:tr><w:trPr><w:del ${REV}/></w:trPr>${tc('删去的行')}${tc('x')}</w:tr>`,
        tr(tc('a\tb'), tc('c')),
      );
      assert.deepEqual(lines(body), ['市发展改革委 市能源局\t甲 乙', 'a b\tc']);
    });

    it('a one-column table (a box around a 专栏) is read as the paragraphs it holds', () => {
      const body = p('（一）能源转型') + table(tr(`<w:tc>${p('专栏1 重点工程')}${p('1.光伏：新增装机500万千瓦。')}${p('2.风电：新增装机200万千瓦。')}</w:tc>`)) + p('（二）工业降碳');
      assert.deepEqual(lines(body), ['（一）能源转型', '专栏1 重点工程', '1.光伏：新增装机500万千瓦。', '2.风电：新增装机200万千瓦。', '（二）工业降碳']);
    });
  });

  describe('text boxes and notes', () => {
    const box = (text: string) => `<w:r><w:pict><v:shape><v:textbox><w:txbxContent>${p(text)}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;

    it('a text box’s paragraphs follow the paragraph it is anchored in', () => {
      assert.deepEqual(lines(para(r('锚定段落。') + box('框中文字。')) + p('下一段。')), ['锚定段落。', '框中文字。', '下一段。']);
    });

    it('a text box written twice (DrawingML, and VML for older readers) is read once', () => {
      const drawing = `<w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${p('框中文字。')}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
      const vml = `<w:pict><v:shape><v:textbox><w:txbxContent>${p('框中文字。')}</w:txbxContent></v:textbox></v:shape></w:pict>`;
      const both = `<w:r><mc:AlternateContent><mc:Choice Requires="wps">${drawing}</mc:Choice><mc:Fallback>${vml}</mc:Fallback></mc:AlternateContent></w:r>`;
      assert.deepEqual(lines(para(r('锚定段落。') + both)), ['锚定段落。', '框中文字。']);
    });

    it('footnotes and endnotes: [1], [i] where referenced, the notes after the body, Word’s separators left out', () => {
      const note = (tag: string, id: number, text: string) => `<w:${tag} w:id="${id}">${para(`<w:r><w:${tag}Ref/></w:r>${r(text)}`)}</w:${tag}>`;
      const separators = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>';
      const body = para(r('单位GDP能耗下降13.5%') + '<w:r><w:footnoteReference w:id="2"/></w:r>' + r('。')) + para(r('另见说明') + '<w:r><w:endnoteReference w:id="1"/></w:r>' + r('；') + '<w:r><w:footnoteReference w:id="2"/></w:r>');
      const t = lines(body, { footnotes: separators + note('footnote', 2, '按2020年不变价计算。'), endnotes: note('endnote', 1, '数据来源：统计年鉴。') });
      assert.deepEqual(t, ['单位GDP能耗下降13.5%[1]。', '另见说明[i]；[1]', '[1] 按2020年不变价计算。', '[i] 数据来源：统计年鉴。']);
    });
  });

  describe('what is not text', () => {
    it('hidden runs (directly or by their character style), field codes, symbol-font characters', () => {
      const styles = '<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr></w:style>';
      const field = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "http://example.invalid/" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('政策原文')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
      const body = para(r('可见。') + r('隐藏。', '<w:vanish/>') + r('样式隐藏。', '<w:rStyle w:val="Secret"/>') + field + '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/><w:sym w:font="SimSun" w:char="2605"/></w:r>');
      assert.deepEqual(lines(body, { styles }), ['可见。政策原文★']);
    });

    it('a table of contents, as a bare TOC field or in its content control, is left out with a warning', () => {
      const entry = (t: string) => para(`<w:hyperlink w:anchor="_Toc1">${r(t)}<w:r><w:tab/></w:r>${r('3')}</w:hyperlink>`, '<w:pStyle w:val="TOC1"/>');
      const field = `${para(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-3" \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`)}${entry('一、总体要求')}${entry('二、重点任务')}${para('<w:r><w:fldChar w:fldCharType="end"/></w:r>')}`;
      const control = `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>${entry('一、总体要求')}</w:sdtContent></w:sdt>`;
      for (const toc of [field, control]) {
        const t = read(p('目录') + toc + p('一、总体要求'));
        assert.deepEqual(t.text.split('\n'), ['目录', '一、总体要求']);
        assert.deepEqual(t.warnings, ['目录已略去 / table of contents left out']);
      }
    });

    it('a field left open by a damaged file does not swallow the rest of the document', () => {
      const body = para(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>`) + p('后面的段落。');
      assert.deepEqual(lines(body), ['后面的段落。']);
    });

    it('content controls and custom XML around text are read through', () => {
      const body = `<w:sdt><w:sdtContent>${p('控件中的段落。')}</w:sdtContent></w:sdt>` + para(`<w:sdt><w:sdtContent>${r('行内控件')}</w:sdtContent></w:sdt><w:customXml>${r('，自定义标记。')}</w:customXml>`);
      assert.deepEqual(lines(body), ['控件中的段落。', '行内控件，自定义标记。']);
    });
  });

  describe('breaks and spaces', () => {
    it('a centred title broken over lines is one line; other line and page breaks end a line', () => {
      const body = para(r('关于印发《某市碳达峰') + '<w:r><w:br/></w:r>' + r('实施方案》的通知'), '<w:jc w:val="center"/>') + para(r('各区人民政府：') + '<w:r><w:br/></w:r>' + r('现将方案印发给你们。') + '<w:r><w:br w:type="page"/></w:r>' + r('附件'));
      assert.deepEqual(lines(body), ['关于印发《某市碳达峰实施方案》的通知', '各区人民政府：', '现将方案印发给你们。', '附件']);
    });

    it('tabs and runs of spaces inside a paragraph are one space; indentation and empty paragraphs go', () => {
      assert.deepEqual(lines(para(r('　　国务院') + '<w:r><w:tab/></w:r>' + r('2021年10月24日    ')) + p('') + p('   ')), ['国务院 2021年10月24日']);
    });
  });

  describe('packages not laid out as Word does', () => {
    it('a strict (ISO 29500) document, its main part under another name', () => {
      const strict = 'xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"';
      assert.deepEqual(lines(p('一、总体要求') + p('推进节能。'), { namespaces: strict, documentName: 'content/main.xml' }), ['一、总体要求', '推进节能。']);
    });

    it('a zip that is not a Word document (a spreadsheet, any archive) says so', () => {
      const xlsx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
      assert.deepEqual(readDocx(xlsx), { error: '这是压缩包，但不是 Word 文档（缺少 word/document.xml）/ a zip archive, not a Word document', code: 'unsupported' });
    });
  });
});
