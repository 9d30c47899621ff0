/**
 * Settings of the wrong types (a user may type anything into settings.json): the server says
 * what is wrong, once, as a warning, and keeps publishing diagnostics under the defaults for the
 * malformed parts — pulled at start-up, pushed, or pulled again after a change.
 */
import * as assert from 'node:assert/strict';
import { DidChangeConfigurationNotification, MessageType, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { analyzePlan, RULES } from '../../server/src/core';
import { diagnostics as toDiagnostics } from '../../server/src/lsp/features/diagnostics';
import { settingsProblems } from '../../server/src/lsp/settings';
import { readSeed } from '../core/helpers';
import { LspTestClient } from '../lsp/lsp-client';

const SEED = readSeed();
const CODES = RULES.map((r) => r.code);
const shown = (ds: Diagnostic[]) => ds.map((d) => ({ range: d.range, code: d.code, severity: d.severity, message: d.message }));

describe('settings of the wrong types', function () {
  this.timeout(30_000);

  it('each malformed part is named; good settings have no problems', () => {
    assert.deepEqual(settingsProblems(undefined, CODES), []);
    assert.deepEqual(settingsProblems(null, CODES), []);
    assert.deepEqual(settingsProblems({}, CODES), []);
    assert.deepEqual(
      settingsProblems({ rules: { 'missing-deadline': 'off', 'level-skip': 'Warn', 'numbering-gap': false }, workingChapters: { exclude: ['总体要求'] }, agencyAliases: { 省发改委: '省发展改革委' }, trace: { server: 'off' } }, CODES),
      [],
    );
    assert.deepEqual(settingsProblems('oops', CODES), ['planlens 应为对象']);
    assert.deepEqual(settingsProblems({ rules: 'oops', workingChapters: 5, agencyAliases: [1, 2] }, CODES), [
      'planlens.rules 应为对象，如 {"missing-deadline": "off"}',
      'planlens.workingChapters 应为对象，如 {"exclude": ["总体要求"]}',
      'planlens.agencyAliases 应为 {"简称": "全称"} 形式的对象',
    ]);
    assert.deepEqual(settingsProblems({ rules: { 'missing-deadline': 42, 'missing-dedline': 'off' }, workingChapters: { include: [7] }, agencyAliases: { 省能源局: 5 } }, CODES), [
      'planlens.rules.missing-deadline 应为 error、warning、information、hint 或 off',
      'planlens.rules 中没有规则“missing-dedline”',
      'planlens.workingChapters.include 应为字符串数组',
      'planlens.agencyAliases 应为 {"简称": "全称"} 形式的对象',
    ]);
  });

  describe('through the protocol', () => {
    let client: LspTestClient;
    const uri = 'untitled:settings.plan';
    const defaults = shown(toDiagnostics(analyzePlan(SEED), uri));
    const warnings = () => client.messages.filter((m) => m.type === MessageType.Warning && m.message.startsWith('PlanLens 设置有误'));

    before(async () => {
      client = await LspTestClient.start({ settings: { rules: 'oops', workingChapters: 5, agencyAliases: [1, 2] } });
      await client.open(uri, SEED);
    });
    after(async () => client?.stop());

    it('pulled at start-up: one warning naming all three, and the default diagnostics', async () => {
      const published = await client.diagnostics(uri, (p) => p.version === 1);
      assert.deepEqual(shown(published.diagnostics), defaults);
      const [w] = await client.when(() => (warnings().length > 0 ? warnings() : undefined));
      for (const key of ['planlens.rules', 'planlens.workingChapters', 'planlens.agencyAliases']) assert.ok(w.message.includes(key), w.message);
      assert.ok(client.logs.some((l) => l.type === MessageType.Warning && l.message === w.message), 'and in the log');
    });

    it('pushed: a severity of 42 is named, the plan is still checked with the defaults', async () => {
      const before = warnings().length;
      await client.configure({ rules: { 'missing-deadline': 42 } });
      const w = await client.when(() => warnings()[before]);
      assert.match(w.message, /planlens\.rules\.missing-deadline 应为 error、warning、information、hint 或 off/);
      await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
      const published = await client.diagnostics(uri, (p) => p.version === 2);
      assert.deepEqual(shown(published.diagnostics), shown(toDiagnostics(analyzePlan(' ' + SEED), uri)));
    });

    it('the same problem pushed again is not shown again; fixed settings apply and say nothing', async () => {
      const count = warnings().length;
      await client.configure({ rules: { 'missing-deadline': 42 } });
      const mark = client.mark();
      await client.configure({ rules: { 'missing-deadline': 'off' } });
      const published = await client.diagnostics(uri, () => true, mark);
      assert.ok(published.diagnostics.length > 0 && !published.diagnostics.some((d) => d.code === 'missing-deadline'));
      assert.equal(warnings().length, count);
    });

    it('pulled after a change notification: a settings section that is not an object', async () => {
      const count = warnings().length;
      const mark = client.mark();
      client.settings = 'oops';
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      const w = await client.when(() => warnings()[count]);
      assert.match(w.message, /planlens 应为对象/);
      // Back to the defaults: missing-deadline is found again.
      const published = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'missing-deadline'), mark);
      assert.deepEqual(shown(published.diagnostics), shown(toDiagnostics(analyzePlan(' ' + SEED), uri)));
    });
  });
});
