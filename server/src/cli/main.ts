/**
 * The `planlens` command line, bundled into dist/planlens.js. The same bundle is also the script
 * of the batch workers (analyze, index): started with a worker's `workerData`, it serves files
 * instead.
 */
import { Command, CommanderError } from 'commander';
import { isMainThread, workerData } from 'node:worker_threads';
import { EXIT_USAGE } from './exit-code';
import { packageVersion } from '../package-version';
import { UsageError } from './usage-error';
import { isWorkerData, WORKER_ROLES, type WorkerData } from '../batch/worker-protocol';

/** One line per command: a file in commands/ that exports `register(program)`. */
const COMMANDS = [
  () => import('./commands/analyze'),
  () => import('./commands/lsp'),
  () => import('./commands/compare'),
  () => import('./commands/convert'),
  () => import('./commands/index'),
  () => import('./commands/query'),
  () => import('./commands/report'),
  () => import('./commands/format'),
  () => import('./commands/export'),
];

async function buildProgram(): Promise<Command> {
  const program = new Command('planlens')
    .description('PlanLens：政策方案的大纲、任务、目标与检查 / outline, tasks, targets and checks for policy plans')
    .version(packageVersion(), '-v, --version')
    // Before the commands are added, so that they inherit it: usage errors throw, exit code 2.
    .exitOverride()
    .showHelpAfterError('（planlens <命令> --help 查看用法 / see planlens <command> --help）');
  for (const load of COMMANDS) (await load()).register(program);
  return program;
}

async function main(argv: string[]): Promise<void> {
  try {
    await (await buildProgram()).parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Commander has printed its message already; help and --version end with exit code 0.
      process.exitCode = e.exitCode === 0 ? 0 : EXIT_USAGE;
    } else if (e instanceof UsageError) {
      process.stderr.write(`planlens: ${e.message}\n`);
      process.exitCode = EXIT_USAGE;
    } else {
      process.stderr.write(`planlens: 内部错误 / internal error: ${(e as Error).stack ?? e}\n`);
      process.exitCode = EXIT_USAGE;
    }
  }
}

// A worker (of analyze, or of the indexer — started by the command line or the language server)
// loads its job lazily too: `planlens --help` and `planlens lsp` do without the core.
if (!isMainThread && isWorkerData(workerData)) void startWorker(workerData);
else void main(process.argv);

async function startWorker(data: WorkerData): Promise<void> {
  if (data.role === WORKER_ROLES.index) (await import('../store/index-worker')).runIndexWorker(data);
  else (await import('./analyze-worker')).runAnalyzeWorker(data);
}
