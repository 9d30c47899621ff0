import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/core';
import { ROOT } from './helpers';

const read = (p: string) => JSON.parse(fs.readFileSync(path.join(ROOT, p), 'utf8'));
const pkg = read('package.json');
const nls = read('package.nls.json');
const nlsZh = read('package.nls.zh-cn.json');

describe('package.json contributions', () => {
  it('every %key% has an English and a Chinese text, and the two files have the same keys', () => {
    const keys = [...JSON.stringify(pkg.contributes).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 10);
    for (const k of keys) {
      assert.ok(typeof nls[k] === 'string' && nls[k] !== '', `package.nls.json lacks ${k}`);
      assert.ok(typeof nlsZh[k] === 'string' && nlsZh[k] !== '', `package.nls.zh-cn.json lacks ${k}`);
    }
    assert.deepEqual(Object.keys(nls).sort(), Object.keys(nlsZh).sort());
    assert.equal(nlsZh['command.exportTargets'], '导出目标指标（CSV 和 JSON）');
  });

  it('the policy-plan language: extensions, .txt plans, configuration and grammar', () => {
    const [lang] = pkg.contributes.languages;
    assert.equal(lang.id, 'policy-plan');
    assert.deepEqual(lang.extensions, ['.plan', '.plan.txt']);
    assert.ok(new RegExp(lang.firstLine).test('《江西省碳达峰实施方案》'));
    assert.ok(new RegExp(lang.firstLine).test('国务院关于印发2030年前碳达峰行动方案的通知'));
    assert.ok(!new RegExp(lang.firstLine).test('会议记录'));
    const config = read(lang.configuration);
    const pairs = config.autoClosingPairs.map((p: { open: string; close: string }) => p.open + p.close);
    for (const p of ['（）', '《》', '“”', '〔〕']) {
      assert.ok(pairs.includes(p), `auto-closing ${p}`);
      assert.ok(config.brackets.some((b: string[]) => b.join('') === p), `bracket ${p}`);
    }
    const [g] = pkg.contributes.grammars;
    assert.equal(g.language, 'policy-plan');
    assert.equal(read(g.path).scopeName, g.scopeName);
  });

  it('a severity setting for every rule, and the other planlens.* settings', () => {
    const props = pkg.contributes.configuration.properties;
    assert.deepEqual(Object.keys(props['planlens.rules'].properties).sort(), RULES.map((r) => r.code).sort());
    for (const p of Object.values(props['planlens.rules'].properties) as Array<{ enum: string[] }>) {
      assert.deepEqual(p.enum, ['error', 'warning', 'information', 'hint', 'off']);
    }
    for (const k of ['planlens.workingChapters', 'planlens.agencyAliases', 'planlens.trace.server', 'planlens.detectPlainTextPlans']) assert.ok(props[k], k);
    assert.deepEqual(props['planlens.trace.server'].enum, ['off', 'messages', 'verbose']);
  });

  it('Open as Plan: in the Explorer’s menu on PDF, Word and web pages only, and in the command palette', () => {
    const menu = pkg.contributes.menus['explorer/context'].find((m: { command: string }) => m.command === 'planlens.openAsPlan');
    const pattern = /resourceExtname =~ \/(.+)\/(i?)/.exec(menu.when)!;
    const re = new RegExp(pattern[1], pattern[2]);
    for (const ext of ['.pdf', '.docx', '.docm', '.html', '.htm', '.PDF', '.DOCX']) assert.ok(re.test(ext), ext);
    for (const ext of ['.txt', '.plan', '.doc', '.xlsx', '.htmlx']) assert.ok(!re.test(ext), ext);
    assert.match(menu.when, /resourceScheme == file/);
    assert.ok(pkg.contributes.menus.commandPalette.some((m: { command: string }) => m.command === 'planlens.openAsPlan'));
    assert.equal(nlsZh['command.openAsPlan'], '作为方案打开（PDF、Word、网页）');
  });

  it('commands are contributed with titles and registered by the extension', () => {
    const source = fs.readdirSync(path.join(ROOT, 'client', 'src')).map((f) => fs.readFileSync(path.join(ROOT, 'client', 'src', f), 'utf8')).join('\n');
    const protocol = fs.readFileSync(path.join(ROOT, 'server', 'src', 'lsp', 'protocol.ts'), 'utf8');
    for (const c of pkg.contributes.commands) {
      assert.match(c.title, /^%command\./);
      assert.equal(c.category, 'PlanLens');
      const literal = `'${c.command}'`;
      assert.ok(source.includes(`registerCommand(${literal}`) || protocol.includes(literal), `${c.command} is not registered`);
    }
    assert.deepEqual(pkg.contributes.commands.map((c: { command: string }) => c.command), ['planlens.openAsPlan', 'planlens.exportTargets', 'planlens.compareWith', 'planlens.showOutput', 'planlens.restartServer', 'planlens.disableRule', 'planlens.indexWorkspace', 'planlens.showReport', 'planlens.refreshPlans', 'planlens.exportToWord', 'planlens.revealTasks', 'planlens.tasks.groupBy', 'planlens.tasks.filter', 'planlens.targets.groupBy']);
  });

  it('does not box the full-width punctuation of Chinese prose as ambiguous characters in plans', () => {
    assert.equal(pkg.contributes.configurationDefaults['[policy-plan]']['editor.unicodeHighlight.ambiguousCharacters'], false);
  });

  it('activates on plans (and plain text, to recognise .txt plans); main is the bundled client', () => {
    assert.deepEqual(pkg.activationEvents, ['onLanguage:policy-plan', 'onLanguage:plaintext']);
    assert.equal(pkg.main, './dist/client/extension.js');
    assert.match(fs.readFileSync(path.join(ROOT, 'scripts', 'build.mjs'), 'utf8'), /client\/src\/extension\.ts.*dist\/client\/extension\.js/);
  });
});
