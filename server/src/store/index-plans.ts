/**
 * `planlens index` and the editor's "Index Workspace Plans": bring an index up to date with a set
 * of files. A file whose bytes (by SHA-256) and analyser are those already stored is left alone;
 * the others are analysed on worker threads (the pool the command line's analyze uses) and written
 * as they come back, each plan in one transaction; plans whose files are gone — or that a searched
 * folder no longer yields — are removed. One writer at a time (writer-lease.ts).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PlanFile } from '../batch/plan-file';
import { runInWorkers } from '../batch/worker-pool';
import { WORKER_ROLES } from '../batch/worker-protocol';
import type { RuleConfig } from '../core';
import { packageVersion } from '../package-version';
import { asStoreError, openForWrite } from './open-database';
import { failedRecord, type PlanRecord } from './plan-record';
import { PlanWriter, type FileIdentity } from './plan-writer';
import { baseFolder, resolveStored, storedPath } from './stored-path';
import { WriterLease } from './writer-lease';

export interface IndexOptions {
  /** The database file (created when missing). */
  database: string;
  files: readonly PlanFile[];
  /** Folders that were searched (absolute): a stored plan inside one that was not found now is removed. */
  folders?: readonly string[];
  /** Worker threads; 1 analyses in-process. */
  jobs: number;
  /** The script workers start from (batch/entry-file.ts). */
  workerScript: string;
  rules?: RuleConfig;
  /** For a database created now: the folder paths are stored relative to (default: the database's folder). */
  base?: string;
  /** Analyse every file, even those unchanged. */
  force?: boolean;
  onProgress?(progress: IndexProgress): void;
  /** Asked between files: true stops the run (what is written stays written). */
  isCancelled?(): boolean;
}

export interface IndexProgress {
  /** Files looked at so far, of `total`. */
  done: number;
  total: number;
  /** The file just analysed (as shown), when one was. */
  file?: string;
}

export interface IndexSummary {
  database: string;
  files: number;
  analysed: number;
  unchanged: number;
  removed: number;
  /** Files stored with the reason they could not be read or analysed, and named files that do not exist. */
  failed: Array<{ path: string; error: string }>;
  /** Plans in the index after the run (unreadable files included). */
  plans: number;
  cancelled: boolean;
  seconds: number;
}

interface Pending extends PlanFile {
  identity: FileIdentity;
}

export async function indexPlans(options: IndexOptions): Promise<IndexSummary> {
  const started = performance.now();
  const db = openForWrite(options.database, { base: options.base === undefined ? undefined : path.relative(path.dirname(path.resolve(options.database)), options.base) || '.' });
  const summary: IndexSummary = { database: options.database, files: options.files.length, analysed: 0, unchanged: 0, removed: 0, failed: [], plans: 0, cancelled: false, seconds: 0 };
  let lease: WriterLease | undefined;
  try {
    lease = WriterLease.claim(db, options.database);
    const base = baseFolder(options.database, db.prepare("SELECT value FROM meta WHERE key = 'base'").pluck().get() as string);
    const analyzer = analyzerId(options.rules);
    const stored = new Map<string, { id: number; hash: string; analyzer: string }>();
    for (const row of db.prepare('SELECT id, path, hash, analyzer FROM plans').iterate() as Iterable<{ id: number; path: string; hash: string; analyzer: string }>) {
      stored.set(row.path, row);
    }
    const seen = new Set<string>();
    const pending: Pending[] = [];
    for (const f of options.files) {
      const identity = identify(base, f.file);
      if (seen.has(identity.path)) continue;
      seen.add(identity.path);
      const before = stored.get(identity.path);
      if (!options.force && before && identity.hash !== '' && before.hash === identity.hash && before.analyzer === analyzer) summary.unchanged++;
      else pending.push({ ...f, identity });
    }
    const total = summary.files;
    let done = summary.unchanged;
    options.onProgress?.({ done, total });

    const writer = new PlanWriter(db, analyzer);
    const records = analyse(pending, options);
    let i = 0;
    for await (const record of records) {
      const file = pending[i++];
      if (record.error !== undefined) summary.failed.push({ path: file.shownAs, error: record.error });
      // A named file that is not there is reported, not stored: there is nothing to index.
      if (record.errorCode !== 'missing') {
        // A failed analysis (a worker that died, a bug on some input) is tried again next run: its
        // hash is not kept. A file that cannot be read stays as it is until its bytes change.
        writer.write(record.errorCode === 'analysis' ? { ...file.identity, hash: '' } : file.identity, record);
        summary.analysed++;
      }
      lease.beat();
      options.onProgress?.({ done: ++done, total, file: file.shownAs });
      if (options.isCancelled?.()) {
        summary.cancelled = true;
        break;
      }
    }
    if (!summary.cancelled) {
      const gone = [...stored.entries()].filter(([p]) => !seen.has(p) && isGone(base, p, options.folders ?? [])).map(([, row]) => row.id);
      writer.remove(gone);
      summary.removed = gone.length;
      writer.pruneAgencies();
    }
    summary.plans = db.prepare('SELECT count(*) FROM plans').pluck().get() as number;
    summary.seconds = (performance.now() - started) / 1000;
    lease.release(summary.cancelled ? 'cancelled' : 'done', { ...summary, failed: summary.failed.length });
    lease = undefined;
    db.pragma('optimize');
    // Everything into the database file itself, so that it can be copied or opened alone.
    db.pragma('wal_checkpoint(TRUNCATE)');
    return summary;
  } catch (e) {
    try {
      lease?.release('failed', { ...summary, failed: summary.failed.length });
    } catch {
      // The database itself is what failed: the lease is taken over by the next run.
    }
    throw asStoreError(e, options.database);
  } finally {
    db.close();
  }
}

/** In input order: in-process for one job or one file, else on the worker pool. */
async function* analyse(files: readonly Pending[], options: IndexOptions): AsyncGenerator<PlanRecord> {
  const fileOptions = { rules: options.rules };
  if (options.jobs > 1 && files.length > 1) {
    yield* runInWorkers(files, { data: { role: WORKER_ROLES.index, options: fileOptions }, failed: (shownAs, why) => failedRecord(shownAs, why) }, options.jobs, options.workerScript);
    return;
  }
  const { indexFile } = await import('./index-file');
  for (const f of files) {
    yield await indexFile(f.file, f.shownAs, fileOptions);
    // Let a caller's progress and cancellation be seen between files.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

function identify(base: string, file: string): FileIdentity {
  const stored = storedPath(base, file);
  try {
    const bytes = fs.readFileSync(file);
    return { path: stored, hash: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
  } catch {
    // Unreadable now: analysed (and so recorded with its message) every run until it can be read.
    return { path: stored, hash: '', bytes: 0 };
  }
}

/** A stored plan whose file no longer exists, or that a folder searched now no longer yields. */
function isGone(base: string, stored: string, folders: readonly string[]): boolean {
  const file = resolveStored(base, stored);
  if (!fs.existsSync(file)) return true;
  return folders.some((folder) => {
    const relative = path.relative(folder, file);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  });
}

/**
 * What analysed a stored plan: PlanLens's version, the build (the bundle's size and time, so a
 * rebuilt core re-analyses), and the rule settings (they change the diagnostics).
 */
function analyzerId(rules: RuleConfig | undefined): string {
  let build = '';
  try {
    const s = fs.statSync(__filename);
    build = `${s.size.toString(36)}.${Math.round(s.mtimeMs).toString(36)}`;
  } catch {
    // No file to stat (an unusual loader): the version alone.
  }
  // Default settings, however written ({}, { severities: {} }), are no settings: the command line's
  // and the editor's runs then share each other's analyses.
  const severities = Object.entries(rules?.severities ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const meaningful = severities.length > 0 || rules?.leadAgencyCoverage !== undefined;
  const settings = meaningful ? createHash('sha256').update(JSON.stringify([severities, rules?.leadAgencyCoverage ?? null])).digest('hex').slice(0, 8) : '';
  return [`planlens ${packageVersion()}`, build, settings].filter(Boolean).join(' ');
}
