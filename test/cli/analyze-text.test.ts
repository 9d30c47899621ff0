/**
 * `planlens analyze` as people use it: the text report, exit codes, rule settings and usage
 * errors, from the bundled command line run as a child process.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, runCli, SEED_NAME, shown, type CliResult } from './run-cli';
import { diagnosticCounts, seedTargetCount } from '../seed-facts';

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/;

describe('planlens analyze: the text report', function () {
  this.slow(2000);

  it('groups by file: the heading, the seed’s incomplete agency clause at line 22, a summary, a total', async () => {
    const r = await runCli(['analyze', SEED_NAME]);
    assert.equal(r.status, 0, shown(r));
    assert.equal(r.stderr, '');
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], SEED_NAME);
    assert.ok(
      lines.includes(`  ${SEED_NAME}:22:393  warning  责任分工表述不完整：应为“按职责分工负责”。  [incomplete-agency-clause]`),
      shown(r),
    );
    assert.ok(lines.some((l) => /^  seeds\/\S+:\d+:1  info {5}具体工作未设完成时限/.test(l)), 'information is shown as info');
    const n = diagnosticCounts();
    assert.ok(lines.includes(`  《江西省碳达峰实施方案》 · 章节 63 · 任务 49 · 目标 ${seedTargetCount()} · 问题 ${n.total}`), shown(r));
    assert.equal(lines.at(-2), `共 1 个文件，${n.total} 个问题（错误 0，警告 ${n.warnings}，信息 ${n.information}）`);
    assert.doesNotMatch(r.stdout, ANSI, 'no colour when stdout is not a terminal');
  });

  it('colours with FORCE_COLOR, not with --no-color or NO_COLOR', async () => {
    const [forced, off, noColor] = await Promise.all([
      runCli(['analyze', SEED_NAME], { env: { FORCE_COLOR: '1' } }),
      runCli(['analyze', SEED_NAME, '--no-color'], { env: { FORCE_COLOR: '1' } }),
      runCli(['analyze', SEED_NAME], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }),
    ]);
    assert.match(forced.stdout, ANSI);
    assert.doesNotMatch(off.stdout, ANSI);
    assert.doesNotMatch(noColor.stdout, ANSI);
  });

  it('--quiet prints the problems only', async () => {
    const r = await runCli(['analyze', SEED_NAME, '--quiet', '--rule', 'missing-deadline=off']);
    assert.equal(r.status, 0, shown(r));
    assert.equal(r.stdout, `${SEED_NAME}\n  ${SEED_NAME}:22:393  warning  责任分工表述不完整：应为“按职责分工负责”。  [incomplete-agency-clause]\n\n`);
  });

  it('--rule turns a rule off or changes its severity', async () => {
    const [off, raised] = await Promise.all([
      runCli(['analyze', SEED_NAME, '--rule', 'missing-deadline=off']),
      runCli(['analyze', SEED_NAME, '--rule', 'incomplete-agency-clause=error', '--rule', 'missing-deadline=hint']),
    ]);
    assert.equal(off.status, 0, shown(off));
    assert.doesNotMatch(off.stdout, /missing-deadline/);
    assert.match(off.stdout, /共 1 个文件，1 个问题（错误 0，警告 1）/);
    assert.equal(raised.status, 1, 'an error fails the run by default: ' + shown(raised));
    assert.match(raised.stdout, /:22:393 {2}error {4}责任分工表述不完整/);
    assert.match(raised.stdout, /hint {5}具体工作未设完成时限/);
  });

  it('--fail-on: error (default) passes on warnings, warning fails, never never fails', async () => {
    const [byDefault, warning, never, cleared] = await Promise.all([
      runCli(['analyze', SEED_NAME]),
      runCli(['analyze', SEED_NAME, '--fail-on', 'warning']),
      runCli(['analyze', SEED_NAME, '--fail-on', 'never', '--rule', 'incomplete-agency-clause=error']),
      runCli(['analyze', SEED_NAME, '--fail-on', 'warning', '--rule', 'incomplete-agency-clause=off']),
    ]);
    assert.equal(byDefault.status, 0, shown(byDefault));
    assert.equal(warning.status, 1, shown(warning));
    assert.equal(never.status, 0, shown(never));
    assert.equal(cleared.status, 0, 'information alone does not fail --fail-on warning: ' + shown(cleared));
  });

  describe('usage errors exit with 2 and say why on stderr', () => {
    const cases: Array<[string, string[], RegExp]> = [
      ['an unknown option', ['analyze', SEED_NAME, '--frobnicate'], /unknown option/],
      ['a bad --format', ['analyze', SEED_NAME, '--format', 'xml'], /--format/],
      ['a bad --fail-on', ['analyze', SEED_NAME, '--fail-on', 'info'], /--fail-on/],
      ['an unknown rule', ['analyze', SEED_NAME, '--rule', 'no-such-rule=off'], /未知规则 \/ unknown rule "no-such-rule".*missing-deadline/],
      ['an unknown severity', ['analyze', SEED_NAME, '--rule', 'missing-deadline=loud'], /未知级别 \/ unknown severity "loud"/],
      ['a malformed --rule', ['analyze', SEED_NAME, '--rule', 'missing-deadline'], /<code>=<severity>/],
      ['--jobs 0', ['analyze', SEED_NAME, '--jobs', '0'], /positive integer/],
      ['no inputs', ['analyze'], /missing required argument/],
      ['a glob that matches nothing', ['analyze', 'no-such-folder/**/*.txt'], /no files match: no-such-folder\/\*\*\/\*\.txt/],
      ['an unknown command', ['frobnicate'], /unknown command/],
      ['lsp without a transport', ['lsp'], /--stdio/],
    ];
    // Started together: each is quick, and a dozen in a row would add up.
    let results: Promise<CliResult[]>;
    before(() => {
      results = Promise.all(cases.map(([, args]) => runCli(args)));
    });
    cases.forEach(([what, , message], i) => {
      it(what, async () => {
        const r = (await results)[i];
        assert.equal(r.status, 2, shown(r));
        assert.equal(r.stdout, '', 'nothing on stdout');
        assert.match(r.stderr, message);
      });
    });
  });

  it('--version and --help exit with 0', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const [version, help] = await Promise.all([runCli(['--version']), runCli(['analyze', '--help'])]);
    assert.equal(version.status, 0);
    assert.equal(version.stdout.trim(), pkg.version);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--format <format>/);
    assert.match(help.stdout, /--rule <code=severity>/);
    assert.match(help.stdout, /^ {2}incomplete-agency-clause +warning +责任分工表述不完整/m, 'the rules, with their default severities');
    assert.match(help.stdout, /退出码 \/ exit codes/);
  });
});
