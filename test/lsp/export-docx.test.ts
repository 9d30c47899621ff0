/**
 * planlens/exportDocx through the protocol: the open plan (unsaved edits included) as .docx bytes
 * that read back as its text; the title font from the settings; an empty plan answered with why.
 */
import * as assert from 'node:assert/strict';
import { EXPORT_DOCX_REQUEST, type ExportDocxResult } from '../../server/src/lsp/protocol';
import { readPlanBytes } from '../../server/src/input';
import { readSeed } from '../core/helpers';
import { comparable, parts, styleXml } from '../export/helpers';
import { LspTestClient } from './lsp-client';

const SEED = readSeed();

describe('Export to Word through the protocol', function () {
  this.timeout(30_000);
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(async () => client?.stop());
  const request = (uri: string) => client.connection.sendRequest<ExportDocxResult>(EXPORT_DOCX_REQUEST, { uri });

  it('answers with the .docx of the open plan, which reads back as its text', async () => {
    const uri = 'untitled:export.plan';
    await client.open(uri, SEED);
    const r = await request(uri);
    assert.ok(!('error' in r), 'error' in r ? r.error : '');
    assert.equal(r.title, '江西省碳达峰实施方案');
    const bytes = Buffer.from(r.data, 'base64');
    const back = await readPlanBytes(bytes, 'plan.docx');
    assert.ok(!('error' in back));
    assert.deepEqual(comparable(back.text), comparable(SEED));
    await client.configure({ export: { titleFont: '华文中宋' } });
    const again = await request(uri);
    assert.ok(!('error' in again));
    assert.match(styleXml(parts(Buffer.from(again.data, 'base64'))['word/styles.xml'], 'PlanTitle'), /w:eastAsia="华文中宋"/);
    await client.configure({});
  });

  it('an empty plan, or one that is not open nor on disk: an error to show', async () => {
    await client.open('untitled:empty.plan', '');
    const empty = await request('untitled:empty.plan');
    assert.ok('error' in empty && empty.error.startsWith('文件为空'));
    const missing = await request('file:///nonexistent/plan.txt');
    assert.ok('error' in missing);
  });
});
