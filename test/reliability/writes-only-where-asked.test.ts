/**
 * The command line writes only where it is asked to: run in an empty working directory with HOME,
 * TMPDIR and the XDG folders pointed at empty temporary ones, `analyze` (every format, worker
 * threads, a bad file) and `compare` (every format, --against, with and without the segmenter)
 * leave all of them as they were, and the inputs untouched — except the --output file, when given.
 * The language server, run there too, writes nothing either.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFixture, readSeed } from '../core/helpers';
import { TARGETS_REQUEST } from '../../server/src/lsp/protocol';
import { LspTestClient } from '../lsp/lsp-client';
import { shown } from '../cli/run-cli';
import { runMeasured } from './measured-cli';

/** Every file and folder under `root`, with size and modification time. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      const st = fs.lstatSync(full);
      out.set(path.relative(root, full), `${e.isDirectory() ? 'dir' : st.size} ${st.mtimeMs}`);
      if (e.isDirectory()) walk(full);
    }
  };
  walk(root);
  return out;
}

describe('the CLI writes only where asked', function () {
  this.timeout(120_000);
  this.slow(20_000);

  let base: string;
  let dirs: { cwd: string; home: string; tmp: string; inputs: string };
  let env: NodeJS.ProcessEnv;
  let before: Record<string, Map<string, string>>;

  const inputs = () => ({
    seed: path.join(dirs.inputs, 'jiangxi.txt'),
    national: path.join(dirs.inputs, 'national.txt'),
    binary: path.join(dirs.inputs, 'binary.txt'),
  });

  /** What changed in the watched folders since the start. */
  function changes(): string[] {
    const found: string[] = [];
    for (const [name, dir] of Object.entries(dirs)) {
      const now = snapshot(dir);
      for (const [p, v] of now) if (before[name].get(p) !== v) found.push(`${name}/${p}`);
      for (const p of before[name].keys()) if (!now.has(p)) found.push(`${name}/${p} (deleted)`);
    }
    return found;
  }

  beforeEach(() => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-writes-'));
    dirs = { cwd: path.join(base, 'cwd'), home: path.join(base, 'home'), tmp: path.join(base, 'tmp'), inputs: path.join(base, 'inputs') };
    for (const d of Object.values(dirs)) fs.mkdirSync(d);
    fs.writeFileSync(inputs().seed, readSeed());
    fs.writeFileSync(inputs().national, readFixture('national-2030.txt'));
    fs.writeFileSync(inputs().binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    // PATH and the node binary from this process; everything a program could write under, here.
    env = {
      PATH: process.env.PATH,
      HOME: dirs.home,
      TMPDIR: dirs.tmp,
      TMP: dirs.tmp,
      TEMP: dirs.tmp,
      XDG_CACHE_HOME: path.join(dirs.home, '.cache'),
      XDG_CONFIG_HOME: path.join(dirs.home, '.config'),
      XDG_DATA_HOME: path.join(dirs.home, '.local', 'share'),
      XDG_STATE_HOME: path.join(dirs.home, '.local', 'state'),
    };
    before = Object.fromEntries(Object.entries(dirs).map(([k, d]) => [k, snapshot(d)]));
  });
  afterEach(() => fs.rmSync(base, { recursive: true, force: true }));

  const run = async (args: string[], exits: number[]) => {
    const r = await runMeasured(args, { cwd: dirs.cwd, exactEnv: env });
    assert.ok(exits.includes(r.status ?? -1), `planlens ${args.join(' ')}\n${shown(r)}`);
    return r;
  };

  it('analyze to stdout, in every format, with workers and a bad file: nothing written', async () => {
    const { seed, national, binary } = inputs();
    for (const format of ['text', 'json', 'sarif']) await run(['analyze', seed, national, binary, '--format', format], [2]);
    await run(['analyze', seed, national, '--jobs', '2', '--format', 'json'], [0, 1]);
    await run(['analyze', dirs.inputs, '--quiet'], [2]);
    assert.deepEqual(changes(), []);
  });

  it('analyze --output: that file and nothing else', async () => {
    const { seed, national } = inputs();
    await run(['analyze', seed, national, '--format', 'sarif', '--output', 'report.sarif'], [0, 1]);
    assert.deepEqual(changes(), ['cwd/report.sarif']);
    assert.ok(JSON.parse(fs.readFileSync(path.join(dirs.cwd, 'report.sarif'), 'utf8')).runs);
  });

  it('compare, every format, --against, without the segmenter: nothing written; with --output, that file', async () => {
    const { seed, national } = inputs();
    // The segmenter (nodejieba, its dictionaries) once: it is what might keep a cache.
    await run(['compare', seed, national], [0, 1]);
    for (const format of ['json', 'markdown', 'html']) await run(['compare', seed, national, '--format', format, '--no-segmenter'], [0, 1]);
    await run(['compare', seed, '--against', dirs.inputs, '--no-segmenter'], [0, 1, 2]);
    assert.deepEqual(changes(), []);
    await run(['compare', seed, national, '--format', 'html', '-o', 'compare.html', '--no-segmenter'], [0, 1]);
    assert.deepEqual(changes(), ['cwd/compare.html']);
  });

  it('the language server, asked for diagnostics and the targets of a plan on disk: nothing written', async () => {
    const cwd = process.cwd();
    const saved = { ...process.env };
    // LspTestClient spawns with this process's environment and the repository as cwd: point the
    // environment at the empty folders for the spawn.
    Object.assign(process.env, env);
    let client: LspTestClient | undefined;
    try {
      client = await LspTestClient.start({ rootUri: pathToFileURL(dirs.inputs).href });
      await client.open('untitled:w.plan', readSeed());
      await client.diagnostics('untitled:w.plan');
      await client.connection.sendRequest(TARGETS_REQUEST, { uri: pathToFileURL(inputs().national).href });
    } finally {
      await client?.stop();
      for (const k of Object.keys(env)) delete process.env[k];
      Object.assign(process.env, saved);
      assert.equal(process.cwd(), cwd);
    }
    assert.deepEqual(changes(), []);
  });
});
