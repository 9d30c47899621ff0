import * as assert from 'node:assert/strict';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-protocol';
import { analyzePlan } from '../../server/src/core';
import { documentSymbols } from '../../server/src/lsp/features/document-symbols';
import { contains, CORPUS, flatten, plan, seedAnalysis, textAt } from './helpers';

describe('document symbols', () => {
  it('seed: title, five chapters, ten actions under 三, tasks with their lead agency', () => {
    const a = seedAnalysis();
    const symbols = documentSymbols(a);
    assert.equal(symbols[0].name, '江西省碳达峰实施方案');
    assert.equal(symbols[0].kind, SymbolKind.File);
    assert.equal(symbols[0].detail, `49项任务 · ${a.model.targets.length}项指标`);
    const three = symbols[3];
    assert.equal(three.name, '三、重点任务');
    assert.deepEqual(three.children!.map((c) => c.children!.length), [4, 5, 4, 4, 5, 4, 5, 4, 4, 4]);
    const task = three.children![0].children![0];
    assert.equal(task.name, '1.推动化石能源清洁高效利用');
    // 保持非电用煤消费负增长: the task states one target without a number.
    assert.equal(task.detail, '牵头：省发展改革委 · 1项指标');
    assert.equal(textAt(a, task.selectionRange), '1.推动化石能源清洁高效利用');
    assert.equal(task.range.start.line, 12);
    // 二、主要目标 holds no tasks, only targets.
    assert.equal(symbols[2].detail, `${a.model.targets.filter((t) => t.sectionId === '2').length}项指标`);
    assert.ok(a.model.targets.filter((t) => t.sectionId === '2').length >= 4);
    assert.equal(symbols[2].kind, SymbolKind.Module);
  });

  it('seed: the clause-carrying paragraph of 五 is a task symbol inside its chapter', () => {
    const five = documentSymbols(seedAnalysis())[5];
    assert.equal(five.name, '五、组织实施');
    const p = five.children!.find((c) => c.kind === SymbolKind.Function)!;
    assert.ok(p.name.startsWith('省碳达峰碳中和工作领导小组加强对各项工作的整体部署'), p.name);
    assert.equal(p.detail, '牵头：省碳达峰碳中和工作领导小组办公室');
    assert.ok(contains(five.range, p.range));
  });

  it('seed: chapters, actions and tasks each with a kind of its own (Module, Event, Function)', () => {
    const three = documentSymbols(seedAnalysis())[3];
    assert.equal(three.kind, SymbolKind.Module);
    assert.ok(three.children!.every((c) => c.kind === SymbolKind.Event), three.children!.map((c) => c.kind).join(' '));
    assert.ok(three.children!.every((c) => c.children!.every((t) => t.kind === SymbolKind.Function)));
  });

  it('chengdu-energy-adjustment: the annex is a package symbol holding its own chapters', () => {
    const symbols = documentSymbols(plan('chengdu-energy-adjustment.txt'));
    const annex = symbols.find((s) => s.name.startsWith('附件2'))!;
    assert.equal(annex.kind, SymbolKind.Package);
    assert.equal(annex.name, '附件2成都市能源结构调整行动方案（2021-2025年）');
    assert.deepEqual(annex.children!.map((c) => c.name), ['一、总体思路', '二、工作目标', '三、重点任务', '四、保障措施']);
    assert.equal(annex.children![2].kind, SymbolKind.Module);
    assert.equal(annex.children![2].children![0].kind, SymbolKind.Event);
    const task = annex.children![2].children![0].children![0];
    assert.equal(task.name, '1.加快产业结构高端化转型');
    const chengdu = plan('chengdu-energy-adjustment.txt');
    const own = chengdu.model.tasks.find((t) => t.title.startsWith('加快产业结构高端化转型'))!.targetIndices.length;
    assert.ok(own >= 2);
    assert.equal(task.detail, `牵头：市经信局、市发改委 · ${own}项指标`);
  });

  it('tech-support-sector: 专栏 boxes are structs inside their chapter, the chapters are the tasks', () => {
    const symbols = documentSymbols(plan('tech-support-sector.txt'));
    const first = symbols.find((s) => s.name.startsWith('一、'))!;
    assert.equal(first.kind, SymbolKind.Function, 'a chapter with no numbered children is a task here');
    const box = first.children![0];
    assert.equal(box.name, '专栏1能源绿色低碳转型支撑技术');
    assert.equal(box.kind, SymbolKind.Struct);
    assert.ok(box.detail!.startsWith('专栏'));
  });

  it('shanghai-province: tasks name the lead from （责任单位：…）', () => {
    const symbols = flatten(documentSymbols(plan('shanghai-province.txt')));
    const task = symbols.find((s) => s.name === '1.大力发展非化石能源')!;
    assert.equal(task.kind, SymbolKind.Function);
    assert.match(task.detail!, /^牵头：市发展改革委/);
  });

  it('wuhan-peak-assessment: （1） tasks three levels down; a plan without targets says nothing of them', () => {
    const symbols = documentSymbols(plan('wuhan-peak-assessment.txt'));
    assert.equal(symbols[0].detail, '24项任务');
    const work = symbols.find((s) => s.name === '二、工作任务')!;
    const energy = work.children![2].children![0].children![0];
    assert.equal(energy.name, '（1）能源领域');
    assert.equal(energy.detail, '牵头：市发改委');
  });

  it('national-2030 (no clauses): tasks carry no lead, only their target counts', () => {
    const symbols = flatten(documentSymbols(plan('national-2030.txt')));
    const tasks = symbols.filter((s) => s.kind === SymbolKind.Function);
    assert.equal(tasks.length, 53);
    assert.ok(tasks.every((t) => !t.detail!.includes('牵头')));
  });

  for (const name of ['seed', ...CORPUS]) {
    it(`${name}: every symbol is named, selects inside itself, and sits inside its parent`, () => {
      const a = plan(name);
      const check = (list: DocumentSymbol[], parent: DocumentSymbol | null) => {
        for (const s of list) {
          assert.ok(s.name.trim() !== '', 'empty name');
          assert.ok(contains(s.range, s.selectionRange), `${s.name}: selection outside range`);
          if (parent) assert.ok(contains(parent.range, s.range), `${s.name} outside ${parent.name}`);
          check(s.children ?? [], s);
        }
      };
      check(documentSymbols(a), null);
    });
  }

  it('an empty document and a document with no headings have no symbols', () => {
    assert.deepEqual(documentSymbols(analyzePlan('')), []);
    assert.deepEqual(documentSymbols(analyzePlan('只是一段文字。\n另一段。')), []);
  });
});
