/**
 * The drafter's features over plain LSP, as any client meets them: references, highlights and
 * rename of an agency across the workspace's plans, completion in agency clauses and after 到,
 * links and definitions of 见附件N / 详见专栏N / 《…》, and moving a task up or down. Counts come
 * from the core's reading of the plans, never written here.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  CompletionRequest,
  CompletionResolveRequest,
  DefinitionRequest,
  DocumentHighlightKind,
  DocumentHighlightRequest,
  DocumentLinkRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  type CodeAction,
  type CompletionList,
  type DocumentHighlight,
  type DocumentLink,
  type Location,
  type Range,
  type TextDocumentEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { analyzePlan, LineIndex } from '../../server/src/core';
import { occurrencesOf } from '../../server/src/lsp/features/agency-occurrences';
import { readFixture, readSeed } from '../core/helpers';
import { LspTestClient } from './lsp-client';

const SEED = readSeed();
const ALIASES = { 省发改委: '省发展改革委' };
/** A second plan: the same agency written in full and by its alias, and a city's agency that contains its name. */
const OTHER = [
  '某某市节能降碳实施方案',
  '一、重点任务',
  '（一）推进节能改造。到2025年完成改造。（省发展改革委牵头，市发展改革委配合）',
  '（二）发展新能源。有序推进光伏开发。（责任单位：省发改委、省能源局）',
  '',
].join('\n');
const CHENGYU = readFixture('chengyu-joint.txt');
const CHENGYU_TITLE = analyzePlan(CHENGYU).model.title!;
const DRAFT = [
  '某某县碳达峰实施方案',
  '一、重点任务',
  '（一）推进光伏开发。（省能源局牵头）',
  '（二）推进节能。具体见附件1，（详见专栏3）。落实《' + CHENGYU_TITLE + '》。（省能源局、省发展改革委',
  '专栏1 重点工程',
  '建设一批项目。',
  '附件1',
  '重点项目名单',
  '',
].join('\n');

/** Applies LSP edits to a text (edits do not overlap). */
function apply(text: string, edits: readonly unknown[]): string {
  const index = new LineIndex(text);
  const sorted = (edits as TextEdit[]).map((e) => ({ start: index.offsetAt(e.range.start), end: index.offsetAt(e.range.end), text: e.newText })).sort((a, b) => b.start - a.start);
  for (const e of sorted) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return text;
}

describe('drafting features over stdio (references, rename, completion, links, move task)', function () {
  this.timeout(20000);
  let client: LspTestClient;
  let dir: string;
  let seedUri: string;
  let otherUri: string;
  let chengyuUri: string;
  let draftUri: string;
  const seedIndex = new LineIndex(SEED);
  const seedAnalysis = analyzePlan(SEED, { agencyAliases: ALIASES });
  const first = (needle: string) => seedIndex.positionAt(SEED.indexOf(needle) + 1);

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-drafting-'));
    fs.writeFileSync(path.join(dir, 'jiangxi.plan'), SEED);
    fs.writeFileSync(path.join(dir, 'other.plan'), OTHER);
    fs.writeFileSync(path.join(dir, 'chengyu.plan'), CHENGYU);
    seedUri = pathToFileURL(path.join(dir, 'jiangxi.plan')).href;
    otherUri = pathToFileURL(path.join(dir, 'other.plan')).href;
    chengyuUri = pathToFileURL(path.join(dir, 'chengyu.plan')).href;
    draftUri = pathToFileURL(path.join(dir, 'draft.plan')).href;
    client = await LspTestClient.start({
      rootUri: pathToFileURL(dir).href,
      settings: { agencyAliases: ALIASES, agencies: ['省大数据中心'] },
      capabilities: {
        workspace: { workspaceEdit: { documentChanges: true, changeAnnotationSupport: { groupsOnLabel: true } } },
        textDocument: {
          rename: { prepareSupport: true },
          completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'] }, completionList: { itemDefaults: ['editRange'] } },
        },
      },
    });
    await client.open(seedUri, SEED);
    await client.diagnostics(seedUri);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('declares references, highlights, rename with prepare, completion, links and definitions', () => {
    const caps = client.initializeResult.capabilities;
    assert.equal(caps.referencesProvider, true);
    assert.equal(caps.documentHighlightProvider, true);
    assert.deepEqual(caps.renameProvider, { prepareProvider: true });
    assert.ok(caps.completionProvider?.triggerCharacters?.includes('、'));
    assert.ok(caps.documentLinkProvider);
    assert.equal(caps.definitionProvider, true);
  });

  it('finds every task that names an agency, in this plan and the workspace’s, never a longer name', async () => {
    const locations = (await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: seedUri },
      position: first('省发展改革委'),
      context: { includeDeclaration: true },
    })) as Location[];
    const inSeed = locations.filter((l) => l.uri === seedUri);
    assert.equal(inSeed.length, occurrencesOf(seedAnalysis, '省发展改革委').length);
    const inOther = locations.filter((l) => l.uri === otherUri);
    const otherText = (r: Range) => {
      const idx = new LineIndex(OTHER);
      return OTHER.slice(idx.offsetAt(r.start), idx.offsetAt(r.end));
    };
    // 省发展改革委 and its alias 省发改委; 市发展改革委 is another agency.
    assert.deepEqual(inOther.map((l) => otherText(l.range)), ['省发展改革委', '省发改委']);
    // 四川省发展改革委 of the joint plan is another province's.
    assert.equal(locations.filter((l) => l.uri === chengyuUri).length, 0);
  });

  it('highlights the agency’s occurrences in the plan, leads as writes', async () => {
    const hs = (await client.connection.sendRequest(DocumentHighlightRequest.type, {
      textDocument: { uri: seedUri },
      position: first('省发展改革委'),
    })) as DocumentHighlight[];
    const occurrences = occurrencesOf(seedAnalysis, '省发展改革委');
    assert.equal(hs.length, occurrences.length);
    assert.equal(hs.filter((h) => h.kind === DocumentHighlightKind.Write).length, occurrences.filter((o) => o.role === 'lead').length);
  });

  it('renames an agency everywhere: this plan as is, other plans behind a confirmation', async () => {
    const position = first('省发展改革委');
    const prepared = (await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: seedUri }, position })) as {
      range: Range;
      placeholder: string;
    };
    assert.equal(prepared.placeholder, '省发展改革委');
    const edit = (await client.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri: seedUri },
      position,
      newName: '省发展和改革委员会',
    })) as WorkspaceEdit;
    const changes = edit.documentChanges as TextDocumentEdit[];
    const seedEdit = changes.find((c) => c.textDocument.uri === seedUri)!;
    assert.equal(seedEdit.textDocument.version, 1);
    assert.equal(seedEdit.edits.length, occurrencesOf(seedAnalysis, '省发展改革委').length);
    const renamed = apply(SEED, seedEdit.edits);
    assert.equal(renamed.split('省发展和改革委员会').length - 1, seedEdit.edits.length);
    const otherEdit = changes.find((c) => c.textDocument.uri === otherUri)!;
    assert.equal(otherEdit.textDocument.version, null);
    assert.ok(otherEdit.edits.every((e) => 'annotationId' in e));
    assert.ok(edit.changeAnnotations && Object.values(edit.changeAnnotations)[0].needsConfirmation);
    const other = apply(OTHER, otherEdit.edits);
    assert.match(other, /（省发展和改革委员会牵头，市发展改革委配合）/);
    assert.match(other, /责任单位：省发展和改革委员会、省能源局/);
    assert.ok(!changes.some((c) => c.textDocument.uri === chengyuUri));
  });

  it('refuses a new name that is not one agency, and a rename off any agency', async () => {
    await assert.rejects(
      client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: seedUri }, position: first('省发展改革委'), newName: '省发改委、省能源局' }),
      /标点/,
    );
    const none = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: seedUri }, position: { line: 0, character: 1 } });
    assert.equal(none, null);
  });

  describe('in a plan being drafted', () => {
    const draftIndex = new LineIndex(DRAFT);
    const endOf = (needle: string) => draftIndex.positionAt(DRAFT.indexOf(needle) + needle.length);
    before(async () => {
      await client.open(draftUri, DRAFT);
      await client.diagnostics(draftUri);
    });

    it('completes agencies after 、: this plan’s first, then the workspace’s, then the configured list', async () => {
      const text = DRAFT.replace('（省能源局、省发展改革委', '（省能源局、');
      await client.change(draftUri, 2, [{ text }]);
      const index = new LineIndex(text);
      const position = index.positionAt(text.indexOf('（省能源局、') + '（省能源局、'.length);
      const list = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: draftUri }, position })) as CompletionList;
      const items = list.items.sort(
        (a, b) => (a.sortText! < b.sortText! ? -1 : 1),
      );
      const labels = items.map((i) => i.label);
      assert.equal(labels[0], '省能源局');
      const sichuan = labels.indexOf('四川省发展改革委');
      assert.ok(sichuan > 0, 'the joint plan’s agencies are offered');
      assert.equal(labels[labels.length - 1], '省大数据中心');
      assert.match(items[sichuan].detail!, /工作区·牵头\d+项/);
      const resolved = await client.connection.sendRequest(CompletionResolveRequest.type, items[0]);
      assert.deepEqual(resolved.documentation, { kind: 'markdown', value: '- 本方案牵头1项任务\n- 归一名称：能源' });
      // Right after 、 a name is wanted, not 按职责分工负责.
      assert.ok(!labels.includes('按职责分工负责'));
      // One edit range for the list (the client takes itemDefaults), none per item.
      assert.deepEqual(list.itemDefaults?.editRange, { start: position, end: position });
      assert.ok(items.every((i) => i.textEdit === undefined));
      await client.change(draftUri, 3, [{ text: DRAFT }]);
    });

    it('offers 按职责分工负责 after a complete list, and years after 到', async () => {
      const duty = ((await client.connection.sendRequest(CompletionRequest.type, {
        textDocument: { uri: draftUri },
        position: endOf('（省能源局、省发展改革委'),
      })) as CompletionList).items;
      assert.ok(duty.some((i) => i.label === '按职责分工负责'));
      const text = DRAFT.replace('建设一批项目。', '到');
      await client.change(draftUri, 4, [{ text }]);
      const index = new LineIndex(text);
      const years = ((await client.connection.sendRequest(CompletionRequest.type, {
        textDocument: { uri: draftUri },
        position: index.positionAt(text.indexOf('到\n') + 1),
      })) as CompletionList).items;
      assert.ok(years.some((i) => i.label === '2030年'));
      await client.change(draftUri, 5, [{ text: DRAFT }]);
    });

    it('links 见附件1 to the annex and 《…》 to the workspace’s plan of that title; 专栏3 is flagged', async () => {
      const links = (await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: draftUri } })) as DocumentLink[];
      const annexLine = DRAFT.split('\n').indexOf('附件1');
      assert.deepEqual(
        links.map((l) => l.target),
        [`${draftUri}#L${annexLine + 1},1`, chengyuUri],
      );
      const definition = (await client.connection.sendRequest(DefinitionRequest.type, {
        textDocument: { uri: draftUri },
        position: endOf('见附件'),
      })) as Location[];
      assert.equal(definition[0].range.start.line, annexLine);
      const published = await client.diagnostics(draftUri, (p) => p.diagnostics.some((d) => d.code === 'missing-reference'));
      const missing = published.diagnostics.filter((d) => d.code === 'missing-reference');
      assert.equal(missing.length, 1);
      assert.match(String(missing[0].message), /专栏3.*本方案只有专栏1/);
    });
  });

  it('moves a task down: the two swap places and keep the numbers in sequence', async () => {
    const line = SEED.split('\n').findIndex((l) => l.startsWith('2.大力发展新能源'));
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: seedUri },
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      context: { diagnostics: [] },
    })) as CodeAction[];
    const down = actions.find((a) => a.kind === 'refactor.move' && a.title.startsWith('下移'))!;
    assert.ok(actions.some((a) => a.kind === 'refactor.move' && a.title.startsWith('上移')));
    const edit = (down.edit!.documentChanges as TextDocumentEdit[])[0];
    const moved = apply(SEED, edit.edits).split('\n');
    assert.match(moved[line], /^2\.加快建设新型电力系统/);
    assert.match(moved[line + 1], /^3\.大力发展新能源/);
  });
});
