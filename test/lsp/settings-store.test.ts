import * as assert from 'node:assert/strict';
import { DiagnosticsScheduler, delayFor } from '../../server/src/lsp/diagnostics-scheduler';
import { DocumentState, DocumentStore } from '../../server/src/lsp/document-store';
import { DEFAULT_SETTINGS, readSettings, settingsKey, settingsProblems } from '../../server/src/lsp/settings';
import { readSeed } from './helpers';

describe('settings', () => {
  it('read leniently: severities by word, aliases, chapter lists; junk is dropped', () => {
    const s = readSettings({
      rules: { 'missing-deadline': 'off', 'level-skip': 'Warn', 'numbering-gap': false, bogus: 'loud', x: 3 },
      workingChapters: { exclude: ['总体要求', '', 7], include: [] },
      agencyAliases: { 省发改委: '省发展改革委', ' ': 'x', 省能源局: 5 },
      trace: { server: 'verbose' },
    });
    assert.deepEqual(s, {
      rules: { 'missing-deadline': 'off', 'level-skip': 'warning', 'numbering-gap': 'off' },
      workingChapters: { exclude: ['总体要求'] },
      agencyAliases: { 省发改委: '省发展改革委' },
      format: { labelForms: 'standard' },
      export: { titleFont: '方正小标宋简体' },
      maxProblems: 1000,
      codeLens: { enabled: true },
      inlayHints: { enabled: true },
    });
    assert.equal(readSettings(null), DEFAULT_SETTINGS);
    assert.equal(readSettings('nonsense'), DEFAULT_SETTINGS);
  });

  it('read the view settings: maxProblems a positive integer, code lens and inlay hints off only by false', () => {
    const s = readSettings({ maxProblems: 50, codeLens: { enabled: false }, inlayHints: { enabled: 'no' } });
    assert.deepEqual([s.maxProblems, s.codeLens.enabled, s.inlayHints.enabled], [50, false, true]);
    assert.equal(readSettings({ maxProblems: 0 }).maxProblems, 1000);
    assert.equal(readSettings({ maxProblems: 2.5 }).maxProblems, 1000);
    assert.deepEqual(settingsProblems({ maxProblems: -1, inlayHints: { enabled: 'no' } }, []), ['planlens.maxProblems 应为正整数', 'planlens.inlayHints.enabled 应为 true 或 false']);
    assert.notEqual(settingsKey(s), settingsKey(DEFAULT_SETTINGS));
  });

  it('key equal settings equally, whatever their order', () => {
    const a = readSettings({ rules: { a: 'off', b: 'hint' }, agencyAliases: { x: 'y', z: 'w' } });
    const b = readSettings({ agencyAliases: { z: 'w', x: 'y' }, rules: { b: 'hint', a: 'off' } });
    assert.equal(settingsKey(a), settingsKey(b));
    assert.notEqual(settingsKey(a), settingsKey(DEFAULT_SETTINGS));
  });

  it('change what the analysis finds: a rule off, a chapter made a working one, an alias', () => {
    const store = new DocumentStore();
    const doc = store.open('untitled:a', 'policy-plan', 1, readSeed());
    const plain = doc.analysis(DEFAULT_SETTINGS).analysis;
    assert.ok(plain.diagnostics.some((d) => d.code === 'missing-deadline'));
    const tuned = doc.analysis(readSettings({ rules: { 'missing-deadline': 'off' }, workingChapters: { include: ['主要目标'] }, agencyAliases: { 省管局: '省机关事务管理局' } })).analysis;
    assert.ok(!tuned.diagnostics.some((d) => d.code === 'missing-deadline'));
    assert.equal(tuned.model.outline[1].working, true);
    assert.ok(tuned.model.clauses.some((c) => c.lead.includes('省机关事务管理局') || c.support.includes('省机关事务管理局')));
  });
});

describe('document store', () => {
  it('shares one analysis per version and settings, and moves through the states', () => {
    const store = new DocumentStore();
    const doc = store.open('untitled:a', 'policy-plan', 1, readSeed());
    assert.equal(doc.state, DocumentState.Changed);
    const first = doc.analysis(DEFAULT_SETTINGS);
    assert.equal(doc.state, DocumentState.Analyzed);
    assert.equal(doc.analysis(DEFAULT_SETTINGS), first, 'cached');
    assert.ok(doc.hasAnalysis(settingsKey(DEFAULT_SETTINGS)));
    const other = readSettings({ rules: { 'missing-deadline': 'off' } });
    assert.notEqual(doc.analysis(other).analysis, first.analysis, 'other settings, other analysis');

    store.change('untitled:a', 2, [{ range: { start: { line: 21, character: 397 }, end: { line: 21, character: 397 } }, text: '负责' }]);
    assert.equal(doc.state, DocumentState.Changed);
    assert.ok(!doc.hasAnalysis(settingsKey(DEFAULT_SETTINGS)));
    const second = doc.analysis(DEFAULT_SETTINGS);
    assert.equal(second.version, 2);
    assert.ok(!second.analysis.diagnostics.some((d) => d.code === 'incomplete-agency-clause'));
    assert.ok(doc.text.split('\n')[21].endsWith('等按职责分工负责)'));
  });

  it('ignores changes to documents it does not know, and forgets closed ones', () => {
    const store = new DocumentStore();
    assert.equal(store.change('untitled:none', 2, [{ text: 'x' }]), undefined);
    store.open('untitled:b', 'policy-plan', 1, 'x');
    store.close('untitled:b');
    assert.equal(store.get('untitled:b'), undefined);
    assert.equal(store.size, 0);
  });
});

describe('diagnostics scheduling', () => {
  it('no delay for a plan that analyses fast; about twice the analysis time for a slow one, capped', () => {
    assert.equal(delayFor(3), 0);
    assert.equal(delayFor(40), 80);
    assert.equal(delayFor(5000), 500);
  });

  it('coalesces: a check scheduled again before it runs runs once, for the latest request', async () => {
    const runs: string[] = [];
    let done!: () => void;
    const finished = new Promise<void>((r) => (done = r));
    const scheduler = new DiagnosticsScheduler((uri) => {
      runs.push(uri);
      done();
    });
    scheduler.schedule('a', 0);
    scheduler.schedule('a', 0);
    scheduler.schedule('a', 0);
    assert.ok(scheduler.isPending('a'));
    await finished;
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(runs, ['a']);
    scheduler.schedule('b', 10_000);
    scheduler.cancel('b');
    assert.ok(!scheduler.isPending('b'));
    scheduler.dispose();
  });
});
