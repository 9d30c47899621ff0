/**
 * One writer at a time. SQLite serialises transactions, but two index runs on one database would
 * interleave plan by plan, each removing what the other just found; so a run first takes a lease:
 * a row of `index_runs` with its process and host, claimed inside an immediate (write-locked)
 * transaction so two runs starting together cannot both get it. A second run finds the row of a
 * live run and stops with a message; the row of a run that died (killed, machine restarted) is
 * taken over. Readers — queries, reports, the editor — never need the lease.
 */
import * as os from 'node:os';
import type { Database } from './sqlite';
import { StoreError } from './store-error';

/** A run on another machine (a shared folder) is taken for dead when silent this long. */
const STALE_MS = 2 * 60_000;
const HEARTBEAT_MS = 5_000;

interface RunRow {
  id: number;
  pid: number;
  host: string;
  started_at: string;
  heartbeat_at: string;
}

export interface RunTotals {
  files: number;
  analysed: number;
  unchanged: number;
  removed: number;
  failed: number;
}

export class WriterLease {
  private lastBeat = Date.now();

  private constructor(
    private readonly db: Database,
    readonly runId: number,
  ) {}

  static claim(db: Database, file: string): WriterLease {
    const claim = db.transaction((): number => {
      const open = db.prepare('SELECT id, pid, host, started_at, heartbeat_at FROM index_runs WHERE finished_at IS NULL').all() as RunRow[];
      for (const run of open) {
        if (isAlive(run)) {
          throw new StoreError(
            'busy',
            `另一个索引进程正在写入该数据库（进程 ${run.pid}，${run.host}，开始于 ${run.started_at}），请等它结束后再试：${file} / another index run is writing this database`,
          );
        }
        db.prepare("UPDATE index_runs SET finished_at = ?, outcome = 'interrupted' WHERE id = ?").run(new Date().toISOString(), run.id);
      }
      const now = new Date().toISOString();
      return Number(db.prepare('INSERT INTO index_runs (pid, host, started_at, heartbeat_at) VALUES (?, ?, ?, ?)').run(process.pid, os.hostname(), now, now).lastInsertRowid);
    });
    return new WriterLease(db, claim.immediate());
  }

  /** Says the run is alive (at most every few seconds), for runs on other machines. */
  beat(): void {
    if (Date.now() - this.lastBeat < HEARTBEAT_MS) return;
    this.lastBeat = Date.now();
    this.db.prepare('UPDATE index_runs SET heartbeat_at = ? WHERE id = ?').run(new Date().toISOString(), this.runId);
  }

  release(outcome: 'done' | 'failed' | 'cancelled', totals: RunTotals): void {
    this.db
      .prepare('UPDATE index_runs SET finished_at = ?, outcome = ?, files = ?, analysed = ?, unchanged = ?, removed = ?, failed = ? WHERE id = ?')
      .run(new Date().toISOString(), outcome, totals.files, totals.analysed, totals.unchanged, totals.removed, totals.failed, this.runId);
  }
}

function isAlive(run: RunRow): boolean {
  if (run.host !== os.hostname()) return Date.now() - Date.parse(run.heartbeat_at) < STALE_MS;
  if (run.pid === process.pid) return true;
  try {
    process.kill(run.pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
