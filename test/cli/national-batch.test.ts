/**
 * The 160 real documents of every level and kind in test/fixtures/national/ (plans, opinions,
 * notices, methods, technical guides) through `planlens analyze --format json --explain`, as an
 * analyst runs a collection: none fails, no target names nothing (an empty indicator, one
 * character, a bare verb), and every number of a notice or guide that is not a goal carries a
 * verdict that says why.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, runCli, shown } from './run-cli';

interface Entry {
  path: string;
  error?: string;
  title: string | null;
  targets: Array<{ indicator: string; value: number | null; endState: string | null; form: string }>;
  quantities: Array<{ text: string; verdict: string; reason: string }>;
  stats: { targets: number };
}

const BARE_VERB = /^(?:推动|推进|合计|完成|实现|达到|建成|建设|开展|新增|累计|力争|争取|确保|提高|提升|下降|降低|减少|增加|增长|总计|共计|共|约|达|严格|预期|不)$/;

describe('planlens analyze: the national collection (160 real documents)', function () {
  this.timeout(240_000);
  let entries: Entry[];

  before(async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-national-')), 'national.json');
    const r = await runCli(['analyze', 'test/fixtures/national', '--format', 'json', '--explain', '--jobs', '2', '--fail-on', 'never', '--output', out]);
    assert.equal(r.status, 0, shown(r));
    entries = (JSON.parse(fs.readFileSync(out, 'utf8')) as { files: Entry[] }).files;
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  });

  it('analyses every document without an error', () => {
    const expected = fs.readdirSync(path.join(ROOT, 'test', 'fixtures', 'national')).filter((f) => f.endsWith('.txt')).length;
    assert.equal(entries.length, expected);
    assert.deepEqual(entries.filter((e) => e.error).map((e) => `${e.path}: ${e.error}`), []);
  });

  it('finds no target whose indicator is empty, one character, a bare verb or a stray negation', () => {
    const bad: string[] = [];
    for (const e of entries) {
      for (const t of e.targets) {
        const name = t.indicator.replace(/\s/g, '');
        if (name.length < 2 || BARE_VERB.test(name) || /(?:不|严格|预期)$/.test(name)) bad.push(`${e.path}: «${t.indicator}» ${t.value ?? t.endState}`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('says why of every number it does not take for a target, and reads targets in most plans', () => {
    let judged = 0;
    for (const e of entries) {
      for (const q of e.quantities) {
        assert.ok(q.reason.length > 0, `${e.path}: ${q.text} (${q.verdict}) has no reason`);
        judged++;
      }
      assert.equal(e.quantities.filter((q) => q.verdict === 'target').length > 0 || e.stats.targets === 0, true);
    }
    assert.ok(judged > 5000, `quantities judged: ${judged}`);
    const plansWithTargets = entries.filter((e) => e.stats.targets > 0).length;
    assert.ok(plansWithTargets > entries.length / 2, `documents with targets: ${plansWithTargets} of ${entries.length}`);
  });
});
