/**
 * Runs the real command line as run-cli.ts does, under /usr/bin/time when the machine has it, to
 * report wall time and peak memory. The figures are printed, never asserted: timings belong in
 * reports and benchmarks, not in unit tests (DEVELOPERS.md).
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BIN, ROOT, type CliResult } from '../cli/run-cli';

const TIME = '/usr/bin/time';
const hasTime = fs.existsSync(TIME);

export interface MeasuredResult extends CliResult {
  seconds: number;
  /** Peak resident set of the CLI process in MB, when /usr/bin/time could tell. */
  peakMb: number | null;
}

export interface MeasureOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Replaces the whole environment (then `env` is ignored). */
  exactEnv?: NodeJS.ProcessEnv;
}

export function runMeasured(args: string[], options: MeasureOptions = {}): Promise<MeasuredResult> {
  const env: NodeJS.ProcessEnv = options.exactEnv ?? { ...process.env, ...options.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  // The report of /usr/bin/time goes to its own file, apart from the CLI's stderr, and outside
  // any folder a test watches.
  const timeFile = path.join(os.tmpdir(), `planlens-time-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const argv = hasTime ? [TIME, '-f', '%M', '-o', timeFile, process.execPath, BIN, ...args] : [process.execPath, BIN, ...args];
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), { cwd: options.cwd ?? ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (status, signal) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let peakMb: number | null = null;
      let stderr = Buffer.concat(err).toString('utf8');
      if (hasTime) {
        try {
          const report = fs.readFileSync(timeFile, 'utf8');
          fs.rmSync(timeFile, { force: true });
          // A child killed by a signal makes time write "Command terminated by signal N" first.
          const kb = Number(report.trim().split('\n').pop());
          if (Number.isFinite(kb)) peakMb = kb / 1024;
          if (/terminated by signal/.test(report)) stderr += `\n${report}`;
        } catch {
          // No report (time itself failed): the figures stay unknown.
        }
      }
      resolve({ status: signal ? null : status, stdout: Buffer.concat(out).toString('utf8'), stderr, seconds, peakMb });
    });
  });
}

/** Rows of figures, printed as one table when a suite ends. */
export class FigureTable {
  private readonly rows: string[][] = [];
  constructor(private readonly title: string, private readonly header: string[]) {}

  add(...cells: Array<string | number | null>): void {
    this.rows.push(cells.map((c) => (c === null ? '?' : typeof c === 'number' ? (Number.isInteger(c) ? String(c) : c.toFixed(2)) : c)));
  }

  print(): void {
    if (this.rows.length === 0) return;
    const all = [this.header, ...this.rows];
    const widths = this.header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
    console.log(`\n      ${this.title}`);
    for (const r of all) console.log(`      ${r.map((c, i) => c.padEnd(widths[i])).join('  ')}`);
  }
}
