/**
 * `planlens index` on real plans, through the real command line: the database says what
 * `planlens analyze` says about the same files (counts per plan taken from analyze's JSON, never
 * written down here), re-runs touch only what changed, plans whose files are gone leave, an
 * unreadable file is recorded with its message, and an interrupted run leaves every plan whole.
 */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BIN } from '../cli/run-cli';
import { copyInto, expectOk, indexCli, openIndex, ROOT, runCli, scratch, shown, testCollection } from './helpers';

interface AnalyzedFile {
  path: string;
  error?: string;
  title: string | null;
  tasks: unknown[];
  targets: unknown[];
  diagnostics: unknown[];
  stats: { sections: number; tasks: number; targets: number; clauses: number; lines: number };
}

describe('planlens index', function () {
  this.timeout(120_000);
  this.slow(20_000);
  let dir: string;
  let plans: string[];
  let db: string;

  before(async () => {
    dir = scratch('index');
    plans = copyInto(path.join(dir, 'plans'), testCollection(30));
    // A file no reader can take: an image saved under a plan's name.
    const image = path.join(dir, 'plans', 'scanned.txt');
    fs.writeFileSync(image, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2048, 0)]));
    plans.push(image);
    db = path.join(dir, 'plans.sqlite');
    expectOk(await indexCli(['plans', '--db', 'plans.sqlite', '--jobs', '2'], dir));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('stores every plan with the counts of tasks, targets and diagnostics that analyze gives for it', async () => {
    const analyzed = await runCli(['analyze', 'plans', '--format', 'json', '--fail-on', 'never', '--jobs', '2'], { cwd: dir });
    const files = (JSON.parse(analyzed.stdout) as { files: AnalyzedFile[] }).files;
    assert.equal(files.length, plans.length, shown(analyzed));
    const index = openIndex(db);
    try {
      const rows = index.prepare('SELECT * FROM plans').all() as Array<Record<string, unknown>>;
      const byPath = new Map(rows.map((r) => [r.path as string, r]));
      assert.equal(rows.length, files.length);
      const count = (table: string, id: unknown) => index.prepare(`SELECT count(*) FROM ${table} WHERE plan_id = ?`).pluck().get(id);
      for (const f of files) {
        const row = byPath.get(f.path);
        assert.ok(row, `${f.path} is in the index`);
        if (f.error !== undefined) {
          assert.equal(row.error, f.error, `${f.path}: the same message as analyze`);
          continue;
        }
        assert.equal(row.error, null, f.path);
        assert.equal(row.title, f.title, `${f.path}: title`);
        assert.deepEqual(
          { tasks: row.tasks, targets: row.targets, diagnostics: row.diagnostics, sections: row.sections, clauses: row.clauses },
          { tasks: f.tasks.length, targets: f.targets.length, diagnostics: f.diagnostics.length, sections: f.stats.sections, clauses: f.stats.clauses },
          `${f.path}: counts in plans`,
        );
        assert.deepEqual(
          { tasks: count('tasks', row.id), targets: count('targets', row.id), diagnostics: count('diagnostics', row.id), sections: count('sections', row.id) },
          { tasks: f.tasks.length, targets: f.targets.length, diagnostics: f.diagnostics.length, sections: f.stats.sections },
          `${f.path}: rows in the child tables`,
        );
      }
    } finally {
      index.close();
    }
  });

  it('records a file that cannot be read, with its message, and indexes the rest', () => {
    const index = openIndex(db);
    try {
      const failed = index.prepare('SELECT path, error, error_code, tasks FROM plans WHERE error IS NOT NULL').all() as Array<Record<string, unknown>>;
      assert.deepEqual(failed.map((f) => f.path), ['plans/scanned.txt']);
      assert.match(String(failed[0].error), /不是文本文件 \/ not a text file/);
      assert.equal(failed[0].tasks, null);
      assert.equal(index.prepare('SELECT count(*) FROM plans WHERE error IS NULL').pluck().get(), plans.length - 1);
    } finally {
      index.close();
    }
  });

  it('reads level, region and date of issue from the cover notice and title', () => {
    const index = openIndex(db);
    try {
      const get = (file: string) => index.prepare('SELECT level, region, issued, issuer FROM plans WHERE path = ?').get(`plans/${file}`) as Record<string, unknown>;
      // The Jiangxi plan of the corpus, Chengdu's, the national 2030 plan.
      assert.deepEqual(get('shanghai-province.txt').level, 'province');
      assert.equal(get('shanghai-province.txt').region, '上海市');
      assert.equal(get('chengdu-energy-structure.txt').region, '成都市');
      assert.equal(get('chengdu-energy-structure.txt').level, 'city');
      assert.equal(get('national-2030.txt').level, 'national');
      // 教育部关于印发《…》的通知 … 2022年4月19日
      assert.deepEqual(get('12.txt'), { level: 'national', region: null, issued: '2022-04-19', issuer: '教育部' });
    } finally {
      index.close();
    }
  });

  it('links agencies to the tasks they lead or support, by their level-free name', () => {
    const index = openIndex(db);
    try {
      const leadRows = index.prepare("SELECT count(*) FROM task_agencies WHERE role = 'lead'").pluck().get() as number;
      const tasksWithLead = index.prepare("SELECT count(*) FROM tasks WHERE lead IS NOT NULL").pluck().get() as number;
      assert.ok(leadRows >= tasksWithLead, `${leadRows} lead rows for ${tasksWithLead} tasks with a lead`);
      const keys = index.prepare("SELECT a.key FROM agencies a JOIN task_agencies ta ON ta.agency_id = a.id WHERE ta.name IN ('省发展改革委', '国家发展改革委', '市发展改革委')").pluck().all();
      assert.ok(keys.length > 0 && new Set(keys).size === 1, `one key for the development and reform commissions of every level: ${[...new Set(keys)].join(', ')}`);
    } finally {
      index.close();
    }
  });

  it('a second run analyses only the file that changed, and removes the plan whose file is gone', async () => {
    const before = indexedAt(db);
    const edited = plans.find((p) => p.endsWith('shijiazhuang-city.txt'))!;
    fs.appendFileSync(edited, '\n（十）新增任务。到2025年，示范项目达到10个。（市发展改革委负责）\n');
    const deleted = plans.find((p) => p.endsWith('tianjin-green-economy.txt'))!;
    fs.rmSync(deleted);
    const r = expectOk(await indexCli(['plans', '--db', 'plans.sqlite', '--jobs', '2'], dir));
    assert.match(r.stderr, /分析 1，未变 \d+，移除 1/, shown(r));
    const after = indexedAt(db);
    assert.equal(after.has('plans/tianjin-green-economy.txt'), false);
    for (const [p, at] of after) {
      if (p === 'plans/shijiazhuang-city.txt') assert.notEqual(at, before.get(p), 'the edited plan was analysed again');
      else assert.equal(at, before.get(p), `${p} was left alone`);
    }
    const index = openIndex(db);
    try {
      const orphans = ['sections', 'tasks', 'targets', 'diagnostics', 'task_agencies'].map(
        (t) => index.prepare(`SELECT count(*) FROM ${t} WHERE plan_id NOT IN (SELECT id FROM plans)`).pluck().get() as number,
      );
      assert.deepEqual(orphans, [0, 0, 0, 0, 0], 'no rows of the removed plan remain');
    } finally {
      index.close();
    }
  });

  it('says the database is damaged, or not a PlanLens index, instead of failing', async () => {
    const damaged = path.join(dir, 'damaged.sqlite');
    fs.writeFileSync(damaged, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4000, 0xab)]));
    for (const args of [['index', 'plans', '--db', 'damaged.sqlite'], ['query', 'damaged.sqlite', 'plans'], ['report', 'damaged.sqlite']]) {
      const r = await runCli(args, { cwd: dir });
      assert.equal(r.status, 2, shown(r));
      assert.match(r.stderr, /^planlens: 索引数据库已损坏或不是 SQLite 文件：.*damaged\.sqlite/m, shown(r));
      assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, 'no stack trace');
    }
    const other = path.join(dir, 'other.sqlite');
    const Sqlite = require('better-sqlite3');
    const o = new Sqlite(other);
    o.exec('CREATE TABLE notes (x TEXT)');
    o.close();
    const r = await indexCli(['plans', '--db', 'other.sqlite'], dir);
    assert.equal(r.status, 2, shown(r));
    assert.match(r.stderr, /不是 PlanLens 索引/);
  });

  it('a second writer is told another run holds the database; a dead run is taken over', async () => {
    const copy = path.join(dir, 'busy.sqlite');
    fs.copyFileSync(db, copy);
    // A live process standing for a run in progress.
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      const Sqlite = require('better-sqlite3');
      const w = new Sqlite(copy);
      w.prepare("INSERT INTO index_runs (pid, host, started_at, heartbeat_at) VALUES (?, ?, datetime('now'), datetime('now'))").run(holder.pid, require('node:os').hostname());
      w.close();
      const busy = await indexCli(['plans', '--db', 'busy.sqlite'], dir);
      assert.equal(busy.status, 2, shown(busy));
      assert.match(busy.stderr, new RegExp(`另一个索引进程正在写入该数据库（进程 ${holder.pid}`), shown(busy));
    } finally {
      holder.kill('SIGKILL');
      await new Promise((resolve) => holder.once('exit', resolve));
    }
    const r = expectOk(await indexCli(['plans', '--db', 'busy.sqlite'], dir));
    assert.match(r.stderr, /未变/);
    const index = openIndex(copy);
    try {
      assert.deepEqual(index.prepare('SELECT outcome FROM index_runs ORDER BY id DESC LIMIT 2').pluck().all(), ['done', 'interrupted']);
    } finally {
      index.close();
    }
  });

  it('a run killed midway leaves a consistent database, and the next run finishes the work', async () => {
    const fresh = path.join(dir, 'killed');
    copyInto(fresh, testCollection(30));
    const file = path.join(dir, 'killed.sqlite');
    const child = spawn(process.execPath, [BIN, 'index', fresh, '--db', file, '--jobs', '1', '-q'], { cwd: ROOT, stdio: 'ignore' });
    // Kill it once some plans are written (and before it ends: it is not allowed to finish first).
    const Sqlite = require('better-sqlite3');
    let written = 0;
    for (let i = 0; i < 600 && written === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (!fs.existsSync(file)) continue;
      try {
        const probe = new Sqlite(file, { readonly: true });
        written = probe.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'plans'").pluck().get() ? (probe.prepare('SELECT count(*) FROM plans').pluck().get() as number) : 0;
        probe.close();
      } catch {
        // The schema is being created.
      }
    }
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    assert.ok(written > 0, 'some plans were written before the kill');
    const index = openIndex(file);
    try {
      assert.equal(index.pragma('integrity_check', { simple: true }), 'ok');
      const plansWritten = index.prepare('SELECT id, tasks, targets, diagnostics FROM plans').all() as Array<Record<string, number>>;
      assert.ok(plansWritten.length < 57, `the run was stopped before the end (${plansWritten.length} plans)`);
      for (const p of plansWritten) {
        const rows = ['tasks', 'targets', 'diagnostics'].map((t) => index.prepare(`SELECT count(*) FROM ${t} WHERE plan_id = ?`).pluck().get(p.id));
        assert.deepEqual(rows, [p.tasks, p.targets, p.diagnostics], `plan ${p.id} is whole`);
      }
    } finally {
      index.close();
    }
    const r = expectOk(await indexCli([fresh, '--db', file], dir));
    assert.match(r.stderr, /移除 0/);
    const done = openIndex(file);
    try {
      assert.equal(done.prepare('SELECT count(*) FROM plans').pluck().get(), testCollection(30).length);
    } finally {
      done.close();
    }
  });
});

function indexedAt(db: string): Map<string, string> {
  const index = openIndex(db);
  try {
    return new Map((index.prepare('SELECT path, indexed_at FROM plans').all() as Array<{ path: string; indexed_at: string }>).map((r) => [r.path, r.indexed_at]));
  } finally {
    index.close();
  }
}
