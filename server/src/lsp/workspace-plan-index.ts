/**
 * The workspace's plan index for the editor: "Index Workspace Plans" writes it, the Plans view and
 * "Show Report" read it. The database is `<first workspace folder>/.planlens/plans.sqlite` (with a
 * .gitignore beside it), its paths relative to that folder, so the command line's query and report
 * read the same file. Indexing runs the store's indexer — files analysed on worker threads started
 * from the server's own bundle — so the server's thread only writes rows and stays responsive.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { entryFile } from '../batch/entry-file';
import { findPlanFiles } from '../batch/find-plan-files';
import type { RuleConfig } from '../core';
import { indexPlans } from '../store/index-plans';
import { openForRead } from '../store/open-database';
import { readReportData } from '../store/report/report-data';
import { renderReportBody, reportCss } from '../store/report/render-html';
import { baseFolder, resolveStored } from '../store/stored-path';
import { StoreError } from '../store/store-error';
import type { IndexedPlansResult, IndexProgressNotice, IndexWorkspaceResult, ReportResult } from './protocol';

const FOLDER = '.planlens';

export class WorkspacePlanIndex {
  private running = false;

  constructor(private readonly folders: () => readonly string[]) {}

  /** The database file, or null without a workspace folder. */
  database(): string | null {
    const first = this.folders()[0];
    return first ? path.join(first, FOLDER, 'plans.sqlite') : null;
  }

  async index(rules: RuleConfig | undefined, progress: (p: IndexProgressNotice) => void, isCancelled: () => boolean): Promise<IndexWorkspaceResult> {
    const database = this.database();
    if (!database) return { error: '请先打开一个文件夹，再索引方案 / open a folder first' };
    if (this.running) return { error: '正在索引，请等它结束 / indexing is already running' };
    this.running = true;
    try {
      const folders = [...this.folders()];
      const found = await findPlanFiles(folders, folders[0]);
      // The index's own folder holds no plans (and its database is not one).
      const files = found.files.filter((f) => !f.file.split(path.sep).includes(FOLDER));
      fs.mkdirSync(path.dirname(database), { recursive: true });
      const ignore = path.join(path.dirname(database), '.gitignore');
      if (!fs.existsSync(ignore)) fs.writeFileSync(ignore, '# PlanLens 的索引，可随时重建 / PlanLens index, rebuilt at will\n*\n');
      const summary = await indexPlans({
        database,
        files,
        folders,
        jobs: Math.max(1, Math.min(files.length, os.availableParallelism())),
        workerScript: entryFile(),
        rules,
        base: folders[0],
        onProgress: progress,
        isCancelled,
      });
      const { database: _db, files: _files, ...rest } = summary;
      return { database, ...rest };
    } catch (e) {
      if (e instanceof StoreError) return { error: e.message };
      throw e;
    } finally {
      this.running = false;
    }
  }

  plans(): IndexedPlansResult | null {
    return this.read((db, database, base) => {
      const rows = db.prepare('SELECT path, title, level, region, tasks, targets, diagnostics, error FROM plans ORDER BY level IS NULL, level, region, path').all() as Array<
        Omit<IndexedPlansResult['plans'][number], 'uri'>
      >;
      return { database, plans: rows.map((r) => ({ uri: pathToFileURL(resolveStored(base, r.path)).href, ...r })) };
    });
  }

  report(): ReportResult {
    let result;
    try {
      result = this.read((db, database, base) => {
      const data = readReportData(db, database);
      const files: Record<string, string> = {};
      for (const q of data.quality) files[q.path] = pathToFileURL(resolveStored(base, q.path)).href;
        return { html: renderReportBody(data), css: reportCss(), files };
      });
    } catch (e) {
      if (e instanceof StoreError) return { error: e.message };
      throw e;
    }
    return result ?? { error: '还没有索引：请先运行“PlanLens: 索引工作区方案” / no index yet: run Index Workspace Plans first' };
  }

  private read<T>(use: (db: ReturnType<typeof openForRead>, database: string, base: string) => T): T | null {
    const database = this.database();
    if (!database || !fs.existsSync(database)) return null;
    const db = openForRead(database);
    try {
      const base = baseFolder(database, db.prepare("SELECT value FROM meta WHERE key = 'base'").pluck().get() as string);
      return use(db, database, base);
    } finally {
      db.close();
    }
  }
}
