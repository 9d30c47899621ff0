/**
 * `planlens query` on an index of real plans: each answer is checked against the database itself
 * (what the SQL a user could write gives), in every format, and --sql stays read-only.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expectOk, openIndex, runCli, scratch, sharedIndex, shown, testCollection } from '../helpers';
import { indicatorKeyOf } from '../../../server/src/store/query/indicator-match';

describe('planlens query', function () {
  this.timeout(60_000);
  let dir: string;
  let db: string;

  before(async () => {
    dir = scratch('query');
    db = await sharedIndex();
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const query = (...args: string[]) => runCli(['query', db, ...args], { cwd: dir });

  it('targets --indicator finds every plan’s target of that indicator whatever its wording (占比/比重, 全省…)', async () => {
    const r = expectOk(await query('targets', '--indicator', '非化石能源消费比重', '--year', '2025', '--format', 'json'));
    const rows = JSON.parse(r.stdout) as Array<{ indicator: string; year: number; value: number | null; path: string }>;
    const index = openIndex(db);
    try {
      const expected = index.prepare('SELECT count(*) FROM targets WHERE indicator_key = ? AND year = 2025').pluck().get(indicatorKeyOf('非化石能源消费比重'));
      assert.equal(rows.length, expected);
    } finally {
      index.close();
    }
    assert.ok(rows.length >= 3, `several plans set it: ${rows.length}`);
    assert.ok(rows.every((x) => x.year === 2025 && /非化石能源消费(比重|占比)/.test(x.indicator)), JSON.stringify(rows.map((x) => x.indicator)));
    // The national 2030 plan's 20% of 2025.
    assert.ok(rows.some((x) => x.path.endsWith('national-2030.txt') && x.value === 20), JSON.stringify(rows));
  });

  it('targets as CSV opens in Excel (BOM, header, one line a row)', async () => {
    const r = expectOk(await query('targets', '--indicator', '非化石能源消费比重', '--format', 'csv'));
    assert.ok(r.stdout.startsWith('\uFEFFpath,plan,level,region,indicator,value,'), r.stdout.slice(0, 100));
    const json = JSON.parse(expectOk(await query('targets', '--indicator', '非化石能源消费比重', '--format', 'json')).stdout) as unknown[];
    assert.equal(r.stdout.trimEnd().split('\r\n').length, json.length + 1);
  });

  it('agencies --top lists the agencies with the most tasks, as the database counts them', async () => {
    const rows = JSON.parse(expectOk(await query('agencies', '--top', '5', '--format', 'json')).stdout) as Array<{ agency: string; tasks_led: number; tasks_supported: number }>;
    assert.equal(rows.length, 5);
    const totals = rows.map((x) => x.tasks_led + x.tasks_supported);
    assert.deepEqual(totals, [...totals].sort((a, b) => b - a), 'busiest first');
    const index = openIndex(db);
    try {
      const led = index.prepare("SELECT count(*) FROM task_agencies ta JOIN agencies a ON a.id = ta.agency_id WHERE a.key = ? AND role = 'lead'").pluck().get(rows[0].agency);
      assert.equal(rows[0].tasks_led, led);
    } finally {
      index.close();
    }
    const text = expectOk(await query('agencies', '--top', '5')).stdout;
    assert.match(text, /^agency\s+tasks_led\s+tasks_supported\s+plans\s+names$/m);
    assert.match(text, /（5 行 \/ rows）/);
  });

  it('plans --sort missing-lead puts the plans with the largest share of tasks without a lead first', async () => {
    const rows = JSON.parse(expectOk(await query('plans', '--sort', 'missing-lead', '--format', 'json')).stdout) as Array<{ path: string; tasks: number | null; missing_lead: number | null }>;
    assert.equal(rows.length, testCollection(30).length);
    const shares = rows.filter((x) => x.missing_lead !== null).map((x) => x.missing_lead as number);
    assert.deepEqual(shares, [...shares].sort((a, b) => b - a));
    assert.ok(shares[0] > shares[shares.length - 1], 'the shares differ across plans');
  });

  it('--sql answers any query and refuses to change the database', async () => {
    const r = expectOk(await query('--sql', 'SELECT count(*) AS n FROM plans', '--format', 'json'));
    assert.deepEqual(JSON.parse(r.stdout), [{ n: testCollection(30).length }]);
    for (const sql of ['DELETE FROM plans', 'DROP TABLE targets', "ATTACH 'x.sqlite' AS x", 'UPDATE plans SET title = NULL']) {
      const bad = await query('--sql', sql);
      assert.equal(bad.status, 2, shown(bad));
      assert.match(bad.stderr, /只能执行查询/, sql);
    }
    const wrong = await query('--sql', 'SELECT title FROM nowhere');
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /SQL 有误 \/ SQL error: no such table: nowhere/);
    const index = openIndex(db);
    try {
      assert.equal(index.prepare('SELECT count(*) FROM plans').pluck().get(), testCollection(30).length, 'nothing was deleted');
    } finally {
      index.close();
    }
  });

  it('a missing database or a missing question is a usage error', async () => {
    const missing = await runCli(['query', path.join(dir, 'none.sqlite'), 'plans']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /找不到索引数据库/);
    const none = await query();
    assert.equal(none.status, 2);
    assert.match(none.stderr, /请指明查询类别/);
  });
});
