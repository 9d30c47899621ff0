/**
 * The two alarms a drafter relies on — a task with no time requirement, a task with no lead — as a
 * reader finds them, on real plans: where each task's time comes from (its own words, its section's
 * lead-in, the plan's period, a recurrence, a standing nature), whether it is concrete work, and who
 * leads it (its clause, the actor of its own sentences, a shared level, a bare list, 下同).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { toJson, type PlanAnalysis, type Task } from '../../server/src/core';
import { analyze, corpus, readSeed, ROOT } from './helpers';

const cache = new Map<string, PlanAnalysis>();
function national(n: number): PlanAnalysis {
  const name = `${n}.txt`;
  let a = cache.get(name);
  if (!a) cache.set(name, (a = analyze(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'national', name), 'utf8'))));
  return a;
}

/** The task whose heading (or first sentence) is on a 1-based line. */
function taskAt(a: PlanAnalysis, line: number): Task {
  const t = a.model.tasks.find((x) => a.lineIndex.positionAt(x.headingSpan.start).line + 1 === line);
  assert.ok(t, `no task on line ${line}`);
  return t;
}

const alarmLines = (a: PlanAnalysis, code: string) => a.diagnostics.filter((d) => d.code === code).map((d) => a.lineIndex.positionAt(d.span.start).line + 1);
const lead = (t: Task) => [t.leadSource, t.agencies?.lead ?? [], t.agencies?.support ?? []];

describe('alarms: when a task has a time requirement', () => {
  const seed = () => corpusSeed();
  let seedAnalysis: PlanAnalysis | undefined;
  function corpusSeed(): PlanAnalysis {
    seedAnalysis ??= analyze(readSeed());
    return seedAnalysis;
  }

  it('its own words (seed 3.1.2 到2030年), or none: concrete work with no time anywhere is flagged (seed 3.1.1)', () => {
    const a = seed();
    assert.deepEqual(taskAt(a, 14).effectiveDeadline, { source: 'own', year: 2030, text: '到2030年', span: taskAt(a, 14).deadlines[0].span });
    const t = taskAt(a, 13);
    assert.equal(t.effectiveDeadline.source, 'none');
    assert.equal(t.work, 'concrete');
    const d = a.diagnostics.find((x) => x.code === 'missing-deadline' && x.span.start === t.headingSpan.start)!;
    assert.equal(d.message, '具体工作未设完成时限，章节和方案也未给出：请补充“到20XX年”或“20XX年底前”。');
    assert.deepEqual(a.lineIndex.range(d.span.start, d.span.end), { start: { line: 12, character: 0 }, end: { line: 12, character: 14 } });
  });

  it('standing measures have none by nature and are never flagged (seed 四、政策保障; 常态化监管 of 3.5.2)', () => {
    const a = seed();
    for (const line of [66, 67, 68, 69, 70]) {
      assert.equal(taskAt(a, line).work, 'standing', `line ${line}`);
      assert.ok(!alarmLines(a, 'missing-deadline').includes(line), `line ${line}`);
    }
    assert.deepEqual([taskAt(a, 35).effectiveDeadline.source, taskAt(a, 35).effectiveDeadline.text], ['ongoing', '常态化监管']);
    assert.ok(!alarmLines(a, 'missing-deadline').includes(35));
  });

  it('its section’s lead-in governs the tasks below it (shanghai （六）: 到2025年 → 5.)', () => {
    const a = corpus('shanghai-province.txt');
    const t = taskAt(a, 44);
    assert.deepEqual([t.effectiveDeadline.source, t.effectiveDeadline.year, t.effectiveDeadline.text], ['section', 2025, '到2025年']);
    assert.equal(a.lineIndex.positionAt(t.effectiveDeadline.span!.start).line + 1, 39);
    assert.ok(!alarmLines(a, 'missing-deadline').includes(44));
  });

  it('the plan’s single period covers every task (anhui “十四五”: no alarm at all); several horizons give none (seed: 2025 and 2030)', () => {
    const anhui = corpus('anhui-energy-saving.txt');
    assert.deepEqual(anhui.model.period.end, 2025);
    assert.deepEqual([taskAt(anhui, 9).effectiveDeadline.source, taskAt(anhui, 9).effectiveDeadline.year], ['plan-period', 2025]);
    assert.deepEqual(alarmLines(anhui, 'missing-deadline'), []);
    assert.equal(seed().model.period.end, null);
    assert.ok(seed().model.tasks.every((t) => t.effectiveDeadline.source !== 'plan-period'));
  });

  it('a recurrence that governs the task (shanghai 五(一) 定期调度), not one beside concrete work (引导企业…定期公布)', () => {
    const a = corpus('shanghai-province.txt');
    assert.deepEqual([taskAt(a, 80).effectiveDeadline.source, taskAt(a, 80).effectiveDeadline.text], ['recurring', '定期']);
    const beside = taskAt(a, 62);
    assert.equal(beside.effectiveDeadline.source, 'none');
    assert.ok(alarmLines(a, 'missing-deadline').includes(62));
  });

  it('a task-division document needs a time on every task, and the message says so (370: 2022年措施任务清单)', () => {
    const a = national(370);
    assert.equal(a.model.mode, 'division');
    const lines = alarmLines(a, 'missing-deadline');
    assert.ok(lines.includes(7), 'plan period is not enough in a task list');
    assert.ok(!lines.includes(14), '（六） has 2022年 of its own');
    assert.ok(!lines.includes(13), '（五）: 限期2022年内完成');
    const d = a.diagnostics.find((x) => x.code === 'missing-deadline')!;
    assert.equal(d.message, '本方案逐项分工（分工方案、任务清单），每项任务须写明时限：请补充“20XX年X月底前”。');
    assert.equal(corpus('heilongjiang-eco-dept-rolling.txt').model.mode, 'division', 'every task carries 完成时限');
    assert.equal(seed().model.mode, 'normal');
  });

  it('JSON writes each task’s effective deadline, lead source and work, and the plan’s mode', () => {
    const json = toJson('seed.txt', seed());
    const task = (json.tasks as Array<Record<string, unknown>>).find((t) => t.id === '3.2.5')!;
    assert.deepEqual([task.effectiveDeadline, task.leadSource, task.work], [{ source: 'own', year: 2025, text: '到2025年' }, 'clause', 'concrete']);
    const standing = (json.tasks as Array<Record<string, unknown>>).find((t) => t.id === '4.1')!;
    assert.deepEqual([standing.effectiveDeadline, standing.work], [{ source: 'none', year: null, text: null }, 'standing']);
    assert.equal(json.mode, 'normal');
  });
});

describe('alarms: who leads a task', () => {
  it('the actors of its own sentences: parallel departments lead together (515 （一）)', () => {
    assert.deepEqual(lead(taskAt(national(515), 23)), ['body', ['市发展改革部门', '市规划自然资源部门', '市住房城乡建设部门'], []]);
  });

  it('the one in charge leads, a coordinator supports (515 （七） 在…协调下，各区政府负责; zhejiang 领导小组统筹, its office supports)', () => {
    assert.deepEqual(lead(taskAt(national(515), 30)), ['body', ['各区政府'], ['市行政主管部门']]);
    assert.deepEqual(lead(taskAt(corpus('zhejiang-opinions.txt'), 53)), ['body', ['省碳达峰碳中和工作领导小组'], ['省碳达峰碳中和工作领导小组办公室']]);
  });

  it('会同 names the partners, with the shared 部门 distributed (515 （三）加强督查落实)', () => {
    const [source, leads, support] = lead(taskAt(national(515), 40));
    assert.deepEqual([source, leads], ['body', ['市住房城乡建设部门']]);
    assert.deepEqual(support, ['发展改革部门', '规划自然资源部门', '城市管理部门', '经信部门', '财政部门', '金融监管部门']);
  });

  it('由…组织 (548 （四）) and 委托 (548 （二）): the agency acts, the parties addressed (创建单位) do not', () => {
    const a = national(548);
    assert.deepEqual(lead(taskAt(a, 53)), ['body', ['市生态环境局'], []]);
    assert.deepEqual(taskAt(a, 49).agencies?.lead, ['市生态环境局']);
    assert.deepEqual(taskAt(a, 59).agencies?.lead, ['市生态环境局']);
  });

  it('a level shared by a list (465: 推进单位：市工信局、发改委、生态环境局)', () => {
    assert.deepEqual(lead(taskAt(national(465), 207)), ['clause', ['市工信局'], ['市发改委', '市生态环境局']]);
  });

  it('a place listed with departments implements; the department leads (shanghai 1.: 各区、市发展改革委)', () => {
    assert.deepEqual(lead(taskAt(corpus('shanghai-province.txt'), 66)), ['clause', ['市发展改革委'], ['各区']]);
  });

  it('run-in paragraphs with a clause each are tasks of their own (liaoyuan （三）推进工业绿色生产)', () => {
    const a = corpus('liaoyuan-green-economy.txt');
    assert.deepEqual([17, 18, 19].map((l) => [taskAt(a, l).id, taskAt(a, l).agencies!.lead]), [
      ['2.3.p1', ['市工业和信息化局']],
      ['2.3.p2', ['市发展改革委']],
      ['2.3.p3', ['市发展改革委']],
    ]);
    assert.ok(!a.model.tasks.some((t) => t.id === '2.3'), 'the heading alone is not a task');
  });

  it('a bare list in brackets, 下同, a clause after the last sentence, 责任主体 (the seed’s clauses written that way)', () => {
    const lines = readSeed().split('\n');
    lines[12] = lines[12].replace(/\(省发展改革委、[^)]*\)$/, '（省发展改革委、省能源局）');
    lines[13] = lines[13].replace(/\(省能源局、[^)]*\)$/, '（省能源局负责，下同）');
    lines[14] = lines[14].replace(/\([^()]*按职责分工负责\)$/, '');
    lines[15] = lines[15].replace(/\(省发展改革委、[^)]*\)$/, '责任单位：省发展改革委（牵头）、省能源局');
    lines[17] = lines[17].replace(/\([^()]*按职责分工负责\)$/, '（责任主体：省工业和信息化厅、各设区市人民政府）');
    const a = analyze(lines.join('\n'));
    assert.deepEqual(lead(taskAt(a, 13)), ['clause', ['省发展改革委'], ['省能源局']]);
    assert.deepEqual(lead(taskAt(a, 15)), ['plan-rule', ['省能源局'], []]);
    assert.deepEqual(lead(taskAt(a, 16)), ['clause', ['省发展改革委'], ['省能源局']]);
    assert.deepEqual(lead(taskAt(a, 18)), ['clause', ['省工业和信息化厅'], ['各设区市人民政府']]);
    assert.deepEqual(alarmLines(a, 'missing-lead-agency'), []);
  });

  it('missing-lead-agency only where a reader finds no one, in a plan whose tasks name one', () => {
    const lines = readSeed().split('\n');
    lines[12] = lines[12].replace(/\(省发展改革委、[^)]*\)$/, '');
    const a = analyze(lines.join('\n'));
    assert.deepEqual(alarmLines(a, 'missing-lead-agency'), [13]);
    assert.equal(a.diagnostics.find((d) => d.code === 'missing-lead-agency')!.message, '未明确牵头单位，正文中也未写明由谁负责：请在任务末尾补充“（责任单位：…）”。');
    // Plans that assign work in their sentences or not at all raise none.
    assert.deepEqual(alarmLines(national(548), 'missing-lead-agency'), []);
    assert.deepEqual(alarmLines(corpus('zhejiang-opinions.txt'), 'missing-lead-agency'), []);
  });

  it('the seed keeps its incomplete clause of 三(二)5', () => {
    const a = analyze(readSeed());
    const d = a.diagnostics.find((x) => x.code === 'incomplete-agency-clause')!;
    assert.deepEqual(a.lineIndex.positionAt(d.span.start), { line: 21, character: 392 });
  });
});
