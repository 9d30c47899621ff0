/**
 * Runs the real, bundled command line (`node bin/planlens.js …`) as a user would, and collects
 * what they would see.
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from '../root';

export { ROOT };

export const BIN = path.join(ROOT, 'bin', 'planlens.js');
export const SEED_NAME = 'seeds/000_8df2462643963b13.txt';
export const SEED = path.join(ROOT, SEED_NAME);

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  /** Added to an environment from which colour settings have been removed. */
  env?: NodeJS.ProcessEnv;
  nodeArgs?: string[];
  script?: string;
}

export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  Object.assign(env, options.env);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.script ?? BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** For assertion messages: what the run printed. */
export function shown(r: CliResult): string {
  return `exit ${r.status}\n--- stdout ---\n${r.stdout.slice(0, 3000)}\n--- stderr ---\n${r.stderr.slice(0, 3000)}`;
}
