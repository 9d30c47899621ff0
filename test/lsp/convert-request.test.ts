/**
 * `planlens/convert` over stdio, as "Open as Plan" uses it: the server reads a Word file or a page
 * through the input layer and answers with the plan text and the URI of <name>.plan.txt beside it
 * (writing nothing itself); a file it cannot read answers with a message, not a protocol error.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SAVE_AS_DOCX } from '../../server/src/input/legacy-word';
import { CONVERT_REQUEST, type ConvertResult } from '../../server/src/lsp/protocol';
import { corpusLines, INPUT_FIXTURES } from '../input/helpers';
import { LspTestClient } from './lsp-client';

describe('planlens/convert over stdio', function () {
  this.timeout(30000);
  let client: LspTestClient;
  let dir: string;
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;
  const convert = (name: string) => client.connection.sendRequest<ConvertResult>(CONVERT_REQUEST, { uri: uri(name) });

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-convert-lsp-'));
    for (const f of ['wuhan-peak-assessment.docx', 'national-energy-saving-14th.gbk.html', 'legacy.doc', 'zip-bomb.docx']) fs.copyFileSync(path.join(INPUT_FIXTURES, f), path.join(dir, f));
    client = await LspTestClient.start({ rootUri: pathToFileURL(dir).href });
  });
  after(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a Word plan: its text, warnings and where the plan text goes; nothing written by the server', async () => {
    const r = await convert('wuhan-peak-assessment.docx');
    assert.ok(!('error' in r), JSON.stringify(r));
    assert.equal(r.target, uri('wuhan-peak-assessment.plan.txt'));
    assert.equal(r.format, 'docx');
    assert.ok(r.text.startsWith(`${corpusLines('wuhan-peak-assessment.txt').slice(0, 3).join('\n')}\n`));
    assert.ok(r.text.endsWith('[1] 评估报告格式另行印发。\n'));
    assert.deepEqual(r.warnings, ['修订已按“全部接受”读取 / tracked changes read as accepted', '目录已略去 / table of contents left out']);
    assert.ok(!fs.existsSync(path.join(dir, 'wuhan-peak-assessment.plan.txt')));
  });

  it('a GBK page: the article as plan text', async () => {
    const r = await convert('national-energy-saving-14th.gbk.html');
    assert.ok(!('error' in r), JSON.stringify(r));
    assert.equal(r.text, corpusLines('national-energy-saving-14th.txt').slice(1).join('\n') + '\n');
  });

  it('files that cannot be read: a message and the reason, for the client to show', async () => {
    // With LibreOffice installed the message says why its conversion failed too (this .doc is a bare header).
    const doc = await convert('legacy.doc');
    assert.ok('error' in doc && doc.error.startsWith(SAVE_AS_DOCX) && doc.code === 'legacy-word', JSON.stringify(doc));
    const bomb = await convert('zip-bomb.docx');
    assert.equal('error' in bomb && bomb.code, 'zip-bomb');
    assert.deepEqual(await convert('missing.docx'), { uri: uri('missing.docx'), error: '文件不存在 / no such file', code: 'missing' });
    assert.deepEqual(await client.connection.sendRequest<ConvertResult>(CONVERT_REQUEST, { uri: 'untitled:Untitled-1' }), {
      uri: 'untitled:Untitled-1',
      error: '只能转换本机上的文件 / only local files can be converted',
      code: 'unsupported',
    });
  });
});
