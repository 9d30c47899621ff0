/**
 * `planlens convert` and `planlens analyze`/`compare` on Word files, web pages and PDFs, through
 * the real command line: the .plan.txt written, edits kept unless --force, a mixed batch in input
 * order where one bad file stops nothing, the JSON and SARIF saying which lines the ranges are of,
 * what a folder search takes, and the exit codes.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as Sarif from 'sarif';
import { analyzePlan } from '../../server/src/core';
import { corpusLines, INPUT_FIXTURES } from '../input/helpers';
import { runCli, shown } from './run-cli';

describe('planlens convert, and analyze on PDF, Word and web pages', function () {
  this.slow(4000);
  let dir: string;
  const at = (...p: string[]) => path.join(dir, ...p);
  const copy = (fixture: string, as = fixture) => fs.copyFileSync(path.join(INPUT_FIXTURES, fixture), at(as));
  const run = (args: string[]) => runCli(args, { cwd: dir });

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-convert-'));
    copy('national-2030.docx');
    copy('beijing-manufacturing.html');
    copy('legacy.doc');
    fs.writeFileSync(at('notes.txt'), corpusLines('hangzhou-tech-city.txt').join('\n'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('convert writes <name>.plan.txt beside each file: the plan text, one paragraph a line', async () => {
    const r = await run(['convert', 'national-2030.docx', 'beijing-manufacturing.html']);
    assert.equal(r.status, 0, shown(r));
    assert.equal(fs.readFileSync(at('national-2030.plan.txt'), 'utf8'), corpusLines('national-2030.txt').join('\n') + '\n');
    assert.equal(fs.readFileSync(at('beijing-manufacturing.plan.txt'), 'utf8'), corpusLines('beijing-manufacturing.txt').join('\n') + '\n');
    assert.equal(r.stdout, '  national-2030.docx → national-2030.plan.txt  Word · 98 行\n  beijing-manufacturing.html → beijing-manufacturing.plan.txt  网页 · 73 行\n共 2 个文件：已转换 2\n');
  });

  it('convert of a folder into --out-dir: the convertible files only; a named file that cannot be read is said, the rest written, exit 2', async () => {
    const r = await run(['convert', '.', '--out-dir', 'text']);
    assert.equal(r.status, 0, shown(r));
    assert.deepEqual(fs.readdirSync(at('text')).sort(), ['beijing-manufacturing.plan.txt', 'national-2030.plan.txt']);
    // legacy.doc is not searched for (only named): notes.txt is not a document.
    assert.ok(!r.stdout.includes('legacy') && !r.stdout.includes('notes'), shown(r));
    const named = await run(['convert', 'legacy.doc', 'national-2030.docx']);
    assert.equal(named.status, 2);
    assert.ok(named.stdout.includes('  legacy.doc  error    旧版 Word/WPS 文件（.doc/.wps）：请另存为 .docx 后再读取'), shown(named));
    assert.match(named.stderr, /legacy\.doc: 旧版 Word\/WPS 文件/);
    assert.ok(fs.existsSync(at('national-2030.plan.txt')));
  });

  it('convert keeps a .plan.txt that was edited, unless --force', async () => {
    await run(['convert', 'national-2030.docx']);
    fs.appendFileSync(at('national-2030.plan.txt'), '（已核对）\n');
    const again = await run(['convert', 'national-2030.docx']);
    assert.equal(again.status, 2);
    assert.match(again.stdout, /national-2030\.plan\.txt 已存在且内容不同（可能已手工修改），未覆盖；用 --force 覆盖/);
    assert.ok(fs.readFileSync(at('national-2030.plan.txt'), 'utf8').endsWith('（已核对）\n'));
    const forced = await run(['convert', 'national-2030.docx', '--force']);
    assert.equal(forced.status, 0, shown(forced));
    assert.ok(!fs.readFileSync(at('national-2030.plan.txt'), 'utf8').includes('（已核对）'));
    // Two inputs with one output: the second is not written over the first.
    copy('national-2030.docx', 'national-2030.html');
    const clash = await run(['convert', 'national-2030.docx', 'national-2030.html', '--force']);
    assert.match(clash.stdout, /national-2030\.html {2}error {4}与 national-2030\.docx 的输出文件相同/);
  });

  it('analyze: a mixed batch in input order, each file as its text would be; one bad file stops nothing; exit 2', async () => {
    fs.writeFileSync(at('scan.pdf'), '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
    // Text an OCR program made: two stray NULs.
    fs.writeFileSync(at('ocr.txt'), corpusLines('wuhan-peak-assessment.txt').join('\n').replace('总体要求', '总体\0要求').replace('工作任务', '工作\0任务'));
    const r = await run(['analyze', 'national-2030.docx', 'scan.pdf', 'beijing-manufacturing.html', 'legacy.doc', 'notes.txt', 'ocr.txt', '--rule', 'missing-deadline=off', '--jobs', '2']);
    assert.equal(r.status, 2, shown(r));
    const heads = r.stdout.split('\n').filter((l) => /^\S/.test(l) && !l.startsWith('共'));
    assert.deepEqual(heads, ['national-2030.docx', 'scan.pdf', 'beijing-manufacturing.html', 'legacy.doc', 'notes.txt', 'ocr.txt']);
    assert.match(r.stdout, /《武汉市二氧化碳排放达峰评估工作方案》 · 章节 \d+ · [^\n]*\n {2}注意 已删除 2 个控制字符（多为文字识别残留）/);
    // The same counts as the analysis of the plan's own text (the targets' figures are the gold sets' to guard).
    const targetsOf = (name: string) => analyzePlan(corpusLines(name).join('\n')).model.targets.length;
    assert.ok(r.stdout.includes(`《2030年前碳达峰行动方案》 · 章节 71 · 任务 53 · 目标 ${targetsOf('national-2030.txt')} · 问题 1 · Word，行号指转换后的文本 national-2030.plan.txt`), shown(r));
    assert.ok(r.stdout.includes(`《北京市“十四五”时期制造业绿色低碳发展行动方案》 · 章节 41 · 任务 27 · 目标 ${targetsOf('beijing-manufacturing.txt')} · 问题 1 · 网页，行号指转换后的文本`), shown(r));
    assert.match(r.stdout, /\n {2}scan\.pdf {2}error {4}[^\n]*PDF/);
    assert.match(r.stdout, /共 6 个文件，\d+ 个问题（[^）]*），2 个文件无法分析\n$/);
    // In-process (one job) the same.
    const alone = await run(['analyze', 'national-2030.docx', '--rule', 'missing-deadline=off', '--jobs', '1']);
    assert.equal(alone.status, 0, shown(alone));
    assert.ok(alone.stdout.includes('national-2030.docx:9:1  info'), shown(alone));
  });

  it('analyze JSON and SARIF: the source (path, format) and that ranges are lines of the converted text', async () => {
    const json = await run(['analyze', 'national-2030.docx', 'notes.txt', '--format', 'json']);
    const [docx, txt] = (JSON.parse(json.stdout) as { files: Array<Record<string, unknown>> }).files;
    assert.deepEqual(Object.keys(docx).slice(0, 3), ['path', 'source', 'title']);
    assert.deepEqual(docx.source, { path: 'national-2030.docx', format: 'docx', convertedText: 'national-2030.plan.txt' });
    assert.equal(txt.source, undefined);
    assert.equal(txt.encoding, 'utf-8');
    // The ranges are those of the text convert writes: line 9 of national-2030.plan.txt is 一、总体要求.
    const outline = docx.outline as Array<{ label: string; range: { start: { line: number } } }>;
    assert.equal(corpusLines('national-2030.txt')[outline[0].range.start.line], '一、总体要求');

    const sarif = await run(['analyze', 'national-2030.docx', '--format', 'sarif']);
    const results = (JSON.parse(sarif.stdout) as Sarif.Log).runs[0].results!;
    assert.ok(results.length > 0);
    for (const res of results) {
      assert.equal(res.locations![0].physicalLocation!.artifactLocation!.uri, 'national-2030.docx');
      assert.deepEqual(res.properties, { source: { path: 'national-2030.docx', format: 'docx', convertedText: 'national-2030.plan.txt', regionsRefer: 'convertedText' } });
    }
  });

  it('analyze of a folder: text plans and documents, but not a document whose .plan.txt sits beside it', async () => {
    fs.mkdirSync(at('plans'));
    for (const f of ['national-2030.docx', 'beijing-manufacturing.html', 'notes.txt', 'legacy.doc']) fs.renameSync(at(f), at('plans', f));
    const before = await run(['analyze', 'plans', '-q', '--rule', 'missing-deadline=off', '--rule', 'no-agency-clauses=off']);
    assert.equal(before.status, 0, shown(before));
    await run(['convert', 'plans/beijing-manufacturing.html']);
    const after = await run(['analyze', 'plans', '--format', 'json']);
    const paths = (JSON.parse(after.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path);
    assert.deepEqual(paths, ['plans/beijing-manufacturing.plan.txt', 'plans/national-2030.docx', 'plans/notes.txt']);
  });

  it('compare takes Word files and pages as it takes text', async () => {
    fs.writeFileSync(at('national.txt'), corpusLines('national-2030.txt').join('\n'));
    const fromDocx = await run(['compare', 'beijing-manufacturing.html', 'national-2030.docx', '--format', 'json', '--no-segmenter']);
    const fromText = await run(['compare', 'beijing-manufacturing.html', 'national.txt', '--format', 'json', '--no-segmenter']);
    assert.equal(fromDocx.status, 0, shown(fromDocx));
    const a = JSON.parse(fromDocx.stdout) as { summary: unknown };
    const b = JSON.parse(fromText.stdout) as { summary: unknown };
    assert.deepEqual(a.summary, b.summary);
    const bad = await run(['compare', 'legacy.doc', 'national-2030.docx']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /legacy\.doc：旧版 Word\/WPS 文件/);
  });
});
