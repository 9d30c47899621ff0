/**
 * "Export targets" writes a CSV with one row per target, the same targets the command line finds.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { ROOT, openPlan, parseCsv, seedCopy, waitForDiagnostics, workspaceDir } from './helpers';

interface CliTarget {
  indicator: string;
  value: number | null;
  year: number | null;
  range: { start: { line: number } };
}

describe('export targets', () => {
  it('writes a CSV whose rows match the targets', async () => {
    const uri = seedCopy();
    await openPlan(uri);
    await waitForDiagnostics(uri, (ds) => ds.length > 0, 'the seed to be checked');
    const out = path.join(workspaceDir(), 'exported', 'targets.csv');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    // (plan, output path): what a task or a keybinding would pass; it resolves once written.
    const result = await vscode.commands.executeCommand<{ csv?: vscode.Uri } | undefined>('planlens.exportTargets', uri, out);
    const written = result?.csv?.fsPath ?? out;
    assert.strictEqual(path.dirname(written), path.dirname(out), `written to ${written}, not beside ${out}`);
    assert.ok(fs.existsSync(written), `planlens.exportTargets did not write ${written}`);
    const rows = parseCsv(fs.readFileSync(written, 'utf8'));
    const [header, ...data] = rows;
    assert.ok(header.some((h) => /指标|indicator/i.test(h)), `header: ${header.join(',')}`);

    // The command line's JSON is the reference: the same analysis, run outside the editor.
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'planlens.js'), 'analyze', '--format', 'json', uri.fsPath], { encoding: 'utf8' });
    const targets: CliTarget[] = JSON.parse(cli.stdout).files[0].targets;
    assert.ok(targets.length > 0);
    assert.strictEqual(data.length, targets.length, `${data.length} rows for ${targets.length} targets`);
    const unused = new Set(data.map((_, i) => i));
    for (const t of targets) {
      const i = [...unused].find((r) => data[r].includes(t.indicator) && (t.value === null || data[r].some((c) => c.includes(String(t.value)))));
      assert.ok(i !== undefined, `no row for ${t.indicator} ${t.value ?? ''} (line ${t.range.start.line + 1})`);
      unused.delete(i);
    }
    const row = data.find((r) => r.includes('非化石能源消费比重') && r.some((c) => c.includes('18.3')));
    assert.ok(row, 'no row for 非化石能源消费比重 18.3%');
    assert.ok(row.some((c) => c.includes('2025')), `row: ${row.join(',')}`);
  });
});
