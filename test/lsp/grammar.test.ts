import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, readFixture, readSeed } from './helpers';
import { tokenize, type Grammar, type Token } from './tm-tokenize';

const grammar: Grammar = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes', 'policy-plan.tmLanguage.json'), 'utf8'));

/** The pieces of a line painted with a scope containing `part`. */
function painted(tokens: Token[], part: string): string[] {
  return tokens.filter((t) => t.scopes.some((s) => s.includes(part))).map((t) => t.text);
}

describe('TextMate grammar (syntaxes/policy-plan.tmLanguage.json)', () => {
  const seedLines = tokenize(grammar, readSeed());

  it('is text.policy-plan, and every regex compiles', () => {
    assert.equal(grammar.scopeName, 'text.policy-plan');
    const walk = (o: unknown): void => {
      if (Array.isArray(o)) o.forEach(walk);
      else if (o && typeof o === 'object') {
        for (const [k, v] of Object.entries(o)) {
          if ((k === 'match' || k === 'begin' || k === 'end') && typeof v === 'string') assert.doesNotThrow(() => new RegExp(v), v);
          else walk(v);
        }
      }
    };
    walk(grammar);
  });

  it('paints labels at line start and the heading after them', () => {
    const line = seedLines[21];
    assert.deepEqual(painted(line, 'section-label'), ['5.']);
    assert.deepEqual(painted(line, 'entity.name.section'), ['推动石化化工行业碳达峰']);
    assert.deepEqual(painted(seedLines[16], 'section-label'), ['(二)']);
    assert.deepEqual(painted(seedLines[10], 'section-label'), ['三、']);
    // Not a label in the middle of a line.
    assert.deepEqual(painted(seedLines[6], 'section-label'), []);
  });

  it('paints deadlines, numbers with units, comparators and 力争 on the seed', () => {
    const line21 = seedLines[21];
    assert.deepEqual(painted(line21, 'deadline'), ['到2025年']);
    assert.deepEqual(painted(line21, 'constant.numeric'), ['0.1', '80']);
    assert.deepEqual(painted(line21, 'keyword.other.unit'), ['亿吨', '%']);
    assert.deepEqual(painted(line21, 'comparison'), ['控制在', '稳定在', '以上']);
    const line13 = seedLines[13];
    assert.ok(painted(line13, 'strength').includes('力争'));
    assert.ok(painted(line13, 'constant.numeric').includes('150'));
    assert.ok(painted(line13, 'keyword.other.unit').includes('万千瓦'));
    assert.ok(painted(seedLines[31], 'deadline').includes('“十四五”期间'));
    assert.ok(painted(seedLines[28], 'baseline').some((t) => t.includes('2020年')));
  });

  it('paints an agency clause: brackets, names, role words', () => {
    const line21 = seedLines[21];
    assert.deepEqual(painted(line21, 'punctuation.definition.agency-clause'), ['(', ')']);
    assert.deepEqual(painted(line21, 'entity.name.type.class.agency'), ['省工业和信息化厅', '省发展改革委', '省生态环境厅', '省应急厅', '省能源局']);
    assert.deepEqual(painted(line21, 'keyword.other.role'), ['等', '按职责分工']);
    // A bracket inside an agency name (有关市、县〔区〕人民政府) does not end the clause.
    const pilot = seedLines[60];
    const names = painted(pilot, 'entity.name.type.class.agency');
    assert.ok(names.join('').includes('县〔区〕人民政府'), names.join('|'));
    assert.ok(painted(pilot, 'keyword.other.role').includes('按职责分工负责'));
  });

  it('paints （责任单位：…） and 〔牵头单位：…〕 clauses of other plans', () => {
    const shanghai = tokenize(grammar, readFixture('shanghai-province.txt'));
    const line = shanghai.find((l) => l.some((t) => t.text === '责任单位'))!;
    assert.ok(painted(line, 'entity.name.type.class.agency').length > 0);
    const chengdu = tokenize(grammar, readFixture('chengdu-energy-adjustment.txt'));
    assert.ok(chengdu.some((l) => painted(l, 'keyword.other.role').includes('牵头单位')));
  });

  it('leaves an ordinary bracket alone', () => {
    const [line] = tokenize(grammar, '推进开发区（园区）循环化发展，到2030年完成改造。');
    assert.deepEqual(painted(line, 'agency'), []);
    assert.deepEqual(painted(line, 'deadline'), ['到2030年']);
  });
});
